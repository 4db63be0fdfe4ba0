import { createHmac } from 'node:crypto';
import type { Signer } from '../http-client.ts';
import type { EffectExpectation, RequestTemplate, Scenario, Step } from '../scenario/scenario.ts';
import { anyStaff, searchFromFlag, searchWeek, type Suite } from './suite.ts';
import { unfreeTimes } from './unfree-times.ts';

// The platform webhook (specs/partner-webhook.openapi.yaml): what a booking platform serves
// the partner API. Every request is signed over its exact bytes; the signature scenarios
// send each way a signature can be wrong (each must be 401 invalid_signature and change
// nothing), then the lookup, the search (held against the fake's free times), bookings
// with the platform's own idempotency, replays of one signed request, a race, times that
// are not free and bad input. Starting vars: accountId, from and to (a 7-day window),
// tooFar (32 days after from), location, service, staff, night, closedDay, past; runId
// keeps keys and callers unique.

/**
 * DialStack's signature, `t=<unix s>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, written
 * from the spec rather than taken from the reference platform, so one mistake cannot pass both.
 */
export function dialStackSigner(secret: string): Signer {
  return ({ payload, unixSeconds, secret: other }) => ({
    'x-dialstack-signature': `t=${unixSeconds},v1=${createHmac('sha256', other ?? secret).update(`${unixSeconds}.${payload}`, 'utf8').digest('hex')}`,
  });
}

/** The spec's tolerance is 300 s: a minute beyond it either way is refused whatever the clocks' small drift. */
const staleSeconds = 360;
const unknownAccount = 'acct_slotcheck_unknown';

const searchBody = (from: string, to: string) => ({ account_id: '{{accountId}}', query: { filter: { start_at_range: { start_at: from, end_at: to } } } });

const search = (from = '{{from}}', to = '{{to}}'): RequestTemplate => ({ method: 'POST', path: '/availability/search', body: searchBody(from, to) });

const lookup = (phone: string): RequestTemplate => ({ method: 'POST', path: '/customers/lookup', body: { account_id: '{{accountId}}', customer: { phone } } });

// Not the partner suite's numbers: a partner run relays its callers to this platform too.
const customer = (n: number) => ({ phone: `+1444{{runId}}${n}`, name: `Webhook Caller${n} {{runId}}`, email: `webhook.${n}.{{runId}}@example.com` });
const notes = 'slotcheck booking {{runId}}';

const booking = (key: string, input: { who?: number; at?: string; extra?: Record<string, unknown>; accountId?: string } = {}): RequestTemplate => ({
  method: 'POST',
  path: '/bookings',
  body: {
    account_id: input.accountId ?? '{{accountId}}',
    idempotency_key: `slotcheck-{{runId}}-${key}`,
    booking: { start_at: input.at ?? '{{slot.start_at}}', duration_minutes: '{{slot.duration_minutes}}', customer: customer(input.who ?? 1), notes, ...input.extra },
  },
});

/** The account's location, service and staff member, for as long as offered. */
const created = (who: number): EffectExpectation => ({
  create: { location: '{{location}}', service: { id: '{{service}}' }, staff: { id: '{{staff}}' }, start: '{{slot.start_at}}', length: '{{slot.duration_minutes}}', client: customer(who), notes },
});

const findSlot = (from = '{{from}}', to = '{{to}}'): Step => ({
  name: 'search availability',
  operation: 'searchAvailability',
  request: search(from, to),
  assert: [{ name: 'flow.has-availability', that: '/availabilities', minLength: 1 }],
  capture: { slot: { pick: '/availabilities' } },
  offers: { read: 'availabilities', at: '/availabilities', location: '{{location}}', service: { id: '{{service}}' }, staff: { id: '{{staff}}' }, window: { from, to }, complete: 'all' },
});

const booked = (name: string, who: number): Step => ({
  name,
  operation: 'createBooking',
  request: booking(`book-${who}`, { who }),
  status: 201,
  capture: { booking: '/booking' },
  assert: [{ name: 'flow.booked-as-asked', that: '/booking/start_at', sameInstant: '{{slot.start_at}}' }],
  effect: created(who),
});

/** A booking of a free slot that a wrongly signed request must not make: 401 invalid_signature, nothing booked. */
const refused = (name: string, check: string, how: { sign?: Step['sign']; headers?: Record<string, string>; accountId?: string }): Step => ({
  name,
  operation: 'createBooking',
  request: { ...booking(`refused-${check}`, { ...(how.accountId && { accountId: how.accountId }) }), ...(how.headers && { headers: how.headers }) },
  ...(how.sign !== undefined && { sign: how.sign }),
  status: 401,
  assert: [{ name: `signature.${check}-refused`, that: '/error/code', equals: 'invalid_signature' }],
});

