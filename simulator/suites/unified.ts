import type { RequestTemplate, Scenario, Step } from '../scenario/scenario.ts';
import type { Suite } from './suite.ts';

// The unified action endpoint (seed 002): each action and its documented failures, a
// booked time refused with SLOT_UNAVAILABLE and alternatives, and a race. Times are asked
// for in UTC (`timezone`) so the scenario can turn "9:00 AM" into the instant it books.
// Starting vars: agentId, phone.

const zone = 'UTC';
const post = (body: Record<string, unknown>, headers?: Record<string, string>): RequestTemplate => ({
  method: 'POST',
  path: '',
  body: { agent_id: '{{agentId}}', timezone: zone, ...body },
  ...(headers && { headers }),
});

const offered = (name: string, capture: string, pick = false): Step => ({
  name,
  operation: 'performAppointmentAction',
  request: post({ action: 'availability', days_ahead: 7 }),
  assert: [{ name: 'flow.action-echoed', that: '/data/action', equals: 'availability' }],
  capture: { [capture]: { daySlots: '/data/available_slots', timeZone: zone, ...(pick && { pick: true }) } },
});

const book = (slot: string, extra: Record<string, unknown> = {}) =>
  post({ action: 'book', name: 'slotcheck caller', phone: '{{phone}}', appointment_datetime: `{{${slot}.datetime}}`, ...extra });

const suggestSlot: Step = {
  name: 'suggest times',
  operation: 'performAppointmentAction',
  request: post({ action: 'suggest' }),
  assert: [
    { name: 'flow.suggests-few-days', that: '/data/available_slots', maxLength: 3 },
    { name: 'flow.suggests-something', that: '/data/available_slots', minLength: 1 },
  ],
  capture: { slot: { daySlots: '/data/available_slots', timeZone: zone, pick: true } },
};

const bookRescheduleCancel: Scenario = {
  name: 'book-reschedule-cancel',
  description: 'Suggest, book, be refused the same time with alternatives, reschedule, cancel; each effect checked.',
  steps: [
    suggestSlot,
    {
      name: 'book a suggested time',
      operation: 'performAppointmentAction',
      request: book('slot'),
      capture: { appointment: '/data/appointment_id' },
      assert: [
        { name: 'flow.action-echoed', that: '/data/action', equals: 'book' },
        { name: 'flow.booked-as-asked', that: '/data/date_time', sameInstant: '{{slot.datetime}}' },
      ],
      oracle: [{ name: 'oracle.record-created', records: { start: '{{slot.datetime}}', clientPhone: '{{phone}}', deleted: false }, count: 1 }],
    },
    {
      name: 'the same time again is refused with alternatives',
      operation: 'performAppointmentAction',
      request: book('slot', { phone: '+15550100999', name: 'second caller' }),
      status: 409,
      capture: { alternatives: { daySlots: '/error/details/available_slots', timeZone: zone } },
      assert: [
        { name: 'flow.slot-unavailable', that: '/error/code', equals: 'SLOT_UNAVAILABLE' },
        { name: 'flow.asks-to-reschedule', that: '/error/details/action_required', equals: 'reschedule' },
        { name: 'flow.booked-slot-not-offered', of: 'alternatives', that: '/*/datetime', notContains: '{{slot.datetime}}' },
      ],
    },
    {
      ...offered('the booked time is no longer available', 'after'),
      assert: [{ name: 'flow.booked-slot-not-offered', of: 'after', that: '/*/datetime', notContains: '{{slot.datetime}}' }],
    },
    offered('pick another time', 'newSlot', true),
    {
      name: 'reschedule',
      operation: 'performAppointmentAction',
      request: post({ action: 'reschedule', appointment_id: '{{appointment}}', appointment_datetime: '{{newSlot.datetime}}' }),
      assert: [
        { name: 'flow.same-appointment', that: '/data/appointment_id', equals: '{{appointment}}' },
        { name: 'flow.moved', that: '/data/date_time', sameInstant: '{{newSlot.datetime}}' },
      ],
      oracle: [
        { name: 'oracle.record-moved', records: { start: '{{newSlot.datetime}}', clientPhone: '{{phone}}', deleted: false }, count: 1 },
        { name: 'oracle.old-time-released', records: { start: '{{slot.datetime}}', clientPhone: '{{phone}}', deleted: false }, count: 0 },
      ],
    },
    {
      ...offered('the old time is offered again, the new one is not', 'moved'),
      assert: [
        { name: 'flow.old-slot-offered-again', of: 'moved', that: '/*/datetime', contains: '{{slot.datetime}}' },
        { name: 'flow.new-slot-not-offered', of: 'moved', that: '/*/datetime', notContains: '{{newSlot.datetime}}' },
      ],
    },
    {
      name: 'cancel',
      operation: 'performAppointmentAction',
      request: post({ action: 'cancel', appointment_id: '{{appointment}}' }),
      assert: [{ name: 'flow.action-echoed', that: '/data/action', equals: 'cancel' }],
      oracle: [{ name: 'oracle.record-cancelled', records: { start: '{{newSlot.datetime}}', clientPhone: '{{phone}}', deleted: false }, count: 0 }],
    },
    {
      ...offered('the cancelled time is offered again', 'freed'),
      assert: [{ name: 'flow.cancelled-slot-offered-again', of: 'freed', that: '/*/datetime', contains: '{{newSlot.datetime}}' }],
    },
    {
      name: 'cancelling again is a conflict',
      operation: 'performAppointmentAction',
      request: post({ action: 'cancel', appointment_id: '{{appointment}}' }),
      status: 409,
      assert: [{ name: 'flow.conflict', that: '/error/code', equals: 'CONFLICT' }],
    },
  ],
};

