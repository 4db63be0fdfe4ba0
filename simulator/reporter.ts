import type { ApiName, RunResult, ScenarioResult, StepResult } from './types.ts';

/** Listens to a run. Every hook is optional; the runner knows no output format. */
export interface Reporter {
  onRunStart?(run: { readonly api: ApiName; readonly target: string; readonly scenarios: readonly string[] }): void;
  onScenarioStart?(scenario: { readonly name: string; readonly description: string }): void;
  onStepResult?(result: StepResult): void;
  onScenarioResult?(result: ScenarioResult): void;
  onRunEnd?(result: RunResult): void | Promise<void>;
}
