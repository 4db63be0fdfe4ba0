import { loadSpec, resolve, type SpecValidator } from '../../specs/index.ts';
import type { ApiProfile } from '../api-profiles.ts';
import type { HttpRequest } from '../http-client.ts';
import type { CheckResult, Exchange } from '../types.ts';
import { fail, pass } from './check.ts';

// Bad input derived from the spec: from a valid request of a step, variants that break
// the request schema one way each. Every one must get a 4xx in the API's own error shape.

type Json = Record<string, any>;

export interface BadVariant {
  /** Stable check name: `bad-input.missing-field` … */
  readonly check: string;
  /** What was broken, for the report: `missing staff_id`. */
  readonly what: string;
  readonly request: HttpRequest;
}

const wrongValue = (schema: Json): unknown => {
  const type = ([] as string[]).concat(schema.type ?? [])[0];
  if (type === 'string') return 12_345;
  if (type === 'integer' || type === 'number') return 'not-a-number';
  if (type === 'boolean') return 'yes';
  if (type === 'array') return 'not-a-list';
  if (type === 'object') return 'not-an-object';
  return undefined;
};

const looksLikeDate = (name: string, schema: Json) =>
  ['date', 'date-time'].includes(schema.format) || /date|datetime|start_at|^start$|_at$/i.test(name);

/** The schema itself, following `$ref`s and merging `allOf` parts. */
function flatten(spec: Json, schema: Json | undefined): Json {
  if (!schema) return {};
  if (typeof schema.$ref === 'string') return flatten(spec, resolve(spec as never, schema.$ref));
  if (!Array.isArray(schema.allOf)) return schema;
  const parts = schema.allOf.map((s: Json) => flatten(spec, s));
  return {
    ...schema,
    required: parts.flatMap((p: Json) => p.required ?? []).concat(schema.required ?? []),
    properties: Object.assign({}, ...parts.map((p: Json) => p.properties ?? {}), schema.properties ?? {}),
  };
}

/** Up to `limit` bad variants of a request whose body the operation's schema describes. */
export function badVariants(profile: ApiProfile, operation: string, valid: HttpRequest, limit = 24): BadVariant[] {
  const pointer = profile.requestSchema(operation);
  const body = valid.body as Json | undefined;
  const out: BadVariant[] = [{ check: 'bad-input.malformed-json', what: 'a body that is not JSON', request: { ...valid, rawBody: '{"' } }];
  if (!pointer || !body || typeof body !== 'object' || Array.isArray(body)) return out;
  out.push({ check: 'bad-input.not-an-object', what: 'a JSON array as the body', request: { ...valid, body: [] } });
  const spec = loadSpec(profile.spec) as unknown as Json;
  const schema = flatten(spec, resolve(spec as never, pointer));
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  // The discriminator stays: without it the request is a different mistake.
  const fixed = new Set(['action']);
  for (const field of (schema.required ?? []) as string[]) {
    if (fixed.has(field) || !(field in body)) continue;
    const { [field]: _dropped, ...rest } = body;
    out.push({ check: 'bad-input.missing-field', what: `missing ${field}`, request: { ...valid, body: rest } });
  }
  for (const [field, prop] of Object.entries(properties)) {
    if (fixed.has(field) || !(field in body)) continue;
    const flat = flatten(spec, prop);
    const wrong = wrongValue(flat);
    if (wrong !== undefined) out.push({ check: 'bad-input.wrong-type', what: `${field} as ${JSON.stringify(wrong)}`, request: { ...valid, body: { ...body, [field]: wrong } } });
    if (looksLikeDate(field, flat) && typeof body[field] === 'string') {
      out.push({ check: 'bad-input.impossible-date', what: `${field} on 30 February`, request: { ...valid, body: { ...body, [field]: '2026-02-30T10:00:00+01:00' } } });
    }
  }
  return out.slice(0, limit);
}

/** A bad variant must get a 4xx whose body is the error shape the spec documents for it. */
export function assertRefused(variant: BadVariant, exchange: Exchange, ctx: { profile: ApiProfile; validator: SpecValidator; operation: string }): CheckResult {
  const { check, what } = variant;
  if (!exchange.response) return fail(check, `${what}: no answer (${exchange.error})`, 'a 4xx', exchange.error);
  const { status, body } = exchange.response;
  if (status < 400 || status >= 500) return fail(check, `${what}: answered ${status}`, 'a 4xx in the API’s error shape', { status, body });
  // The variant carries the run's valid credentials: refusing them means the content was never read (or a signature was checked over re-serialised JSON).
  if (status === 401 || status === 403) return fail(check, `${what}: refused its valid credentials with ${status}`, 'a 4xx for the content', { status, body });
  const pointer = ctx.profile.responseSchema(ctx.operation, status);
  if (!pointer) return fail(check, `${what}: ${status} is not a documented error`, 'a documented 4xx', { status, body });
  const shape = ctx.validator.validate(pointer, body);
  return shape.valid
    ? pass(check, `${what}: ${status}`)
    : fail(check, `${what}: ${status} but not in the API’s error shape (${shape.violations[0]!.message})`, `a body matching ${decodeURIComponent(pointer)}`, body);
}
