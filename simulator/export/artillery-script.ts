import { loadSpec } from '../../specs/index.ts';
import type { ApiProfile } from '../api-profiles.ts';
import type { CaptureSource, RequestTemplate, Scenario, Step, Vars } from '../scenario/scenario.ts';
import { schemaExpression } from './schema-expression.ts';

// The suite's calls as an Artillery script: one Artillery scenario per slotcheck scenario,
// its steps as requests in order, captures carried from answer to request (`capture`
// with JSONPath; a seeded pick becomes Artillery's own pick among the matches), and each
// answer held to its documented status, content type and schema through the expect
// plugin. Slots grouped by day are captured by a processor file bundled from the
// simulator's own code. What needs the simulator itself (bad-input variants, racing
// copies, signatures, the oracle's judgement) stays with `slotcheck simulate`; a scenario
// with a capture neither can say is left out, and the script's header says which and why.

export interface ArtilleryPlan {
  /** Where the API is: `http://host:port/base`. */
  readonly target: string;
  readonly profile: ApiProfile;
  /** Headers of every request (the target's own auth). */
  readonly headers: Readonly<Record<string, string>>;
  /** The suite's starting values. */
  readonly vars: Vars;
  /** New virtual users a second, and for how long. */
  readonly arrivalRate: number;
  readonly durationSeconds: number;
  /** Distinct 7-digit run ids, one drawn per virtual user (it goes into phone numbers and idempotency keys). */
  readonly runIds: readonly string[];
}

export interface ArtilleryExport {
  readonly script: ArtilleryScript;
  /** Scenarios not in the script, and why. */
  readonly leftOut: readonly { readonly scenario: string; readonly reason: string }[];
  /** Steps not in the script (the scenario is), and why. */
  readonly stepsLeftOut: readonly { readonly scenario: string; readonly step: string; readonly reason: string }[];
  /** The script names `processorFile` as its processor: write `processorSource()` there. */
  readonly needsProcessor: boolean;
}

/** Where the script looks for its processor, beside itself. */
export const processorFile = 'slotcheck-processor.cjs';

type Json = Record<string, unknown>;
export interface ArtilleryScript {
  readonly config: Json;
  readonly scenarios: readonly { readonly name: string; readonly flow: readonly Json[] }[];
}

class Untranslatable extends Error {}

/** `/data/0/id` as JSONPath: `$['data'][0]['id']`. */
export function jsonPath(pointer: string): string {
  if (pointer === '' || pointer === '/') return '$';
  return `$${pointer
    .replace(/^\//, '')
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((key) => (key === '*' ? '[*]' : /^\d+$/.test(key) ? `[${key}]` : `['${key.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}']`))
    .join('')}`;
}

/** A `where` value as a JSONPath filter term on `@`; a `{{var}}` is filled in by Artillery when it captures. */
function whereTerm(key: string, wanted: unknown): string {
  const at = `@[${JSON.stringify(key)}]`;
  if (wanted !== null && typeof wanted === 'object' && 'length' in wanted) return `${at} && ${at}.length===${Number((wanted as { length: unknown }).length)}`;
  if (typeof wanted === 'string' && wanted.includes('{{')) return `${at}==${JSON.stringify(wanted)}`;
  if (wanted === null || ['string', 'number', 'boolean'].includes(typeof wanted)) return `${at}===${JSON.stringify(wanted)}`;
  throw new Untranslatable(`a pick where ${key} is an object`);
}

/** An Artillery capture, or undefined for a day-grouped one (the processor's). */
function capture(name: string, source: CaptureSource): Json | undefined {
  if (typeof source === 'string') return { json: jsonPath(source), as: name };
  if ('daySlots' in source) return undefined;
  if ('pick' in source && typeof source.pick === 'string' && !('daySlots' in source)) {
    const where = Object.entries(source.where ?? {}).map(([k, v]) => whereTerm(k, v));
    const list = jsonPath(source.pick);
    return { json: where.length === 0 ? `${list}[*]` : `${list}[?(${where.join(' && ')})]`, as: name };
  }
  const kind = 'date' in source ? 'the date of a date-time' : 'an instant in another offset';
  throw new Untranslatable(`its capture "${name}" reads ${kind}, which the export cannot say`);
}

/** Placeholders Artillery fills the same way; `{{copy}}` (a racer's number) is the first copy's. */
const fill = (template: unknown): unknown => JSON.parse(JSON.stringify(template ?? null).replaceAll('{{copy}}', '1'));

