import { resolve, type OpenApiDocument } from '../../specs/index.ts';

// A response schema as one JMESPath expression, for Artillery's expect plugin (its
// `jmespath` expectation passes when the expression is true): the JSON type of the body
// and, down to a few levels, of every required property and of every array item. It is
// the part of the schema a load test can afford to hold each answer to; formats, enums
// and optional properties stay the simulator's to check.

type Json = Record<string, unknown>;
const maxDepth = 4;

const jsonTypes = (type: unknown): string[] =>
  (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => (t === 'integer' ? 'number' : t));

/** `"name"`: a quoted identifier, whatever characters the property name holds. */
const field = (at: string, name: string) => `${at === '@' ? '' : `${at}.`}${JSON.stringify(name)}`;
const and = (parts: (string | undefined)[]) => {
  const kept = parts.filter((p): p is string => p !== undefined);
  return kept.length === 0 ? undefined : kept.length === 1 ? kept[0] : kept.map((p) => `(${p})`).join(' && ');
};

/**
 * The expression that is true of a value at `at` (`@` for the body) matching `schema`;
 * undefined when nothing about it can be checked.
 * @example schemaExpression(doc, { type: 'object', required: ['id'], properties: { id: { type: 'string' } } })
 * // (type(@) == 'object') && ((contains(keys(@), 'id')) && (type("id") == 'string'))
 */
export function schemaExpression(doc: OpenApiDocument, schema: unknown, at = '@', depth = 0): string | undefined {
  if (depth > maxDepth || schema === null || typeof schema !== 'object') return undefined;
  let s = schema as Json;
  for (let hops = 0; typeof s.$ref === 'string' && hops < 20; hops++) s = (resolve(doc, s.$ref) ?? {}) as Json;
  const own = and([
    typeCheck(at, s),
    ...(Array.isArray(s.allOf) ? s.allOf.map((part) => schemaExpression(doc, part, at, depth + 1)) : []),
    ...(['oneOf', 'anyOf'] as const).map((key) => alternatives(doc, s[key], { at, depth })),
  ]);
  const types = jsonTypes(s.type);
  const isObject = types.includes('object') || (types.length === 0 && typeof s.properties === 'object');
  const properties = (s.properties ?? {}) as Json;
  const required = Array.isArray(s.required) ? (s.required as string[]) : [];
  // A required property is an own key (jmespath.js would find `__proto__` on any object) of the right shape.
  const fields = and(required.map((name) => and([`contains(keys(${at}), ${quote(name)})`, schemaExpression(doc, properties[name] ?? {}, field(at, name), depth + 1)])));
  const elements = types.includes('array') ? items(doc, s.items, { at, depth }) : undefined;
  // Properties and items are read only once the value is of the type that has them (a nullable object may be null).
  const alsoOther = types.length !== 1;
  return and([
    own,
    isObject && fields ? (alsoOther ? `type(${at}) != 'object' || (${fields})` : fields) : undefined,
    elements ? (alsoOther ? `type(${at}) != 'array' || (${elements})` : elements) : undefined,
  ]);
}

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

function typeCheck(at: string, s: Json): string | undefined {
  const types = jsonTypes(s.type);
  if (s.nullable === true && types.length > 0) types.push('null');
  if (types.length === 0) return undefined;
  return types.length === 1 ? `type(${at}) == ${quote(types[0]!)}` : `contains([${types.map(quote).join(', ')}], type(${at}))`;
}

function alternatives(doc: OpenApiDocument, list: unknown, where: { at: string; depth: number }): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const each = list.map((part) => schemaExpression(doc, part, where.at, where.depth + 1));
  // One unconstrained alternative lets anything through.
  return each.some((e) => e === undefined) ? undefined : each.map((e) => `(${e})`).join(' || ');
}

function items(doc: OpenApiDocument, schema: unknown, where: { at: string; depth: number }): string | undefined {
  const item = schemaExpression(doc, schema, '@', where.depth + 1);
  if (!item) return undefined;
  // Inside a filter `@` is the element; every element must pass. Counted against the array's
  // length because a projection drops nulls, and `@[?…]` as a function argument trips
  // jmespath.js's parser, so the current node's filter is written bare.
  const list = where.at === '@' ? '' : where.at;
  return `length(${list}[?${item}]) == length(${where.at})`;
}
