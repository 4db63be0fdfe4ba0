import type { SpecValidator } from '../../specs/index.ts';
import type { ApiProfile } from '../api-profiles.ts';
import type { Step, Vars } from '../scenario/scenario.ts';
import type { CheckResult, Exchange } from '../types.ts';

/** What a check looks at: one answer to one step, and the spec it is held to. */
export interface CheckContext {
  readonly profile: ApiProfile;
  readonly validator: SpecValidator;
  readonly step: Step;
  readonly exchange: Exchange;
  readonly vars: Vars;
  /** Milliseconds an answer may take (a voice bot waits seconds, not minutes). */
  readonly budgetMs: number;
}

/** A named rule an answer is held to; the name is stable, reports and tests key on it. */
export interface Check {
  readonly name: string;
  readonly description: string;
  run(ctx: CheckContext): CheckResult;
}

export const pass = (check: string, message: string): CheckResult => ({ state: 'passed', check, message });
export const fail = (check: string, message: string, expected: unknown, given: unknown): CheckResult => ({
  state: 'failed',
  check,
  message,
  expected,
  given,
});
export const skip = (check: string, reason: string): CheckResult => ({ state: 'skipped', check, reason });
