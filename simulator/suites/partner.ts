import type { RequestTemplate, Scenario, Step } from '../scenario/scenario.ts';
import type { Suite } from './suite.ts';

// The partner API (seed 003): search and book relayed to the bot's platform, the
// idempotent retry, the same key with another body, concurrent retries of one key, a
// race of different callers for one slot, and bad or foreign keys. Starting vars: botId,
// foreignBotId, phone, from and to (the search window), runId (keeps keys unique per run).

const search = (): RequestTemplate => ({
  method: 'POST',
  path: '/availability/search',
  body: { bot_id: '{{botId}}', query: { filter: { start_at_range: { start_at: '{{from}}', end_at: '{{to}}' } } } },
});

const booking = (key: string, extra: Record<string, unknown> = {}): RequestTemplate => ({
  method: 'POST',
  path: '/bookings',
  headers: { 'idempotency-key': `slotcheck-{{runId}}-${key}` },
  body: {
    bot_id: '{{botId}}',
    booking: { start_at: '{{slot.start_at}}', duration_minutes: '{{slot.duration_minutes}}', customer: { phone: '{{phone}}', name: 'slotcheck caller' }, ...extra },
  },
});

const findSlot: Step = {
  name: 'search availability',
  operation: 'searchAvailability',
  request: search(),
  assert: [{ name: 'flow.has-availability', that: '/availabilities', minLength: 1 }],
  capture: { slot: { pick: '/availabilities' } },
};

const searchAndBook: Scenario = {
  name: 'search-and-book',
  description: 'Search, book, retry with the same key, reuse the key with another body, book the taken slot again.',
  steps: [
    findSlot,
    {
      name: 'book a slot',
      operation: 'createBooking',
      request: booking('first'),
      status: 201,
      capture: { booking: '/booking' },
      assert: [{ name: 'flow.booked-as-asked', that: '/booking/start_at', sameInstant: '{{slot.start_at}}' }],
      oracle: [{ name: 'oracle.record-created', records: { start: '{{slot.start_at}}', clientPhone: '{{phone}}', deleted: false }, count: 1 }],
    },
    {
      name: 'the booked slot is no longer offered',
      operation: 'searchAvailability',
      request: search(),
      assert: [{ name: 'flow.booked-slot-not-offered', that: '/availabilities/*/start_at', notContains: '{{slot.start_at}}' }],
    },
    {
      name: 'retry with the same key and body',
      operation: 'createBooking',
      request: booking('first'),
      status: 200,
      assert: [{ name: 'idempotency.same-booking', that: '/booking/id', equals: '{{booking.id}}' }],
      oracle: [{ name: 'oracle.still-one-record', records: { start: '{{slot.start_at}}', clientPhone: '{{phone}}', deleted: false }, count: 1 }],
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
      request: booking('second', { customer: { phone: '+15550100777', name: 'second caller' } }),
      status: 409,
      assert: [{ name: 'flow.slot-unavailable', that: '/error/code', equals: 'slot_unavailable' }],
    },
  ],
};

const concurrentRetries: Scenario = {
  name: 'concurrent-retries',
  description: 'The bot retries one booking many times at once with one Idempotency-Key: one booking results.',
  steps: [
    findSlot,
    {
      name: 'retry one booking concurrently',
      operation: 'createBooking',
      request: booking('retried'),
      status: [200, 201],
      replay: { idPointer: '/booking/id' },
      oracle: [{ name: 'oracle.one-record', records: { start: '{{slot.start_at}}', clientPhone: '{{phone}}', deleted: false }, count: 1 }],
    },
  ],
};

const race: Scenario = {
  name: 'race',
  description: 'Different callers (different keys) book one slot at once: exactly one wins, the rest slot_unavailable.',
  steps: [
    findSlot,
    // Different callers: each racer has its own idempotency key ({{copy}} is its number).
    {
      name: 'book one slot concurrently',
      operation: 'createBooking',
      request: { ...booking('race'), headers: { 'idempotency-key': 'slotcheck-{{runId}}-race-{{copy}}' } },
      race: { conflictStatus: 409 },
      oracle: [{ name: 'oracle.one-record', records: { start: '{{slot.start_at}}', deleted: false }, count: 1 }],
    },
  ],
};

const errors: Scenario = {
  name: 'errors',
  description: 'Bad and foreign keys, unknown bots, a missing Idempotency-Key, a bad range, a huge body and bad input.',
  steps: [
    findSlot,
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

/** The start of the next full hour, as the default search window's start. */
function nextHour(now: number): string {
  return new Date(Math.ceil(now / 3_600_000) * 3_600_000).toISOString().replace('.000', '');
}

export const partnerSuite: Suite = {
  api: 'partner',
  flags: {
    key: { description: 'the partner key (sk_ptnr_…)', default: 'sk_ptnr_demo_gleichgewicht_a1b2c3' },
    'bot-id': { description: 'a bot of that key', default: 'bot_gleichgewicht' },
    'foreign-bot-id': { description: 'a bot of another partner, which the key must not reach', default: 'bot_brooklyn' },
    phone: { description: 'the customer phone (E.164) of the test bookings', default: '+15550100456' },
    from: { description: 'start of the 7-day search window (ISO date-time), "now" for the next full hour', default: 'now' },
  },
  start(flags) {
    const from = flags.from === 'now' ? nextHour(Date.now()) : flags.from!;
    const to = new Date(Date.parse(from) + 7 * 86_400_000).toISOString().replace('.000', '');
    return {
      vars: { botId: flags['bot-id'], foreignBotId: flags['foreign-bot-id'], phone: flags.phone, from, to },
      headers: { authorization: `Bearer ${flags.key}` },
    };
  },
  scenarios: () => [
    searchAndBook,
    concurrentRetries,
    race,
    errors,
  ],
};
