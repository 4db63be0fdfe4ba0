import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouldNotRunError, UsageError } from '../../kit/cli-kit.ts';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import type { Reporter } from '../reporter.ts';
import { consoleReporter, htmlReport } from '../reporters/index.ts';
import { suiteFlags, suites } from '../suites/index.ts';
import { exploreCommand } from './cli.ts';
import { explore, type ExploreApi, type ExploreContext, type ExploreResult } from './explore.ts';

// The reference implementations survive short explorations of every API the explorer
// speaks (the 2,000-step measurement is the README's command, not part of npm test), and
// the command reads its flags, reports and exits as simulate does. The broken variants that
// prove the explorer finds and shrinks faults are in testing/sequence-variants/.

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(() => mock.close());

const mounts: Record<ExploreApi, string> = { voicebot: '/voicebot', unified: '/unified', partner: '/partner' };

function context(api: ExploreApi, budget: { runs: number; maxSteps: number; seed: number }): ExploreContext {
  const suite = suites[api]!;
  const { vars, headers } = suite.start(suiteFlags(suite), mock.fake.clock.now());
  return {
    api,
    target: mock.url + mounts[api],
    altegio: `${mock.url}/api/v1`,
    fetch,
    headers,
    vars,
    budgetMs: 5000,
    timeoutMs: 15_000,
    runId: '6000000',
    callers: 2,
    ...budget,
    beforeSequence: async () => mock.fake.reset(),
  };
}

describe('the reference implementations under exploration', () => {
  // Seeds whose six sequences do each of these (the sequences are deterministic per seed).
  const seeds = { voicebot: 5, unified: 3, partner: 3 } as const;
  // What each API's sequences must have done, or the pass says nothing.
  const writes = { voicebot: ['bookAppointment', 'modifyAppointment', 'cancelAppointment', 'findExistingBooking'], unified: ['book', 'reschedule', 'cancel'], partner: ['createBooking'] } as const;

  it.each(['voicebot', 'unified', 'partner'] as const)('%s: no sequence fails, and the sequences wrote', async (api) => {
    const steps: string[] = [];
    // The listener sees only a failure's replay; the progress hook counts what ran.
    let progress = 0;
    const listener: Reporter = { onStepResult: (s) => void steps.push(`${s.state} ${s.step}`), onExploreProgress: (p) => void (progress = p.steps) };
    const result = await explore(context(api, { runs: 6, maxSteps: 10, seed: seeds[api] }), [listener]);
    expect(result.explore.failure).toBeUndefined();
    expect(steps).toEqual([]);
    for (const call of writes[api]) expect(result.explore.calls[call], call).toBeGreaterThan(0);
    expect(progress).toBeLessThanOrEqual(result.explore.steps);
    expect(result.explore.stepsPerSecond).toBeGreaterThan(0);
  });
});

describe('a time budget', () => {
  it('stops exploring when the time is up, whatever --runs says', async () => {
    const started = performance.now();
    const result = await explore({ ...context('unified', { runs: 100_000, maxSteps: 10, seed: 9 }), durationMs: 1500 }, []);
    // A sequence already playing finishes; none starts after the deadline.
    expect(performance.now() - started).toBeLessThan(1500 + 4000);
    expect(result.explore.sequences).toBeGreaterThan(0);
    expect(result.explore.sequences).toBeLessThan(100);
    expect(result.explore.failure).toBeUndefined();
  });
});

