import { pointerSegment } from './schema-validator.ts';
import { resolve, type OpenApiDocument } from './spec-registry.ts';

/** An example found in a spec, and the pointer of the schema it must satisfy. */
export interface SpecExample {
  /** Where a person finds it: `POST /records/{company_id} 201 application/json "created"`. */
  readonly where: string;
  readonly schemaPointer: string;
  readonly value: unknown;
}

type Json = Record<string, unknown>;

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const schemaChildren = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];
const schemaLists = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];
const schemaMaps = ['properties', 'patternProperties', '$defs'];

/**
 * Every example of a spec: named examples of request and response bodies and of
 * parameters, and the `examples` lists of schemas. Referenced components are
 * visited once, where they are declared.
 * @example collectExamples(loadSpec('unified')).length
 */
export function collectExamples(doc: OpenApiDocument): SpecExample[] {
  const out: SpecExample[] = [];
  const ptr = (...segments: string[]) => `#/${segments.map(pointerSegment).join('/')}`;

  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of methods) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const label = `${method.toUpperCase()} ${path}`;
      const base = ['paths', path, method];
      visitParameters(op.parameters, label, base);
      const body = op.requestBody as Json | undefined;
      if (body && !body.$ref) visitContent(body, `${label} request`, [...base, 'requestBody']);
      for (const [status, res] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
        if (!res.$ref) visitContent(res, `${label} ${status}`, [...base, 'responses', status]);
      }
    }
    visitParameters(item.parameters, path, ['paths', path]);
  }
  const components = (doc.components ?? {}) as Record<string, Record<string, Json>>;
  for (const [name, res] of Object.entries(components.responses ?? {})) {
    visitContent(res, `response ${name}`, ['components', 'responses', name]);
  }
  for (const [name, body] of Object.entries(components.requestBodies ?? {})) {
    visitContent(body, `request body ${name}`, ['components', 'requestBodies', name]);
  }
  for (const [name, param] of Object.entries(components.parameters ?? {})) {
    visitParameter(param, `parameter ${name}`, ['components', 'parameters', name]);
  }
  for (const [name, schema] of Object.entries(components.schemas ?? {})) {
    visitSchema(schema, `schema ${name}`, ['components', 'schemas', name]);
  }
  return out;

  function visitParameters(list: unknown, label: string, at: string[]) {
    if (!Array.isArray(list)) return;
    list.forEach((p: Json, i) => {
      if (!p.$ref) visitParameter(p, `${label} parameter ${String(p.name)}`, [...at, 'parameters', String(i)]);
    });
  }

  function visitParameter(param: Json, label: string, at: string[]) {
    if (!param.schema) return;
    visitNamed(param, label, [...at, 'schema']);
    visitSchema(param.schema as Json, label, [...at, 'schema']);
  }

  function visitContent(holder: Json, label: string, at: string[]) {
    for (const [media, entry] of Object.entries((holder.content ?? {}) as Record<string, Json>)) {
      if (!entry.schema) continue;
      const schemaAt = [...at, 'content', media, 'schema'];
      visitNamed(entry, `${label} ${media}`, schemaAt);
      visitSchema(entry.schema as Json, `${label} ${media}`, schemaAt);
    }
  }

  function visitNamed(holder: Json, label: string, schemaAt: string[]) {
    if ('example' in holder) out.push({ where: `${label} example`, schemaPointer: ptr(...schemaAt), value: holder.example });
    for (const [name, ex] of Object.entries((holder.examples ?? {}) as Record<string, Json>)) {
      const resolved = ex.$ref ? resolve(doc, String(ex.$ref)) : ex;
      if (resolved && 'value' in resolved) {
        out.push({ where: `${label} "${name}"`, schemaPointer: ptr(...schemaAt), value: resolved.value });
      }
    }
  }

  function visitSchema(schema: Json, label: string, at: string[]) {
    if (!schema || typeof schema !== 'object' || schema.$ref) return;
    if (Array.isArray(schema.examples)) {
      schema.examples.forEach((value, i) => {
        out.push({ where: `${label} examples[${i}]`, schemaPointer: ptr(...at), value });
      });
    }
    for (const key of schemaChildren) {
      if (schema[key] && typeof schema[key] === 'object') visitSchema(schema[key] as Json, `${label}.${key}`, [...at, key]);
    }
    for (const key of schemaLists) {
      (schema[key] as Json[] | undefined)?.forEach((s, i) => visitSchema(s, `${label}.${key}[${i}]`, [...at, key, String(i)]));
    }
    for (const key of schemaMaps) {
      for (const [name, s] of Object.entries((schema[key] ?? {}) as Record<string, Json>)) {
        visitSchema(s, `${label}.${name}`, [...at, key, name]);
      }
    }
  }
}
