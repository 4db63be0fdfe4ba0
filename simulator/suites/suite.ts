import type { Signer } from '../http-client.ts';
import type { Scenario, Step, Vars } from '../scenario/scenario.ts';
import type { ApiName } from '../types.ts';

/** A suite's API flags: the given values, the defaults for the rest. */
export function suiteFlags(suite: Pick<Suite, 'flags'>, given: Readonly<Record<string, string | undefined>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(suite.flags).map(([name, flag]) => [name, given[name] ?? flag.default]));
}

export interface SuiteFlag {
  readonly description: string;
  readonly default: string;
  /** The only values it takes. */
  readonly choices?: readonly string[];
  /** What a value must look like, and how to say it in an error. */
  readonly pattern?: RegExp;
  readonly patternName?: string;
}

/** An API's built-in scenarios and the flags a call of it needs to start. */
export interface Suite {
  readonly api: ApiName;
  /** API-specific flags (`--location`), each with its default; shown by `--help`. */
  readonly flags: Readonly<Record<string, SuiteFlag>>;
  /**
   * The starting vars and headers, from those flags (defaults filled in) and the run's now (the
   * fake's clock when there is one); and the signer, for an API whose requests are signed.
   */
  start(flags: Readonly<Record<string, string>>, now: number): { vars: Vars; headers: Record<string, string>; signer?: Signer };
  /** The built-in scenarios, given the starting vars (a scenario may need a var the target lacks). */
  scenarios(vars: Vars): Scenario[];
}

const day = 86_400_000;

/** The next `count` Monday-to-Friday dates after `now` (practices rest at weekends), as `YYYY-MM-DD`: scenarios spread over them. */
export function nextWeekdays(now: number, count: number): string[] {
  const out: string[] = [];
  for (let t = now + day; out.length < count; t += day) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** The start of the next full hour (a search window's default start), ISO in Z without milliseconds. */
const nextHour = (now: number) => new Date(Math.ceil(now / 3_600_000) * 3_600_000).toISOString().replace('.000', '');

/** The `--from` flag of the suites that search a 7-day window (partner, platform webhook). */
export const searchFromFlag: SuiteFlag = {
  description: 'start of the 7-day search window (ISO date-time); "now": the next full hour by the fake’s clock (with --altegio) or this machine’s',
  default: 'now',
  pattern: /^(now|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))$/,
  patternName: 'an ISO date-time with an offset, or now',
};

/** The 7-day window `--from` names, as ISO instants without milliseconds. */
export function searchWeek(from: string, now: number): { from: string; to: string } {
  const start = from === 'now' ? nextHour(now) : from;
  return { from: start, to: new Date(Date.parse(start) + 7 * day).toISOString().replace('.000', '') };
}

/** Weekdays from a given date on (that date first, when it is one). */
export const weekdaysFrom = (date: string, count: number) => nextWeekdays(Date.parse(`${date}T12:00:00Z`) - day, count);

/** Drops the staff member from offers and effects, for agents (bots) that book any. */
export function anyStaff(scenario: Scenario): Scenario {
  const strip = (ref: object | undefined) => (ref && 'staff' in ref ? (({ staff: _, ...rest }) => rest)(ref as { staff: unknown }) : ref);
  return {
    ...scenario,
    steps: scenario.steps.map((s) => {
      const offers = s.offers && { offers: strip(s.offers) };
      if (!s.effect || 'none' in s.effect || 'cancel' in s.effect) return { ...s, ...offers } as Step;
      const effect = 'create' in s.effect ? { ...s.effect, create: strip(s.effect.create) } : { ...s.effect, move: { ...s.effect.move, to: strip(s.effect.move.to) } };
      return { ...s, ...offers, effect } as Step;
    }),
  };
}
