import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { runScenarios } from '../runner.ts';
import type { ApiName } from '../types.ts';
import { suiteFlags, suites } from './index.ts';

// A CI gate points the simulator at the same server run after run: every built-in suite
// passes 20 times in a row against one fake that is never reset, because a run cancels
// what it booked and spreads its bookings over days; and the fake holds no more live
// records at the end than at the start.

const runs = 20;
const mounts: Record<ApiName, string> = { voicebot: '/voicebot', unified: '/unified', partner: '/partner', altegio: '/api/v1', 'platform-webhook': '/platform-webhook' };

let mock: RunningMock;
beforeAll(async () => {
  // Thursday afternoon: the spread reaches into the next week, across a weekend.
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-05T14:10:00Z'), frozen: true });
});
afterAll(() => mock.close());

const liveRecords = () => [...mock.fake.db.tables.records.values()].filter((r) => !r.deleted).length;

describe.each(Object.keys(mounts) as ApiName[])('the %s suite on a long-lived server', (api) => {
  it(`passes ${runs} runs in a row and leaves no booking behind`, async () => {
    const suite = suites[api]!;
    const before = liveRecords();
    for (let run = 1; run <= runs; run++) {
      const { vars, headers, signer } = suite.start(suiteFlags(suite), mock.fake.clock.now());
      const result = await runScenarios(
        suite.scenarios(vars),
        { api, target: mock.url + mounts[api], fetch, headers, vars, seed: run, budgetMs: 5000, timeoutMs: 15_000, concurrency: 4, runId: String(3_000_000 + run * 10 + Object.keys(mounts).indexOf(api)), altegio: `${mock.url}/api/v1`, ...(signer && { signer }) },
        [],
      );
      const failed = result.scenarios.flatMap((s) => s.steps.flatMap((st) => st.checks.filter((c) => c.state === 'failed').map((c) => `${s.scenario}: ${c.check}`)));
      expect({ run, failed }).toEqual({ run, failed: [] });
    }
    expect(liveRecords()).toBe(before);
  }, 120_000);
});
