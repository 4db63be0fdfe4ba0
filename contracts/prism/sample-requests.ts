import { loadSpec, type SpecName } from '../../specs/index.ts';

// Test support: one realistic request per operation of a spec, built from the spec's own
// examples and the demo credentials of `slotcheck mock`, for Prism's mock and proxy tests.

type Json = Record<string, any>;

export interface SampleRequest {
  readonly operationId: string;
  /** `getSlots` for the body example of that name; the operationId when there is no body. */
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

const deref = (doc: Json, value: Json): Json =>
  typeof value?.$ref === 'string' ? deref(doc, value.$ref.slice(2).split('/').reduce((at: Json, k: string) => at[k.replaceAll('~1', '/')], doc)) : value;

function sampleValue(doc: Json, param: Json): unknown {
  const schema = deref(doc, param.schema ?? {});
  const named = param.examples ? deref(doc, Object.values(param.examples)[0] as Json).value : undefined;
  const given = param.example ?? named ?? schema.example ?? schema.examples?.[0] ?? schema.default;
  if (given !== undefined) return given;
  if (schema.type === 'array') return [sampleValue(doc, { schema: schema.items })];
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.format === 'date') return '2026-03-03';
  if (schema.format === 'date-time') return '2026-03-03T10:00:00+01:00';
  return schema.enum?.[0] ?? 'x';
}

const credentials: Record<string, Record<string, string>> = {
  partner: { authorization: 'Bearer sc_partner_demo_7f3a9c' },
  partnerAndUser: { authorization: 'Bearer sc_partner_demo_7f3a9c, User sc_user_berlin_4d1e8b' },
  bearerAuth: { authorization: 'Bearer vb_demo_token_5e2d7a' },
  apiKey: { 'x-api-key': 'uk_demo_key_3b9f1c' },
  partnerKey: { authorization: 'Bearer sk_ptnr_demo_gleichgewicht_a1b2c3' },
};

// The specs' examples use ids of their own; these are the demo ones the reference
// implementations know, so the traffic gets past "not found" and exercises real answers.
const demoIds: Record<string, string> = {
  '8f14e45f-ceea-467a-9575-5ab1d9e3c9a2': '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  bot_01h2xcejqtf2nbrexx3vqjhp41: 'bot_gleichgewicht',
  xyzBusinessEntityId: 'ent_gleichgewicht',
};
const toDemoIds = (text: string) => text.replace(new RegExp(Object.keys(demoIds).join('|'), 'g'), (id) => demoIds[id]!);

/** One request per operation and body example: required and path parameters from their examples. */
export function sampleRequests(api: SpecName): SampleRequest[] {
  const doc = loadSpec(api) as Json;
  const out: SampleRequest[] = [];
  for (const [template, item] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
      const headers: Record<string, string> = {};
      for (const requirement of op.security ?? doc.security ?? []) Object.assign(headers, ...Object.keys(requirement).map((s) => credentials[s] ?? {}));
      const query = new URLSearchParams();
      let path = template;
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const param = deref(doc, raw);
        if (!param.required && param.in !== 'path') continue;
        const value = sampleValue(doc, param);
        if (param.in === 'path') path = path.replace(`{${param.name}}`, encodeURIComponent(String(value)));
        if (param.in === 'query') for (const v of [value].flat()) query.append(param.name, String(v));
        if (param.in === 'header') headers[param.name.toLowerCase()] = String(value);
      }
      const content = op.requestBody ? deref(doc, op.requestBody).content?.['application/json'] : undefined;
      const examples = Object.entries((content?.examples ?? {}) as Json).map(([name, ex]) => [name, deref(doc, ex).value] as const);
      const base = { operationId: op.operationId, method: method.toUpperCase(), path: `${path}${query.size ? `?${query}` : ''}` };
      if (examples.length === 0) out.push({ ...base, name: op.operationId, headers });
      for (const [name, value] of examples) {
        out.push({ ...base, name, headers: { ...headers, 'content-type': 'application/json' }, body: toDemoIds(JSON.stringify(value)) });
      }
    }
  }
  return out;
}

/** Sends a sample request to a base URL; the body is parsed when there is one. */
export async function send(baseUrl: string, request: SampleRequest) {
  const res = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, ...(request.body !== undefined && { body: request.body }) });
  const text = await res.text();
  return { status: res.status, text, body: text === '' ? undefined : JSON.parse(text) };
}
