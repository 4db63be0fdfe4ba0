import { zonedInstant } from '../../kit/zoned-time.ts';
import type { EffectExpectation, RequestTemplate, Scenario, Step } from '../scenario/scenario.ts';
import { anyStaff, nextWeekdays, searchFromFlag, searchWeek, type Suite } from './suite.ts';
import { unfreeTimes } from './unfree-times.ts';

// The partner API (seed 003): search and book relayed to the bot's platform, the
// idempotent retry, the same key with another body, concurrent retries of one key, a
// race of different callers for one slot, times in other offsets than the platform's,
// times that are not free, and bad or foreign keys. With --altegio every offer and every
// effect is held against the fake Altegio (the bot's location, service and staff member
// are flags). Starting vars: botId, foreignBotId, from and to (the search window),
// location, service, staff, night, closedDay, past; runId keeps keys and callers unique.

const search = (from = '{{from}}', to = '{{to}}'): RequestTemplate => ({
  method: 'POST',
  path: '/availability/search',
  body: { bot_id: '{{botId}}', query: { filter: { start_at_range: { start_at: from, end_at: to } } } },
});

const customer = (n: number) => ({ phone: `+1556{{runId}}${n}`, name: `Partner Caller${n} {{runId}}`, email: `partner.${n}.{{runId}}@example.com` });
const notes = 'slotcheck booking {{runId}}';

const booking = (key: string, extra: Record<string, unknown> = {}, at = '{{slot.start_at}}'): RequestTemplate => ({
  method: 'POST',
  path: '/bookings',
  headers: { 'idempotency-key': `slotcheck-{{runId}}-${key}` },
  body: {
    bot_id: '{{botId}}',
    booking: { start_at: at, duration_minutes: '{{slot.duration_minutes}}', customer: customer(1), notes, ...extra },
  },
});

/** The bot's platform books its service with its staff member, for as long as offered. */
const created = (at: string, who = customer(1), as = 'booked'): EffectExpectation => ({
  create: { location: '{{location}}', service: { id: '{{service}}' }, staff: { id: '{{staff}}' }, start: at, length: '{{slot.duration_minutes}}', client: who, notes },
  as,
});

const findSlot = (from = '{{from}}', to = '{{to}}'): Step => ({
  name: 'search availability',
  operation: 'searchAvailability',
  request: search(from, to),
  assert: [{ name: 'flow.has-availability', that: '/availabilities', minLength: 1 }],
  capture: { slot: { pick: '/availabilities' } },
  offers: { read: 'availabilities', at: '/availabilities', location: '{{location}}', service: { id: '{{service}}' }, staff: { id: '{{staff}}' }, window: { from, to }, complete: 'all' },
});

const searchAndBook: Scenario = {
  name: 'search-and-book',
  description: 'Search, book, retry with the same key, reuse the key with another body, book the taken slot again.',
  steps: [
    findSlot(),
    {
      name: 'book a slot',
      operation: 'createBooking',
      request: booking('first'),
      status: 201,
      capture: { booking: '/booking' },
      assert: [{ name: 'flow.booked-as-asked', that: '/booking/start_at', sameInstant: '{{slot.start_at}}' }],
      effect: created('{{slot.start_at}}'),
    },
    {
      ...findSlot(),
      name: 'the booked slot is no longer offered',
      capture: {},
      assert: [{ name: 'flow.booked-slot-not-offered', that: '/availabilities/*/start_at', notContains: '{{slot.start_at}}' }],
    },
    {
      name: 'retry with the same key and body',
      operation: 'createBooking',
      request: booking('first'),
      status: 200,
      assert: [{ name: 'idempotency.same-booking', that: '/booking/id', equals: '{{booking.id}}' }],
    },
    {
      name: 'the same key with another body is refused',
      operation: 'createBooking',
      request: booking('first', { notes: 'a different request' }),
      status: 422,
      assert: [{ name: 'idempotency.key-reuse-refused', that: '/error/code', equals: 'idempotency_key_reused' }],
    },
    {
      name: 'the taken slot with a new key is refused',
      operation: 'createBooking',
      request: booking('second', { customer: customer(2) }),
      status: 409,
      assert: [{ name: 'flow.slot-unavailable', that: '/error/code', equals: 'slot_unavailable' }],
    },
  ],
};

