// The simulator: scripted calls against any implementation, with verdicts.
export { apiProfiles } from './api-profiles.ts';
export type { ApiProfile } from './api-profiles.ts';
export { simulateCommand } from './cli.ts';
export { explore, exploreCommand, writeScenarioFile, type ExploreContext, type ExploreResult } from './explore/index.ts';
export type { Reporter } from './reporter.ts';
export { consoleReporter, htmlReport, junitXml, reporters } from './reporters/index.ts';
export { runScenarios } from './runner.ts';
export type { RunContext } from './runner.ts';
export { checkScenario, loadScenarioFile, ScenarioError } from './scenario/load-scenario.ts';
export type { Assertion, CaptureSource, EffectExpectation, OffersExpectation, RequestTemplate, Scenario, Step, Vars } from './scenario/scenario.ts';
export { suites } from './suites/index.ts';
export type { Suite } from './suites/index.ts';
export type { ApiName, CheckResult, Exchange, RunResult, ScenarioResult, StepResult } from './types.ts';
