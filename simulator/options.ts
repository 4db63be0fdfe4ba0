import { existsSync } from 'node:fs';
import { didYouMean, intFlag, parseFlags, urlFlag, UsageError } from '../kit/cli-kit.ts';
import { apiProfiles } from './api-profiles.ts';
import { reporterNames, type ReporterName } from './reporters/index.ts';
import type { RunContext } from './runner.ts';
import { loadPlan, type LoadPlan } from './load/plan.ts';
import { loadScenarioFile, ScenarioError } from './scenario/load-scenario.ts';
import type { Scenario, Vars } from './scenario/scenario.ts';
import { suiteFlags, suites } from './suites/index.ts';
import type { ApiName } from './types.ts';

export const apiNames: readonly ApiName[] = ['voicebot', 'unified', 'partner', 'altegio', 'platform-webhook'];

/** Everything `slotcheck simulate` was asked, resolved once: no optionals downstream. */
export interface SimulateOptions {
  readonly run: Omit<RunContext, 'fetch'>;
  readonly scenarios: readonly Scenario[];
  readonly reporters: readonly ReporterName[];
  readonly outDir: string;
  /** How long to wait for the target and the fake to answer; 0 tries once. */
  readonly waitForTargetSeconds: number;
  /** `--load RATE --duration D`: the suite as callers arriving at a steady rate, instead of once through. */
  readonly load?: LoadPlan;
}

export const simulateDefaults = { concurrency: 10, seed: 1, budgetMs: 5000, timeoutMs: 30_000, outDir: 'slotcheck-report', reporters: ['console'] } as const;

// Every API's own flags, so one parse accepts them all; the chosen API's are checked below.
const apiFlagOptions = Object.fromEntries(
  Object.values(suites).flatMap((suite) => Object.keys(suite.flags).map((name) => [name, { type: 'string' as const }])),
);

