import { canonicalZone } from './zoned-time.ts';

// The request schema of the unified action API (ActionRequest), checked by hand: types,
// lengths, patterns and formats of every known field whatever the action, the
// per-action required fields, a timezone Intl knows, and no appointment_datetime in
// the past. Unknown fields are ignored.

export type Action = 'book' | 'reschedule' | 'cancel' | 'suggest' | 'availability';
const actions: readonly string[] = ['book', 'reschedule', 'cancel', 'suggest', 'availability'];

export interface ActionRequest {
  readonly action: Action;
  readonly agentId: string;
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  /** The requested start as an instant (ms). */
  readonly at?: number;
  readonly appointmentId?: string;
  readonly callSessionId?: string;
  readonly notes?: string;
  readonly daysAhead: number;
  /** Canonical IANA name, when the caller gave one. */
  readonly timezone?: string;
}

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type Validation = { readonly ok: true; readonly request: ActionRequest } | { readonly ok: false; readonly fields: readonly FieldError[] };

const uuid = /^(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const e164 = /^\+[1-9]\d{1,14}$/;
const zonePattern = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;
// An addr-spec without quoted local parts or address literals, with a dotted domain (what format: email means in practice).
const email = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
// RFC 3339 date-time; like the common JSON Schema validators, the offset may also be `+01` or `+0100`.
const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** Code points, as JSON Schema counts string length. */
const length = (s: string) => [...s].length;

/**
 * The instant of an RFC 3339 date-time with an offset, or undefined when it is not one
 * (a missing offset, 2026-02-30, 24:00). A leap second (:60) is accepted only at 23:59 UTC.
 * @example parseDateTime('2026-03-20T14:00:00+01:00') // 1774011600000
 */
export function parseDateTime(text: string): number | undefined {
  const m = rfc3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 60) return undefined;
  let offset = 0;
  if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11] ?? 0);
    if (oh > 23 || om > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const instant = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) + ms - offset * 60_000;
  if (second === 60) {
    const utc = new Date(instant);
    if (utc.getUTCHours() !== 23 || utc.getUTCMinutes() !== 59) return undefined;
    return instant + 1000;
  }
  return instant;
}

/**
 * @example validateRequest({ action: 'suggest', agent_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }, Date.now())
 */
export function validateRequest(body: unknown, now: number): Validation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, fields: [{ field: 'body', message: 'the body must be a JSON object' }] };
  }
  const b = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  const has = (key: string) => Object.prototype.hasOwnProperty.call(b, key);
  const str = (key: string, rules: { min?: number; max?: number; pattern?: RegExp; patternText?: string }): string | undefined => {
    if (!has(key)) return undefined;
    const v = b[key];
    if (typeof v !== 'string') {
      errors.push({ field: key, message: `${key} must be a string` });
      return undefined;
    }
    const n = length(v);
    if (rules.min !== undefined && n < rules.min) errors.push({ field: key, message: rules.min === 1 ? `${key} must not be empty` : `${key} must have at least ${rules.min} characters` });
    else if (rules.max !== undefined && n > rules.max) errors.push({ field: key, message: `${key} must have at most ${rules.max} characters` });
    else if (rules.pattern && !rules.pattern.test(v)) errors.push({ field: key, message: `${key} must be ${rules.patternText}` });
    else return v;
    return undefined;
  };

  let action: Action | undefined;
  if (!has('action')) errors.push({ field: 'action', message: 'action is required' });
  else if (typeof b.action !== 'string' || !actions.includes(b.action)) errors.push({ field: 'action', message: `action must be one of ${actions.join(', ')}` });
  else action = b.action as Action;

  if (!has('agent_id')) errors.push({ field: 'agent_id', message: 'agent_id is required' });
  const agentId = str('agent_id', { pattern: uuid, patternText: 'a UUID' });
  const name = str('name', { min: 1, max: 200 });
  const emailValue = str('email', { max: 254, pattern: email, patternText: 'an email address' });
  const phone = str('phone', { pattern: e164, patternText: 'an E.164 phone number (+15551234567)' });
  const datetimeText = str('appointment_datetime', {});
  let at: number | undefined;
  if (datetimeText !== undefined) {
    at = parseDateTime(datetimeText);
    if (at === undefined) errors.push({ field: 'appointment_datetime', message: 'appointment_datetime must be an RFC 3339 date-time with an offset or Z' });
  }
  const appointmentId = str('appointment_id', { min: 1, max: 128 });
  const callSessionId = str('call_session_id', { max: 200 });
  const notes = str('notes', { max: 2000 });
  let daysAhead = 7;
  if (has('days_ahead')) {
    const v = b.days_ahead;
    if (typeof v !== 'number' || !Number.isInteger(v)) errors.push({ field: 'days_ahead', message: 'days_ahead must be an integer' });
    else if (v < 1 || v > 30) errors.push({ field: 'days_ahead', message: 'days_ahead must be from 1 to 30' });
    else daysAhead = v;
  }
  let timezone: string | undefined;
  const zoneText = str('timezone', { min: 1, max: 64, pattern: zonePattern, patternText: 'an IANA time zone name' });
  if (zoneText !== undefined) {
    timezone = canonicalZone(zoneText);
    if (timezone === undefined) errors.push({ field: 'timezone', message: `timezone ${zoneText} is not a known IANA time zone` });
  }

  // The per-action requirements (the allOf if/then branches).
  const need = (key: string, why: string) => {
    if (!has(key)) errors.push({ field: key, message: `${key} is required for ${why}` });
  };
  if (action === 'book') {
    need('name', 'book');
    need('appointment_datetime', 'book');
    if (!has('email') && !has('phone')) errors.push({ field: 'phone', message: 'phone or email is required for book' });
  } else if (action === 'reschedule') {
    need('appointment_id', 'reschedule');
    need('appointment_datetime', 'reschedule');
  } else if (action === 'cancel') {
    need('appointment_id', 'cancel');
  }
  // Beyond the schema, what the booking system would refuse as bad input anyway.
  if (action === 'book') {
    if (name !== undefined && name.trim() === '') errors.push({ field: 'name', message: 'name must not be blank' });
    if (phone !== undefined && (phone.length - 1 < 9 || phone.length - 1 > 15)) errors.push({ field: 'phone', message: 'phone must have 9 to 15 digits' });
  }
  if ((action === 'book' || action === 'reschedule') && at !== undefined && at < now) {
    errors.push({ field: 'appointment_datetime', message: 'appointment_datetime is in the past' });
  }

  if (errors.length > 0 || action === undefined || agentId === undefined) return { ok: false, fields: errors };
  return {
    ok: true,
    request: {
      action,
      agentId: agentId.toLowerCase().replace(/^urn:uuid:/, ''),
      ...(name !== undefined && { name: name.trim() }),
      ...(emailValue !== undefined && { email: emailValue }),
      ...(phone !== undefined && { phone }),
      ...(at !== undefined && { at }),
      ...(appointmentId !== undefined && { appointmentId }),
      ...(callSessionId !== undefined && { callSessionId }),
      ...(notes !== undefined && { notes }),
      daysAhead,
      ...(timezone !== undefined && { timezone }),
    },
  };
}
