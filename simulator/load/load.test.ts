import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { runSlotcheck } from '../../scripts/slotcheck-process.ts';
import { simulateOptions } from '../options.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { suiteFlags, suites } from '../suites/index.ts';
import { loadPlan, parseDuration, percentiles, runLoad, type LoadProgress } from './index.ts';

// Load mode against the fake (its reference VoiceBot) and against targets that fail or
// stall on purpose: callers start on schedule whatever the answers, every action gets its
// percentiles, failed checks are counted, and the run ends by itself.

const now = Date.parse('2026-03-02T07:00:00Z');
let mock: RunningMock;
let stalling: Server;
let stallingUrl: string;

beforeAll(async () => {
  mock = await startMockServer({ port: 0, now, frozen: true });
  // Answers 500 after 300 ms: a target that is slow and wrong.
  stalling = createServer((_req, res) => void setTimeout(() => res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"down"}'), 300));
  await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
  stallingUrl = `http://127.0.0.1:${(stalling.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await mock.close();
  await new Promise((resolve) => stalling.close(resolve));
});

const voicebot = () => {
  const suite = suites.voicebot!;
  const start = suite.start(suiteFlags(suite), now);
  const base = { api: 'voicebot' as const, headers: start.headers, vars: start.vars, seed: 1, budgetMs: 5000, timeoutMs: 5000, concurrency: 3, runId: '1400000', fetch };
  return { base, scenarios: suite.scenarios(start.vars) };
};

describe('load plan', () => {
  it('reads rates and durations, and refuses what is not one', () => {
    expect(loadPlan('2.5', '1500ms')).toMatchObject({ rate: 2.5, durationMs: 1500 });
    expect(loadPlan('10', undefined)).toMatchObject({ rate: 10, durationMs: 30_000 });
    expect(loadPlan(undefined, undefined)).toBeUndefined();
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('3')).toBe(3000);
    for (const bad of ['0', '-1', 'fast', '1e3', 'NaN', '', '10001']) expect(() => loadPlan(bad, undefined)).toThrow(/--load takes/);
    for (const bad of ['0s', '25h', '1d', '-5s', 'soon', '']) expect(() => parseDuration(bad)).toThrow(/--duration takes/);
    expect(() => loadPlan(undefined, '10s')).toThrow(/--duration needs --load/);
  });

  it('is part of the simulate options only when asked for', () => {
    const args = ['--api', 'voicebot', '--target', 'http://127.0.0.1:1/voicebot'];
    expect(simulateOptions(args).load).toBeUndefined();
    expect(simulateOptions([...args, '--load', '4', '--duration', '2s']).load).toMatchObject({ rate: 4, durationMs: 2000 });
  });

  it('takes percentiles by nearest rank', () => {
    expect(percentiles([5, 1, 3])).toEqual({ count: 3, p50: 3, p90: 5, p99: 5, max: 5 });
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(hundred)).toEqual({ count: 100, p50: 50, p90: 90, p99: 99, max: 100 });
    expect(percentiles([])).toEqual({ count: 0, p50: 0, p90: 0, p99: 0, max: 0 });
  });
});

describe('runLoad', () => {
  it('plays the VoiceBot suite as overlapping callers against the reference: every check passes, every action timed', async () => {
    const { base, scenarios } = voicebot();
    const seen: LoadProgress[] = [];
    const result = await runLoad(scenarios, { ...base, target: `${mock.url}/voicebot` }, { plan: { rate: 6, durationMs: 1000, maxInFlight: 100 }, onProgress: (p) => seen.push(p), progressEveryMs: 200 });
    expect(result.callers).toMatchObject({ started: 6, finished: 6, dropped: 0, unfinished: 0 });
    expect(result.checks.total).toBeGreaterThan(100);
    expect(result.failures).toEqual([]);
    expect(result.checks.failedShare).toBe(0);
    const actions = new Map(result.actions.map((a) => [a.action, a]));
    for (const action of ['getEntityForSipId', 'getSlots', 'bookAppointment']) {
      const a = actions.get(action)!;
      expect(a.count).toBeGreaterThan(0);
      expect(a.errors).toBe(0);
      expect(a.p50).toBeGreaterThan(0);
      expect(a.p50).toBeLessThanOrEqual(a.p99);
      expect(a.p99).toBeLessThanOrEqual(a.max);
    }
    expect(seen.length).toBeGreaterThan(2);
    // What was booked was cancelled again at each caller's end: the fake holds no live booking of these callers.
    const live = [...mock.fake.db.tables.records.values()].filter((r) => !r.deleted && r.createdAt === now && r.online);
    expect(live).toEqual([]);
  });

  it('starts callers on schedule however slowly the target answers (open loop), counts its failures and stops by itself', async () => {
    const scenario: Scenario = { name: 'one call', description: 'one request', steps: [{ name: 'ask', operation: 'getEntityForSipId', request: { method: 'POST', path: '', body: { action: 'getEntityForSipId', sipId: 'x' } } }] };
    const { base } = voicebot();
    const seen: LoadProgress[] = [];
    const started = performance.now();
    const result = await runLoad([scenario], { ...base, target: stallingUrl }, { plan: { rate: 20, durationMs: 500, maxInFlight: 100 }, onProgress: (p) => seen.push(p), progressEveryMs: 100 });
    // Ten callers in half a second, each waiting 300 ms: several at once, not one after another (3 s).
    expect(result.callers).toMatchObject({ started: 10, finished: 10, failed: 10 });
    expect(Math.max(...seen.map((p) => p.inFlight))).toBeGreaterThan(3);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.actions).toEqual([expect.objectContaining({ action: 'getEntityForSipId', count: 10, errors: 10 })]);
    expect(result.actions[0]!.p50).toBeGreaterThanOrEqual(280);
    expect(result.checks.failedShare).toBeGreaterThan(0);
    expect(result.failures.map((f) => f.check)).toContain('no-server-error');
  });

  it('drops callers beyond the in-flight limit and leaves out those still running when the drain time ends', async () => {
    const scenario: Scenario = { name: 'one call', description: 'one request', steps: [{ name: 'ask', operation: 'getEntityForSipId', request: { method: 'POST', path: '', body: {} } }] };
    const { base } = voicebot();
    const result = await runLoad([scenario], { ...base, target: stallingUrl }, { plan: { rate: 50, durationMs: 100, maxInFlight: 2 }, drainMs: 50 });
    expect(result.callers).toMatchObject({ started: 2, dropped: 3, finished: 0, unfinished: 2 });
    expect(result.actions).toEqual([]);
  });
});

describe('slotcheck simulate --load', () => {
  it('prints progress and a summary, writes the JSON report, and exits 0 when every check passed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'slotcheck-load-'));
    const { code, stdout, stderr } = await runSlotcheck(['simulate', '--api', 'voicebot', '--target', `${mock.url}/voicebot`, '--altegio', `${mock.url}/api/v1`, '--load', '4', '--duration', '1s', '--reporter', 'json', '--out', out]);
    expect(stderr).toMatch(/4 callers\/s against .* for 1s/);
    expect(stdout).toMatch(/load: 4 callers\/s for 1s \(open loop\), [\d.]+s in all, \d+ requests \(\d+ a second\)/);
    expect(stdout).toMatch(/callers: 4 started, 4 finished, 0 with a failed check/);
    expect(stdout).toMatch(/failed checks: 0 of \d+ \(0\.0%\)/);
    expect(stdout).toMatch(/getSlots\s+\d+\s+0\s+[\d.]+/);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'slotcheck-load.json'), 'utf8'));
    expect(report).toMatchObject({ plan: { rate: 4, durationMs: 1000 }, callers: { started: 4, finished: 4 }, checks: { failed: 0 } });
    expect(report.actions.map((a: { action: string }) => a.action)).toContain('getSlots');
    rmSync(out, { recursive: true, force: true });
  });
});
