import { createSpecValidator, loadSpec, pointerSegment, resolve, responseSchemaPointer, type SchemaViolation, type SpecName } from '../../specs/index.ts';
import { ApiError } from './api-error.ts';
import type { ApiRequest, ApiResponse, Handler } from './api-types.ts';

// Routes come from the spec, not from code: every operation of the spec needs a
// handler, every request is matched, coerced and validated against the operation's
// own parameters and body schema before the handler runs, and (in tests) every answer
// is checked against the responses the operation documents.

type Json = Record<string, unknown>;

interface Param {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly schema: Json;
  readonly pointer: string;
}

interface Operation {
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly pathNames: readonly string[];
  readonly literals: number;
  readonly params: readonly Param[];
  readonly body?: { readonly pointer: string; readonly schema: Json; readonly required: boolean };
  /** JSON pointer of the operation object. */
  readonly pointer: string;
  readonly security: readonly string[];
}

/** A response that breaks the spec: found by `checkResponses`, reported, never sent silently. */
export interface ResponseViolation {
  readonly operationId: string;
  readonly status: number;
  readonly violations: readonly SchemaViolation[];
}

export interface SpecRouterOptions<Ctx> {
  readonly spec: SpecName;
  readonly handlers: Readonly<Record<string, Handler<Ctx>>>;
  /** Renders an error in the API's own shape. */
  readonly renderError: (error: ApiError) => ApiResponse;
  /** Called for every answer that the spec does not allow (tests make this fail). */
  readonly onResponseViolation?: (violation: ResponseViolation) => void;
  /**
   * Runs once the operation is known and before the request is validated, so that a
   * caller without credentials learns that first; throws an ApiError to refuse.
   */
  readonly authenticate?: (match: AuthMatch, ctx: Ctx) => void;
  /** Refuse larger bodies with 413 `payload_too_large`, before anything else is checked. */
  readonly maxBodyBytes?: number;
}

/**
 * What `authenticate` sees: the operation, its security schemes and the path values
 * parsed exactly as the handler will get them (`1002.0` is no integer, `01002` is 1002),
 * so an authorisation check can never judge one id while the handler reads another.
 */
export interface AuthMatch {
  readonly operationId: string;
  readonly security: readonly string[];
  readonly pathValues: Readonly<Record<string, unknown>>;
  readonly request: ApiRequest;
}

export interface SpecRouter<Ctx> {
  handle(request: ApiRequest, ctx: Ctx): Promise<ApiResponse>;
  /** `METHOD /template` → operationId, for request logs and fault rules. */
  operationFor(method: string, path: string): string | undefined;
}

