import { createSpecValidator, loadSpec, pointerSegment, resolve, type SpecName } from '../../specs/index.ts';
import { maxNesting, nestingDepth } from '../routing/spec-router.ts';

// Bad requests derived from the specs: every operation starts from a valid request (its
// body from the spec's own named examples, path values from real demo ids), then one
// seeded mutation makes it bad. A body mutation that the spec would still accept is
// drawn again, so that nothing sent may legitimately change the fake's state.

type Json = Record<string, unknown>;

/** A small seeded generator (mulberry32): the same seed gives the same requests. */
export function seeded(seed: number): Rng {
  let h = seed >>> 0;
  const next = () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)]! };
}

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}

/** An operation of a mounted API with what makes a valid request to it. */
export interface BaseRequest {
  readonly api: string;
  readonly spec: SpecName;
  readonly mount: string;
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  /** Path parameter values (unencoded) that exist in the demo data. */
  readonly pathValues: Readonly<Record<string, string>>;
  readonly pathSchemas: Readonly<Record<string, Json>>;
  readonly query: Readonly<Record<string, string>>;
  readonly querySchemas: Readonly<Record<string, { schema: Json; required: boolean }>>;
  /** Named request examples, with demo ids filled in. */
  readonly bodies: readonly unknown[];
  readonly bodyPointer?: string;
  readonly bodyLimit: number;
}

/** One bad request, ready to send (the sender adds the API's credentials). */
export interface BadRequest {
  readonly base: BaseRequest;
  readonly kind: string;
  readonly method: string;
  /** Below the mount, percent-encoded as sent. */
  readonly path: string;
  readonly rawBody?: string;
  readonly contentType?: string;
  /** Header changes: a value replaces, null removes the API's own header. */
  readonly headers?: Readonly<Record<string, string | null>>;
}

export interface ApiPlan {
  readonly api: string;
  readonly spec: SpecName;
  readonly mount: string;
  readonly bodyLimit: number;
  /** The spec's examples use placeholder ids; these are the demo's. */
  readonly fill: (operationId: string, body: unknown) => unknown;
  readonly pathValue: (name: string) => string;
  readonly queryValue: (name: string) => string;
  /** Operations not fuzzed, with why. */
  readonly skip?: Readonly<Record<string, string>>;
}

const httpMethods = ['get', 'put', 'post', 'delete', 'patch'];

export function baseRequests(plan: ApiPlan): BaseRequest[] {
  const doc = loadSpec(plan.spec);
  const out: BaseRequest[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of httpMethods) {
      const op = item[method] as Json | undefined;
      if (!op || plan.skip?.[String(op.operationId)]) continue;
      const operationId = String(op.operationId);
      const at = `#/paths/${pointerSegment(template)}/${method}`;
      const params = [...((item.parameters as Json[] | undefined) ?? []), ...((op.parameters as Json[] | undefined) ?? [])].map((p) =>
        p.$ref ? resolve(doc, String(p.$ref))! : p,
      );
      const schemaOf = (p: Json) => {
        let schema = (p.schema ?? {}) as Json;
        while (typeof schema.$ref === 'string') schema = resolve(doc, schema.$ref) ?? {};
        return schema;
      };
      const pathValues: Record<string, string> = {};
      const pathSchemas: Record<string, Json> = {};
      const query: Record<string, string> = {};
      const querySchemas: Record<string, { schema: Json; required: boolean }> = {};
      for (const p of params) {
        const name = String(p.name);
        if (p.in === 'path') {
          pathValues[name] = plan.pathValue(name);
          pathSchemas[name] = schemaOf(p);
        } else if (p.in === 'query') {
          querySchemas[name] = { schema: schemaOf(p), required: p.required === true };
          if (p.required === true) query[name] = plan.queryValue(name);
        }
      }
      let body = op.requestBody as Json | undefined;
      let bodyBase = `${at}/requestBody`;
      if (body?.$ref) {
        bodyBase = String(body.$ref);
        body = resolve(doc, bodyBase);
      }
      const media = (body?.content as Record<string, Json> | undefined)?.['application/json'];
      const bodies = Object.values((media?.examples ?? {}) as Record<string, Json>).map((ex) => {
        const value = ex.$ref ? resolve(doc, String(ex.$ref))!.value : ex.value;
        return plan.fill(operationId, JSON.parse(JSON.stringify(value)));
      });
      if (media && bodies.length === 0) throw new Error(`${plan.spec} ${operationId}: a request body without named examples`);
      out.push({
        api: plan.api,
        spec: plan.spec,
        mount: plan.mount,
        operationId,
        method: method.toUpperCase(),
        template,
        pathValues,
        pathSchemas,
        query,
        querySchemas,
        bodies,
        ...(media && { bodyPointer: `${bodyBase}/content/${pointerSegment('application/json')}/schema` }),
        bodyLimit: plan.bodyLimit,
      });
    }
  }
  return out;
}