/** The run `slotcheck simulate` was asked for; `now` (the fake's clock, when there is one) sets the default days. */
export function simulateOptions(args: readonly string[], now = Date.now()): SimulateOptions {
  const flags = parseFlags(args, {
    api: { type: 'string' },
    target: { type: 'string' },
    altegio: { type: 'string' },
    'admin-token': { type: 'string' },
    scenario: { type: 'string', multiple: true },
    concurrency: { type: 'string' },
    reporter: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    'budget-ms': { type: 'string' },
    'timeout-ms': { type: 'string' },
    header: { type: 'string', multiple: true },
    'wait-for-target': { type: 'string' },
    load: { type: 'string' },
    duration: { type: 'string' },
    ...apiFlagOptions,
  }) as Record<string, string | string[] | undefined>;

  const api = flags.api as ApiName | undefined;
  if (!api || !apiNames.includes(api)) throw new UsageError(`--api must be one of ${apiNames.join(', ')}${api ? `; got "${api}".${didYouMean(api, apiNames)}` : '.'}`);
  const target = urlFlag('target', flags.target as string | undefined);
  if (!target) throw new UsageError('--target URL is required: the base URL of the implementation to check.');
  const altegio = urlFlag('altegio', flags.altegio as string | undefined);

  const suite = suites[api];
  const own = new Set(Object.keys(suite?.flags ?? {}));
  const stray = Object.keys(apiFlagOptions).find((name) => flags[name] !== undefined && !own.has(name));
  if (stray) throw new UsageError(`--${stray} is not a flag of --api ${api}.`);
  const given = suiteFlags(suite ?? { flags: {} }, flags as Record<string, string | undefined>);
  for (const [name, flag] of Object.entries(suite?.flags ?? {})) {
    if (flag.choices && !flag.choices.includes(given[name]!)) throw new UsageError(`--${name} takes ${flag.choices.join(' or ')}; got "${given[name]}".`);
    if (flag.pattern && !flag.pattern.test(given[name]!)) throw new UsageError(`--${name} must be ${flag.patternName ?? String(flag.pattern)}; got "${given[name]}".`);
  }
  const start = suite?.start(given, now) ?? { vars: {}, headers: {} };

  const load = loadPlan(flags.load as string | undefined, flags.duration as string | undefined);
  const concurrency = intFlag('concurrency', flags.concurrency as string | undefined, { min: 2, max: 500 }) ?? simulateDefaults.concurrency;
  // `none` runs silently: a program reads the result instead.
  const asked = (flags.reporter as string | undefined) ?? simulateDefaults.reporters.join(',');
  const reporters = asked === 'none' ? [] : asked.split(',').map((r) => r.trim());
  const unknown = reporters.find((r) => !reporterNames.includes(r as ReporterName));
  if (unknown) throw new UsageError(`--reporter takes ${reporterNames.join(', ')} or none; got "${unknown}".${didYouMean(unknown, reporterNames)}`);

  return {
    run: {
      api,
      target,
      ...(altegio && { altegio }),
      ...(flags['admin-token'] !== undefined && { adminToken: flags['admin-token'] as string }),
      headers: { ...start.headers, ...headers((flags.header as string[] | undefined) ?? []) },
      seed: intFlag('seed', flags.seed as string | undefined, { min: 0, max: 2 ** 31 - 1 }) ?? simulateDefaults.seed,
      budgetMs: intFlag('budget-ms', flags['budget-ms'] as string | undefined, { min: 1, max: 600_000 }) ?? simulateDefaults.budgetMs,
      timeoutMs: intFlag('timeout-ms', flags['timeout-ms'] as string | undefined, { min: 1, max: 600_000 }) ?? simulateDefaults.timeoutMs,
      vars: start.vars,
      ...(start.signer && { signer: start.signer }),
      // Digits, as it goes into test callers' phone numbers and idempotency keys; the seed alone decides every choice.
      runId: String(Date.now()).slice(-7),
      concurrency,
    },
    scenarios: pickScenarios({ api, names: (flags.scenario as string[] | undefined) ?? [], vars: start.vars }),
    reporters: reporters as ReporterName[],
    outDir: (flags.out as string | undefined) ?? simulateDefaults.outDir,
    waitForTargetSeconds: intFlag('wait-for-target', flags['wait-for-target'] as string | undefined, { min: 0, max: 3600 }) ?? 0,
    ...(load && { load }),
  };
}

function headers(list: string[]): Record<string, string> {
  return Object.fromEntries(
    list.map((h) => {
      const at = h.indexOf(':');
      if (at <= 0) throw new UsageError(`--header takes "Name: value"; got "${h}".`);
      return [h.slice(0, at).trim().toLowerCase(), h.slice(at + 1).trim()];
    }),
  );
}

/** Built-in scenarios by name, or scenario files; all built-ins when none is named. */
function pickScenarios({ api, names, vars }: { api: ApiName; names: string[]; vars: Vars }): Scenario[] {
  const builtIn = suites[api]?.scenarios(vars) ?? [];
  if (names.length === 0) {
    if (builtIn.length === 0) throw new UsageError(`there is no built-in suite for --api ${api} yet; give --scenario FILE.`);
    return builtIn;
  }
  const profile = apiProfiles[api]();
  return names.map((name) => {
    const found = builtIn.find((s) => s.name === name);
    if (found) return found;
    if (!/\.(ya?ml|json)$/i.test(name) && !existsSync(name)) {
      throw new UsageError(`--scenario "${name}" is neither a built-in scenario (${builtIn.map((s) => s.name).join(', ') || 'none'}) nor a file.`);
    }
    if (!existsSync(name)) throw new UsageError(`--scenario file ${name} does not exist.`);
    try {
      return loadScenarioFile(name, profile);
    } catch (error) {
      if (error instanceof ScenarioError) throw new UsageError(error.message);
      throw error;
    }
  });
}
