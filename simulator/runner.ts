import { createSpecValidator, type SpecValidator } from '../specs/index.ts';
import { apiProfiles, type ApiProfile } from './api-profiles.ts';
import { assertRefused, badVariants } from './checks/bad-input.ts';
import { fail, type CheckContext } from './checks/check.ts';
import { assertFlow, assertRace, assertReplay } from './checks/flow-checks.ts';
import { responseChecks } from './checks/response-checks.ts';
import { createHttpClient, type HttpClient, type HttpRequest, type SignBytes, type Signer } from './http-client.ts';
import { checkEffect, checkOffers, contentChecks, createOracle, NoFreeTimeError, Truth, type Oracle, type TruthState } from './oracle/index.ts';
import { seededRandom } from './random.ts';
import type { Reporter, ReporterHooks } from './reporter.ts';
import type { CaptureSource, EffectExpectation, Scenario, Step, Vars } from './scenario/scenario.ts';
import { daySlots } from './scenario/day-slots.ts';
import { MissingVarError, render, select } from './scenario/template.ts';
import type { ApiName, CheckResult, Exchange, RunResult, ScenarioResult, StepResult } from './types.ts';

/** Everything a run needs, normalised once (see options.ts for the CLI's defaults). */
export interface RunContext {
  readonly api: ApiName;
  /** The implementation's base URL. */
  readonly target: string;
  readonly fetch: typeof fetch;
  /** Sent with every request (the target's own auth). */
  readonly headers: Readonly<Record<string, string>>;
  readonly seed: number;
  readonly budgetMs: number;
  readonly timeoutMs: number;
  /** Base URL of a fake Altegio whose state confirms each effect; absent: oracle checks are skipped. */
  readonly altegio?: string;
  /** The fake's admin token, when it was started with one. */
  readonly adminToken?: string;
  /** The suite's starting values (ids, tokens, dates). */
  readonly vars: Vars;
  /** How many copies race for one slot (or retry one key) when a step does not say. */
  readonly concurrency: number;
  /** Unique per run, digits (`{{runId}}`): test callers and idempotency keys must not repeat across runs against a target that keeps state. */
  readonly runId: string;
  /**
   * Signs every request over its exact bytes (a webhook protocol), at the run's clock: the
   * fake's with `altegio` (a target that shares it checks `t` against it), else this machine's.
   */
  readonly signer?: Signer;
}

/**
 * Plays scenarios in order against the target and tells the reporters as it goes.
 * @example const result = await runScenarios(suite.scenarios, ctx, [consoleReporter()])
 */
export async function runScenarios(scenarios: readonly Scenario[], ctx: RunContext, reporters: readonly Reporter[]): Promise<RunResult> {
  const started = performance.now();
  const emit = <K extends keyof ReporterHooks>(hook: K, ...args: Parameters<NonNullable<ReporterHooks[K]>>) =>
    Promise.all(reporters.map((r) => (r[hook] as ((...a: typeof args) => unknown) | undefined)?.(...args)));
  const profile = apiProfiles[ctx.api]();
  // Every request carries the run and the scenario playing, so a fake's dashboard can tell a run's bookings apart.
  let playing: string | undefined;
  const tag = () => ({ run: ctx.runId, ...(playing !== undefined && { scenario: playing }) });
  const http = createHttpClient({ fetch: ctx.fetch, baseUrl: ctx.target, headers: ctx.headers, timeoutMs: ctx.timeoutMs, tag });
  const run: Run = {
    profile,
    validator: createSpecValidator(profile.spec),
    http,
    ctx,
    ...(ctx.altegio && { oracle: createOracle({ fetch: ctx.fetch, altegio: ctx.altegio, ...(ctx.adminToken && { adminToken: ctx.adminToken }) }) }),
    undo: [],
    created: new Set(),
    last: {},
  };
  await emit('onRunStart', { api: ctx.api, target: ctx.target, scenarios: scenarios.map((s) => s.name) });
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of scenarios) {
      playing = scenario.name;
      await emit('onScenarioStart', { name: scenario.name, description: scenario.description });
      const result = await runScenario(scenario, run, (step) => void emit('onStepResult', step));
      results.push(result);
      await emit('onScenarioResult', result);
    }
  } finally {
    await closeRun(run);
  }
  const checks = results.flatMap((s) => s.steps.flatMap((st) => st.checks));
  const result: RunResult = {
    api: ctx.api,
    target: ctx.target,
    seed: ctx.seed,
    scenarios: results,
    counts: {
      scenarios: results.length,
      failedScenarios: results.filter((s) => s.state === 'failed').length,
      checks: checks.length,
      failedChecks: checks.filter((c) => c.state === 'failed').length,
    },
    durationMs: performance.now() - started,
  };
  await emit('onRunEnd', result);
  return result;
}

