import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findOperation, loadSpec, resolve, responseSchemaPointer, type OpenApiDocument } from '../index.ts';

// The fake's answers are held to Altegio's own catalog (an extract of it, checked in beside
// this test with its source and commit): every field the catalog gives an operation's `data`
// must be in our spec's schema for the operation we serve in its place, with a type the
// catalog allows. A field the real API only sends on request (`conditional`) may be left out.

type Json = Record<string, unknown>;
interface OfficialOperation {
  readonly official: string;
  readonly ours: readonly string[];
  readonly conditional?: Readonly<Record<string, string>>;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}
const catalog = JSON.parse(readFileSync(new URL('./altegio-catalog.json', import.meta.url), 'utf8')) as {
  source: { repository: string; commit: string };
  operations: OfficialOperation[];
};

/** A schema with `$ref`s followed and `allOf` parts merged (properties, types). */
function flatten(doc: OpenApiDocument, schema: Json): Json {
  let s = schema;
  while (typeof s.$ref === 'string') s = resolve(doc, s.$ref) ?? {};
  if (!Array.isArray(s.allOf)) return s;
  const parts = (s.allOf as Json[]).map((p) => flatten(doc, p));
  return { ...s, properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), s.properties ?? {}) };
}

/** The JSON types a schema allows: its `type`, its branches', its `const`'s or `enum`'s. */
function typesOf(doc: OpenApiDocument, schema: Json): Set<string> {
  const s = flatten(doc, schema);
  const out = new Set<string>([...([] as string[]).concat((s.type as string | string[] | undefined) ?? [])]);
  for (const key of ['oneOf', 'anyOf'] as const) for (const branch of (s[key] as Json[] | undefined) ?? []) for (const t of typesOf(doc, branch)) out.add(t);
  const values = 'const' in s ? [s.const] : ((s.enum as unknown[] | undefined) ?? []);
  for (const v of values) out.add(v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  if (out.size === 0 && s.properties) out.add('object');
  return out;
}

/** The properties of the `data` object (or of its items) our spec documents for an operation's success answer. */
function dataProperties(doc: OpenApiDocument, operationId: string): Record<string, Json> {
  const op = findOperation('altegio', operationId);
  if (!op) throw new Error(`no operation ${operationId} in the spec`);
  const responses = resolve(doc, `${op.pointer}/responses`) as Json;
  const status = Object.keys(responses).find((s) => /^2\d\d$/.test(s) && responseSchemaPointer('altegio', op, Number(s)));
  const body = flatten(doc, resolve(doc, responseSchemaPointer('altegio', op, Number(status))!.replace(/^#/, '#')) as Json);
  // A oneOf of answers (an object or, with id 0, the list) is judged branch by branch: every branch must hold the fields.
  const bodies = ((body.oneOf as Json[] | undefined) ?? [body]).map((b) => flatten(doc, b));
  const objects = bodies.map((b) => {
    let data = flatten(doc, (b.properties as Json).data as Json);
    if (data.type === 'array') data = flatten(doc, data.items as Json);
    return (data.properties ?? {}) as Record<string, Json>;
  });
  // Only the fields every branch has count as served.
  const [first, ...rest] = objects;
  return Object.fromEntries(Object.entries(first!).filter(([name]) => rest.every((o) => name in o)));
}

/** Each way ours differs from the official operation: a field missing, or a type the catalog does not allow. */
export function differences(doc: OpenApiDocument, official: OfficialOperation, operationId: string): string[] {
  const ours = dataProperties(doc, operationId);
  const out: string[] = [];
  for (const [name, allowed] of Object.entries(official.properties)) {
    const field = ours[name];
    if (!field) {
      if (!official.conditional?.[name]) out.push(`${operationId}: ${name} is missing (${official.official} has it as ${allowed.join(' or ')})`);
      continue;
    }
    const types = typesOf(doc, field);
    if (types.size === 0) out.push(`${operationId}: ${name} has no type`);
    for (const t of types) {
      const fits = allowed.includes(t) || (t === 'integer' && allowed.includes('number'));
      if (!fits) out.push(`${operationId}: ${name} may be ${t}, where ${official.official} allows ${allowed.join(' or ')}`);
    }
  }
  return out;
}

describe(`the fake's answers against Altegio's catalog (${catalog.source.repository}@${catalog.source.commit.slice(0, 8)})`, () => {
  const doc = loadSpec('altegio');

  it.each(catalog.operations.flatMap((official) => official.ours.map((ours) => [ours, official.official, official] as const)))(
    '%s has every field of %s, in its type',
    (ours, _name, official) => {
      expect(differences(doc, official, ours)).toEqual([]);
    },
  );

  it('fails on a field left out and on a field of another type', () => {
    const staff = catalog.operations.find((o) => o.official === 'get_team_member_list')!;
    const copy = structuredClone(doc);
    const member = resolve(copy, '#/components/schemas/StaffMember') as Json;
    const properties = member.properties as Record<string, Json>;
    delete properties.bookable;
    properties.hidden = { type: 'boolean', description: 'wrong on purpose' };
    expect(differences(copy, staff, 'listStaff')).toEqual([
      'listStaff: bookable is missing (get_team_member_list has it as boolean)',
      'listStaff: hidden may be boolean, where get_team_member_list allows integer',
    ]);
  });
});