/** @example createSpecRouter({ spec: 'altegio', handlers, renderError }) */
export function createSpecRouter<Ctx>(options: SpecRouterOptions<Ctx>): SpecRouter<Ctx> {
  const operations = readOperations(options.spec);
  const missing = operations.filter((op) => !options.handlers[op.operationId]).map((op) => op.operationId);
  if (missing.length > 0) throw new Error(`${options.spec}: no handler for ${missing.join(', ')}`);
  const requestValidator = createSpecValidator(options.spec, { applyDefaults: true });
  const responseValidator = createSpecValidator(options.spec);
  const doc = loadSpec(options.spec);

  const match = (method: string, path: string) => {
    const candidates = operations.filter((op) => op.pattern.test(path));
    return { candidates, op: candidates.find((op) => op.method === method.toLowerCase()) };
  };

  return {
    operationFor: (method, path) => match(method, path).op?.operationId,
    async handle(request, ctx) {
      const { candidates, op } = match(request.method, request.path);
      let response: ApiResponse;
      try {
        if (options.maxBodyBytes !== undefined && Buffer.byteLength(request.rawBody) > options.maxBodyBytes) {
          throw new ApiError(413, 'payload_too_large', `Request body exceeds ${options.maxBodyBytes} bytes.`);
        }
        if (candidates.length === 0) throw new ApiError(404, 'no_route', `No such endpoint: ${request.method} ${request.path}.`);
        if (!op) {
          const allowed = candidates.map((c) => c.method.toUpperCase()).join(', ');
          throw new ApiError(405, 'method_not_allowed', `${request.method} is not allowed on ${request.path}; use ${allowed}.`);
        }
        if (options.authenticate) {
          const pathValues = Object.fromEntries(op.params.filter((p) => p.in === 'path').map((p) => [p.name, coerce(pathSegment(op, request.path, p.name), p.schema)]));
          options.authenticate({ operationId: op.operationId, security: op.security, pathValues, request }, ctx);
        }
        const input = readInput(op, request);
        response = await options.handlers[op.operationId]!({ operationId: op.operationId, security: op.security, ...input, request }, ctx);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        response = options.renderError(error);
      }
      if (op && options.onResponseViolation) {
        const violations = checkResponse(op, response);
        if (violations.length > 0) options.onResponseViolation({ operationId: op.operationId, status: response.status, violations });
      }
      return response;
    },
  };

  function readInput(op: Operation, request: ApiRequest) {
    const params: Record<string, unknown> = {};
    const query: Record<string, unknown> = {};
    for (const p of op.params) {
      const raw =
        p.in === 'path'
          ? pathSegment(op, request.path, p.name)
          : p.in === 'query'
            ? (request.query[p.name] ?? request.query[p.name.replace(/\[\]$/, '')])
            : request.headers[p.name.toLowerCase()];
      if (raw === undefined || raw === '') {
        if (p.required) throw invalid(`${p.in} parameter ${p.name} is required`, p.in);
        if (p.schema.default !== undefined && p.in === 'query') query[p.name] = p.schema.default;
        continue;
      }
      const value = coerce(raw, p.schema);
      const check = requestValidator.validate(p.pointer, value);
      if (!check.valid) throw invalid(`${p.in} parameter ${p.name}${check.violations[0]!.message.replace(/^body/, '')}`, p.in);
      // Header parameters are validated here and read by handlers from `request.headers`.
      if (p.in === 'path') params[p.name] = value;
      else if (p.in === 'query') query[p.name] = value;
    }
    let body: unknown;
    if (op.body) {
      if (request.rawBody.trim() === '') {
        if (op.body.required) throw invalid('The request body is required (JSON).', 'body');
      } else {
        // The specs take JSON bodies only: a form or text body is refused, not read as JSON
        // (a `text/plain` POST is what a web page can send cross-site without a preflight).
        const type = request.headers['content-type'];
        if (type !== undefined && !jsonMediaType.test(type)) throw invalid(`The request body must be application/json, not ${JSON.stringify(type)}`, 'body');
        // Before parsing: a body nested thousands deep would overflow every recursive walk after it.
        if (nestingDepth(request.rawBody) > maxNesting) throw invalid(`The request body is nested deeper than ${maxNesting} levels`, 'body');
        try {
          body = JSON.parse(request.rawBody);
        } catch {
          throw new ApiError(400, 'malformed_json', 'The request body is not valid JSON.', { in: 'body' });
        }
        const pointer = discriminated(op.body, body) ?? op.body.pointer;
        const check = requestValidator.validate(pointer, body);
        if (!check.valid) throw invalid(sentence(check.violations), 'body', check.violations);
      }
    }
    return { params, query, body };
  }

  // A oneOf with a discriminator is validated against the one branch the body names,
  // so the message speaks of that action's fields, not of thirteen failed branches.
  function discriminated(body: { schema: Json }, value: unknown): string | undefined {
    const schema = body.schema.$ref ? resolve(doc, String(body.schema.$ref)) : body.schema;
    const disc = schema?.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
    if (!disc?.mapping || typeof value !== 'object' || value === null) return undefined;
    const tag = (value as Json)[disc.propertyName];
    // Own keys only: `__proto__` or `toString` must not find a branch on the prototype.
    if (typeof tag !== 'string' || !Object.hasOwn(disc.mapping, tag)) {
      const known = Object.keys(disc.mapping).join(', ');
      throw invalid(`${disc.propertyName} must be one of ${known}; got ${JSON.stringify(tag ?? null)}.`, 'body');
    }
    return disc.mapping[tag];
  }

  function checkResponse(op: Operation, response: ApiResponse): SchemaViolation[] {
    const pointer = responseSchemaPointer(options.spec, { operationId: op.operationId, method: op.method, path: op.template, pointer: op.pointer }, response.status);
    if (pointer === undefined) return [{ path: '/', message: `status ${response.status} is not documented` }];
    if (pointer === null) {
      return response.body === undefined ? [] : [{ path: '/', message: `status ${response.status} is documented without a body` }];
    }
    const check = responseValidator.validate(pointer, response.body);
    return check.valid ? [] : [...check.violations];
  }
}

function invalid(message: string, where: string, violations: readonly SchemaViolation[] = []): ApiError {
  return new ApiError(400, 'invalid_request', message.endsWith('.') ? message : `${message}.`, { in: where, violations });
}

function sentence(violations: readonly SchemaViolation[]): string {
  const first = violations[0]!.message;
  return violations.length > 1 ? `${first} (and ${violations.length - 1} more problem${violations.length > 2 ? 's' : ''})` : first;
}

