import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { ApiProfile } from '../api-profiles.ts';
import type { Scenario } from './scenario.ts';

/** One thing wrong with a scenario; a file's problems also say where (1-based line and column). */
export interface ScenarioProblem {
  /** `steps.0.status`, or `(top level)`. */
  readonly at: string;
  readonly message: string;
  readonly line?: number;
  readonly col?: number;
}

export class ScenarioError extends Error {
  readonly code = 'SIM_SCENARIO_INVALID';
  constructor(
    message: string,
    readonly problems: readonly ScenarioProblem[],
  ) {
    super(message);
    this.name = 'ScenarioError';
  }
}

type Json = Record<string, unknown>;

// The schema's own $refs are written out in place, so every error's schemaPath runs through
// the oneOf branch it came from: that is how a union's errors are told apart below.
function inlineRefs(node: unknown, root: Json): unknown {
  if (Array.isArray(node)) return node.map((n) => inlineRefs(n, root));
  if (node === null || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as Json;
  const here = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, inlineRefs(v, root)]));
  if (typeof $ref !== 'string') return here;
  const target = $ref.slice(2).split('/').reduce<unknown>((at, key) => (at as Json)[key], root);
  return { ...(inlineRefs(target, root) as Json), ...here };
}

const schema = JSON.parse(readFileSync(new URL('scenario.schema.json', import.meta.url), 'utf8')) as Json;
const check = new Ajv2020({ allErrors: true }).compile(inlineRefs(schema, schema) as Json);

/**
 * Of every oneOf/anyOf that failed, keeps what is wrong with the branch the value came
 * closest to (right type, fewest errors), or one "must be integer or array" when no
 * branch has the value's type, instead of every branch's errors.
 */
function readable(errors: readonly ErrorObject[]): ErrorObject[] {
  let out = [...errors];
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const union of unions) {
    if (!out.includes(union)) continue;
    const prefix = `${union.schemaPath}/`;
    // One schema (additionalProperties) may fail for several values: a union's errors are its value's.
    const under = (path: string) => path === union.instancePath || path.startsWith(`${union.instancePath}/`);
    const inside = out.filter((e) => e.schemaPath.startsWith(prefix) && under(e.instancePath));
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const wrongType = (e: ErrorObject) => (e.keyword === 'type' || e.keyword === 'const') && e.instancePath === union.instancePath;
    const closest = [...branches.values()].filter((errs) => !errs.some(wrongType)).sort((a, b) => a.length - b.length)[0];
    const types = inside.filter((e) => e.keyword === 'type' && e.instancePath === union.instancePath).map((e) => String(e.params.type));
    const kept = closest ?? [{ ...union, message: types.length ? `must be ${[...new Set(types)].join(' or ')}` : union.message }];
    out = [...out.filter((e) => e !== union && !inside.includes(e)), ...kept];
  }
  return out;
}