interface Run {
  readonly profile: ApiProfile;
  readonly validator: SpecValidator;
  readonly http: HttpClient;
  readonly ctx: RunContext;
  readonly oracle?: Oracle;
  /** Requests that undo what succeeded, sent when the run closes. */
  readonly undo: HttpRequest[];
  /** Records the run saw created in the fake Altegio. */
  readonly created: Set<number>;
  /** The state after the last step: the next step's state before, as nothing but the target writes in between. */
  readonly last: { state?: TruthState };
}

/**
 * The closing phase, after a failure too: undo what the run booked through the API, then
 * cancel in the fake whatever it created that is still live, so a long-lived target
 * does not fill up run after run.
 */
async function closeRun(run: Run): Promise<void> {
  for (const request of run.undo.reverse()) await run.http.send(request);
  if (!run.oracle || run.created.size === 0) return;
  const state = await run.oracle.state().catch(() => undefined);
  const truth = state && new Truth(state);
  for (const id of run.created) if (truth?.record(id)?.deleted === false) await run.oracle.cancelRecord(id);
}

async function runScenario(scenario: Scenario, run: Run, onStep: (r: StepResult) => void): Promise<ScenarioResult> {
  const started = performance.now();
  const random = seededRandom(run.ctx.seed, scenario.name);
  const signatures = new Map<string, Readonly<Record<string, string>>>();
  let vars: Vars = { ...run.ctx.vars, runId: run.ctx.runId };
  let failedAt: string | undefined;
  const steps: StepResult[] = [];
  for (const step of scenario.steps) {
    const stepStarted = performance.now();
    let result: StepResult;
    if (failedAt !== undefined) {
      result = { scenario: scenario.name, step: step.name, state: 'skipped', exchanges: [], checks: [], reason: `an earlier step failed: ${failedAt}`, durationMs: 0 };
    } else {
      const outcome = await runStep(step, { run, vars, random, signatures });
      vars = outcome.vars;
      const state = outcome.checks.some((c) => c.state === 'failed') ? 'failed' : 'passed';
      if (state === 'failed') failedAt = step.name;
      result = { scenario: scenario.name, step: step.name, state, exchanges: outcome.exchanges, checks: outcome.checks, durationMs: performance.now() - stepStarted };
    }
    steps.push(result);
    onStep(result);
  }
  return {
    scenario: scenario.name,
    description: scenario.description,
    state: failedAt === undefined ? 'passed' : 'failed',
    steps,
    durationMs: performance.now() - started,
  };
}

interface StepRun {
  readonly run: Run;
  readonly vars: Vars;
  readonly random: () => number;
  /** The signature headers each step of the scenario sent first, by step name (for `sign.replayOf`). */
  readonly signatures: Map<string, Readonly<Record<string, string>>>;
}

