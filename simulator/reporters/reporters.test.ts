import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { runScenarios } from '../runner.ts';
import { altegioSuite } from '../suites/altegio.ts';
import { suiteFlags } from '../suites/suite.ts';
import { startBrokenProxy, type BrokenProxy } from '../testing/broken-proxy.ts';
import type { RunResult } from '../types.ts';
import { consoleReporter } from './console.ts';
import { htmlReporter } from './html.ts';
import { jsonReporter } from './json.ts';
import { junitReporter } from './junit.ts';

// One failing run (an Altegio whose cancel keeps the slot: both scenarios that cancel fail), every reporter listening.
let mock: RunningMock;
let proxy: BrokenProxy;
let result: RunResult;
let console: string;
const out = mkdtempSync(join(tmpdir(), 'slotcheck-reports-'));

beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
  proxy = await startBrokenProxy(`${mock.url}/api/v1`, (req, forward) => (req.method === 'DELETE' ? Promise.resolve({ status: 204, headers: {}, body: '' }) : forward(req)));
  const { vars, headers } = altegioSuite.start(suiteFlags(altegioSuite), Date.parse('2026-03-02T07:00:00Z'));
  let text = '';
  result = await runScenarios(
    altegioSuite.scenarios(vars),
    { api: 'altegio', target: proxy.url, fetch, headers, seed: 3, budgetMs: 5000, timeoutMs: 10_000, concurrency: 5, runId: '1234567', altegio: `${mock.url}/api/v1`, vars },
    [consoleReporter({ write: (t: string) => (text += t) }), junitReporter(out), jsonReporter(out), htmlReporter(out)],
  );
  console = text;
});
afterAll(async () => {
  await proxy.close();
  await mock.close();
  rmSync(out, { recursive: true, force: true });
});

describe('reporters', () => {
  it('console: a pass/fail line per scenario, the failed checks with expected and given, and a summary', () => {
    expect(console).toMatch(/^PASS {2}catalog/m);
    expect(console).toMatch(/^FAIL {2}book-update-cancel/m);
    expect(console).toContain('✗ cancel appointment');
    expect(console).toMatch(/oracle\.record-cancelled: record \d+ is still live in Altegio/);
    expect(console).toMatch(/2 of 7 scenarios failed/);
    expect(console).toMatch(/^5 passed, 2 failed$/m);
  });

  it('console: colours PASS and FAIL on a terminal, never when NO_COLOR is set or the output is piped', async () => {
    const replay = (out: { write(t: string): unknown; isTTY?: boolean }) => {
      const reporter = consoleReporter(out);
      for (const scenario of result.scenarios) reporter.onScenarioResult?.(scenario);
    };
    const previous = process.env.NO_COLOR;
    delete process.env.NO_COLOR;
    try {
      let tty = '';
      replay({ write: (t: string) => (tty += t), isTTY: true });
      expect(tty).toContain('\u001b[32mPASS\u001b[39m  catalog');
      expect(tty).toMatch(/\u001b\[31m.*FAIL.*\u001b\[39m {2}book-update-cancel/);
      let piped = '';
      replay({ write: (t: string) => (piped += t) });
      expect(piped).not.toContain('\u001b[');
      process.env.NO_COLOR = '1';
      let noColor = '';
      replay({ write: (t: string) => (noColor += t), isTTY: true });
      expect(noColor).not.toContain('\u001b[');
    } finally {
      if (previous === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = previous;
    }
  });

  it('JUnit: a testsuite per scenario, a testcase per step, the failure naming the check', () => {
    const xml = readFileSync(join(out, 'slotcheck-junit.xml'), 'utf8');
    expect(xml.match(/<testsuite /g)).toHaveLength(7);
    const steps = result.scenarios.reduce((n, s) => n + s.steps.length, 0);
    expect(xml).toContain(`<testsuites name="slotcheck altegio" tests="${steps}" failures="2"`);
    expect(xml).toMatch(/<testcase classname="altegio.book-update-cancel" name="cancel appointment"[^>]*>\s*<failure type="oracle.record-cancelled"/);
    expect(xml).toMatch(/<testcase classname="altegio.book-update-cancel" name="the cancelled appointment is gone"[^>]*>\s*<skipped message="an earlier step failed: cancel appointment"/);
  });

  it('JSON: the whole result, exchanges included', () => {
    const json = JSON.parse(readFileSync(join(out, 'slotcheck-report.json'), 'utf8'));
    expect(json.counts).toEqual(result.counts);
    expect(json.scenarios[1].steps[5].exchanges[0].request.method).toBe('POST');
  });

  it('HTML: in Chromium, the failed call opens as its requests and answers, with expected beside given', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`file://${join(out, 'slotcheck-report.html')}`);
      await expect(page.locator('.summary').textContent()).resolves.toMatch(/2 of 7 scenarios failed/);
      const failed = page.locator('details.scenario.failed').first();
      await expect(failed.getAttribute('open')).resolves.toBe('');
      expect(await page.locator('details.scenario.passed[open]').count()).toBe(0);
      const step = failed.locator('details.step.failed');
      await expect(step.getAttribute('open')).resolves.toBe('');
      await expect(step.locator('summary').textContent()).resolves.toContain('cancel appointment');
      expect(await failed.locator('details.step.passed[open]').count()).toBe(0);
      await expect(step.locator('.request').first().textContent()).resolves.toMatch(/→ DELETE http:\/\/127\.0\.0\.1:\d+\/record\/1001\/\d+/);
      await expect(step.locator('li.failed b').textContent()).resolves.toBe('oracle.record-cancelled');
      await expect(step.locator('.diff h5').allTextContents()).resolves.toEqual(['expected', 'given']);
      expect(await step.locator('.diff').isVisible()).toBe(true);
    } finally {
      await browser.dispose();
    }
  });
});
