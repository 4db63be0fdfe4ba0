import type { components } from '../../specs/generated/unified.ts';
import type { SchemaViolation } from '../../specs/index.ts';
import type { AltegioResult } from '../altegio-client/index.ts';
import { ApiError, json, type ApiResponse } from '../routing/index.ts';

// The error envelope of the unified endpoint: `{success:false, message, error:{code,
// message, details?}}`, where `message` is a sentence for the caller and
// `error.message` one for a developer. Refusals carry both; the router's own codes
// are translated here, so every 4xx and 5xx leaves in this one shape.

type ErrorCode = components['schemas']['ErrorCode'];

const statusOf: Readonly<Record<ErrorCode, number>> = {
  VALIDATION_ERROR: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SLOT_UNAVAILABLE: 409,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL_ERROR: 500,
};

/** The body limit of the spec (the HTTP adapter's own limit is larger). */
export const maxBodyBytes = 102_400;

/** A wrong or missing field, as `details.fields` lists it. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export interface Refusal {
  /** For a developer: what is wrong, ids and instants included. */
  readonly message: string;
  /** For the caller: one sentence the bot reads out as it is. */
  readonly say: string;
  readonly details?: object;
}

/**
 * A refusal with the status the spec gives its code.
 * @example throw refuse('NOT_FOUND', { message: 'Appointment appt_9 not found', say: "I couldn't find that appointment." })
 */
export function refuse(code: ErrorCode, refusal: Refusal): ApiError {
  return new ApiError(statusOf[code], code, refusal.message, { say: refusal.say, ...(refusal.details && { details: refusal.details }) });
}

const couldNotUnderstand = 'Sorry, the request could not be understood.';

/** What to ask the caller for when a field is wrong or missing. */
const askFor: Readonly<Record<string, string>> = {
  name: "I need the caller's full name to book the appointment.",
  phone: 'I need a phone number or an email address to book the appointment.',
  email: 'I need a phone number or an email address to book the appointment.',
  appointment_datetime: 'I need the date and time for the appointment.',
  appointment_id: 'I need to know which appointment you mean.',
  days_ahead: 'I can look for free times up to 30 days ahead.',
  timezone: "Sorry, I don't know that time zone.",
};

/** A VALIDATION_ERROR naming its fields; the first one decides what the bot asks. */
export function invalid(fields: readonly FieldProblem[], say?: string): ApiError {
  return refuse('VALIDATION_ERROR', {
    message: fields.map((f) => f.message).join('; '),
    say: say ?? askFor[fields[0]?.field ?? ''] ?? couldNotUnderstand,
    ...(fields.length > 0 && { details: { fields } }),
  });
}

const ourFault = 'Sorry, something went wrong on our side. Please try again in a moment.';

/** The implementation failed (Altegio did not answer, or not as it should): never the caller's fault. */
export function internal(message: string): ApiError {
  return refuse('INTERNAL_ERROR', { message, say: ourFault });
}

/** A body over the spec's limit. */
export function tooLarge(): ApiError {
  return refuse('PAYLOAD_TOO_LARGE', { message: `Request body exceeds ${maxBodyBytes} bytes`, say: couldNotUnderstand });
}

/**
 * The data of an Altegio answer, or INTERNAL_ERROR: callers handle the failures they
 * expect (a taken time, a gone record) before asking for the data.
 * @example const location = must(await altegio.getLocation(1001), 'read the location')
 */
export function must<T>(result: AltegioResult<T>, doing: string): T {
  if (result.ok) return result.data;
  const answer = result.status === 0 ? 'did not answer' : `answered ${result.status}`;
  throw internal(`Could not ${doing}: the booking system ${answer} (${result.message})`);
}

/** Renders every refusal, ours or the router's, in the spec's error envelope. */
export function renderUnifiedError(error: ApiError): ApiResponse {
  const ours = error.code in statusOf ? error : fromRouter(error);
  const details = ours.details.details as object | undefined;
  const body = { code: ours.code, message: ours.message, ...(details && { details }) };
  return json(ours.status, { success: false, message: String(ours.details.say), error: body });
}

/** The router's own refusals (and injected faults) in this API's terms. */
function fromRouter(error: ApiError): ApiError {
  switch (error.code) {
    case 'invalid_request': {
      const fields = fieldsOf((error.details.violations ?? []) as readonly SchemaViolation[]);
      if (fields.length > 0) return invalid(fields);
      return refuse('VALIDATION_ERROR', { message: error.message, say: couldNotUnderstand });
    }
    case 'malformed_json':
      return refuse('VALIDATION_ERROR', { message: error.message, say: couldNotUnderstand });
    case 'payload_too_large':
      return tooLarge();
    // The spec has one operation and no 405: any other path or method is not found.
    case 'no_route':
    case 'method_not_allowed':
      return refuse('NOT_FOUND', { message: `${error.message} The endpoint is POST /.`, say: couldNotUnderstand });
    default: {
      // An injected fault keeps its status, with the spec's code for that status.
      const code = (Object.keys(statusOf) as ErrorCode[]).find((c) => statusOf[c] === error.status) ?? 'INTERNAL_ERROR';
      return new ApiError(error.status, code, error.message, { say: ourFault });
    }
  }
}

/**
 * The router reports a missing field at the body ("email is required") next to the
 * generic lines of the branch it broke ("body must match a schema in anyOf"); keep one
 * entry per field, and name book's "email or phone" once.
 */
function fieldsOf(violations: readonly SchemaViolation[]): FieldProblem[] {
  const fields: FieldProblem[] = [];
  for (const v of violations) {
    const required = /^(\w+) is required$/.exec(v.message);
    const field = required ? required[1]! : v.path.slice(1).replaceAll('/', '.');
    if (field === '' || fields.some((f) => f.field === field)) continue;
    fields.push({ field, message: v.message });
  }
  const email = fields.findIndex((f) => f.field === 'email' && /is required$/.test(f.message));
  const phone = fields.findIndex((f) => f.field === 'phone' && /is required$/.test(f.message));
  if (email >= 0 && phone >= 0) {
    fields.splice(email, 1);
    fields[fields.findIndex((f) => f.field === 'phone')] = { field: 'phone', message: 'phone or email is required for book' };
  }
  return fields;
}
