import { UsageError } from '../../kit/cli-kit.ts';

// `--load RATE --duration D`: how many callers start each second, and for how long.

/** An open-loop load: callers start at a steady rate whether or not earlier ones finished. */
export interface LoadPlan {
  /** New callers a second. */
  readonly rate: number;
  readonly durationMs: number;
  /** Callers still running beyond this many are not started (counted as dropped): the generator's own limit. */
  readonly maxInFlight: number;
}

export const loadDefaults = { durationMs: 30_000, maxInFlight: 1000, maxRate: 10_000, maxDurationMs: 24 * 3_600_000 } as const;

const units: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `30s`, `2m`, `1500ms`, `1h`; a bare number is seconds. */
export function parseDuration(value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const ms = m ? Number(m[1]) * units[m[2] ?? 's']! : Number.NaN;
  if (!(ms >= 1 && ms <= loadDefaults.maxDurationMs)) {
    throw new UsageError(`--duration takes a time such as 30s, 2m or 1500ms (at most 24h); got "${value}".`);
  }
  return Math.round(ms);
}

/** The plan `--load` and `--duration` ask for; undefined without `--load`. */
export function loadPlan(load: string | undefined, duration: string | undefined): LoadPlan | undefined {
  if (load === undefined) {
    if (duration !== undefined) throw new UsageError('--duration needs --load RATE.');
    return undefined;
  }
  const rate = /^\d+(\.\d+)?$/.test(load.trim()) ? Number(load) : Number.NaN;
  if (!(rate > 0 && rate <= loadDefaults.maxRate)) {
    throw new UsageError(`--load takes callers a second, a number above 0 and at most ${loadDefaults.maxRate} (e.g. 5 or 0.5); got "${load}".`);
  }
  return { rate, durationMs: duration === undefined ? loadDefaults.durationMs : parseDuration(duration), maxInFlight: loadDefaults.maxInFlight };
}