// ---- values ---------------------------------------------------------------------------

export const builtinNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];

const extremeDates = [
  '2026-02-30',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-03-32',
  '9999-12-31T23:59:59Z',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '2026-03-03T23:59:60Z',
  '2026-06-30T23:59:60+02:00',
  '2026-03-03T10:00:00',
  '2026-03-03T24:00:00Z',
  '2026-03-03T10:60:00Z',
  '2026-03-03T10:00:00+25:00',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '1899-12-31T23:59:59Z',
  '2200-01-01T00:00:00Z',
  '2026-3-3',
  '03.03.2026',
  '2026-03-03T10:00:00.0000000000000001Z',
  '',
  'NaN',
  '2026-03-03 10:00:00',
  '1970-01-01T00:00:00Z',
];

/** Raw JSON number text, spliced in where JSON.stringify would round or refuse. */
const rawNumbers = ['9007199254740993', '1e308', '1e999', '-1e999', '-0', '0.1e-400', '1E+2', '123456789012345678901234567890', '-9007199254740993'];

const numbers: unknown[] = [1e308, -1e308, -1, 0, 2 ** 53 + 1, -(2 ** 53) - 1, 0.5, -0.000001, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 2 ** 31, -(2 ** 31) - 1, 'NaN', 'Infinity', '-Infinity', '1e3', '0x10', '１２'];

const oddStrings = ['', ' ', '\u0000', '\uFFFF', '\uD800', 'a'.repeat(5000), '🎉'.repeat(50), '<script>alert(1)</script>', "' OR 1=1 --", '${jndi:ldap://x}', '%ZZ', '\n\r\t', 'null', 'true', '[]', '{}'];

const wrongTypes: unknown[] = [null, true, false, 0, 1, -1, 1.5, '', 'x', [], [null], {}, { a: 1 }, [1, 2, 3], '[object Object]'];

/** Spellings of an id that no API may read as the real one. */
export const oddIds = [
  '%ZZ',
  '%',
  '%E0%A4%A',
  '%C0%AF',
  '%00',
  '%FF',
  '%2F',
  '%25',
  '1001.0',
  '1e3',
  '+1001',
  '0x3e9',
  '%201001',
  '1001%20',
  '-1',
  '0',
  '-0',
  '9007199254740993',
  '1e308',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '%D9%A1%D9%A0%D9%A0%D9%A1',
  '%EF%BC%91%EF%BC%90',
  '1001abc',
  '1_001',
  '1,001',
  '1001%3B',
  '[1001]',
  '%7B%7D',
  'a'.repeat(3000),
  '99999999999999999999999999',
  '%E2%80%8B1001',
];

const badContentTypes = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/html', 'application/jsonx', 'json', '*/*', 'application/octet-stream', ''];

const malformedJson = (valid: string) => [
  valid.slice(0, Math.max(1, Math.floor(valid.length / 2))),
  `${valid},`,
  `${valid}}`,
  `${valid.slice(0, -1)},}`,
  valid.replaceAll('"', "'"),
  `{${valid}`,
  '{',
  '}',
  '[',
  'nul',
  'NaN',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":undefined}',
  '{a:1}',
  '{"a":1,,"b":2}',
  '{"a" 1}',
  '{"a":01}',
  '{"a":.5}',
  '{"a":"\\x41"}',
  '{"a":"\u0001"}',
  `\uFEFF${valid}`,
  `${valid}\u0000`,
  '\u0000',
  '// comment\n{}',
  `${valid}${valid}`,
  '"unterminated',
  '{"a":1e}',
];

/** JSON values that parse but are no object. */
const notObjects = ['null', 'true', '0', '-1', '"text"', '[]', '[{}]', '1e308', '""', '[[[[]]]]'];

// ---- mutation -------------------------------------------------------------------------

