import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Scenario } from '../scenario/scenario.ts';

/** Where a shrunk sequence is written, in the run's report folder. */
export const scenarioFile = (outDir: string, api: string) => join(outDir, `slotcheck-explore-${api}.yaml`);

/** Writes a shrunk sequence as a scenario file (`slotcheck simulate --scenario FILE` replays it); returns its path. */
export function writeScenarioFile(scenario: Scenario, target: { outDir: string; api: string }): string {
  const file = scenarioFile(target.outDir, target.api);
  mkdirSync(target.outDir, { recursive: true });
  writeFileSync(file, stringify(scenario, { lineWidth: 0 }));
  return file;
}
