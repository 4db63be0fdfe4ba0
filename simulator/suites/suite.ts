import type { Scenario, Vars } from '../scenario/scenario.ts';
import type { ApiName } from '../types.ts';

/** An API's built-in scenarios and the flags a call of it needs to start. */
export interface Suite {
  readonly api: ApiName;
  /** API-specific flags (`--location`), each with its default; shown by `--help`. */
  readonly flags: Readonly<Record<string, { readonly description: string; readonly default: string }>>;
  /** The starting vars and headers, from those flags (defaults filled in). */
  start(flags: Readonly<Record<string, string>>): { vars: Vars; headers: Record<string, string> };
  /** The built-in scenarios, given the starting vars (a scenario may need a var the target lacks). */
  scenarios(vars: Vars): Scenario[];
}