// Missing and wrong signatures first: a platform that checks nothing fails there, one
// that only misses the clock fails at stale or future.
const signatures: Scenario = {
  name: 'signatures',
  description:
    'A free slot is booked with no, a malformed, a wrongly keyed, another request’s, an unknown account’s, a stale and a future signature (each 401 invalid_signature, nothing booked), with the account header not the body’s (400); a 4-minute-old signature and indented JSON are accepted; then it books.',
  steps: [
    findSlot(),
    refused('no signature', 'missing', { sign: false }),
    refused('a malformed signature', 'malformed', { sign: false, headers: { 'x-dialstack-signature': `sha256=${'ab'.repeat(32)}` } }),
    refused('signed with another secret', 'wrong-secret', { sign: { secret: 'whsec_slotcheck_not_the_account_secret' } }),
    refused('the search’s signature on a booking', 'tampered-body', { sign: { replayOf: 'search availability' } }),
    refused('an unknown account', 'unknown-account', { headers: { 'x-dialstack-account-id': unknownAccount }, accountId: unknownAccount }),
    refused('signed 6 minutes ago', 'stale', { sign: { skewSeconds: -staleSeconds } }),
    refused('signed 6 minutes ahead', 'future', { sign: { skewSeconds: staleSeconds } }),
    {
      name: 'the account header is not the body’s account',
      operation: 'createBooking',
      request: booking('refused-mismatch', { accountId: 'acct_slotcheck_other' }),
      status: 400,
      assert: [{ name: 'signature.account-mismatch-refused', that: '/error/code', equals: 'invalid_payload' }],
    },
    {
      name: 'signed 4 minutes ago is still accepted',
      operation: 'searchAvailability',
      request: search(),
      sign: { skewSeconds: -240 },
      assert: [{ name: 'signature.within-tolerance-accepted', that: '/availabilities', minLength: 0 }],
    },
    {
      // Verifying over re-serialised JSON instead of the bytes received breaks here.
      name: 'indented JSON, signed over its exact bytes',
      operation: 'searchAvailability',
      request: { method: 'POST', path: '/availability/search', rawBody: JSON.stringify(searchBody('{{from}}', '{{to}}'), null, 2) },
      assert: [{ name: 'signature.over-raw-bytes', that: '/availabilities', minLength: 0 }],
    },
    booked('book the slot, validly signed', 1),
  ],
};

const customerLookup: Scenario = {
  name: 'customer-lookup',
  description: 'An unknown number is found: false; a caller booked in this run is found by phone, with that booking as their next appointment.',
  steps: [
    {
      name: 'an unknown number',
      operation: 'lookupCustomer',
      request: lookup('+1444{{runId}}9'),
      assert: [{ name: 'lookup.unknown-not-found', that: '/found', equals: false }],
    },
    findSlot(),
    booked('book for the caller', 2),
    {
      name: 'the caller is found with their next appointment',
      operation: 'lookupCustomer',
      request: lookup(customer(2).phone),
      assert: [
        { name: 'lookup.found', that: '/found', equals: true },
        { name: 'lookup.name', that: '/customer/name', equals: customer(2).name },
        { name: 'lookup.next-appointment', that: '/customer/existing_appointment/start_at', sameInstant: '{{slot.start_at}}' },
      ],
    },
  ],
};

const availability: Scenario = {
  name: 'availability',
  description: 'Every free slot of a week is offered and nothing else; 31 days is the longest range, a longer or reversed one is 400 invalid_payload.',
  steps: [
    findSlot(),
    {
      name: 'a range of 32 days',
      operation: 'searchAvailability',
      request: search('{{from}}', '{{tooFar}}'),
      status: 400,
      assert: [{ name: 'flow.long-range-refused', that: '/error/code', equals: 'invalid_payload' }],
    },
    {
      name: 'a range that ends before it starts',
      operation: 'searchAvailability',
      request: search('{{to}}', '{{from}}'),
      status: 400,
      assert: [{ name: 'flow.reversed-range-refused', that: '/error/code', equals: 'invalid_payload' }],
    },
  ],
};

const searchAndBook: Scenario = {
  name: 'search-and-book',
  description: 'Book a slot; it is no longer offered; the same key again and the same signed request replayed answer that booking (200) and book nothing; the taken slot with a new key is 409.',
  steps: [
    findSlot(),
    booked('book a slot', 3),
    {
      ...findSlot(),
      name: 'the booked slot is no longer offered',
      capture: {},
      assert: [{ name: 'flow.booked-slot-not-offered', that: '/availabilities/*/start_at', notContains: '{{slot.start_at}}' }],
    },
    {
      name: 'the same key again',
      operation: 'createBooking',
      request: booking('book-3', { who: 3 }),
      status: 200,
      assert: [{ name: 'idempotency.same-booking', that: '/booking/id', equals: '{{booking.id}}' }],
    },
    {
      name: 'the same signed request replayed',
      operation: 'createBooking',
      request: booking('book-3', { who: 3 }),
      sign: { replayOf: 'book a slot' },
      status: 200,
      assert: [{ name: 'idempotency.replay-same-booking', that: '/booking/id', equals: '{{booking.id}}' }],
    },
    {
      name: 'the taken slot with a new key',
      operation: 'createBooking',
      request: booking('taken', { who: 4 }),
      status: 409,
      assert: [{ name: 'flow.slot-unavailable', that: '/error/code', equals: 'slot_unavailable' }],
    },
  ],
};

