import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { loadSpec, type SpecName } from './spec-registry.ts';

/** One way a value breaks a schema, with where (`/booking/start_at`) and why. */
export interface SchemaViolation {
  readonly path: string;
  readonly message: string;
}

export type SchemaCheck =
  | { readonly valid: true }
  | { readonly valid: false; readonly violations: readonly SchemaViolation[] };

/**
 * Validates values against schemas inside one OpenAPI 3.1 document, addressed by JSON pointer.
 * The same validator serves the example test, the fake's request checks and the simulator.
 * @example createSpecValidator('altegio').validate('#/components/schemas/Record', record)
 */
export interface SpecValidator {
  validate(pointer: string, value: unknown): SchemaCheck;
}

export interface SpecValidatorOptions {
  /**
   * Fill in the `default` of absent properties while validating (the value is changed
   * in place). Servers use it on requests, so handlers see what the spec promises;
   * never on responses, which must go out as they were made.
   */
  readonly applyDefaults?: boolean;
}

const validators = new Map<string, SpecValidator>();

export function createSpecValidator(name: SpecName, options: SpecValidatorOptions = {}): SpecValidator {
  const key = `${name}:${options.applyDefaults === true}`;
  const existing = validators.get(key);
  if (existing) return existing;
  // strict: false because an OpenAPI document is not itself a JSON Schema: its
  // keywords (paths, discriminator, x-…) must be ignored, not rejected.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, useDefaults: options.applyDefaults === true });
  addFormats.default(ajv);
  for (const [format, check] of Object.entries(calendarFormats)) ajv.addFormat(format, check);
  const id = `slotcheck:${name}`;
  ajv.addSchema({ ...loadSpec(name), $id: id });
  const compiled = new Map<string, ValidateFunction>();
  const validator: SpecValidator = {
    validate(pointer, value) {
      let fn = compiled.get(pointer);
      if (!fn) {
        fn = ajv.compile({ $ref: `${id}${pointer}` });
        compiled.set(pointer, fn);
      }
      if (fn(value)) return { valid: true };
      return { valid: false, violations: describe(fn.errors ?? []) };
    },
  };
  validators.set(key, validator);
  return validator;
}

/** Years a booking system's dates are read in: a leap second or year 0000 or 9999 is the client's error, not a crash later. */
export const calendarYears = { from: 1900, to: 2199 } as const;

const inCalendar = (text: string, instant: number) => {
  const year = Number(text.slice(0, 4));
  return Number.isFinite(instant) && year >= calendarYears.from && year <= calendarYears.to;
};

// RFC 3339 as ajv-formats reads it, narrowed to instants JavaScript can hold (no leap second) within calendarYears.
const calendarFormats = {
  'date-time': (text: string) => (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate(text) && inCalendar(text, Date.parse(text)),
  date: (text: string) => (fullFormats.date as { validate: (s: string) => boolean }).validate(text) && inCalendar(text, Date.parse(`${text}T00:00:00Z`)),
};

/**
 * Escapes one segment of a JSON pointer used as a URI fragment
 * (`/records/{id}` → `~1records~1%7Bid%7D`), the form `validate` takes.
 */
export function pointerSegment(segment: string): string {
  return encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'));
}

// allErrors reports every oneOf branch; the messages that name a field come first
// so that the first violation is the one a person should read.
function describe(errors: readonly ErrorObject[]): SchemaViolation[] {
  const seen = new Set<string>();
  const out: SchemaViolation[] = [];
  for (const e of errors) {
    const message = explain(e);
    const key = `${e.instancePath}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: e.instancePath || '/', message });
  }
  return out.sort((a, b) => rank(a) - rank(b));
}

function rank(v: SchemaViolation): number {
  return v.message.startsWith('must match') ? 1 : 0;
}

function explain(e: ErrorObject): string {
  const at = e.instancePath ? `${e.instancePath.slice(1).replaceAll('/', '.')}` : 'body';
  switch (e.keyword) {
    case 'required':
      return `${at === 'body' ? '' : `${at}.`}${String(e.params.missingProperty)} is required`;
    case 'additionalProperties':
      return `${at} has an unknown field ${String(e.params.additionalProperty)}`;
    case 'enum':
      return `${at} must be one of ${(e.params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${at} must be ${JSON.stringify(e.params.allowedValue)}`;
    default:
      return `${at} ${e.message ?? 'is invalid'}`;
  }
}
