import type { OffersExpectation, RequestTemplate, Scenario, Step } from '../scenario/scenario.ts';
import { anyStaff, type Suite } from './suite.ts';
import { unfreeTimes } from './unfree-times.ts';

// The unified action endpoint (seed 002): each action and its documented failures,
// callers in the location's zone (no `timezone`, as the seed sends) and far from it,
// `days_ahead` at its edges, booking by phone only and by email only, times someone else
// holds, outside working hours, on a closed day and in the past, a move onto a taken
// time, and a race. With --altegio every offer and every effect is held against the fake
// Altegio (the agent's location, service and staff member are flags).
// Starting vars: agentId, location, service, staff, locationZone, night, closedDay, past.

interface Caller {
  /** The `timezone` the request sends; absent: the seed's shape, times in the location's zone. */
  readonly zone?: string;
  readonly phone: string;
  readonly name: string;
  readonly email: string;
}

const caller = (n: number, zone?: string): Caller => ({
  ...(zone && { zone }),
  name: `Unified Caller${n} {{runId}}`,
  phone: `+1555{{runId}}${n}`,
  email: `unified.${n}.{{runId}}@example.com`,
});

const post = (who: Caller, body: Record<string, unknown>, headers?: Record<string, string>): RequestTemplate => ({
  method: 'POST',
  path: '',
  body: { agent_id: '{{agentId}}', ...(who.zone && { timezone: who.zone }), ...body },
  ...(headers && { headers }),
});

const readZone = (who: Caller) => who.zone ?? '{{locationZone}}';
const staffRef = { id: '{{staff}}' };

/** What the agent offers, held against the fake's free times of its service (and staff member, unless it books any). */
const offers = (who: Caller, at: string, window: OffersExpectation['window'], complete: OffersExpectation['complete']): OffersExpectation => ({
  read: 'day-slots',
  at,
  location: '{{location}}',
  service: { id: '{{service}}' },
  staff: staffRef,
  ...(who.zone && { zone: who.zone }),
  window,
  complete,
});

const ask = (who: Caller, kind: 'suggest' | 'availability', capture: string, options: { daysAhead?: number; pick?: boolean } = {}): Step => ({
  name: `${kind}${options.daysAhead === undefined ? '' : ` (days_ahead ${options.daysAhead})`}`,
  operation: 'performAppointmentAction',
  request: post(who, { action: kind, ...(options.daysAhead !== undefined && { days_ahead: options.daysAhead }) }),
  assert: [{ name: 'flow.action-echoed', that: '/data/action', equals: kind }],
  capture: { [capture]: { daySlots: '/data/available_slots', timeZone: readZone(who), ...(options.pick && { pick: true }) } },
  offers: offers(who, '/data/available_slots', { daysAhead: options.daysAhead ?? 7 }, kind === 'suggest' ? 'earliest' : 'all'),
});

const bookBody = (who: Caller, at: string, contact: 'phone' | 'email' | 'both' = 'phone') => ({
  action: 'book',
  name: who.name,
  ...(contact !== 'email' && { phone: who.phone }),
  ...(contact !== 'phone' && { email: who.email }),
  appointment_datetime: at,
  notes: 'slotcheck booking {{runId}}',
});

/** Books a time for a caller; the appointment is cancelled when the run closes. */
const book = (who: Caller, slot: string, options: { contact?: 'phone' | 'email' | 'both'; as?: string; capture?: string } = {}): Step => {
  const contact = options.contact ?? 'phone';
  return {
    name: `book${contact === 'email' ? ' by email only' : contact === 'both' ? ' with phone and email' : ' by phone only'}`,
    operation: 'performAppointmentAction',
    request: post(who, bookBody(who, `{{${slot}.datetime}}`, contact)),
    capture: { [options.capture ?? 'appointment']: '/data/appointment_id' },
    assert: [
      { name: 'flow.action-echoed', that: '/data/action', equals: 'book' },
      { name: 'flow.booked-as-asked', that: '/data/date_time', sameInstant: `{{${slot}.datetime}}` },
    ],
    effect: {
      create: {
        location: '{{location}}',
        staff: staffRef,
        service: { id: '{{service}}' },
        start: `{{${slot}.datetime}}`,
        client: { name: who.name, ...(contact !== 'email' && { phone: who.phone }), ...(contact !== 'phone' && { email: who.email }) },
        notes: 'slotcheck booking {{runId}}',
      },
      as: options.as ?? 'booked',
    },
    content: [{ check: 'staff-name', args: { location: '{{location}}', staff: `{{${options.as ?? 'booked'}.staffId}}`, at: '/data/agent_name' } }],
    undo: post(who, { action: 'cancel', appointment_id: '{{answer.data.appointment_id}}' }),
  };
};

