import type { SpecName } from '../specs/index.ts';

// The simulator's vocabulary. Results are discriminated unions on `state`; a failed
// check keeps what was expected and what was given, so a report can show both.

export type ApiName = 'voicebot' | 'unified' | 'partner' | 'altegio' | 'platform-webhook';

/** One HTTP request and what came back; a network failure is a value too. */
export interface Exchange {
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: unknown;
  };
  readonly response?: {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    /** Parsed JSON, or the text when it is not JSON, or undefined when empty. */
    readonly body: unknown;
  };
  /** Why no response came (refused, reset, timed out). */
  readonly error?: string;
  readonly durationMs: number;
}

export type CheckResult =
  | { readonly state: 'passed'; readonly check: string; readonly message: string }
  | { readonly state: 'failed'; readonly check: string; readonly message: string; readonly expected: unknown; readonly given: unknown }
  | { readonly state: 'skipped'; readonly check: string; readonly reason: string };

export type StepState = 'passed' | 'failed' | 'skipped';

export interface StepResult {
  readonly scenario: string;
  readonly step: string;
  readonly state: StepState;
  readonly exchanges: readonly Exchange[];
  readonly checks: readonly CheckResult[];
  /** Why the step did not run (an earlier step failed, a capture was missing). */
  readonly reason?: string;
  readonly durationMs: number;
}

export interface ScenarioResult {
  readonly scenario: string;
  readonly description: string;
  readonly state: 'passed' | 'failed';
  readonly steps: readonly StepResult[];
  readonly durationMs: number;
}

export interface RunResult {
  readonly api: ApiName;
  readonly target: string;
  readonly seed: number;
  readonly scenarios: readonly ScenarioResult[];
  readonly counts: { readonly scenarios: number; readonly failedScenarios: number; readonly checks: number; readonly failedChecks: number };
  readonly durationMs: number;
}

/** What an API's suite needs to know about it. */
export interface ApiProfile {
  readonly api: ApiName;
  readonly spec: SpecName;
}
