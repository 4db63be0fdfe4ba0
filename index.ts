// slotcheck's programmatic API: what `import { … } from 'slotcheck'` gives. Each function
// takes the options its command takes, as an object, and goes through the same checks.
import createClient, { type Client } from 'openapi-fetch';
import { flagArgs } from './kit/cli-kit.ts';
import { mockOptions } from './mock-server/cli.ts';
import { mounts, startMockServer } from './mock-server/server/create-server.ts';
import { apiProfiles } from './simulator/api-profiles.ts';
import { checkScenario, loadScenarioFile } from './simulator/scenario/load-scenario.ts';
import type { Scenario } from './simulator/scenario/scenario.ts';
import type { ApiName } from './simulator/types.ts';
import type { paths as AdminPaths } from './specs/generated/admin.ts';

export { CouldNotRunError, UsageError } from './kit/cli-kit.ts';
export { apiNames } from './simulator/options.ts';
export type { Reporter } from './simulator/reporter.ts';
export { consoleReporter, htmlReporter, jsonReporter, junitReporter, reporters } from './simulator/reporters/index.ts';
export type { ReporterName } from './simulator/reporters/index.ts';
export { ScenarioError } from './simulator/scenario/load-scenario.ts';
export type { ScenarioProblem } from './simulator/scenario/load-scenario.ts';
export type { Scenario, Step } from './simulator/scenario/scenario.ts';
export { simulate } from './simulator/simulate.ts';
export type { SimulateInput } from './simulator/simulate.ts';
export type { ApiName, CheckResult, Exchange, RunResult, ScenarioResult, StepResult } from './simulator/types.ts';

export interface StartMockOptions {
  /** 0 (the default here) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** faker seed of the demo data (default 42). */
  readonly seed?: number;
  readonly dataset?: 'demo' | 'empty';
  /** Keep state in this file across restarts. */
  readonly dataFile?: string;
  /** Start the clock here instead of the system time. */
  readonly now?: string | number | Date;
  /** Keep the clock standing at `now`. */
  readonly frozen?: boolean;
  readonly adminToken?: string;
  /** The reference implementations' configuration file. */
  readonly config?: string;
}

export interface Mock {
  /** The base URL: everything below is served on this one port. */
  readonly url: string;
  /** Where each API is served. */
  readonly apis: {
    readonly altegio: string;
    readonly voicebot: string;
    readonly unified: string;
    readonly partner: string;
    readonly platformWebhook: string;
  };
  /** A typed client of the admin API (`specs/admin.openapi.yaml`): clock, state, faults, reset. */
  readonly admin: Client<AdminPaths>;
  close(): Promise<void>;
}

/** Starts the fake Altegio with the reference implementations in this process. */
export async function startMock(options: StartMockOptions = {}): Promise<Mock> {
  const args = flagArgs({
    port: options.port ?? 0,
    host: options.host,
    seed: options.seed,
    dataset: options.dataset,
    data: options.dataFile,
    now: options.now instanceof Date || typeof options.now === 'number' ? new Date(options.now).toISOString() : options.now,
    frozen: options.frozen,
    'admin-token': options.adminToken,
    config: options.config,
  });
  // An absent token means none here, whatever the environment says: a test sets its own.
  const mock = await startMockServer(mockOptions(args, {}));
  const at = (path: string) => `${mock.url}${path}`;
  return {
    url: mock.url,
    apis: {
      altegio: at(mounts.altegio),
      voicebot: at(mounts.voicebot),
      unified: at(mounts.unified),
      partner: at(mounts.partner),
      platformWebhook: at(mounts.platformWebhook),
    },
    admin: createClient<AdminPaths>({
      baseUrl: at(mounts.admin),
      ...(options.adminToken && { headers: { authorization: `Bearer ${options.adminToken}` } }),
    }),
    close: () => mock.close(),
  };
}

/** Reads a YAML or JSON scenario file for an API; a ScenarioError lists every problem with its line. */
export function loadScenario(file: string, api: ApiName): Scenario {
  return loadScenarioFile(file, apiProfiles[api]());
}

/** Checks a scenario given as a value (parsed already) for an API. */
export function validateScenario(value: unknown, api: ApiName, source = 'scenario'): Scenario {
  return checkScenario(value, apiProfiles[api](), source);
}
