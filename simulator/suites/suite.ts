import type { Scenario, Vars } from '../scenario/scenario.ts';
import type { ApiName } from '../types.ts';

/** An API's built-in scenarios and the flags a call of it needs to start. */
/** A suite's API flags: the given values, the defaults for the rest. */
export function suiteFlags(suite: Suite, given: Readonly<Record<string, string | undefined>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(suite.flags).map(([name, flag]) => [name, given[name] ?? flag.default]));
}

export interface Suite {
  readonly api: ApiName;
  /** API-specific flags (`--location`), each with its default; shown by `--help`. */
  readonly flags: Readonly<Record<string, { readonly description: string; readonly default: string }>>;
  /** The starting vars and headers, from those flags (defaults filled in). */
  start(flags: Readonly<Record<string, string>>): { vars: Vars; headers: Record<string, string> };
  /** The built-in scenarios, given the starting vars (a scenario may need a var the target lacks). */
  scenarios(vars: Vars): Scenario[];
}