async function runStep(step: Step, { run, vars, random, signatures }: StepRun): Promise<{ vars: Vars; exchanges: Exchange[]; checks: CheckResult[] }> {
  // A racer's request may tell itself apart with {{copy}} (1…N), e.g. its own idempotency key.
  const unsigned = (copy: number) => render(step.request, { ...vars, copy }) as HttpRequest;
  // Rendered once up front: a missing capture fails the step before the oracle is read or anything sent.
  try {
    unsigned(1);
  } catch (error) {
    if (!(error instanceof MissingVarError)) throw error;
    return { vars, exchanges: [], checks: [fail('capture', `cannot build the request: ${error.message}`, `a value for ${error.variable}`, undefined)] };
  }
  const replayed = step.sign && 'replayOf' in step.sign ? step.sign.replayOf : undefined;
  if (run.ctx.signer && replayed !== undefined && !signatures.has(replayed)) {
    return { vars, exchanges: [], checks: [fail('capture', `no signed request of step "${replayed}" to replay`, `a signature sent by "${replayed}"`, undefined)] };
  }
  const before = run.last.state ?? (await run.oracle?.state());
  const sign = signBytes(step, { signer: run.ctx.signer, now: before?.now ?? Date.now(), signatures });
  // Racers and bad variants are copies of the signed request: each is signed over its own bytes.
  const build = (copy: number): HttpRequest => ({ ...unsigned(copy), ...(sign && { sign }) });
  const { exchanges, checks } = await send(step, build(1), { run, vars, build });
  const body = exchanges.length === 1 ? exchanges[0]!.response?.body : undefined;
  const next = { ...vars };
  if (exchanges.length === 1 && exchanges[0]!.response) {
    for (const [name, source] of Object.entries(step.capture ?? {})) {
      const value = capture(source, body, { vars: next, random });
      if (value === undefined) {
        checks.push(fail('capture', `nothing to capture as "${name}" at ${describe(source)}`, 'a value', body));
      } else next[name] = value;
    }
    for (const assertion of step.assert ?? []) checks.push(assertFlow(assertion, body, next));
  }
  if (!run.oracle || !before) return { vars: next, exchanges, checks };

  const after = await run.oracle.state();
  run.last.state = after;
  for (const id of diffCreated(before, after)) run.created.add(id);
  // An expectation that names a value the step failed to capture cannot be judged; the capture check already failed.
  const rendered = <T>(template: T): T | undefined => {
    try {
      return render(template, next);
    } catch (error) {
      if (error instanceof MissingVarError) return undefined;
      throw error;
    }
  };
  const truth = new Truth(after);
  const expected = rendered<EffectExpectation>(step.effect ?? { none: true });
  const effect = expected && checkEffect(expected, { before, after });
  checks.push(...(effect?.checks ?? []));
  if (effect?.booked && step.effect && 'as' in step.effect && step.effect.as) next[step.effect.as] = effect.booked;
  if (exchanges.length !== 1 || !exchanges[0]!.response) return { vars: next, exchanges, checks };
  const offered = step.offers && rendered(step.offers);
  if (offered) {
    const offers = await checkOffers(body, offered, { truth, askedAt: before.now, freeTimes: (q) => run.oracle!.freeTimes(q) });
    checks.push(...offers.checks);
    const blamedOnOffers = offers.checks.some((c) => c.state === 'failed');
    if (offers.noFreeTime && !blamedOnOffers && checks.some((c) => c.state === 'failed')) throw new NoFreeTimeError(offers.noFreeTime);
  }
  for (const c of step.content ?? []) {
    const args = rendered(c.args ?? {});
    if (args) checks.push(contentChecks[c.check]!(body, args, truth));
  }
  return { vars: next, exchanges, checks };
}

/** Sends the step's request (or its racers, retries or bad variants) and runs the checks every answer gets. */
async function send(step: Step, request: HttpRequest, { run, vars, build }: { run: Run; vars: Vars; build: (copy: number) => HttpRequest }): Promise<{ exchanges: Exchange[]; checks: CheckResult[] }> {
  if (step.badInput) {
    const exchanges: Exchange[] = [];
    const checks: CheckResult[] = [];
    for (const variant of badVariants(run.profile, step.operation, request)) {
      const exchange = await run.http.send(variant.request);
      exchanges.push(exchange);
      checks.push(assertRefused(variant, exchange, { profile: run.profile, validator: run.validator, operation: step.operation }));
    }
    return { exchanges, checks };
  }
  const copies = step.race || step.replay ? (step.race?.copies ?? step.replay?.copies ?? run.ctx.concurrency) : 1;
  const exchanges = await Promise.all(Array.from({ length: copies }, (_, i) => run.http.send(i === 0 ? request : build(i + 1))));
  const checkOne = (exchange: Exchange, expect: Step) => {
    const ctx: CheckContext = { profile: run.profile, validator: run.validator, step: expect, exchange, vars, budgetMs: run.ctx.budgetMs };
    return Object.values(responseChecks).map((c) => c.run(ctx));
  };
  if (step.race) {
    // Every racer is held to the spec for the status it got; the race check judges the statuses.
    const checks = exchanges.flatMap((e) => checkOne(e, { ...step, status: [...run.profile.successStatuses(step.operation), step.race!.conflictStatus] }));
    return { exchanges, checks: [...dedupe(checks), assertRace(exchanges, step.race.conflictStatus)] };
  }
  if (step.replay) {
    const checks = exchanges.flatMap((e) => checkOne(e, step));
    return { exchanges, checks: [...dedupe(checks), assertReplay(exchanges, step.replay.idPointer)] };
  }
  const checks = checkOne(exchanges[0]!, step);
  if (!exchanges[0]!.response) return { exchanges, checks };
  const { status, body } = exchanges[0]!.response;
  if (step.undo && status >= 200 && status < 300) {
    try {
      run.undo.push(render(step.undo, { ...vars, answer: body }) as HttpRequest);
    } catch (error) {
      // An answer without the id the undo needs has failed its own checks; there is nothing to undo by.
      if (!(error instanceof MissingVarError)) throw error;
    }
  }
  return { exchanges, checks };
}