type Path = readonly (string | number)[];

/** Where a mutation can apply; not below 40 levels (a deep body is a mutation of its own). */
function locations(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (at.length >= 40) return out;
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...locations(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...locations(v, [...at, k]));
  return out;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const k of path) node = (node as Record<string | number, unknown>)[k];
  return node;
}

/** Sets an own enumerable property, even `__proto__`. */
function define(target: object, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  define(getAt(root, path.slice(0, -1)) as object, path[path.length - 1]!, value);
  return root;
}

const marker = (i: number) => `\u0000raw${i}\u0000`;

/** JSON text with `marker(i)` strings replaced by raw tokens. */
function serialise(value: unknown, raws: readonly string[]): string {
  let text = JSON.stringify(value);
  raws.forEach((raw, i) => {
    text = text.replace(JSON.stringify(marker(i)), raw);
  });
  return text;
}

const deepText = (levels: number, rng: Rng) =>
  rng.pick([
    () => `${'{"x":'.repeat(levels)}1${'}'.repeat(levels)}`,
    () => `${'['.repeat(levels)}${']'.repeat(levels)}`,
    () => `${'[{"a":'.repeat(levels >> 1)}null${'}]'.repeat(levels >> 1)}`,
  ])();

interface BodyMutation {
  kind: string;
  apply(body: unknown, rng: Rng): { text: string } | undefined;
}

const objectLocations = (body: unknown) => locations(body).filter((p) => {
  const v = getAt(body, p);
  return v !== null && typeof v === 'object' && !Array.isArray(v);
});
const leafLocations = (body: unknown) => locations(body).filter((p) => p.length > 0 && (getAt(body, p) === null || typeof getAt(body, p) !== 'object'));

const bodyMutations: BodyMutation[] = [
  {
    kind: 'missing-field',
    apply(body, rng) {
      const objs = objectLocations(body).filter((p) => Object.keys(getAt(body, p) as object).length > 0);
      if (objs.length === 0) return undefined;
      const at = rng.pick(objs);
      const target = getAt(body, at) as Json;
      const keys = Object.keys(target);
      // One field, or all but one, or all.
      const drop = rng.pick([[rng.pick(keys)], keys.slice(1), keys]);
      for (const k of drop) delete target[k];
      return { text: JSON.stringify(body) };
    },
  },
  {
    kind: 'extra-field',
    apply(body, rng) {
      const objs = objectLocations(body);
      if (objs.length === 0) return undefined;
      const target = getAt(body, rng.pick(objs)) as object;
      const key = rng.pick([...builtinNames, 'extra', 'unexpected_field', '', ' ', 'id', '$ref', 'a'.repeat(300)]);
      define(target, key, rng.pick([1, 'x', null, {}, [], { polluted: true }, true]));
      return { text: JSON.stringify(body) };
    },
  },
  {
    kind: 'wrong-type',
    apply(body, rng) {
      const at = rng.pick(locations(body).filter((p) => p.length > 0));
      if (!at) return undefined;
      const current = getAt(body, at);
      const options = wrongTypes.filter((v) => typeof v !== typeof current || Array.isArray(v) !== Array.isArray(current));
      return { text: JSON.stringify(setAt(body, at, clone(rng.pick(options)))) };
    },
  },
  {
    kind: 'number',
    apply(body, rng) {
      const leaves = leafLocations(body);
      const numeric = leaves.filter((p) => typeof getAt(body, p) === 'number');
      const at = rng.pick(numeric.length > 0 && rng.next() < 0.7 ? numeric : leaves);
      if (!at) return undefined;
      if (rng.next() < 0.35) return { text: serialise(setAt(body, at, marker(0)), [rng.pick(rawNumbers)]) };
      return { text: JSON.stringify(setAt(body, at, rng.pick(numbers))) };
    },
  },
  {
    kind: 'date',
    apply(body, rng) {
      const leaves = leafLocations(body);
      const dates = leaves.filter((p) => typeof getAt(body, p) === 'string' && /^\d{4}-\d\d-\d\d|^\d\d:\d\d/.test(getAt(body, p) as string));
      const at = rng.pick(dates.length > 0 ? dates : leaves);
      if (!at) return undefined;
      return { text: JSON.stringify(setAt(body, at, rng.pick(extremeDates))) };
    },
  },
  {
    kind: 'odd-string',
    apply(body, rng) {
      const at = rng.pick(leafLocations(body));
      if (!at) return undefined;
      return { text: JSON.stringify(setAt(body, at, rng.pick([...oddStrings, ...builtinNames]))) };
    },
  },
  {
    kind: 'builtin-value',
    apply(body, rng) {
      // Often the discriminator or an id, where a lookup by name would find the prototype.
      const leaves = leafLocations(body).filter((p) => typeof getAt(body, p) === 'string');
      const preferred = leaves.filter((p) => /action|id$|_id|Id$/.test(String(p[p.length - 1])));
      const at = rng.pick(preferred.length > 0 && rng.next() < 0.7 ? preferred : leaves);
      if (!at) return undefined;
      return { text: JSON.stringify(setAt(body, at, rng.pick(builtinNames))) };
    },
  },
  {
    kind: 'array',
    apply(body, rng) {
      const arrays = locations(body).filter((p) => Array.isArray(getAt(body, p)));
      if (arrays.length === 0) return undefined;
      const at = rng.pick(arrays);
      const list = getAt(body, at) as unknown[];
      const item = JSON.stringify(list[0] ?? 1).length < 500 ? (list[0] ?? 1) : null;
      const replacement = rng.pick([[], [null], Array.from({ length: 500 }, () => item), [...list, ...list], list.map(() => '__proto__')]);
      return { text: JSON.stringify(setAt(body, at, clone(replacement))) };
    },
  },
  {
    kind: 'deep-nesting',
    apply(body, rng) {
      const levels = 1000 + rng.int(4000);
      const objs = objectLocations(body);
      if (objs.length === 0 || rng.next() < 0.3) return { text: deepText(levels, rng) };
      setAt(body, [...rng.pick(objs), rng.pick(['extra', ...Object.keys(getAt(body, objs[0]!) as object)])], marker(0));
      return { text: serialise(body, [deepText(levels, rng)]) };
    },
  },
  {
    kind: 'not-an-object',
    apply: (_body, rng) => ({ text: rng.pick(notObjects) }),
  },
];

