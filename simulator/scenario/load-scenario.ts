import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import type { ApiProfile } from '../api-profiles.ts';
import type { Scenario } from './scenario.ts';

export class ScenarioError extends Error {
  readonly code = 'SIM_SCENARIO_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

const check = new Ajv2020({ allErrors: false }).compile(JSON.parse(readFileSync(new URL('scenario.schema.json', import.meta.url), 'utf8')));

/**
 * Checks a scenario's shape and that every step names an operation of the API's spec,
 * so a typo stops the run before any request is sent.
 */
export function checkScenario(raw: unknown, profile: ApiProfile, source: string): Scenario {
  if (!check(raw)) {
    const e = check.errors![0]!;
    const at = e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : '(top level)';
    const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
    throw new ScenarioError(`${source}: ${at} ${e.message}${extra}`);
  }
  const scenario = raw as Scenario;
  for (const [i, step] of scenario.steps.entries()) {
    try {
      profile.successStatuses(step.operation);
    } catch {
      throw new ScenarioError(`${source}: steps.${i}.operation "${step.operation}" is not an operation of the ${profile.api} spec`);
    }
  }
  return scenario;
}

/** Reads a YAML (or JSON) scenario file. */
export function loadScenarioFile(path: string, profile: ApiProfile): Scenario {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ScenarioError(`${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  return checkScenario(raw, profile, path);
}