/** A request the agent must refuse with `code` (status), changing nothing. */
const refused = (name: string, request: RequestTemplate, code: string, status: number, more: Partial<Step> = {}): Step => ({
  name,
  operation: 'performAppointmentAction',
  request,
  status,
  assert: [{ name: code === 'SLOT_UNAVAILABLE' ? 'flow.slot-unavailable' : 'flow.error-code', that: '/error/code', equals: code }],
  ...more,
});

const slotUnavailable = (who: Caller, name: string, request: RequestTemplate, at: string): Step =>
  refused(name, request, 'SLOT_UNAVAILABLE', 409, {
    capture: { alternatives: { daySlots: '/error/details/available_slots', timeZone: readZone(who) } },
    assert: [
      { name: 'flow.slot-unavailable', that: '/error/code', equals: 'SLOT_UNAVAILABLE' },
      { name: 'flow.asks-to-reschedule', that: '/error/details/action_required', equals: 'reschedule' },
    ],
    offers: offers(who, '/error/details/available_slots', { daysAhead: 7, from: at }, 'earliest'),
  });

const home = caller(1);
const other = caller(2);
const bookRescheduleCancel: Scenario = {
  name: 'book-reschedule-cancel',
  description: 'A caller in the location’s zone (no timezone, as the seed sends): suggest, book by phone, be refused the taken time with alternatives, reschedule, cancel; each effect checked.',
  steps: [
    ask(home, 'suggest', 'slot', { pick: true }),
    book(home, 'slot'),
    slotUnavailable(other, 'the same time for another caller is refused with alternatives', post(other, bookBody(other, '{{slot.datetime}}')), '{{slot.datetime}}'),
    {
      ...ask(home, 'availability', 'after'),
      assert: [{ name: 'flow.booked-slot-not-offered', of: 'after', that: '/*/datetime', notContains: '{{slot.datetime}}' }],
    },
    ask(home, 'availability', 'newSlot', { pick: true }),
    {
      name: 'reschedule',
      operation: 'performAppointmentAction',
      request: post(home, { action: 'reschedule', appointment_id: '{{appointment}}', appointment_datetime: '{{newSlot.datetime}}' }),
      assert: [
        { name: 'flow.same-appointment', that: '/data/appointment_id', equals: '{{appointment}}' },
        { name: 'flow.moved', that: '/data/date_time', sameInstant: '{{newSlot.datetime}}' },
      ],
      effect: { move: { record: '{{booked.id}}', to: { start: '{{newSlot.datetime}}', staff: staffRef } }, as: 'booked' },
    },
    {
      ...ask(home, 'availability', 'moved'),
      assert: [
        { name: 'flow.old-slot-offered-again', of: 'moved', that: '/*/datetime', contains: '{{slot.datetime}}' },
        { name: 'flow.new-slot-not-offered', of: 'moved', that: '/*/datetime', notContains: '{{newSlot.datetime}}' },
      ],
    },
    {
      name: 'cancel',
      operation: 'performAppointmentAction',
      request: post(home, { action: 'cancel', appointment_id: '{{appointment}}' }),
      assert: [{ name: 'flow.action-echoed', that: '/data/action', equals: 'cancel' }],
      effect: { cancel: { record: '{{booked.id}}' } },
    },
    {
      ...ask(home, 'availability', 'freed'),
      assert: [{ name: 'flow.cancelled-slot-offered-again', of: 'freed', that: '/*/datetime', contains: '{{newSlot.datetime}}' }],
    },
    refused('cancelling again is a conflict', post(home, { action: 'cancel', appointment_id: '{{appointment}}' }), 'CONFLICT', 409),
  ],
};

const far = caller(3, 'Pacific/Auckland');
const callerFarAway: Scenario = {
  name: 'caller-far-away',
  description: 'A caller in Pacific/Auckland (another date than the location, most of the day): times listed and read in their zone, booked with phone and email, then again by email alone.',
  steps: [
    ask(far, 'availability', 'slot', { pick: true }),
    book(far, 'slot', { contact: 'both' }),
    ask(far, 'suggest', 'slot2', { pick: true, daysAhead: 3 }),
    { ...book(far, 'slot2', { contact: 'email', as: 'bookedByEmail', capture: 'appointment2' }) },
  ],
};

const window = caller(4, 'America/New_York');
const daysAhead: Scenario = {
  name: 'days-ahead',
  description: 'days_ahead at 1 and 30 bound the window; 0 and 31 are refused.',
  steps: [
    ask(window, 'availability', 'one', { daysAhead: 1 }),
    ask(window, 'availability', 'thirty', { daysAhead: 30 }),
    ask(window, 'suggest', 'few', { daysAhead: 1 }),
    refused('days_ahead 0', post(window, { action: 'availability', days_ahead: 0 }), 'VALIDATION_ERROR', 400),
    refused('days_ahead 31', post(window, { action: 'availability', days_ahead: 31 }), 'VALIDATION_ERROR', 400),
  ],
};

