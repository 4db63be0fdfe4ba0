import { pointerSegment } from './schema-validator.ts';
import { loadSpec, resolve, type SpecName } from './spec-registry.ts';

type Json = Record<string, unknown>;

/** An operation of a spec, found by its operationId. */
export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** JSON pointer of the operation object. */
  readonly pointer: string;
}

/**
 * @example findOperation('altegio', 'createRecord') // { method: 'post', path: '/records/{company_id}', … }
 */
export function findOperation(spec: SpecName, operationId: string): SpecOperation | undefined {
  const doc = loadSpec(spec);
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if ((op as Json | undefined)?.operationId === operationId) {
        return { operationId, method, path, pointer: `#/paths/${pointerSegment(path)}/${method}` };
      }
    }
  }
  return undefined;
}

/**
 * The pointer of the JSON body schema an operation documents for a status (or its
 * `4XX`-style range), following a `$ref` to a reusable response; undefined when the
 * status is not documented, null when it is documented without a body.
 */
export function responseSchemaPointer(spec: SpecName, operation: SpecOperation, status: number): string | null | undefined {
  const doc = loadSpec(spec);
  const responses = (resolve(doc, `${operation.pointer}/responses`) ?? {}) as Json;
  const key = String(status) in responses ? String(status) : `${String(status)[0]}XX` in responses ? `${String(status)[0]}XX` : undefined;
  if (key === undefined) return undefined;
  const entry = responses[key] as Json;
  const base = typeof entry.$ref === 'string' ? entry.$ref : `${operation.pointer}/responses/${pointerSegment(key)}`;
  const content = (resolve(doc, base)?.content ?? undefined) as Json | undefined;
  if (!content?.['application/json']) return null;
  return `${base}/content/${pointerSegment('application/json')}/schema`;
}