describe('slotcheck explore', () => {
  const base = () => ['--api', 'voicebot', '--target', `${mock.url}/voicebot`, '--altegio', `${mock.url}/api/v1`];

  it('explores, reports in JSON with steps per second, and exits 0 on the reference', async () => {
    const out = mkdtempSync(join(tmpdir(), 'slotcheck-explore-'));
    const code = await exploreCommand.run([...base(), '--runs', '3', '--max-steps', '5', '--seed', '2', '--reporter', 'json', '--out', out]);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'slotcheck-report.json'), 'utf8'));
    expect(report.explore.sequences).toBeGreaterThan(0);
    expect(report.explore.stepsPerSecond).toBeGreaterThan(0);
    expect(report.seed).toBe(2);
  });

  it.each([
    [['--api', 'voicebot', '--target', 'http://127.0.0.1:9'], /--altegio URL is required/],
    [['--api', 'platform-webhook', '--target', 'http://127.0.0.1:9', '--altegio', 'http://127.0.0.1:9'], /explore speaks --api voicebot, unified, partner/],
    [['--api', 'voicebot', '--target', 'http://127.0.0.1:9', '--scenario', 'x.yaml'], /--scenario is a flag of simulate/],
    [['--api', 'voicebot', '--target', 'http://127.0.0.1:9', '--altegio', 'http://127.0.0.1:9', '--callers', '1'], /--callers must be a whole number from 2 to 9/],
    [['--api', 'voicebot', '--target', 'http://127.0.0.1:9', '--altegio', 'http://127.0.0.1:9', '--runs=0'], /--runs must be a whole number/],
    [['--api', 'voicebot', '--target', 'http://127.0.0.1:9', '--altegio', 'http://127.0.0.1:9', '--bogus', '1'], /bogus/],
  ])('refuses %j with a usage error', async (args, message) => {
    await expect(exploreCommand.run(args)).rejects.toThrow(UsageError);
    await expect(exploreCommand.run(args)).rejects.toThrow(message);
  });

  it('cannot run (exit 2) when the fake Altegio cannot be reached', async () => {
    await expect(exploreCommand.run(['--api', 'voicebot', '--target', `${mock.url}/voicebot`, '--altegio', 'http://127.0.0.1:9/api/v1'])).rejects.toThrow(CouldNotRunError);
  });
});

describe('reports of an exploration', () => {
  const failed: ExploreResult = {
    api: 'voicebot',
    target: 'http://127.0.0.1:1/voicebot',
    seed: 4,
    scenarios: [],
    counts: { scenarios: 1, failedScenarios: 1, checks: 9, failedChecks: 1 },
    durationMs: 1200,
    explore: {
      sequences: 12,
      steps: 80,
      calls: { bookAppointment: 30 },
      stepsPerSecond: 40,
      failure: {
        scenario: { name: 'explore-voicebot-seed-4', description: 'd', steps: [{ name: 'caller 1 books slots1[0] (booking 1)', operation: 'bookAppointment', request: { method: 'POST', path: '' } }] },
        named: 'oracle.record-cancelled',
        checks: ['oracle.record-cancelled'],
        step: 'caller 1 books slots1[0] (booking 1)',
        shrunkFrom: 9,
        shrinks: 3,
        replayed: true,
      },
    },
  };

  it('the console shows steps per second while exploring and the shrunk sequence at the end', () => {
    let text = '';
    const reporter = consoleReporter({ write: (t: string) => (text += t) });
    reporter.onRunStart!({ api: 'voicebot', target: failed.target, scenarios: [], command: 'explore' });
    reporter.onExploreProgress!({ sequences: 3, steps: 21, stepsPerSecond: 20.5 });
    reporter.onRunEnd!(failed);
    expect(text).toContain('slotcheck explore: random call sequences for the voicebot API');
    expect(text).toContain('3 sequences, 21 steps, 20.5 steps/s');
    expect(text).toContain('Explored 12 sequences (80 steps, 40.0 steps/s, seed 4): a sequence failed oracle.record-cancelled; shrunk from 9 to 1 step');
  });

  it('the HTML page shows the shrunk sequence as the calls it makes', () => {
    const page = htmlReport(failed);
    expect(page).toContain('<h1>slotcheck explore: voicebot');
    expect(page).toMatch(/<ol class="calls"><li>caller 1 books slots1\[0\] \(booking 1\) <small>\(bookAppointment\)<\/small><\/li><\/ol>/);
  });
});
