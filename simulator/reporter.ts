import type { ApiName, RunResult, ScenarioResult, StepResult } from './types.ts';

/** Listens to a run. Every hook is optional; the runner knows no output format. */
export interface Reporter extends ReporterHooks {
  /** The file this reporter writes at the end of a run, so the run can say where it went. */
  readonly writes?: string;
}

/** The events a run emits, in order. */
export interface ReporterHooks {
  onRunStart?(run: { readonly api: ApiName; readonly target: string; readonly scenarios: readonly string[]; readonly command?: 'simulate' | 'explore' }): void;
  onScenarioStart?(scenario: { readonly name: string; readonly description: string }): void;
  onStepResult?(result: StepResult): void;
  onScenarioResult?(result: ScenarioResult): void;
  onRunEnd?(result: RunResult): void | Promise<void>;
  /** `slotcheck explore`, about once a second: how far it got and how fast. */
  onExploreProgress?(progress: { readonly sequences: number; readonly steps: number; readonly stepsPerSecond: number }): void;
}
