// slotcheck explore: random call sequences against an implementation, checked against a
// model and the fake Altegio, failures shrunk to a scenario simulate replays.
export { exploreCommand } from './cli.ts';
export { explore, exploreApis, failedChecks } from './explore.ts';
export type { ExploreContext, ExploreFailure, ExploreResult, ExploreSummary } from './explore.ts';
export { scenarioFile, writeScenarioFile } from './scenario-file.ts';
