// What the benchmark reports: figures, some held to a target. A target is a benchmark
// goal, never a test assertion: a miss is reported with its ratio and the reason.

export interface Goal {
  readonly op: '<' | '>=';
  readonly value: number;
  /** What the issue that set it is (`#11`, `#14`). */
  readonly issue: string;
}

export interface Figure {
  readonly id: string;
  readonly section: string;
  readonly what: string;
  readonly value: number;
  readonly unit: string;
  readonly goal?: Goal;
  /** How it was measured, in a few words. */
  readonly how?: string;
}

export const met = (f: Figure) => !f.goal || Number.isNaN(f.value) ? undefined : f.goal.op === '<' ? f.value < f.goal.value : f.value >= f.goal.value;

/** Measured over target: for `<` goals below 1 is met, for `>=` goals 1 or more is. */
export const ratio = (f: Figure) => (f.goal ? f.value / f.goal.value : undefined);
