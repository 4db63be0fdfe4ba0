import fc from 'fast-check';
import { createHttpClient } from '../http-client.ts';
import type { Reporter } from '../reporter.ts';
import { runScenarios, type RunContext } from '../runner.ts';
import type { Scenario, Step } from '../scenario/scenario.ts';
import type { RunResult } from '../types.ts';
import { commandArbitrary, type Sequence } from './commands.ts';
import type { Dialect, DialectContext } from './dialect.ts';
import { ExploreModel } from './model.ts';
import { partnerDialect } from './partner-dialect.ts';
import { unifiedDialect } from './unified-dialect.ts';
import { voicebotDialect } from './voicebot-dialect.ts';

// The explorer: fast-check generates sequences of caller commands over the model, each
// sequence is played as one scenario by the simulator's runner (so every step gets the
// same checks as a suite: status, schema, flow, offers against the fake's free times,
// effects against its state before and after), and the first failing sequence is shrunk
// by fast-check to a minimal one, which is a scenario `slotcheck simulate` replays.

/** The APIs the explorer speaks. */
export const dialects = {
  voicebot: voicebotDialect,
  unified: unifiedDialect,
  partner: partnerDialect,
} as const satisfies Record<string, (ctx: DialectContext) => Promise<Dialect>>;
export type ExploreApi = keyof typeof dialects;
export const exploreApis = Object.keys(dialects) as ExploreApi[];

export interface ExploreContext extends Omit<RunContext, 'api' | 'concurrency' | 'altegio'> {
  readonly api: ExploreApi;
  /** The fake Altegio: the explorer's invariants are held against its state. */
  readonly altegio: string;
  /** How many sequences to try at most. */
  readonly runs: number;
  /** Commands per sequence at most. */
  readonly maxSteps: number;
  /** Callers acting interleaved (and racing, that many at once). */
  readonly callers: number;
  /** Time for exploring, then as much again at most for shrinking a failure; absent: until `runs`. */
  readonly durationMs?: number;
  /** Called before every sequence (and before the final replay): a target that can be reset starts each one from the same state. */
  readonly beforeSequence?: () => Promise<void>;
}

export interface ExploreFailure {
  /** The shrunk sequence, a scenario `slotcheck simulate --scenario` replays. */
  readonly scenario: Scenario;
  /** The check that names the fault, and every check that failed on the failing step. */
  readonly named: string;
  readonly checks: readonly string[];
  readonly step: string;
  /** Steps of the sequence that first failed, before shrinking. */
  readonly shrunkFrom: number;
  readonly shrinks: number;
  /** Whether one more play of the shrunk sequence failed with the same checks. */
  readonly replayed: boolean;
}

export interface ExploreSummary {
  readonly sequences: number;
  readonly steps: number;
  /** Steps played, by what they did (the VoiceBot action, the unified action, the operation). */
  readonly calls: Readonly<Record<string, number>>;
  readonly stepsPerSecond: number;
  readonly failure?: ExploreFailure;
}

/** A run's result as reporters take it (the shrunk sequence's, when one failed), with what the exploration did. */
export type ExploreResult = RunResult & { readonly explore: ExploreSummary };

/** A sequence that failed, thrown to fast-check so it shrinks it. */
class SequenceFailed extends Error {
  readonly code = 'SIM_EXPLORE_SEQUENCE_FAILED';
  constructor(
    readonly scenario: Scenario,
    readonly result: RunResult,
  ) {
    super(`${scenario.steps.length} steps, failed: ${failedChecks(result).checks.join(', ')}`);
    this.name = 'SequenceFailed';
  }
}

/** Which failed check names a fault best: what Altegio holds, then what was offered, then the flow, then the answer's shape. */
const specificity = ['oracle.', 'offers.', 'idempotency.', 'race.', 'flow.'];
const rank = (check: string) => {
  const at = specificity.findIndex((prefix) => check.startsWith(prefix));
  return at < 0 ? specificity.length : at;
};

/** What a step does: the action of an API with one endpoint, else its operation. */
const callOf = (step: Step) => {
  const action = (step.request.body as { action?: unknown } | undefined)?.action;
  return typeof action === 'string' ? action : step.operation;
};

/** The failed step of a run, its failed checks, and the one that names the fault. */
export function failedChecks(result: RunResult): { step: string; checks: string[]; named: string } {
  const step = result.scenarios.flatMap((s) => s.steps).find((s) => s.state === 'failed');
  const checks = [...new Set(step?.checks.filter((c) => c.state === 'failed').map((c) => c.check) ?? [])];
  return { step: step?.step ?? '', checks, named: [...checks].sort((a, b) => rank(a) - rank(b))[0] ?? '' };
}

/**
 * Explores random call sequences against the target, then shrinks the first failing one.
 * @example const result = await explore({ api: 'voicebot', target, altegio, ... }, [consoleReporter()])
 */
