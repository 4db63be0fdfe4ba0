import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readPackagedYaml, readYaml } from '../../kit/yaml-file.ts';
import type { components } from '../../specs/generated/voicebot.ts';

// The one configuration file of the reference implementations (default-config.yaml,
// or --config FILE): read once, checked against config.schema.json, then used as is.

type InfoField = components['schemas']['InfoField'];

export interface RequiredInfo {
  readonly bookerInfo: readonly InfoField[];
  readonly participantInfo: readonly InfoField[];
}

/** Where a reference implementation books: a location, a service, a staff member (0: any). */
export interface BookingTarget {
  readonly companyId: number;
  readonly serviceId: number;
  readonly staffId: number;
}

export interface ReferenceConfig {
  readonly altegio: {
    /** null: the fake Altegio of this same server. */
    readonly baseUrl: string | null;
    readonly partnerToken: string;
    /** Location id (as a string key) → user token. */
    readonly userTokens: Readonly<Record<string, string>>;
  };
  readonly voicebot: {
    readonly tokens: readonly string[];
    readonly entities: readonly { readonly entityId: string; readonly companyId: number; readonly sipIds: readonly string[] }[];
    readonly requiredInfo: { readonly default: RequiredInfo; readonly products: Readonly<Record<string, RequiredInfo>> };
  };
  readonly unified: {
    readonly apiKeys: readonly { readonly key: string; readonly agents: readonly string[] }[];
    readonly agents: readonly (BookingTarget & { readonly agentId: string })[];
  };
  readonly partner: {
    readonly timeoutMs: number;
    readonly keys: readonly { readonly key: string; readonly bots: readonly string[] }[];
    readonly bots: readonly { readonly botId: string; readonly accountId: string; readonly webhookUrl: string | null; readonly secret: string }[];
  };
  readonly platformWebhook: {
    readonly toleranceSeconds: number;
    readonly accounts: readonly (BookingTarget & { readonly accountId: string; readonly secret: string })[];
  };
}

export class ConfigError extends Error {
  readonly code = 'SLOTCHECK_CONFIG';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const defaultConfigPath = new URL('default-config.yaml', import.meta.url);

const ajv = new Ajv2020({ allErrors: true });
addFormats.default(ajv);
const check = ajv.compile(JSON.parse(readFileSync(new URL('config.schema.json', import.meta.url), 'utf8')));

/**
 * Reads and checks a configuration file (the default one when no path is given).
 * @example const config = loadConfig('my-clinic.yaml')
 */
export function loadConfig(path: string | URL = defaultConfigPath): ReferenceConfig {
  let raw: unknown;
  try {
    raw = path === defaultConfigPath ? readPackagedYaml(path) : readYaml(path);
  } catch (error) {
    throw new ConfigError(`${String(path)}: ${(error as Error).message.split('\n')[0]}`);
  }
  return checkConfig(raw, String(path));
}

export function checkConfig(raw: unknown, source = 'config'): ReferenceConfig {
  if (!check(raw)) {
    const first = check.errors![0]!;
    const at = first.instancePath ? first.instancePath.slice(1).replaceAll('/', '.') : '(top level)';
    const extra = first.keyword === 'additionalProperties' ? ` (${String(first.params.additionalProperty)})` : '';
    throw new ConfigError(`${source}: ${at} ${first.message}${extra}.`);
  }
  return raw as ReferenceConfig;
}
