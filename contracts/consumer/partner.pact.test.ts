import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { mockServerRace, useConsumerPact } from './consumer-pact.ts';

const { like, eachLike, integer, string, regex, datetime, fromProviderState } = MatchersV3;

// A partner's voice bot of seed 003 is the consumer of the partner API: it searches its
// bot's free slots and books one under an Idempotency-Key, retrying with the same key
// and body after a lost answer. It reads the booking id and times, and the error code.
const pact = useConsumerPact('partner-bot', 'partner');

const partnerKey = 'sk_ptnr_demo_gleichgewicht_a1b2c3';
const botId = 'bot_gleichgewicht';
const T = '2026-03-03T10:00:00+01:00';
const erika = { phone: '+491701234567', name: 'Erika Mustermann' };
const booking = { start_at: T, duration_minutes: 30, customer: erika };
const auth = (key: string) => ({ Authorization: regex(/^Bearer \S+$/, `Bearer ${key}`) });
const json = { 'Content-Type': regex('^application/json(;.*)?$', 'application/json') };
const offsetTime = (example: string) => datetime("yyyy-MM-dd'T'HH:mm:ssXXX", example);
const errorShape = (code: string, message: string) => ({ error: { code, message: string(message) } });
const bookingShape = like({
  id: string('10015'),
  status: regex(/^(pending|accepted|confirmed)$/, 'confirmed'),
  start_at: offsetTime(T),
  end_at: offsetTime('2026-03-03T10:30:00+01:00'),
});

interface BotRequest {
  readonly body: unknown;
  readonly key?: string;
  readonly idempotencyKey?: string;
}

/** The bot's call: one POST, the answer as the bot reads it. */
async function send(url: string, path: string, request: BotRequest) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.key !== undefined) headers.authorization = `Bearer ${request.key}`;
  if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey;
  const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(request.body) });
  return { status: res.status, body: (await res.json()) as { booking?: any; availabilities?: any[]; error?: { code: string } } };
}

