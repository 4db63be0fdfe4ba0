// Load mode: the suite's calls as concurrent callers at a steady rate.
export { playLoad } from './load-command.ts';
export { callerRunId, runLoad } from './load-run.ts';
export type { ActionLatency, LoadOptions, LoadProgress, LoadResult } from './load-run.ts';
export { percentiles } from './latency.ts';
export type { Percentiles } from './latency.ts';
export { loadDefaults, loadPlan, parseDuration } from './plan.ts';
export type { LoadPlan } from './plan.ts';