/**
 * How a step signs its requests: the run's signer at `now` (moved by `skewSeconds`, keyed
 * with another secret), the very headers an earlier step sent (`replayOf`), or not at all.
 * Every copy of one step signs at the same `t`, so identical copies are identical requests.
 */
function signBytes(step: Step, ctx: { signer: Signer | undefined; now: number; signatures: StepRun['signatures'] }): SignBytes | undefined {
  const { signer, signatures } = ctx;
  if (!signer || step.sign === false) return undefined;
  if (step.sign && 'replayOf' in step.sign) {
    const sent = signatures.get(step.sign.replayOf)!;
    return () => sent;
  }
  const unixSeconds = Math.floor(ctx.now / 1000) + (step.sign?.skewSeconds ?? 0);
  const secret = step.sign?.secret;
  return (payload) => {
    const headers = signer({ payload, unixSeconds, ...(secret !== undefined && { secret }) });
    if (!signatures.has(step.name)) signatures.set(step.name, headers);
    return headers;
  };
}

/** Ids of the records that appeared between two states. */
function diffCreated(before: TruthState, after: TruthState): number[] {
  const known = new Set(before.tables.records.map((r) => r.id));
  return after.tables.records.filter((r) => !known.has(r.id)).map((r) => r.id);
}

function capture(source: CaptureSource, body: unknown, ctx: { vars: Vars; random: () => number }): unknown {
  if (typeof source === 'string') return select(body, source);
  if ('date' in source) {
    const value = select(body, source.date);
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
  }
  if ('instant' in source) return withOffset(render(source.instant, ctx.vars), source.offset);
  if ('daySlots' in source) {
    const slots = daySlots(select(body, source.daySlots), String(render(source.timeZone, ctx.vars)));
    if (!source.pick || !slots) return slots;
    return slots.length === 0 ? undefined : slots[Math.floor(ctx.random() * slots.length)];
  }
  const list = select(body, source.pick);
  if (!Array.isArray(list)) return undefined;
  const where = render(source.where ?? {}, ctx.vars) as Record<string, unknown>;
  const candidates = list.filter((item) => Object.entries(where).every(([k, v]) => matches((item as Record<string, unknown>)?.[k], v)));
  return candidates.length === 0 ? undefined : candidates[Math.floor(ctx.random() * candidates.length)];
}

function matches(value: unknown, wanted: unknown): boolean {
  if (wanted !== null && typeof wanted === 'object' && 'length' in wanted) return Array.isArray(value) && value.length === (wanted as { length: number }).length;
  return value === wanted;
}

/** `2026-03-03T09:00:00+01:00` with offset `Z` is `2026-03-03T08:00:00Z`; undefined when not a date-time. */
function withOffset(value: unknown, offset: string): string | undefined {
  const instant = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(instant)) return undefined;
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(instant + minutes * 60_000).toISOString().slice(0, 19) + (m ? offset : 'Z');
}

const describe = (source: CaptureSource) => (typeof source === 'string' ? source : 'date' in source ? `the date of ${source.date}` : 'instant' in source ? `${source.instant} in ${source.offset}` : 'daySlots' in source ? `the slots at ${source.daySlots}` : `a pick from ${source.pick}`);

/** Racers repeat the same passing checks N times: keep one pass per check, and every failure. */
function dedupe(checks: CheckResult[]): CheckResult[] {
  const seen = new Set<string>();
  return checks.filter((c) => {
    const key = c.state === 'failed' ? JSON.stringify(c) : `${c.state}:${c.check}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
