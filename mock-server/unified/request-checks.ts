import { isTimeZone, parseDateTime } from '../../kit/zoned-time.ts';
import { invalid } from './errors.ts';
import type { ActionRequest } from './session.ts';

// What the request schema cannot say, checked with it (before the agent is looked
// up, as the spec's check order asks): a zone that exists, a start in the future, a
// name that is not blank, a phone Altegio accepts.


const changesTime = new Set<ActionRequest['action']>(['book', 'reschedule']);

/**
 * Throws VALIDATION_ERROR; returns `appointment_datetime` as an instant for the
 * actions that use it.
 * @example const { at } = checkRequest(body, clock.now())
 */
export function checkRequest(request: ActionRequest, now: number): { at: number | undefined } {
  if (request.timezone !== undefined && !isTimeZone(request.timezone)) {
    throw invalid([{ field: 'timezone', message: `timezone "${request.timezone}" is not a known IANA time zone` }]);
  }
  if (request.action === 'book') checkCaller(request);
  if (!changesTime.has(request.action) || request.appointment_datetime === undefined) return { at: undefined };
  // The shared validator already refused what no calendar holds (leap seconds, years past
  // 2199); `t` and `z` are upper-cased for the parser.
  const at = parseDateTime(request.appointment_datetime.toUpperCase(), 'UTC');
  if (at === undefined) {
    throw invalid([{ field: 'appointment_datetime', message: `appointment_datetime "${request.appointment_datetime}" is not a date-time` }]);
  }
  if (at <= now) {
    throw invalid(
      [{ field: 'appointment_datetime', message: `appointment_datetime ${request.appointment_datetime} is in the past` }],
      'That time has already passed. Please choose a time in the future.',
    );
  }
  return { at };
}

function checkCaller(request: ActionRequest): void {
  if (request.name !== undefined && request.name.trim() === '') {
    throw invalid([{ field: 'name', message: 'name must not be blank' }]);
  }
  // E.164 allows short numbers that Altegio refuses (it wants 9 to 15 digits).
  if (request.phone !== undefined && request.phone.length - 1 < 9) {
    throw invalid(
      [{ field: 'phone', message: `phone "${request.phone}" must have 9 to 15 digits` }],
      'That phone number seems too short. Could you say it again?',
    );
  }
}