/** `application/json` or a `+json` type such as `application/vnd.api.v2+json`, with any parameters; no media type at all is read as JSON too. */
const jsonMediaType = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/** How deep a request body may nest objects and arrays; no contract comes near it. */
export const maxNesting = 32;

/** The deepest nesting of objects and arrays in JSON text (brackets inside strings do not count). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** One path parameter's text; a malformed percent-escape (`%ZZ`) is the client's error, not a crash. */
function pathSegment(op: Operation, path: string, name: string): string {
  const raw = op.pattern.exec(path)![op.pathNames.indexOf(name) + 1] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalid(`path parameter ${name} "${raw}" is not valid percent-encoding`, 'path');
  }
}

/**
 * Query and path text as the schema's type. The one canonical reading of a number: an
 * integer is digits alone (a sign allowed) and exact; anything else stays text and fails
 * validation.
 */
function coerce(raw: string | readonly string[], schema: Json): unknown {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('array')) {
    const items = (schema.items ?? {}) as Json;
    return ([] as string[]).concat(raw as string | string[]).flatMap((v) => v.split(',')).map((v) => coerce(v, items));
  }
  const text = Array.isArray(raw) ? String(raw[raw.length - 1]) : String(raw);
  if (types.includes('integer') && /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  if (types.includes('number') && /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(Number(text))) return Number(text);
  if (types.includes('boolean') && /^(true|false|1|0)$/.test(text)) return text === 'true' || text === '1';
  return text;
}

const methods = ['get', 'put', 'post', 'delete', 'patch'];

function readOperations(spec: SpecName): Operation[] {
  const doc = loadSpec(spec);
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    // `x-path-aliases`: other spellings of the same operations (legacy and renamed paths),
    // with the same parameter names; each is matched like the path itself.
    const spellings = [template, ...((item['x-path-aliases'] as string[] | undefined) ?? [])];
    for (const method of methods) {
      const raw = item[method] as Json | undefined;
      if (!raw) continue;
      const at = `#/paths/${pointerSegment(template)}/${method}`;
      const params = [
        ...paramsAt(doc, item.parameters, `#/paths/${pointerSegment(template)}/parameters`),
        ...paramsAt(doc, raw.parameters, `${at}/parameters`),
      ];
      const bodyRef = raw.requestBody as Json | undefined;
      let body: Operation['body'];
      if (bodyRef) {
        const resolved = bodyRef.$ref ? resolve(doc, String(bodyRef.$ref))! : bodyRef;
        const base = bodyRef.$ref ? String(bodyRef.$ref) : `${at}/requestBody`;
        const media = (resolved.content as Record<string, Json>)['application/json'];
        if (media) {
          body = { pointer: `${base}/content/${pointerSegment('application/json')}/schema`, schema: media.schema as Json, required: resolved.required === true };
        }
      }
      for (const spelling of spellings) {
        const pathNames: string[] = [];
        const pattern = new RegExp(
          `^${spelling.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
            pathNames.push(name);
            return '([^/]+)';
          })}/?$`,
        );
        ops.push({
          operationId: String(raw.operationId),
          method,
          template,
          pattern,
          pathNames,
          literals: spelling.split('/').filter((s) => s && !s.startsWith('{')).length,
          params,
          body,
          pointer: at,
          security: securityOf(raw.security ?? doc.security),
        });
      }
    }
  }
  // `/company/{id}/staff/schedule` must win over `/company/{id}/staff/{staff_id}`.
  return ops.sort((a, b) => b.literals - a.literals);
}

// The schemes of the first security requirement; `[]` for an open operation.
function securityOf(requirements: unknown): string[] {
  if (!Array.isArray(requirements) || requirements.length === 0) return [];
  return Object.keys(requirements[0] as Json);
}

function paramsAt(doc: ReturnType<typeof loadSpec>, list: unknown, at: string): Param[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: Json, i): Param[] => {
    const p = entry.$ref ? resolve(doc, String(entry.$ref))! : entry;
    if (!['path', 'query', 'header'].includes(String(p.in))) return [];
    const base = entry.$ref ? String(entry.$ref) : `${at}/${i}`;
    // Coercion and defaults read the schema itself, so follow a `$ref` to it.
    let schema = (p.schema ?? {}) as Json;
    while (typeof schema.$ref === 'string') schema = resolve(doc, schema.$ref) ?? {};
    return [{ name: String(p.name), in: p.in as Param['in'], required: p.required === true, schema, pointer: `${base}/schema` }];
  });
}