// Another platform writes times in its own offset: the same instant in Z or +05:30 must book the same slot.
// The window is part of a working day, so an offset read wrongly moves its edges over free times.
const otherOffsets: Scenario = {
  name: 'other-offsets',
  description: 'A window of a working day is asked for in +05:30 and a slot booked in Z: offsets change the spelling, never the time.',
  steps: [
    { ...findSlot('{{fromIndia}}', '{{toIndia}}'), capture: { slot: { pick: '/availabilities' }, slotZ: { instant: '{{slot.start_at}}', offset: 'Z' } } },
    {
      name: 'book it in Z',
      operation: 'createBooking',
      request: booking('utc', { customer: customer(3) }, '{{slotZ}}'),
      status: 201,
      assert: [{ name: 'flow.booked-as-asked', that: '/booking/start_at', sameInstant: '{{slot.start_at}}' }],
      effect: created('{{slot.start_at}}', customer(3)),
    },
  ],
};

const concurrentRetries: Scenario = {
  name: 'concurrent-retries',
  description: 'The bot retries one booking many times at once with one Idempotency-Key: one booking results.',
  steps: [
    findSlot(),
    {
      name: 'retry one booking concurrently',
      operation: 'createBooking',
      request: booking('retried', { customer: customer(4) }),
      status: [200, 201],
      replay: { idPointer: '/booking/id' },
      effect: created('{{slot.start_at}}', customer(4)),
    },
  ],
};

/** A booking the platform must refuse with slot_unavailable, changing nothing. */
const notFree = (name: string, at: string): Step => ({
  name,
  operation: 'createBooking',
  request: booking(`unfree-${name.replaceAll(' ', '-')}`, { customer: customer(5) }, at),
  status: 409,
  assert: [{ name: 'flow.slot-unavailable', that: '/error/code', equals: 'slot_unavailable' }],
});

const unfree: Scenario = {
  name: 'unfree-times',
  description: 'Times that are not free are refused with slot_unavailable and change nothing: outside working hours, on a closed day, in the past, and a length other than offered.',
  steps: [
    findSlot(),
    notFree('outside working hours', '{{night}}'),
    notFree('on a closed day', '{{closedDay}}'),
    notFree('in the past', '{{past}}'),
    { ...notFree('a longer booking than offered', '{{slot.start_at}}'), request: booking('too-long', { customer: customer(5), duration_minutes: 600 }) },
  ],
};

const race: Scenario = {
  name: 'race',
  description: 'Different callers (different keys) book one slot at once: exactly one wins, the rest slot_unavailable.',
  steps: [
    findSlot(),
    // Different callers: each racer has its own idempotency key ({{copy}} is its number).
    {
      name: 'book one slot concurrently',
      operation: 'createBooking',
      request: { ...booking('race'), headers: { 'idempotency-key': 'slotcheck-{{runId}}-race-{{copy}}' } },
      race: { conflictStatus: 409 },
      effect: { create: { start: '{{slot.start_at}}', staff: { id: '{{staff}}' } } },
    },
  ],
};