describe('the partner bot → the partner API', mockServerRace, () => {
  const freeSlot = ['bot B has a free 30-minute slot at T', { botId, start: T, minutes: 30 }] as const;
  // The states that book go through the partner API itself (a key lives only in the
  // implementation); each hands back the key it used, so every run sends keys of its own.
  const keyed = ['bot B has booked the slot at T under Idempotency-Key K', { partnerKey, botId, booking }] as const;
  const stateKey = fromProviderState('${idempotencyKey}', 'call-4711-book-1');
  const search = { bot_id: botId, query: { filter: { start_at_range: { start_at: '2026-03-03T09:00:00Z', end_at: '2026-03-03T10:00:00Z' } } } };
  const book = { bot_id: botId, booking };

  it('searches the free slots of its bot in a time range', async () => {
    await pact
      .addInteraction()
      .given(...freeSlot)
      .uponReceiving('a search for free slots in a time range')
      .withRequest('POST', '/availability/search', (b) => b.headers({ ...auth(partnerKey), ...json }).jsonBody(search))
      .willRespondWith(200, (b) => b.headers(json).jsonBody({ availabilities: eachLike({ start_at: offsetTime(T), duration_minutes: integer(30) }) }))
      .executeTest(async (server) => {
        const answer = await send(server.url, '/availability/search', { body: search, key: partnerKey });
        expect(answer.body.availabilities).toEqual([{ start_at: T, duration_minutes: 30 }]);
      });
  });

  it('books a free slot under a new Idempotency-Key', async () => {
    await pact
      .addInteraction()
      .given(...freeSlot)
      .given('the partner has never sent Idempotency-Key K')
      .uponReceiving('a booking of a free slot under a new Idempotency-Key')
      .withRequest('POST', '/bookings', (b) => b.headers({ ...auth(partnerKey), ...json, 'Idempotency-Key': stateKey }).jsonBody(book))
      .willRespondWith(201, (b) => b.headers(json).jsonBody({ booking: bookingShape }))
      .executeTest(async (server) => {
        const answer = await send(server.url, '/bookings', { body: book, key: partnerKey, idempotencyKey: 'call-4711-book-1' });
        expect(answer).toMatchObject({ status: 201, body: { booking: { id: '10015', start_at: T } } });
      });
  });

  it('gets the original booking back when it retries with the same key and body', async () => {
    await pact
      .addInteraction()
      .given(...keyed)
      .uponReceiving('a retried booking with the same Idempotency-Key and body')
      .withRequest('POST', '/bookings', (b) => b.headers({ ...auth(partnerKey), ...json, 'Idempotency-Key': stateKey }).jsonBody(book))
      // Booking the taken slot again would be a 409, so a 200 can only be the original booking.
      .willRespondWith(200, (b) => b.headers(json).jsonBody({ booking: bookingShape }))
      .executeTest(async (server) => {
        const answer = await send(server.url, '/bookings', { body: book, key: partnerKey, idempotencyKey: 'call-4711-book-1' });
        expect(answer).toMatchObject({ status: 200, body: { booking: { id: '10015' } } });
      });
  });

  it('is refused when it reuses a key for another booking', async () => {
    const later = { bot_id: botId, booking: { ...booking, start_at: '2026-03-03T10:30:00+01:00' } };
    await pact
      .addInteraction()
      .given(...keyed)
      .uponReceiving('a booking that reuses an Idempotency-Key with another body')
      .withRequest('POST', '/bookings', (b) => b.headers({ ...auth(partnerKey), ...json, 'Idempotency-Key': stateKey }).jsonBody(later))
      .willRespondWith(422, (b) => b.headers(json).jsonBody(errorShape('idempotency_key_reused', 'Idempotency-Key call-4711-book-1 was already used with a different request body.')))
      .executeTest(async (server) => {
        const answer = await send(server.url, '/bookings', { body: later, key: partnerKey, idempotencyKey: 'call-4711-book-1' });
        expect(answer).toMatchObject({ status: 422, body: { error: { code: 'idempotency_key_reused' } } });
      });
  });

  it('is told when the slot it books was taken', async () => {
    const other = { phone: '+491709999999', name: 'Max Muster' };
    await pact
      .addInteraction()
      .given('another caller has booked bot B’s slot at T', { partnerKey, botId, booking: { ...booking, customer: other } })
      .uponReceiving('a booking of a slot that is taken')
      .withRequest('POST', '/bookings', (b) => b.headers({ ...auth(partnerKey), ...json, 'Idempotency-Key': 'call-4712-book-1' }).jsonBody(book))
      .willRespondWith(409, (b) => b.headers(json).jsonBody(errorShape('slot_unavailable', 'The requested time slot is no longer available.')))
      .executeTest(async (server) => {
        const answer = await send(server.url, '/bookings', { body: book, key: partnerKey, idempotencyKey: 'call-4712-book-1' });
        expect(answer).toMatchObject({ status: 409, body: { error: { code: 'slot_unavailable' } } });
      });
  });

  // Another partner's bot and a bot nobody has are the same answer, so keys cannot find out which bots exist.
  it.each([
    ['a bot of another partner', 'bot_brooklyn'],
    ['a bot that does not exist', 'bot_nobody'],
  ])('is told %s is not found', async (what, other) => {
    const foreign = { ...book, bot_id: other };
    await pact
      .addInteraction()
      .given('partner P has no bot B', { partnerKey, botId: other })
      .uponReceiving(`a booking for ${what}`)
      .withRequest('POST', '/bookings', (b) => b.headers({ ...auth(partnerKey), ...json, 'Idempotency-Key': 'call-4713-book-1' }).jsonBody(foreign))
      .willRespondWith(404, (b) => b.headers(json).jsonBody(errorShape('bot_not_found', `Bot ${other} not found.`)))
      .executeTest(async (server) => {
        const answer = await send(server.url, '/bookings', { body: foreign, key: partnerKey, idempotencyKey: 'call-4713-book-1' });
        expect(answer).toMatchObject({ status: 404, body: { error: { code: 'bot_not_found' } } });
      });
  });

  it('is refused without an API key', async () => {
    await pact
      .addInteraction()
      .given(...freeSlot)
      .uponReceiving('a search without an API key')
      .withRequest('POST', '/availability/search', (b) => b.headers(json).jsonBody(search))
      .willRespondWith(401, (b) => b.headers(json).jsonBody(errorShape('unauthorized', 'Invalid or missing partner API key.')))
      .executeTest(async (server) => {
        expect(await send(server.url, '/availability/search', { body: search })).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
      });
  });

  it('is refused with an unknown API key', async () => {
    await pact
      .addInteraction()
      .given(...freeSlot)
      .uponReceiving('a booking with an unknown API key')
      .withRequest('POST', '/bookings', (b) => b.headers({ ...auth('sk_ptnr_wrong'), ...json, 'Idempotency-Key': 'call-4714-book-1' }).jsonBody(book))
      .willRespondWith(401, (b) => b.headers(json).jsonBody(errorShape('unauthorized', 'Invalid or missing partner API key.')))
      .executeTest(async (server) => {
        const answer = await send(server.url, '/bookings', { body: book, key: 'sk_ptnr_wrong', idempotencyKey: 'call-4714-book-1' });
        expect(answer).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
      });
  });
});
