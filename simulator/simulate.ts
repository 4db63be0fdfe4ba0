import { CouldNotRunError, flagArgs } from '../kit/cli-kit.ts';
import { createOracle, NoFreeTimeError, OracleError } from './oracle/index.ts';
import { simulateOptions, type SimulateOptions } from './options.ts';
import type { Reporter } from './reporter.ts';
import { reporters, type ReporterName } from './reporters/index.ts';
import { runScenarios } from './runner.ts';
import type { Scenario } from './scenario/scenario.ts';
import type { ApiName, RunResult } from './types.ts';

/** A simulation, as a program asks for one: the `simulate` flags as an object. */
export interface SimulateInput {
  readonly api: ApiName;
  readonly target: string;
  readonly altegio?: string;
  readonly adminToken?: string;
  /** Built-in scenario names, scenario files, or scenarios already loaded; all built-ins when none. */
  readonly scenarios?: readonly (string | Scenario)[];
  /** The API's own suite flags, named as on the command line without the dashes. */
  readonly flags?: Readonly<Record<string, string>>;
  readonly concurrency?: number;
  readonly seed?: number;
  readonly budgetMs?: number;
  readonly timeoutMs?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Built-in reporter names, or reporter objects of your own; none by default. */
  readonly reporters?: readonly (ReporterName | Reporter)[];
  readonly outDir?: string;
  /** Wait up to this long for the target (and --altegio) to answer before giving up. */
  readonly waitForTargetSeconds?: number;
}

/**
 * Runs a simulation and resolves with the result the reporters get. Throws a UsageError
 * for wrong options and a CouldNotRunError when the target or the fake cannot be used.
 */
export async function simulate(input: SimulateInput): Promise<RunResult> {
  const args = toArgs(input);
  const objects = (input.scenarios ?? []).filter((s): s is Scenario => typeof s !== 'string');
  const own = (input.reporters ?? []).filter((r): r is Reporter => typeof r !== 'string');
  const run = await prepare(args);
  const named = run.options.scenarios;
  // Keep the caller's order: names and files were resolved in order, loaded scenarios slot in between.
  let next = 0;
  const scenarios = objects.length === 0 ? named : (input.scenarios ?? []).map((s) => (typeof s === 'string' ? named[next++]! : s));
  return execute({ ...run.options, scenarios }, own);
}

/** `slotcheck simulate` with its command-line arguments. */
export async function simulateArgs(args: readonly string[]): Promise<RunResult> {
  const run = await prepare(args);
  return execute(run.options, []);
}

function toArgs(input: SimulateInput): string[] {
  return flagArgs({
    api: input.api,
    target: input.target,
    altegio: input.altegio,
    'admin-token': input.adminToken,
    scenario: (input.scenarios ?? []).filter((s) => typeof s === 'string'),
    ...input.flags,
    concurrency: input.concurrency,
    seed: input.seed,
    'budget-ms': input.budgetMs,
    'timeout-ms': input.timeoutMs,
    header: Object.entries(input.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    reporter: (input.reporters ?? []).filter((r) => typeof r === 'string').join(',') || 'none',
    out: input.outDir,
    'wait-for-target': input.waitForTargetSeconds,
  });
}

/** The options of a run, normalised once, with the target and the fake reached and the days set from the fake's clock (simulate, load mode and explore share it). */
export async function prepare(args: readonly string[]): Promise<{ options: SimulateOptions }> {
  let options = simulateOptions(args);
  await reachable(options);
  // Default days follow the fake's clock, so a run against `slotcheck mock --now … --frozen` needs no date flags.
  if (options.run.altegio) {
    const oracle = createOracle({ fetch, altegio: options.run.altegio, ...(options.run.adminToken && { adminToken: options.run.adminToken }) });
    const now = await oracle.now().catch((error: Error) => error);
    if (now instanceof OracleError) throw new CouldNotRunError(now.message);
    if (now instanceof Error) throw now;
    options = simulateOptions(args, now);
  }
  return { options };
}

async function execute(options: SimulateOptions, own: readonly Reporter[]): Promise<RunResult> {
  const listeners = [...options.reporters.map((name) => reporters[name](options.outDir)), ...own];
  try {
    const result = await runScenarios(options.scenarios, { ...options.run, fetch }, listeners);
    const written = listeners.flatMap((l) => (l.writes ? [l.writes] : []));
    if (written.length > 0 && options.reporters.includes('console')) console.log(`Reports: ${written.join(', ')}`);
    return result;
  } catch (error) {
    if (error instanceof OracleError || error instanceof NoFreeTimeError) throw new CouldNotRunError(error.message);
    throw error;
  }
}

/** The target and the fake answer, within --wait-for-target seconds (one try without it). */
async function reachable(options: SimulateOptions): Promise<void> {
  const deadline = Date.now() + options.waitForTargetSeconds * 1000;
  const urls = [options.run.target, ...(options.run.altegio ? [`${options.run.altegio}/__admin/health`] : [])];
  for (const url of urls) {
    for (;;) {
      const failure = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
        () => undefined,
        (error: Error) => networkFailure(error),
      );
      if (failure === undefined) break;
      if (Date.now() >= deadline) {
        const waited = options.waitForTargetSeconds > 0 ? ` after waiting ${options.waitForTargetSeconds} s` : '';
        throw new CouldNotRunError(`${url === options.run.target ? `the target ${url}` : `the fake Altegio at ${options.run.altegio}`} is unreachable${waited} (${failure})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Why a fetch got no answer, as the system named it (ECONNREFUSED), else undici's words (bad port). */
function networkFailure(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.find((e) => e.code)?.code ?? cause?.message ?? error.message;
}
