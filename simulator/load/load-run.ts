import { runScenarios, type RunContext } from '../runner.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { ScenarioResult } from '../types.ts';
import { percentiles, type Percentiles } from './latency.ts';
import type { LoadPlan } from './plan.ts';

// Open loop: caller n starts at n / rate seconds whether or not earlier callers have
// finished, as phone calls arrive, so a slow target meets a growing queue instead of a
// politely waiting generator. Each caller plays one scenario of the suite (in turn) with
// its own seed and run id, so callers choose different slots and never share a phone
// number or an idempotency key. The oracle is left out: with callers overlapping, a
// change in the fake cannot be put down to one step.

export interface ActionLatency extends Percentiles {
  /** The step's operation (the action a caller took). */
  readonly action: string;
  /** Answers that were no answer (refused, reset, timed out) or a 5xx. */
  readonly errors: number;
}

export interface LoadResult {
  readonly plan: LoadPlan;
  readonly durationMs: number;
  readonly callers: {
    readonly started: number;
    readonly finished: number;
    /** Whose scenario had a failed check. */
    readonly failed: number;
    /** Not started because maxInFlight callers were still running. */
    readonly dropped: number;
    /** Still running when the drain time ran out; their results are left out. */
    readonly unfinished: number;
  };
  readonly checks: { readonly total: number; readonly failed: number; readonly failedShare: number };
  /** Failed checks by name, most frequent first. */
  readonly failures: readonly { readonly check: string; readonly count: number }[];
  readonly actions: readonly ActionLatency[];
}

export interface LoadProgress {
  readonly elapsedMs: number;
  readonly started: number;
  readonly finished: number;
  readonly inFlight: number;
  readonly checks: number;
  readonly failedChecks: number;
}

export interface LoadOptions {
  readonly plan: LoadPlan;
  /** Called every `progressEveryMs` while callers start and finish. */
  readonly onProgress?: (progress: LoadProgress) => void;
  readonly progressEveryMs?: number;
  /** How long callers still running after the duration may take to finish (default: the run's timeout). */
  readonly drainMs?: number;
}

/** Seven digits, as the suites put `{{runId}}` into phone numbers: the run's id moved on by the caller's number. */
export const callerRunId = (runId: string, n: number) => String((Number(runId) + n) % 10_000_000).padStart(7, '0');

/**
 * Plays `scenarios` as callers arriving at `plan.rate` a second for `plan.durationMs`, then
 * waits for the callers still running and reports latency per action and failed checks.
 * @example const result = await runLoad(suite.scenarios(vars), { ...run, fetch }, { plan: { rate: 5, durationMs: 10_000, maxInFlight: 1000 } })
 */
export async function runLoad(scenarios: readonly Scenario[], ctx: RunContext, options: LoadOptions): Promise<LoadResult> {
  const { plan } = options;
  if (scenarios.length === 0) throw new Error('runLoad needs at least one scenario');
  const stop = new AbortController();
  const fetchUntilStopped: typeof fetch = (input, init) =>
    ctx.fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, stop.signal]) : stop.signal });
  const { altegio: _oracle, ...rest } = ctx;
  const samples = new Map<string, { ms: number[]; errors: number }>();
  const failures = new Map<string, number>();
  const counts = { started: 0, finished: 0, failed: 0, dropped: 0, checks: 0, failedChecks: 0 };
  const running = new Set<Promise<void>>();

  const record = (scenario: Scenario, result: ScenarioResult) => {
    counts.finished++;
    if (result.state === 'failed') counts.failed++;
    result.steps.forEach((step, i) => {
      const action = scenario.steps[i]?.operation ?? step.step;
      const bucket = samples.get(action) ?? { ms: [], errors: 0 };
      if (step.exchanges.length > 0) samples.set(action, bucket);
      for (const exchange of step.exchanges) {
        bucket.ms.push(exchange.durationMs);
        if (!exchange.response || exchange.response.status >= 500) bucket.errors++;
      }
      for (const check of step.checks) {
        if (check.state === 'skipped') continue;
        counts.checks++;
        if (check.state === 'failed') {
          counts.failedChecks++;
          failures.set(check.check, (failures.get(check.check) ?? 0) + 1);
        }
      }
    });
  };

  const startCaller = (n: number) => {
    if (running.size >= plan.maxInFlight) return void counts.dropped++;
    counts.started++;
    const scenario = scenarios[n % scenarios.length]!;
    const caller = { ...rest, fetch: fetchUntilStopped, seed: ctx.seed + n, runId: callerRunId(ctx.runId, n) };
    const done: Promise<void> = runScenarios([scenario], caller, [])
      .then((result) => void (!stop.signal.aborted && record(scenario, result.scenarios[0]!)))
      // A caller that could not be played (not the target's answer) counts as one failed check.
      .catch((error: Error) => void (!stop.signal.aborted && record(scenario, crashed(scenario, error))))
      .finally(() => running.delete(done));
    running.add(done);
  };

  const started = performance.now();
  const progress = () =>
    options.onProgress?.({ elapsedMs: performance.now() - started, started: counts.started, finished: counts.finished, inFlight: running.size, checks: counts.checks, failedChecks: counts.failedChecks });
  const ticker = options.onProgress ? setInterval(progress, options.progressEveryMs ?? 1000) : undefined;
  const total = Math.max(1, Math.floor((plan.rate * plan.durationMs) / 1000));
  try {
    for (let n = 0; n < total; n++) {
      const due = started + (n * 1000) / plan.rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      startCaller(n);
    }
    const endAt = started + plan.durationMs;
    if (endAt > performance.now()) await new Promise((resolve) => setTimeout(resolve, endAt - performance.now()));
    const drain = new Promise<void>((resolve) => setTimeout(resolve, options.drainMs ?? ctx.timeoutMs).unref());
    await Promise.race([Promise.all(running), drain]);
  } finally {
    if (ticker) clearInterval(ticker);
  }
  const unfinished = running.size;
  stop.abort();
  progress();
  return {
    plan,
    durationMs: performance.now() - started,
    callers: { started: counts.started, finished: counts.finished, failed: counts.failed, dropped: counts.dropped, unfinished },
    checks: { total: counts.checks, failed: counts.failedChecks, failedShare: counts.checks === 0 ? 0 : counts.failedChecks / counts.checks },
    failures: [...failures].map(([check, count]) => ({ check, count })).sort((a, b) => b.count - a.count || a.check.localeCompare(b.check)),
    actions: [...samples].map(([action, s]) => ({ action, errors: s.errors, ...percentiles(s.ms) })),
  };
}

function crashed(scenario: Scenario, error: Error): ScenarioResult {
  return {
    scenario: scenario.name,
    description: scenario.description,
    state: 'failed',
    steps: [{ scenario: scenario.name, step: 'caller', state: 'failed', exchanges: [], checks: [{ state: 'failed', check: 'caller', message: error.message, expected: 'the scenario played to its end', given: error.message }], durationMs: 0 }],
    durationMs: 0,
  };
}