export async function explore(ctx: ExploreContext, reporters: readonly Reporter[]): Promise<ExploreResult> {
  const started = performance.now();
  const http = createHttpClient({ fetch: ctx.fetch, baseUrl: ctx.target, headers: ctx.headers, timeoutMs: ctx.timeoutMs });
  const dialect = await dialects[ctx.api]({ vars: ctx.vars, http });
  const counts = { sequences: 0, steps: 0 };
  const calls: Record<string, number> = {};
  const rate = () => counts.steps / Math.max(0.001, (performance.now() - started) / 1000);
  let lastProgress = 0;
  const counter: Reporter = {
    onStepResult(step) {
      if (step.state === 'skipped') return;
      counts.steps += 1;
      if (performance.now() - lastProgress < 1000) return;
      lastProgress = performance.now();
      for (const r of reporters) r.onExploreProgress?.({ ...counts, stepsPerSecond: rate() });
    },
  };
  for (const r of reporters) r.onRunStart?.({ api: ctx.api, target: ctx.target, scenarios: [], command: 'explore' });

  const play = async (steps: readonly Step[], listeners: readonly Reporter[]) => {
    await ctx.beforeSequence?.();
    counts.sequences += 1;
    const scenario: Scenario = { name: `explore-${ctx.api}-seed-${ctx.seed}`, description: '', steps };
    const runId = String(Number(ctx.runId) + counts.sequences);
    const result = await runScenarios([scenario], { ...ctx, concurrency: ctx.callers, runId }, listeners);
    result.scenarios[0]!.steps.forEach((ran, i) => {
      if (ran.state === 'skipped') return;
      const call = callOf(steps[i]!);
      calls[call] = (calls[call] ?? 0) + 1;
    });
    return { scenario, result };
  };

  let deadline = ctx.durationMs === undefined ? Infinity : Date.now() + ctx.durationMs;
  let last: SequenceFailed | undefined;
  /** While shrinking: the check the first failure named; a candidate failing otherwise is another fault, not a smaller one. */
  let named: string | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();
  const passed = new Set<string>();
  const failing: { prefix: string; failure: SequenceFailed }[] = [];
  const property = fc.asyncProperty(fc.commands([commandArbitrary(dialect, ctx.callers)], { maxCommands: ctx.maxSteps, size: 'max' }), async (commands) => {
    // Past the budget nothing more is played (a run the time limit cut off still finishes, unseen).
    if (Date.now() > deadline) return;
    // Faults hide in combinations: exploring, a sequence is at least half the longest (fast-check draws lengths
    // uniformly, and a short one rarely holds the few calls a fault needs); shrinking may go shorter.
    fc.pre(named !== undefined || [...commands].length >= Math.ceil(ctx.maxSteps / 2));
    const model = new ExploreModel(ctx.callers);
    const sequence: Sequence = { steps: [], attempts: 0 };
    await fc.asyncModelRun(() => ({ model, real: sequence }), commands);
    if (sequence.steps.length === 0) return;
    // Every sequence starts from the same state, so the same steps end the same way: shrinking tries many
    // candidates that write steps already played, or that begin with the steps of a failure.
    const key = JSON.stringify(sequence.steps);
    const known = failing.find((f) => key.startsWith(f.prefix));
    if (known) throw (last = known.failure);
    if (passed.has(key)) return;
    const running = play(sequence.steps, [counter]);
    inFlight = running.catch(() => undefined);
    const { scenario, result } = await running;
    if (result.counts.failedScenarios > 0 && (named === undefined || failedChecks(result).checks.includes(named))) {
      // The steps after the failed one never ran: the sequence is the steps up to it.
      const ran = result.scenarios[0]!.steps.findIndex((step) => step.state === 'failed') + 1;
      last = new SequenceFailed({ ...scenario, steps: scenario.steps.slice(0, ran) }, result);
      failing.push({ prefix: JSON.stringify(last.scenario.steps).slice(0, -1), failure: last });
      throw last;
    }
    passed.add(key);
  });
  const limit = ctx.durationMs === undefined ? [] : [fc.interruptAfterTimeLimit(ctx.durationMs)];
  // Exploring stops at the first failure; shrinking replays it by its path, with a budget of its own.
  const found = await fc.check(property, { seed: ctx.seed, numRuns: ctx.runs, endOnFailure: true, plugins: limit });
  await inFlight;
  let summary: ExploreSummary;
  let result: RunResult;
  if (found.failed && last) {
    const shrunkFrom = last.scenario.steps.length;
    named = failedChecks(last.result).named;
    deadline = ctx.durationMs === undefined ? Infinity : Date.now() + ctx.durationMs;
    const shrunk = await fc.check(property, { seed: ctx.seed, path: found.counterexamplePath!, numRuns: 1, plugins: limit });
    await inFlight;
    const failure = last;
    const steps = failure.scenario.steps;
    const scenario: Scenario = {
      name: failure.scenario.name,
      description: `Shrunk by slotcheck explore --api ${ctx.api} --seed ${ctx.seed} from ${shrunkFrom} to ${steps.length} steps; fails ${failedChecks(failure.result).checks.join(', ')}.`,
      steps,
    };
    // One more play, seen by the reporters: the report shows the shrunk sequence as it ran.
    const forward = reporters.map((r): Reporter => ({ ...r, onRunStart: undefined, onRunEnd: undefined }));
    const replay = await play(scenario.steps, [counter, ...forward]);
    result = { ...replay.result, scenarios: replay.result.scenarios.map((s) => ({ ...s, description: scenario.description })) };
    const expected = failedChecks(failure.result);
    const again = failedChecks(replay.result);
    summary = {
      ...counts,
      calls,
      stepsPerSecond: rate(),
      failure: {
        scenario,
        named: expected.named,
        checks: expected.checks,
        step: expected.step,
        shrunkFrom,
        shrinks: shrunk.numShrinks,
        replayed: again.step === expected.step && again.checks.join() === expected.checks.join(),
      },
    };
  } else {
    if (found.failed && found.errorInstance) throw found.errorInstance;
    result = { api: ctx.api, target: ctx.target, seed: ctx.seed, scenarios: [], counts: { scenarios: 0, failedScenarios: 0, checks: 0, failedChecks: 0 }, durationMs: 0 };
    summary = { ...counts, calls, stepsPerSecond: rate() };
  }
  const explored: ExploreResult = { ...result, durationMs: performance.now() - started, explore: summary };
  for (const r of reporters) await r.onRunEnd?.(explored);
  return explored;
}
