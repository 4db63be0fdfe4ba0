import { findOperation, loadSpec, resolve, responseSchemaPointer, type SpecName } from '../specs/index.ts';
import type { ApiName } from './types.ts';

// How the simulator reads each API's spec: where a step's answer schema is, which
// statuses count as success, and the request schema bad input is derived from. The
// VoiceBot API has one operation, so its "operations" are its actions, mapped by the
// spec's own x-action-requests / x-action-responses.

export interface ApiProfile {
  readonly api: ApiName;
  readonly spec: SpecName;
  /** Pointer of the body schema for a status; undefined: not documented; null: documented without a body. */
  responseSchema(operation: string, status: number): string | null | undefined;
  /** The 2xx statuses the operation documents. */
  successStatuses(operation: string): number[];
  /** Pointer of the request body schema, when the operation takes one. */
  requestSchema(operation: string): string | undefined;
}

type Json = Record<string, any>;

export class UnknownOperationError extends Error {
  readonly code = 'SIM_UNKNOWN_OPERATION';
  constructor(api: ApiName, operation: string) {
    super(`${api}: the spec has no operation "${operation}"`);
    this.name = 'UnknownOperationError';
  }
}

function byOperationId(api: ApiName, spec: SpecName): ApiProfile {
  const doc = loadSpec(spec);
  const op = (operation: string) => {
    const found = findOperation(spec, operation);
    if (!found) throw new UnknownOperationError(api, operation);
    return found;
  };
  return {
    api,
    spec,
    responseSchema: (operation, status) => responseSchemaPointer(spec, op(operation), status),
    successStatuses: (operation) =>
      Object.keys((resolve(doc, `${op(operation).pointer}/responses`) ?? {}) as Json)
        .filter((k) => /^2\d\d$/.test(k))
        .map(Number),
    requestSchema(operation) {
      const o = op(operation);
      const body = resolve(doc, `${o.pointer}/requestBody`);
      if (!body) return undefined;
      const base = typeof body.$ref === 'string' ? body.$ref : `${o.pointer}/requestBody`;
      return `${base}/content/application~1json/schema`;
    },
  };
}

function voicebot(): ApiProfile {
  const spec: SpecName = 'voicebot';
  const doc = loadSpec(spec);
  const operation = findOperation(spec, 'handleVoiceBotAction')!;
  const post = resolve(doc, operation.pointer) as Json;
  const ref = (map: string, action: string): string => {
    const entry = post[map]?.[action] as { $ref: string } | undefined;
    if (!entry) throw new UnknownOperationError('voicebot', action);
    return entry.$ref;
  };
  return {
    api: 'voicebot',
    spec,
    responseSchema: (action, status) => (status === 200 ? ref('x-action-responses', action) : responseSchemaPointer(spec, operation, status)),
    successStatuses: (action) => (ref('x-action-responses', action), [200]),
    requestSchema: (action) => ref('x-action-requests', action),
  };
}

export const apiProfiles: Readonly<Record<ApiName, () => ApiProfile>> = {
  altegio: () => byOperationId('altegio', 'altegio'),
  unified: () => byOperationId('unified', 'unified'),
  partner: () => byOperationId('partner', 'partner'),
  'platform-webhook': () => byOperationId('platform-webhook', 'partner-webhook'),
  voicebot,
};