/** Mutations after which the body is no longer what the spec allows. */
export function makeBadRequests(bases: readonly BaseRequest[], count: number, rng: Rng, isValidBody: (base: BaseRequest, text: string) => boolean): BadRequest[] {
  const out: BadRequest[] = [];
  let guard = 0;
  while (out.length < count) {
    if (++guard > count * 50) throw new Error(`could not make ${count} bad requests for ${bases[0]?.api}`);
    const base = rng.pick(bases);
    const made = mutate(base, rng, isValidBody);
    if (made) out.push(made);
  }
  return out;
}

export function pathOf(base: BaseRequest, values: Readonly<Record<string, string>> = base.pathValues, encode = true): string {
  return base.template.replace(/\{([^}]+)\}/g, (_, name: string) => (encode ? encodeURIComponent(values[name]!) : values[name]!));
}

function queryString(query: Readonly<Record<string, string>>, raw: Readonly<Record<string, string>> = {}): string {
  const parts = [
    ...Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
    ...Object.entries(raw).map(([k, v]) => `${k}=${v}`),
  ];
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function mutate(base: BaseRequest, rng: Rng, isValidBody: (base: BaseRequest, text: string) => boolean): BadRequest | undefined {
  const hasBody = base.bodyPointer !== undefined;
  const hasPath = Object.keys(base.pathValues).length > 0;
  const hasQuery = Object.keys(base.querySchemas).length > 0;
  const validText = hasBody ? JSON.stringify(rng.pick(base.bodies)) : undefined;
  const plain = (kind: string, rawBody = validText, extra: Partial<BadRequest> = {}): BadRequest => ({
    base,
    kind,
    method: base.method,
    path: `${pathOf(base)}${queryString(base.query)}`,
    ...(rawBody !== undefined && { rawBody }),
    ...extra,
  });

  const choices: (() => BadRequest | undefined)[] = [];
  if (hasBody) {
    const bodyChoice = () => {
      const mutation = rng.pick(bodyMutations);
      const body = JSON.parse(validText!) as unknown;
      // Sometimes two mutations at once.
      let made = mutation.apply(body, rng);
      if (made && mutation.kind !== 'deep-nesting' && made.text.length < 20_000 && rng.next() < 0.2) {
        try {
          const second = rng.pick(bodyMutations.slice(0, 8)).apply(JSON.parse(made.text), rng);
          if (second) made = second;
        } catch {
          // A first mutation that left no parseable body stays as it is.
        }
      }
      if (!made || isValidBody(base, made.text)) return undefined;
      return plain(`body:${mutation.kind}`, made.text);
    };
    choices.push(bodyChoice, bodyChoice, bodyChoice, bodyChoice, bodyChoice, bodyChoice, bodyChoice, bodyChoice);
    choices.push(() => plain('malformed-json', rng.pick(malformedJson(validText!))));
    choices.push(() => {
      // The valid body, declared as something else: only JSON is documented.
      const type = rng.pick(badContentTypes);
      return plain(`content-type:${type || 'empty'}`, validText, { contentType: type });
    });
    choices.push(() => {
      // A bad body that is also sent with the wrong media type.
      const made = bodyChoice();
      return made && { ...made, kind: `content-type+${made.kind}`, contentType: rng.pick(badContentTypes) };
    });
    choices.push(() => {
      // Just over the API's limit, as valid JSON: the limit must be checked before anything else.
      const body = JSON.parse(validText!) as Json;
      const pad = base.bodyLimit + 1 + rng.int(2048) - validText!.length;
      define(body, 'padding', 'x'.repeat(Math.max(pad, 0) + 20));
      return plain('oversized', JSON.stringify(body));
    });
    choices.push(() => plain('empty-body', rng.pick(['', ' ', '\n'])));
  }
  if (hasPath) {
    const pathChoice = () => {
      const name = rng.pick(Object.keys(base.pathValues));
      const schema = base.pathSchemas[name]!;
      const isDate = schema.format === 'date' || schema.format === 'date-time';
      const odd = isDate && rng.next() < 0.6 ? encodeURIComponent(rng.pick(extremeDates.filter((d) => d !== ''))) : rng.pick(oddIds);
      const values = Object.fromEntries(Object.entries(base.pathValues).map(([k, v]) => [k, k === name ? odd : encodeURIComponent(v)]));
      return plain(`path:${name}`, validText, { path: `${pathOf(base, values, false)}${queryString(base.query)}` });
    };
    choices.push(pathChoice, pathChoice, pathChoice, pathChoice);
  }
  if (hasQuery) {
    choices.push(() => {
      const names = Object.keys(base.querySchemas);
      const name = rng.pick(names);
      const query = { ...base.query };
      const required = names.filter((n) => base.querySchemas[n]!.required);
      if (required.length > 0 && rng.next() < 0.25) {
        delete query[rng.pick(required)];
        return plain('query:missing', validText, { path: `${pathOf(base)}${queryString(query)}` });
      }
      delete query[name];
      const schema = base.querySchemas[name]!.schema;
      const isDate = schema.format === 'date' || schema.format === 'date-time' || /date|time|from|to$/.test(name);
      const value = isDate && rng.next() < 0.6 ? encodeURIComponent(rng.pick(extremeDates)) : rng.pick([...oddIds, '', '%', '1,2,%ZZ', '__proto__', 'true%00']);
      const repeat = rng.next() < 0.2 ? { [`${encodeURIComponent(name)}`]: value } : {};
      return plain(`query:${name}`, validText, { path: `${pathOf(base)}${queryString(query, { [encodeURIComponent(name)]: value })}${Object.keys(repeat).length ? `&${name}=${value}` : ''}` });
    });
    choices.push(() => {
      const key = rng.pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__proto__[x]', 'constructor[prototype][x]', '%ZZ']);
      const names = Object.keys(base.querySchemas);
      // A built-in name as an extra parameter, together with one bad known parameter.
      const name = rng.pick(names);
      const query = { ...base.query };
      delete query[name];
      return plain('query:builtin', validText, { path: `${pathOf(base)}${queryString(query, { [key]: '1', [encodeURIComponent(name)]: rng.pick(oddIds) })}` });
    });
  }
  if (choices.length === 0) return undefined;
  return rng.pick(choices)();
}

/** Whether text is a body the operation's schema accepts (then it is no bad request). */
export function bodyValidator(spec: SpecName): (base: BaseRequest, text: string) => boolean {
  const validator = createSpecValidator(spec);
  return (base, text) => {
    // Deep bodies are refused by the router before any schema is read.
    if (nestingDepth(text) > maxNesting) return false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    return validator.validate(base.bodyPointer!, value).valid;
  };
}