const errors: Scenario = {
  name: 'errors',
  description: 'Bad and foreign keys, unknown bots, a missing Idempotency-Key, a bad range, a huge body and bad input.',
  steps: [
    findSlot(),
    { name: 'bad bookings', operation: 'createBooking', request: booking('bad'), badInput: true },
    {
      name: 'no key',
      operation: 'searchAvailability',
      request: { ...search(), headers: { authorization: '' } },
      status: 401,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'unauthorized' }],
    },
    {
      name: 'a key that is not a partner key',
      operation: 'searchAvailability',
      request: { ...search(), headers: { authorization: 'Bearer sk_ptnr_not_a_real_key' } },
      status: 401,
    },
    {
      name: 'an unknown bot',
      operation: 'searchAvailability',
      request: { ...search(), body: { bot_id: 'bot_does_not_exist', query: { filter: { start_at_range: { start_at: '{{from}}', end_at: '{{to}}' } } } } },
      status: 404,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'bot_not_found' }],
    },
    {
      name: 'a bot of another partner',
      operation: 'searchAvailability',
      request: { ...search(), body: { bot_id: '{{foreignBotId}}', query: { filter: { start_at_range: { start_at: '{{from}}', end_at: '{{to}}' } } } } },
      status: 404,
      assert: [{ name: 'flow.foreign-bot-hidden', that: '/error/code', equals: 'bot_not_found' }],
    },
    {
      name: 'no Idempotency-Key',
      operation: 'createBooking',
      request: { ...booking('none'), headers: {} },
      status: 400,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'invalid_request' }],
    },
    {
      name: 'a range that ends before it starts',
      operation: 'searchAvailability',
      request: { ...search(), body: { bot_id: '{{botId}}', query: { filter: { start_at_range: { start_at: '{{to}}', end_at: '{{from}}' } } } } },
      status: 400,
    },
    {
      name: 'a body over 100 KiB',
      operation: 'createBooking',
      request: booking('huge', { notes: 'x'.repeat(110 * 1024) }),
      status: 413,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'payload_too_large' }],
    },
  ],
};

/** An instant written with another offset (minutes east of UTC). */
function inOffset(iso: string, minutes: number): string {
  const wall = new Date(Date.parse(iso) + minutes * 60_000).toISOString().slice(0, 19);
  return `${wall}+${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A wall time in a zone on the first weekday after an instant, as an ISO instant. */
const workday = (after: number, time: string, zone: string) => new Date(zonedInstant(nextWeekdays(after, 1)[0]!, time, zone)).toISOString();


export const partnerSuite: Suite = {
  api: 'partner',
  flags: {
    key: { description: 'the partner key (sk_ptnr_…)', default: 'sk_ptnr_demo_gleichgewicht_a1b2c3' },
    'bot-id': { description: 'a bot of that key', default: 'bot_gleichgewicht' },
    'foreign-bot-id': { description: 'a bot of another partner, which the key must not reach', default: 'bot_brooklyn' },
    from: searchFromFlag,
    location: { description: 'the Altegio location the bot’s platform books in (for --altegio checks)', default: '1001' },
    'location-timezone': { description: 'that location’s time zone (for times no one can book, and a working day’s window in another offset)', default: 'Europe/Berlin' },
    service: { description: 'the Altegio service the platform books', default: '10009' },
    staff: { description: 'the Altegio staff member the platform books with ("0": any)', default: '10001' },
  },
  start(flags, now) {
    const { from, to } = searchWeek(flags.from!, now);
    const zone = flags['location-timezone']!;
    return {
      vars: {
        botId: flags['bot-id'],
        foreignBotId: flags['foreign-bot-id'],
        from,
        to,
        // 10:00 to 15:00 of the location's next weekday, as another platform would write it, in India's offset.
        fromIndia: inOffset(workday(Date.parse(from), '10:00', zone), 330),
        toIndia: inOffset(workday(Date.parse(from), '15:00', zone), 330),
        location: flags.location,
        service: flags.service,
        staff: flags.staff,
        ...unfreeTimes(now, zone),
      },
      headers: { authorization: `Bearer ${flags.key}` },
    };
  },
  scenarios: (vars) => [searchAndBook, otherOffsets, concurrentRetries, unfree, race, errors].map((s) => (vars.staff === '0' ? anyStaff(s) : s)),
};