function request(step: { request: RequestTemplate }, plan: ArtilleryPlan, extra: Json = {}): Json {
  const { request: r } = step;
  const base = new URL(plan.target).pathname.replace(/\/$/, '');
  const spec: Json = {
    url: `${base}${r.path}`,
    headers: { ...plan.headers, ...(r.headers ?? {}) },
    ...(r.query && { qs: fill(r.query) }),
    ...(r.rawBody !== undefined ? { body: fill(r.rawBody) } : r.body !== undefined && { json: fill(r.body) }),
    ...extra,
  };
  return { [r.method.toLowerCase()]: fill(spec) };
}

function expectations(step: Step, profile: ApiProfile, doc: ReturnType<typeof loadSpec>): Json[] {
  const declared = step.status === undefined ? profile.successStatuses(step.operation) : ([] as number[]).concat(step.status);
  const statuses = step.race ? [...profile.successStatuses(step.operation), step.race.conflictStatus] : declared;
  const out: Json[] = [{ statusCode: statuses.length === 1 ? statuses[0] : statuses }];
  // One expected status has one documented body: hold the answer to its schema.
  if (statuses.length === 1) {
    const pointer = profile.responseSchema(step.operation, statuses[0]!);
    if (pointer) {
      out.push({ contentType: 'json' });
      const expression = schemaExpression(doc, { $ref: pointer });
      if (expression) out.push({ jmespath: expression, description: `the ${statuses[0]} body's schema (${decodeURIComponent(pointer)})` });
    }
  }
  return out;
}

/**
 * @example const { script } = artilleryScript(suite.scenarios(vars), { target, profile, headers, vars, arrivalRate: 2, durationSeconds: 60, runIds })
 */
export function artilleryScript(scenarios: readonly Scenario[], plan: ArtilleryPlan): ArtilleryExport {
  const doc = loadSpec(plan.profile.spec);
  const leftOut: { scenario: string; reason: string }[] = [];
  const stepsLeftOut: { scenario: string; step: string; reason: string }[] = [];
  const translated: { name: string; flow: Json[] }[] = [];
  let needsProcessor = false;
  for (const scenario of scenarios) {
    try {
      const flow: Json[] = [];
      const undo: Json[] = [];
      scenario.steps.forEach((step, i) => {
        if (step.badInput) return void stepsLeftOut.push({ scenario: scenario.name, step: step.name, reason: 'bad-input variants are derived by the simulator' });
        if (step.sign !== undefined) throw new Untranslatable(`step "${step.name}" signs its request in its own way`);
        const entries = Object.entries(step.capture ?? {});
        const captures = entries.flatMap(([name, source]) => capture(name, source) ?? []);
        const bySlots = Object.fromEntries(entries.filter(([, source]) => typeof source !== 'string' && 'daySlots' in source));
        const processed = Object.keys(bySlots).length > 0 && { slotcheckCaptures: bySlots, afterResponse: 'slotcheckCaptures' };
        if (processed) needsProcessor = true;
        // The undo request reads the answer: keep it whole under a name of its own (not strict: a refused step undoes nothing).
        if (step.undo) {
          const as = `undo${i}`;
          captures.push({ json: '$', as, strict: false });
          undo.unshift(request({ request: JSON.parse(JSON.stringify(step.undo).replace(/\{\{\s*answer\b/g, `{{${as}`)) as RequestTemplate }, plan));
        }
        flow.push(request(step, plan, { name: `${scenario.name}: ${step.name}`, ...(captures.length > 0 && { capture: captures }), ...(processed || {}), expect: expectations(step, plan.profile, doc) }));
      });
      // What the calls booked is cancelled at the end, as the simulator's closing phase does.
      translated.push({ name: scenario.name, flow: [...flow, ...undo] });
    } catch (error) {
      if (!(error instanceof Untranslatable)) throw error;
      leftOut.push({ scenario: scenario.name, reason: error.message });
    }
  }
  const variables: Json = Object.fromEntries(Object.entries(plan.vars).map(([name, value]) => [name, [value]]));
  variables.runId = [...plan.runIds];
  const url = new URL(plan.target);
  return {
    script: {
      config: {
        target: url.origin,
        phases: [{ name: 'steady', duration: plan.durationSeconds, arrivalRate: plan.arrivalRate }],
        plugins: { expect: { reportFailuresAsErrors: true } },
        ...(needsProcessor ? { processor: `./${processorFile}` } : {}),
        variables,
      },
      scenarios: translated,
    },
    leftOut,
    stepsLeftOut,
    needsProcessor,
  };
}
