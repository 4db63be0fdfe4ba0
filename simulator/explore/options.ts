import { intFlag, parseFlags, UsageError } from '../../kit/cli-kit.ts';
import { parseDuration } from '../load/plan.ts';
import type { SimulateOptions } from '../options.ts';
import type { ReporterName } from '../reporters/index.ts';
import { exploreApis, type ExploreApi, type ExploreContext } from './explore.ts';

/** Everything `slotcheck explore` was asked, resolved once. */
export interface ExploreOptions {
  readonly run: Omit<ExploreContext, 'fetch'>;
  readonly reporters: readonly ReporterName[];
  readonly outDir: string;
}

export const exploreDefaults = { runs: 100, maxSteps: 20, callers: 3 } as const;

const own = {
  runs: { type: 'string' },
  'max-steps': { type: 'string' },
  callers: { type: 'string' },
  duration: { type: 'string' },
} as const;
type ExploreFlags = Partial<Record<keyof typeof own, string>>;

/** Simulate's flags that mean nothing here: explore writes its own sequences. */
const refused = new Set(['scenario', 'concurrency', 'load']);

/**
 * The explorer's own flags apart from the rest, which are read as `simulate` reads them
 * (target, fake, headers, seed, reporters, every API flag): both commands take the same API
 * flags, so a shrunk scenario replays under the same ones.
 */
export function splitArgs(args: readonly string[]): { flags: ExploreFlags; simulate: string[] } {
  const mine: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = /^--([\w-]+)(=|$)/.exec(args[i]!)?.[1];
    if (name !== undefined && refused.has(name)) throw new UsageError(`--${name} is a flag of simulate; explore writes its own sequences (--callers sets how many race at once).`);
    const into = name !== undefined && name in own ? mine : rest;
    into.push(args[i]!);
    // A flag's value follows it unless given as --name=value.
    if (name !== undefined && !args[i]!.includes('=') && i + 1 < args.length && (name in own || !args[i + 1]!.startsWith('--'))) into.push(args[++i]!);
  }
  return { flags: parseFlags(mine, own), simulate: rest };
}

/** The exploration asked for, from simulate's reading of the shared flags and the explorer's own. */
export function exploreOptions(simulate: SimulateOptions, flags: ExploreFlags): ExploreOptions {
  const { api, concurrency: _, altegio, ...run } = simulate.run;
  if (!exploreApis.includes(api as ExploreApi)) throw new UsageError(`explore speaks --api ${exploreApis.join(', ')}; got "${api}".`);
  if (!altegio) throw new UsageError('--altegio URL is required: the explorer holds every step against the fake Altegio’s state.');
  const durationMs = flags.duration === undefined ? undefined : parseDuration(flags.duration);
  return {
    run: {
      ...run,
      api: api as ExploreApi,
      altegio,
      runs: intFlag('runs', flags.runs, { min: 1, max: 1_000_000 }) ?? (durationMs === undefined ? exploreDefaults.runs : 1_000_000),
      maxSteps: intFlag('max-steps', flags['max-steps'], { min: 1, max: 500 }) ?? exploreDefaults.maxSteps,
      callers: intFlag('callers', flags.callers, { min: 2, max: 9 }) ?? exploreDefaults.callers,
      ...(durationMs !== undefined && { durationMs }),
    },
    reporters: simulate.reporters,
    outDir: simulate.outDir,
  };
}
