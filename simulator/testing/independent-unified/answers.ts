import type { FieldError } from './request-validation.ts';
import type { SlotDay } from './free-slots.ts';
import { clock12, dayLabel, localParts, spokenDate } from './zoned-time.ts';

// The answer envelopes of the unified action API and the sentences a bot can read out.

export type ErrorCode = 'VALIDATION_ERROR' | 'UNAUTHORIZED' | 'NOT_FOUND' | 'CONFLICT' | 'SLOT_UNAVAILABLE' | 'PAYLOAD_TOO_LARGE' | 'INTERNAL_ERROR';

const statusOf: Record<ErrorCode, number> = {
  VALIDATION_ERROR: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SLOT_UNAVAILABLE: 409,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL_ERROR: 500,
};

export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** The error envelope: a sentence for the caller, a code and a message for a developer. */
export function failure(code: ErrorCode, spoken: string, message: string, details?: Record<string, unknown>): Answer {
  return { status: statusOf[code], body: { success: false, message: spoken, error: { code, message, ...(details && { details }) } } };
}

export function invalid(fields: readonly FieldError[]): Answer {
  const first = fields[0];
  const spoken = fields.some((f) => f.message === 'phone or email is required for book')
    ? 'I need a phone number or an email address to book the appointment.'
    : fields.some((f) => f.field === 'appointment_datetime' && f.message.includes('past'))
      ? 'That time has already passed. Please choose a time in the future.'
      : 'Sorry, the request could not be understood.';
  return failure('VALIDATION_ERROR', spoken, first ? fields.map((f) => f.message).join('; ') : 'Invalid request', { fields: [...fields] });
}

/** The `200` envelope; `data.success` is always true. */
export function success(spoken: string, data: Record<string, unknown>): Answer {
  return { status: 200, body: { success: true, message: spoken, data: { success: true, ...data } } };
}

/** `today`, `tomorrow` or `on Monday March 9` for a day label and date. */
export function dayPhrase(day: Pick<SlotDay, 'date' | 'date_label'>, weekday: string): string {
  if (day.date_label === 'Today') return 'today';
  if (day.date_label === 'Tomorrow') return 'tomorrow';
  return `on ${spokenDate(day.date, weekday)}`;
}

const orList = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);
const andList = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

function weekdayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return localParts(Date.UTC(y, m - 1, d, 12), 'UTC').weekday;
}

/** `Devin Hasse is free today at 4:00 PM; tomorrow at 9:00 AM or 11:30 AM; or on Monday March 9 at 10:00 AM.` */
export function slotsSentence(who: string, days: readonly SlotDay[]): string {
  const parts = days.map((d) => `${dayPhrase(d, weekdayOf(d.date))} at ${orList(d.slots)}`);
  const spoken = parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join('; ')}; or ${parts[parts.length - 1]}`;
  return `${who} is free ${spoken}.`;
}

/** `There are free times today, tomorrow and on Monday March 9.` */
export function daysSentence(days: readonly SlotDay[]): string {
  return `There are free times ${andList(days.map((d) => dayPhrase(d, weekdayOf(d.date))))}.`;
}

/**
 * `tomorrow, Tuesday March 3, at 9:00 AM` or `Tuesday March 10 at 10:00 AM` (with `on`:
 * `on Tuesday March 10 at 10:00 AM`) for an instant in a zone, seen from now.
 */
export function whenPhrase(instant: number, zone: string, now: number, on = false): string {
  const p = localParts(instant, zone);
  const label = dayLabel(p.date, localParts(now, zone).date, p.weekday);
  const full = spokenDate(p.date, p.weekday);
  const time = clock12(p.hour, p.minute);
  if (label === 'Today') return `today, ${full}, at ${time}`;
  if (label === 'Tomorrow') return `tomorrow, ${full}, at ${time}`;
  return `${on ? 'on ' : ''}${full} at ${time}`;
}