const race: Scenario = {
  name: 'race',
  description: 'Many callers book the same suggested time at once: exactly one gets it, the rest SLOT_UNAVAILABLE.',
  steps: [
    suggestSlot,
    {
      name: 'book one time concurrently',
      operation: 'performAppointmentAction',
      request: book('slot'),
      race: { conflictStatus: 409 },
      oracle: [{ name: 'oracle.one-record', records: { start: '{{slot.datetime}}', clientPhone: '{{phone}}', deleted: false }, count: 1 }],
    },
  ],
};

const errors: Scenario = {
  name: 'errors',
  description: 'Each documented error: unauthorized, not found, validation (incl. per action and the past), too large, and bad input.',
  steps: [
    suggestSlot,
    { name: 'bad bookings', operation: 'performAppointmentAction', request: book('slot'), badInput: true },
    {
      name: 'no API key',
      operation: 'performAppointmentAction',
      request: post({ action: 'suggest' }, { 'x-api-key': '' }),
      status: 401,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'UNAUTHORIZED' }],
    },
    {
      name: 'an unknown agent',
      operation: 'performAppointmentAction',
      request: post({ action: 'suggest', agent_id: '00000000-0000-4000-8000-000000000000' }),
      status: 404,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'NOT_FOUND' }],
    },
    {
      name: 'an unknown appointment',
      operation: 'performAppointmentAction',
      request: post({ action: 'cancel', appointment_id: 'no-such-appointment-42' }),
      status: 404,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'NOT_FOUND' }],
    },
    {
      name: 'book without phone or email',
      operation: 'performAppointmentAction',
      request: post({ action: 'book', name: 'slotcheck caller', appointment_datetime: '{{slot.datetime}}' }),
      status: 400,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'VALIDATION_ERROR' }],
    },
    {
      name: 'book in the past',
      operation: 'performAppointmentAction',
      request: book('slot', { appointment_datetime: '2020-01-06T10:00:00Z' }),
      status: 400,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'VALIDATION_ERROR' }],
    },
    {
      name: 'days_ahead beyond 30',
      operation: 'performAppointmentAction',
      request: post({ action: 'availability', days_ahead: 31 }),
      status: 400,
    },
    {
      name: 'a body over 100 KiB',
      operation: 'performAppointmentAction',
      request: post({ action: 'suggest', notes: 'x'.repeat(110 * 1024) }),
      status: 413,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'PAYLOAD_TOO_LARGE' }],
    },
  ],
};

export const unifiedSuite: Suite = {
  api: 'unified',
  flags: {
    'api-key': { description: 'the X-Api-Key of the implementation', default: 'uk_demo_key_3b9f1c' },
    'agent-id': { description: 'the voice agent (UUID) the calls are made for', default: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
    phone: { description: 'the caller phone (E.164) of the test bookings', default: '+15550100123' },
  },
  start: (flags) => ({ vars: { agentId: flags['agent-id'], phone: flags.phone }, headers: { 'x-api-key': flags['api-key']! } }),
  scenarios: () => [
    bookRescheduleCancel,
    race,
    errors,
  ],
};
