import type { Vars } from './scenario.ts';

const whole = /^\{\{\s*([\w.]+)\s*\}\}$/;
const inline = /\{\{\s*([\w.]+)\s*\}\}/g;

export class MissingVarError extends Error {
  readonly code = 'SIM_VAR_MISSING';
  constructor(readonly variable: string) {
    super(`nothing was captured as "${variable}"`);
    this.name = 'MissingVarError';
  }
}

/** The value of `a.b.c` in the vars, or a MissingVarError (captures never fail silently). */
export function lookup(vars: Vars, name: string): unknown {
  let value: unknown = vars;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || !(part in value)) throw new MissingVarError(name);
    value = (value as Record<string, unknown>)[part];
  }
  if (value === undefined) throw new MissingVarError(name);
  return value;
}

/**
 * Fills `{{name}}` placeholders through any JSON value.
 * @example render({ id: '{{record.id}}', note: 'for {{name}}' }, vars)
 */
export function render<T>(template: T, vars: Vars): T {
  if (typeof template === 'string') {
    const m = whole.exec(template);
    if (m) return lookup(vars, m[1]!) as T;
    return template.replace(inline, (_, name: string) => String(lookup(vars, name))) as T;
  }
  if (Array.isArray(template)) return template.map((t) => render(t, vars)) as T;
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, render(v, vars)])) as T;
  }
  return template;
}

/**
 * Reads a JSON pointer; a `*` segment maps over an array (`/data/*\/datetime`).
 * Undefined when the path is not there.
 */
export function select(value: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return value;
  const [head, ...rest] = pointer.replace(/^\//, '').split('/');
  const key = head!.replaceAll('~1', '/').replaceAll('~0', '~');
  if (key === '*') return Array.isArray(value) ? value.map((v) => select(v, `/${rest.join('/')}`)) : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const next = (value as Record<string, unknown>)[key];
  return rest.length === 0 ? next : select(next, `/${rest.join('/')}`);
}