const holder = caller(5);
const mover = caller(6, 'Asia/Kolkata');
const refusedTimes: Scenario = {
  name: 'unfree-times',
  description: 'Times that are not free are refused and change nothing: outside working hours, on a closed day, in the past, and a move onto a time someone else holds.',
  steps: [
    slotUnavailable(mover, 'outside working hours', post(mover, bookBody(mover, '{{night}}')), '{{night}}'),
    slotUnavailable(mover, 'on a day the agent does not work', post(mover, bookBody(mover, '{{closedDay}}')), '{{closedDay}}'),
    refused('in the past', post(mover, bookBody(mover, '{{past}}')), 'VALIDATION_ERROR', 400),
    ask(holder, 'availability', 'held', { pick: true }),
    book(holder, 'held', { as: 'holderBooking', capture: 'holderAppointment' }),
    ask(mover, 'availability', 'free', { pick: true }),
    book(mover, 'free'),
    slotUnavailable(
      mover,
      'reschedule onto the time another caller holds',
      post(mover, { action: 'reschedule', appointment_id: '{{appointment}}', appointment_datetime: '{{held.datetime}}' }),
      '{{held.datetime}}',
    ),
  ],
};

const racer = caller(7);
const race: Scenario = {
  name: 'race',
  description: 'Many callers book the same suggested time at once: exactly one gets it, the rest SLOT_UNAVAILABLE.',
  steps: [
    ask(racer, 'suggest', 'slot', { pick: true }),
    {
      name: 'book one time concurrently',
      operation: 'performAppointmentAction',
      request: post(racer, bookBody(racer, '{{slot.datetime}}')),
      race: { conflictStatus: 409 },
      effect: { create: { start: '{{slot.datetime}}', staff: staffRef } },
    },
  ],
};

const tester = caller(8);
const errors: Scenario = {
  name: 'errors',
  description: 'Each documented error: unauthorized, not found, validation (incl. per action), too large, and bad input.',
  steps: [
    ask(tester, 'suggest', 'slot', { pick: true }),
    { name: 'bad bookings', operation: 'performAppointmentAction', request: post(tester, bookBody(tester, '{{slot.datetime}}')), badInput: true },
    refused('no API key', post(tester, { action: 'suggest' }, { 'x-api-key': '' }), 'UNAUTHORIZED', 401),
    refused('an unknown agent', post(tester, { action: 'suggest', agent_id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', 404),
    refused('an unknown appointment', post(tester, { action: 'cancel', appointment_id: 'no-such-appointment-42' }), 'NOT_FOUND', 404),
    refused('book without phone or email', post(tester, { action: 'book', name: tester.name, appointment_datetime: '{{slot.datetime}}' }), 'VALIDATION_ERROR', 400),
    refused('book without a name', post(tester, { action: 'book', phone: tester.phone, appointment_datetime: '{{slot.datetime}}' }), 'VALIDATION_ERROR', 400),
    refused('cancel without appointment_id', post(tester, { action: 'cancel' }), 'VALIDATION_ERROR', 400),
    refused('a body over 100 KiB', post(tester, { action: 'suggest', notes: 'x'.repeat(110 * 1024) }), 'PAYLOAD_TOO_LARGE', 413),
  ],
};

export const unifiedSuite: Suite = {
  api: 'unified',
  flags: {
    'api-key': { description: 'the X-Api-Key of the implementation', default: 'uk_demo_key_3b9f1c' },
    'agent-id': { description: 'the voice agent (UUID) the calls are made for', default: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
    location: { description: 'the Altegio location the agent books in (for --altegio checks)', default: '1001' },
    'location-timezone': { description: 'that location’s time zone (to read times of requests without `timezone`)', default: 'Europe/Berlin' },
    service: { description: 'the Altegio service the agent books', default: '10009' },
    staff: { description: 'the Altegio staff member the agent books with ("0": any)', default: '10001' },
  },
  start: (flags, now) => ({
    vars: {
      agentId: flags['agent-id'],
      location: flags.location,
      locationZone: flags['location-timezone'],
      service: flags.service,
      staff: flags.staff,
      ...unfreeTimes(now, flags['location-timezone']!),
    },
    headers: { 'x-api-key': flags['api-key']! },
  }),
  scenarios: (vars) => {
    // An agent that books any staff member: a time is free while anyone is, so no staff check.
    const all = [bookRescheduleCancel, callerFarAway, daysAhead, refusedTimes, race, errors];
    return vars.staff === '0' ? all.map(anyStaff) : all;
  },
};