const segments = (instancePath: string) => (instancePath ? instancePath.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')) : []);

/** A problem before it is placed: the path of the value (or of the unknown field, `onKey`). */
interface Found {
  readonly path: readonly string[];
  readonly message: string;
  readonly onKey: boolean;
}

function describe(e: ErrorObject): Found {
  const path = segments(e.instancePath);
  const at = path.length ? path.join('.') : '(top level)';
  const field = String(e.params.additionalProperty ?? e.params.missingProperty);
  if (e.keyword === 'additionalProperties') return { path: [...path, field], message: `${at} has an unknown field "${field}"`, onKey: true };
  if (e.keyword === 'required') return { path, message: `${at} needs "${field}"`, onKey: false };
  return { path, message: `${at} ${e.message ?? 'is invalid'}`, onKey: false };
}

function problems(raw: unknown, profile: ApiProfile): Found[] {
  const found = check(raw) ? [] : readable(check.errors ?? []).map(describe);
  const steps = (raw as { steps?: unknown } | null)?.steps;
  for (const [i, step] of (Array.isArray(steps) ? steps : []).entries()) {
    if (typeof step?.operation === 'string' && step.operation !== '' && !hasOperation(profile, step.operation)) {
      found.push({ path: ['steps', String(i), 'operation'], message: `steps.${i}.operation "${step.operation}" is not an operation of the ${profile.api} spec`, onKey: false });
    }
  }
  return found;
}

function hasOperation(profile: ApiProfile, operation: string): boolean {
  try {
    profile.successStatuses(operation);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a scenario's shape and that every step names an operation of the API's spec,
 * so a typo stops the run before any request is sent. Every problem is reported, not the first.
 */
export function checkScenario(raw: unknown, profile: ApiProfile, source: string): Scenario {
  const found = problems(raw, profile);
  if (found.length === 0) return raw as Scenario;
  const listed = found.map((p) => ({ at: p.path.join('.') || '(top level)', message: p.message }));
  throw new ScenarioError(listed.map((p) => `${source}: ${p.message}`).join('\n'), listed);
}

const shownWidth = 100;
const shownProblems = 20;

/** `file:line:col: message`, the source line (a window of it when long), and a caret under the spot. */
function located(file: string, text: string, problem: ScenarioProblem & { line: number; col: number }): string {
  const full = (text.split(/\r?\n/)[problem.line - 1] ?? '').replaceAll('\t', ' ');
  const from = Math.max(0, Math.min(problem.col - 1 - shownWidth / 2, full.length - shownWidth));
  const source = `${from > 0 ? '…' : ''}${full.slice(from, from + shownWidth)}${from + shownWidth < full.length ? '…' : ''}`;
  const caret = problem.col - 1 - from + (from > 0 ? 1 : 0);
  const gutter = String(problem.line).length;
  return [`${file}:${problem.line}:${problem.col}: ${problem.message}`, `  ${problem.line} | ${source}`, `  ${' '.repeat(gutter)} | ${' '.repeat(caret)}^`].join('\n');
}

/** Where a value sits in the file; with `onKey`, where its key does (an unknown field). */
function offsetOf(doc: Document, path: readonly string[], onKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = isNode(node) && node.range ? node.range[0] : 0;
  for (const [i, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      const keyStart = isNode(pair.key) && pair.key.range ? pair.key.range[0] : offset;
      node = pair.value;
      offset = onKey && i === path.length - 1 ? keyStart : isNode(node) && node.range ? node.range[0] : keyStart;
    } else if (isSeq(node)) {
      node = node.items[Number(key)];
      if (!isNode(node) || !node.range) break;
      offset = node.range[0];
    } else break;
  }
  return offset;
}

/** Reads a YAML (or JSON) scenario file; every syntax or schema error is shown at its line. */
export function loadScenarioFile(path: string, profile: ApiProfile): Scenario {
  const text = readFileSync(path, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number, message: string, where: string) => ({ at: where, message, ...lines.linePos(offset) });
  // Syntax errors first: the schema is checked only on a document that parsed.
  const found: (ScenarioProblem & { line: number; col: number })[] = doc.errors.map((e) => at(e.pos[0], e.message, '(syntax)'));
  let raw: unknown;
  if (found.length === 0) {
    try {
      raw = doc.toJS();
    } catch (error) {
      // An alias bomb: yaml refuses to expand it.
      found.push(at(0, (error as Error).message, '(file)'));
    }
  }
  if (found.length === 0) {
    for (const p of problems(raw, profile)) found.push(at(offsetOf(doc, p.path, p.onKey), p.message, p.path.join('.') || '(top level)'));
    found.sort((a, b) => a.line - b.line || a.col - b.col);
  }
  if (found.length === 0) return raw as Scenario;
  const count = found.length === 1 ? 'one problem' : `${found.length} problems`;
  // A file broken throughout shows its first problems; `problems` holds them all.
  const shown = found.slice(0, shownProblems).map((p) => located(path, text, p));
  const more = found.length > shownProblems ? [`… and ${found.length - shownProblems} more`] : [];
  throw new ScenarioError([`${path}: ${count}`, ...shown, ...more].join('\n'), found);
}
