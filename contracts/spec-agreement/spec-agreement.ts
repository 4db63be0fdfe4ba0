import { createSpecValidator, findOperation, loadSpec, pointerSegment, responseSchemaPointer, type SpecName } from '../../specs/index.ts';

// A pact and a spec are two contracts of one API; this holds each pact interaction to the
// spec so the two cannot drift apart. A request in a pact is whole (the consumer sends
// exactly it), so it must validate as it is. A response in a pact names only the fields
// the consumer reads, so it is laid over one of the spec's own examples of that answer
// (which supplies what the consumer leaves out) and must then validate, and every field
// it names must be one the spec declares: a renamed or invented field is caught.

type Json = Record<string, any>;

export interface PactInteraction {
  readonly description: string;
  readonly request: { method: string; path: string; query?: Record<string, string[]>; body?: { content?: unknown } };
  readonly response: { status: number; body?: { content?: unknown } };
}

/** What is wrong with one interaction, in words; empty when it agrees with the spec. */
export function disagreements(api: SpecName, interaction: PactInteraction): string[] {
  const doc = loadSpec(api) as Json;
  const method = interaction.request.method.toLowerCase();
  const match = Object.keys(doc.paths).find((template) => doc.paths[template]?.[method] && pathPattern(template).test(interaction.request.path));
  if (!match) return [`${interaction.request.method} ${interaction.request.path} is not an operation of the ${api} spec`];
  const op = doc.paths[match][method] as Json;
  const operation = findOperation(api, op.operationId)!;
  const validator = createSpecValidator(api);
  const problems: string[] = [];

  const params = [...(doc.paths[match].parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => deref(doc, p));
  for (const name of Object.keys(interaction.request.query ?? {})) {
    if (!params.some((p) => p.in === 'query' && p.name === name)) problems.push(`query parameter "${name}" is not in the spec`);
  }
  const sent = interaction.request.body?.content;
  if (sent !== undefined) {
    const pointer = `${operation.pointer}/requestBody/content/${pointerSegment('application/json')}/schema`;
    const check = validator.validate(pointer, sent);
    if (!check.valid) problems.push(...check.violations.map((v) => `request body ${v.path}: ${v.message}`));
  }

  const pointer = responseSchemaPointer(api, operation, interaction.response.status);
  if (pointer === undefined) return [...problems, `status ${interaction.response.status} is not documented for ${op.operationId}`];
  const expected = interaction.response.body?.content;
  if (pointer === null || expected === undefined) return problems;
  problems.push(...undeclared(doc, pointerValue(doc, pointer), expected, 'response body '));
  const examples = responseExamples(doc, pointer);
  const fits = examples.some((example) => validator.validate(pointer, overlay(example, expected)).valid);
  if (!fits) {
    const check = validator.validate(pointer, overlay(examples[0], expected));
    problems.push(...(check.valid ? [] : check.violations.map((v) => `response body ${v.path}: ${v.message}`)));
  }
  return problems;
}

const pathPattern = (template: string) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '[^/]+')}$`);

const deref = (doc: Json, value: Json): Json => (typeof value?.$ref === 'string' ? deref(doc, pointerValue(doc, value.$ref)) : value);

function pointerValue(doc: Json, pointer: string): Json {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .reduce((at: Json, segment) => at?.[decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~')], doc);
}

/** The spec's named examples of the answer whose schema is at `pointer`. */
function responseExamples(doc: Json, schemaPointer: string): unknown[] {
  const media = pointerValue(doc, schemaPointer.replace(/\/schema$/, ''));
  return Object.values((media?.examples ?? {}) as Json).map((e) => deref(doc, e).value);
}

/** The pact's value laid over the spec's example: objects merge, array items over the example's first item. */
function overlay(base: unknown, top: unknown): unknown {
  if (Array.isArray(top)) return top.map((item) => overlay(Array.isArray(base) ? base[0] : undefined, item));
  if (top && typeof top === 'object' && base && typeof base === 'object' && !Array.isArray(base)) {
    const out: Json = { ...(base as Json) };
    for (const [k, v] of Object.entries(top)) out[k] = overlay((base as Json)[k], v);
    return out;
  }
  return top;
}

/** Fields of `value` that no branch of `schema` declares. */
function undeclared(doc: Json, schema: Json, value: unknown, at: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => undeclared(doc, itemsOf(doc, schema), item, `${at}/${i}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const sub = propertyOf(doc, schema, key);
    if (sub === null) return [`${at}/${key} is not declared in the spec`];
    return sub === 'any' ? [] : undeclared(doc, sub, v, `${at}/${key}`);
  });
}

const branches = (doc: Json, schema: Json): Json[] => {
  const s = deref(doc, schema ?? {});
  return [s, ...['allOf', 'anyOf', 'oneOf'].flatMap((k) => (s[k] ?? []).flatMap((b: Json) => branches(doc, b))), ...['then', 'else'].flatMap((k) => (s[k] ? branches(doc, s[k]) : []))];
};

/** The schema of a property (merged over branches), 'any' when open, null when undeclared. */
function propertyOf(doc: Json, schema: Json, key: string): Json | 'any' | null {
  const all = branches(doc, schema);
  const declared = all.map((b) => b.properties?.[key]).filter(Boolean);
  if (declared.length > 0) return { anyOf: declared };
  const open = all.find((b) => b.additionalProperties !== undefined && b.additionalProperties !== false);
  if (open) return open.additionalProperties === true ? 'any' : open.additionalProperties;
  return all.some((b) => b.properties) ? null : 'any';
}

function itemsOf(doc: Json, schema: Json): Json {
  const items = branches(doc, schema).map((b) => b.items).filter(Boolean);
  return { anyOf: items };
}