const concurrentRetries: Scenario = {
  name: 'concurrent-retries',
  description: 'One signed booking is sent many times at once (one idempotency_key): one booking results, every copy answers it.',
  steps: [
    findSlot(),
    {
      name: 'retry one booking concurrently',
      operation: 'createBooking',
      request: booking('retried', { who: 5 }),
      status: [200, 201],
      replay: { idPointer: '/booking/id' },
      effect: created(5),
    },
  ],
};

/** A booking the platform must refuse with slot_unavailable, changing nothing. */
const notFree = (name: string, request: RequestTemplate): Step => ({
  name,
  operation: 'createBooking',
  request,
  status: 409,
  assert: [{ name: 'flow.slot-unavailable', that: '/error/code', equals: 'slot_unavailable' }],
});

const unfree: Scenario = {
  name: 'unfree-times',
  description: 'Times that are not free are 409 slot_unavailable and change nothing: outside working hours, on a closed day, in the past, and longer than offered.',
  steps: [
    findSlot(),
    notFree('outside working hours', booking('night', { who: 6, at: '{{night}}' })),
    notFree('on a closed day', booking('closed-day', { who: 6, at: '{{closedDay}}' })),
    notFree('in the past', booking('past', { who: 6, at: '{{past}}' })),
    notFree('longer than offered', booking('too-long', { who: 6, extra: { duration_minutes: 600 } })),
  ],
};

const race: Scenario = {
  name: 'race',
  description: 'Different keys book one slot at once: exactly one wins, the rest 409 slot_unavailable.',
  steps: [
    findSlot(),
    {
      name: 'book one slot concurrently',
      operation: 'createBooking',
      // Different callers: each racer has its own idempotency key ({{copy}} is its number).
      request: booking('race-{{copy}}', { who: 7 }),
      race: { conflictStatus: 409 },
      effect: { create: { start: '{{slot.start_at}}', staff: { id: '{{staff}}' } } },
    },
  ],
};

const badInput: Scenario = {
  name: 'bad-input',
  description: 'Bad bookings, searches and lookups derived from the spec, each signed over its own bytes, and a body over 100 KiB: 400 invalid_payload, nothing booked.',
  steps: [
    findSlot(),
    { name: 'bad bookings', operation: 'createBooking', request: booking('bad', { who: 8 }), badInput: true },
    { name: 'bad searches', operation: 'searchAvailability', request: search(), badInput: true },
    { name: 'bad lookups', operation: 'lookupCustomer', request: lookup(customer(8).phone), badInput: true },
    {
      name: 'a body over 100 KiB',
      operation: 'createBooking',
      request: booking('huge', { who: 8, extra: { notes: 'x'.repeat(110 * 1024) } }),
      status: 400,
      assert: [{ name: 'flow.body-limit', that: '/error/code', equals: 'invalid_payload' }],
    },
  ],
};

const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');

export const platformWebhookSuite: Suite = {
  api: 'platform-webhook',
  flags: {
    secret: { description: 'the account’s webhook secret, which signs every request', default: 'whsec_demo_gleichgewicht_91f0' },
    'account-id': { description: 'the account (X-DialStack-Account-Id and account_id)', default: 'acct_gleichgewicht', pattern: /^acct_[A-Za-z0-9_]{1,64}$/, patternName: 'acct_ and 1 to 64 letters, digits or _' },
    from: searchFromFlag,
    location: { description: 'the Altegio location the account books in (for --altegio checks)', default: '1001' },
    'location-timezone': { description: 'that location’s time zone (for times no one can book)', default: 'Europe/Berlin' },
    service: { description: 'the Altegio service the account books', default: '10009' },
    staff: { description: 'the Altegio staff member the account books with ("0": any)', default: '10001' },
  },
  start(flags, now) {
    const { from, to } = searchWeek(flags.from!, now);
    return {
      vars: {
        accountId: flags['account-id'],
        from,
        to,
        tooFar: iso(Date.parse(from) + 32 * 86_400_000),
        location: flags.location,
        service: flags.service,
        staff: flags.staff,
        ...unfreeTimes(now, flags['location-timezone']!),
      },
      headers: { 'x-dialstack-account-id': flags['account-id']! },
      signer: dialStackSigner(flags.secret!),
    };
  },
  scenarios: (vars) => [signatures, customerLookup, availability, searchAndBook, concurrentRetries, unfree, race, badInput].map((s) => (vars.staff === '0' ? anyStaff(s) : s)),
};
