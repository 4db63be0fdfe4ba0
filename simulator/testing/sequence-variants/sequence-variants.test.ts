import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../../mock-server/index.ts';
import { simulateCommand } from '../../cli.ts';
import { explore, failedChecks, writeScenarioFile } from '../../explore/index.ts';
import { suiteFlags, suites } from '../../suites/index.ts';
import type { RunResult } from '../../types.ts';
import { sequenceVariants, type SequenceVariant } from './variants.ts';

// Each fault that shows only in a sequence is found by the explorer within a small budget,
// shrunk to at most 6 steps that fail with the check naming the fault, and the shrunk
// scenario, written as YAML, fails `slotcheck simulate --scenario` with that same check.
// One fake for all; the fake and the variant are reset before every sequence, so each
// sequence (and the replay) starts from the same state and shrinking is deterministic.

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(() => mock.close());

const mounts = { voicebot: '/voicebot', unified: '/unified', partner: '/partner' } as const;
// Budgets small enough for npm test, each with a seed that finds its fault inside it (the
// sequences are deterministic per seed); the default budget, 100 runs of up to 20 steps,
// finds each at other seeds too (see the README's measurement).
const budgets: Record<string, { seed: number; runs: number; maxSteps: number }> = {
  'stale voicebot slots after 2 writes': { seed: 2, runs: 20, maxSteps: 10 },
  'stale unified slots after 2 writes': { seed: 1, runs: 20, maxSteps: 10 },
  'cancel frees the other booking': { seed: 1, runs: 20, maxSteps: 10 },
  'reschedule without a re-check': { seed: 2, runs: 20, maxSteps: 10 },
  'idempotency records expire after 2 other requests': { seed: 2, runs: 20, maxSteps: 10 },
  'ids reused after a cancellation': { seed: 4, runs: 20, maxSteps: 12 },
};

describe.each(sequenceVariants.map((v) => [v.name, v] as [string, SequenceVariant]))('%s', (_, variant) => {
  it('is found, shrunk to at most 6 steps with the check that names it, and replayed by simulate', async () => {
    const running = await variant.start({ target: mock.url + mounts[variant.api], altegio: `${mock.url}/api/v1` });
    const reset = async () => {
      mock.fake.reset();
      running.reset();
    };
    try {
      const suite = suites[variant.api]!;
      const { vars, headers } = suite.start(suiteFlags(suite), mock.fake.clock.now());
      const budget = budgets[variant.name]!;
      const result = await explore(
        { api: variant.api, target: running.url, altegio: `${mock.url}/api/v1`, fetch, headers, vars, budgetMs: 5000, timeoutMs: 15_000, runId: '7000000', callers: 2, ...budget, beforeSequence: reset },
        [],
      );
      const failure = result.explore.failure;
      expect(failure, `not found in ${budget.runs} runs`).toBeDefined();
      expect(variant.named).toContain(failure!.named);
      expect(failure!.scenario.steps.length).toBeLessThanOrEqual(6);
      expect(failure!.replayed).toBe(true);
      expect(failedChecks(result).checks).toContain(failure!.named);

      const out = mkdtempSync(join(tmpdir(), 'slotcheck-sequence-variant-'));
      const file = writeScenarioFile(failure!.scenario, { outDir: out, api: variant.api });
      await reset();
      const code = await simulateCommand.run(['--api', variant.api, '--target', running.url, '--altegio', `${mock.url}/api/v1`, '--scenario', file, '--reporter', 'json', '--out', out]);
      expect(code).toBe(1);
      const replay = JSON.parse(readFileSync(join(out, 'slotcheck-report.json'), 'utf8')) as RunResult;
      expect(failedChecks(replay).checks).toContain(failure!.named);
      expect(failedChecks(replay).step).toBe(failure!.step);
    } finally {
      await running.close();
    }
  });
});
