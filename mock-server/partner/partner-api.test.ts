import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { signatureFor, signatureProblem, unixSeconds } from '../platform-webhook/signature.ts';
import { loadConfig, type ReferenceConfig } from '../reference/index.ts';
import { testNow, useTestServer, type CallOptions } from '../testing/test-server.ts';

const keys = { berlin: 'sk_ptnr_demo_gleichgewicht_a1b2c3', brooklyn: 'sk_ptnr_demo_brooklyn_d4e5f6' };

// A platform that answers whatever a test tells it to, and remembers what it was sent.
interface Seen {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}
const stub = await startStub();
afterAll(() => stub.close());
const deadUrl = await unusedUrl();

/** The demo config plus bots whose platforms misbehave, all owned by the Berlin key. */
function configWith(timeoutMs: number): ReferenceConfig {
  const config = loadConfig();
  const bots = [
    { botId: 'bot_stub', accountId: 'acct_stub', webhookUrl: `${stub.url}/hooks/`, secret: 'whsec_stub' },
    { botId: 'bot_dead', accountId: 'acct_dead', webhookUrl: deadUrl, secret: 'whsec_dead' },
    { botId: 'bot_wrong_secret', accountId: 'acct_gleichgewicht', webhookUrl: null, secret: 'whsec_not_the_platforms' },
  ];
  const partnerKeys = config.partner.keys.map((k) => (k.key === keys.berlin ? { ...k, bots: [...k.bots, ...bots.map((b) => b.botId), 'bot_orphan'] } : k));
  return { ...config, partner: { timeoutMs, keys: partnerKeys, bots: [...config.partner.bots, ...bots] } };
}

const searchBody = (bot_id: string, start_at = '2026-03-02T09:00:00+01:00', end_at = '2026-03-02T12:00:00+01:00') => ({
  bot_id,
  query: { filter: { start_at_range: { start_at, end_at } } },
});
const bookingBody = (bot_id = 'bot_gleichgewicht', change: Record<string, unknown> = {}) => ({
  bot_id,
  booking: {
    start_at: '2026-03-02T10:00:00+01:00',
    duration_minutes: 30,
    customer: { phone: '+15551234567', name: 'John Doe', email: 'john@example.com' },
    notes: 'Initial consultation - referred by AI assistant',
    ...change,
  },
});

const as = (key: string | undefined, extra: Record<string, string> = {}): CallOptions['headers'] => ({ ...(key && { authorization: `Bearer ${key}` }), ...extra });

describe('the partner API relaying to the reference platform', () => {
  const server = useTestServer({ config: configWith(30_000) });
  const search = (body: unknown, key = keys.berlin) => server.call('POST', '/partner/availability/search', { auth: 'none', headers: as(key), body });
  const book = (body: unknown, options: { key?: string; idempotencyKey?: string; raw?: string } = {}) =>
    server.call('POST', '/partner/bookings', {
      auth: 'none',
      headers: as(options.key ?? keys.berlin, { 'idempotency-key': options.idempotencyKey ?? 'k1' }),
      ...(options.raw === undefined ? { body } : { raw: options.raw }),
    });
  const liveRecords = (companyId = 1001) => [...server.mock.fake.db.tables.records.values()].filter((r) => r.companyId === companyId && !r.deleted);
  const newRecords = () => liveRecords().filter((r) => r.createdAt === testNow);
  const platformCalls = (path: string) => server.mock.requestLog.recent(1000).filter((r) => r.path === `/platform-webhook${path}`);

  /** Books 10:00 through the partner API with new keys until the platform answers 409. */
  async function fillTen(prefix: string) {
    for (let i = 0; ; i++) {
      const response = await book(bookingBody(), { idempotencyKey: `${prefix}-${i}` });
      if (response.status === 409) return response;
      expect(response.status).toBe(201);
    }
  }

  describe('authentication and bots', () => {
    it.each([
      ['no Authorization', undefined],
      ['a Basic header', 'Basic c2tfcHRucl9kZW1v'],
      ['an unknown key', 'Bearer sk_ptnr_unknown'],
      ['a key of another API', 'Bearer vb_demo_token_5e2d7a'],
      ['an empty bearer', 'Bearer '],
    ])('refuses %s with 401 unauthorized', async (_name, authorization) => {
      const response = await server.call('POST', '/partner/availability/search', {
        auth: 'none',
        headers: authorization === undefined ? {} : { authorization },
        body: searchBody('bot_gleichgewicht'),
      });
      expect(response).toEqual({ status: 401, body: { error: { code: 'unauthorized', message: expect.stringMatching(/partner API key/) } } });
    });

    it('answers another partner’s bot exactly like an unknown one', async () => {
      const foreign = await search(searchBody('bot_gleichgewicht'), keys.brooklyn);
      const unknown = await search(searchBody('bot_nobody'), keys.brooklyn);
      expect(foreign).toEqual({ status: 404, body: { error: { code: 'bot_not_found', message: 'Bot bot_gleichgewicht not found.' } } });
      expect(unknown).toEqual({ status: 404, body: { error: { code: 'bot_not_found', message: 'Bot bot_nobody not found.' } } });
      expect((await book(bookingBody('bot_gleichgewicht'), { key: keys.brooklyn })).status).toBe(404);
      expect(platformCalls('/availability/search')).toHaveLength(0);
    });

    it('answers 502 for an own bot without a webhook', async () => {
      const response = await search(searchBody('bot_orphan'));
      expect(response).toEqual({ status: 502, body: { error: { code: 'webhook_failed', message: 'Bot bot_orphan has no platform webhook configured.' } } });
    });
  });

  describe('bad requests, in the spec’s order of checks', () => {
    const huge = JSON.stringify({ ...bookingBody(), padding: 'x'.repeat(102_400) });

    it('answers a body over 100 KiB with 413 before looking at the key', async () => {
      for (const raw of [huge, 'x'.repeat(2_000_000)]) {
        const response = await server.call('POST', '/partner/bookings', { auth: 'none', raw });
        expect(response).toEqual({ status: 413, body: { error: { code: 'payload_too_large', message: 'Request body exceeds 102400 bytes.' } } });
      }
    });

    it('answers a missing key before a malformed body, and a malformed body before an unknown bot', async () => {
      expect((await server.call('POST', '/partner/bookings', { auth: 'none', raw: '{"bot_id":' })).status).toBe(401);
      const malformed = await book(undefined, { raw: '{"bot_id":' });
      expect(malformed).toEqual({ status: 400, body: { error: { code: 'invalid_request', message: 'The request body is not valid JSON.' } } });
      const badRangeOfForeignBot = await search(searchBody('bot_brooklyn', '2026-03-02T12:00:00Z', '2026-03-02T09:00:00Z'));
      expect(badRangeOfForeignBot.body.error.code).toBe('invalid_request');
      const noKeyForForeignBot = await server.call('POST', '/partner/bookings', { auth: 'none', headers: as(keys.berlin), body: bookingBody('bot_brooklyn') });
      expect(noKeyForForeignBot.body).toEqual({ error: { code: 'invalid_request', message: 'header parameter Idempotency-Key is required.' } });
    });

    it.each([
      ['end_at before start_at', searchBody('bot_gleichgewicht', '2026-03-02T12:00:00Z', '2026-03-02T09:00:00Z'), /end_at must be after start_at/],
      ['a range over 31 days', searchBody('bot_gleichgewicht', '2026-03-01T00:00:00Z', '2026-04-02T00:00:00Z'), /at most 31 days/],
      ['an impossible date', searchBody('bot_gleichgewicht', '2026-02-30T09:00:00Z', '2026-03-02T09:00:00Z'), /format "date-time"/],
      ['a missing query', { bot_id: 'bot_gleichgewicht' }, /query is required/],
      ['a numeric bot_id', { ...searchBody('x'), bot_id: 7 }, /bot_id must be string/],
    ])('refuses a search with %s with 400 invalid_request', async (_name, body, message) => {
      const response = await search(body);
      expect(response).toEqual({ status: 400, body: { error: { code: 'invalid_request', message: expect.stringMatching(message) } } });
    });

    it.each([
      ['a phone that is not E.164', bookingBody('bot_gleichgewicht', { customer: { phone: '0151 234', name: 'J' } }), 'k1', /phone must match pattern/],
      ['a duration of 1441 minutes', bookingBody('bot_gleichgewicht', { duration_minutes: 1441 }), 'k1', /duration_minutes must be <= 1440/],
      ['notes over 2000 characters', bookingBody('bot_gleichgewicht', { notes: 'n'.repeat(2001) }), 'k1', /notes must NOT have more than 2000/],
      ['an Idempotency-Key with a space', bookingBody(), 'two words', /Idempotency-Key must match pattern/],
      ['an Idempotency-Key of 256 characters', bookingBody(), 'k'.repeat(256), /Idempotency-Key must NOT have more than 255/],
    ])('refuses a booking with %s with 400 invalid_request, writing nothing', async (_name, body, idempotencyKey, message) => {
      const response = await book(body, { idempotencyKey });
      expect(response).toEqual({ status: 400, body: { error: { code: 'invalid_request', message: expect.stringMatching(message) } } });
      expect(newRecords()).toHaveLength(0);
      expect(platformCalls('/bookings')).toHaveLength(0);
    });

    it('answers unknown paths and methods in its own error shape', async () => {
      const nowhere = await server.call('POST', '/partner/refunds', { auth: 'none', headers: as(keys.berlin), body: {} });
      expect(nowhere).toEqual({ status: 404, body: { error: { code: 'invalid_request', message: 'No such endpoint: POST /refunds.' } } });
      const wrongMethod = await server.call('GET', '/partner/bookings', { auth: 'none', headers: as(keys.berlin) });
      expect(wrongMethod.body.error).toEqual({ code: 'invalid_request', message: expect.stringMatching(/use POST/) });
    });
  });

  describe('POST /availability/search', () => {
    it('answers what the bot’s platform answers', async () => {
      const response = await search(searchBody('bot_gleichgewicht'));
      expect(response.status).toBe(200);
      expect(response.body.availabilities.length).toBeGreaterThan(0);
      const raw = JSON.stringify({ account_id: 'acct_gleichgewicht', query: searchBody('x').query });
      const signature = signatureFor({ secret: 'whsec_demo_gleichgewicht_91f0', timestamp: unixSeconds(testNow), body: raw });
      const direct = await server.call('POST', '/platform-webhook/availability/search', {
        auth: 'none',
        raw,
        headers: { 'x-dialstack-account-id': 'acct_gleichgewicht', 'x-dialstack-signature': signature },
      });
      expect(response.body).toEqual(direct.body);
    });

    it('reaches the bot’s own location', async () => {
      const response = await search(searchBody('bot_brooklyn', '2026-03-02T09:00:00-05:00', '2026-03-02T17:00:00-05:00'), keys.brooklyn);
      expect(response.status).toBe(200);
      expect(response.body.availabilities.every((a: { start_at: string }) => a.start_at.endsWith('-05:00'))).toBe(true);
    });
  });

  describe('POST /bookings', () => {
    it('books a searched slot: the platform writes the Altegio record and the partner gets 201', async () => {
      const found = await search(searchBody('bot_gleichgewicht'));
      const slot = found.body.availabilities[0];
      const response = await book(bookingBody('bot_gleichgewicht', { start_at: slot.start_at, duration_minutes: slot.duration_minutes }), { idempotencyKey: 'e2e-1' });
      expect(response.status).toBe(201);
      const [record] = newRecords();
      expect(record).toMatchObject({ start: Date.parse(slot.start_at), length: slot.duration_minutes * 60, comment: 'Initial consultation - referred by AI assistant' });
      expect(server.mock.fake.db.tables.clients.get(record!.clientId!)?.phone).toBe('+15551234567');
      expect(response.body.booking).toMatchObject({ id: String(record!.id), status: 'confirmed', start_at: slot.start_at, customer: { phone: '+15551234567', name: 'John Doe' } });
    });

    it('answers a retry with the same key and body 200 with the original booking, without asking the platform again', async () => {
      const first = await book(bookingBody(), { idempotencyKey: 'retry-1' });
      expect(first.status).toBe(201);
      // The same body as parsed JSON: other key order, other whitespace.
      const { booking } = bookingBody();
      const raw = `{ "booking": ${JSON.stringify({ customer: booking.customer, notes: booking.notes, duration_minutes: 30, start_at: booking.start_at }, null, 2)},\n "bot_id": "bot_gleichgewicht" }`;
      const again = await book(undefined, { idempotencyKey: 'retry-1', raw });
      expect(again).toEqual({ status: 200, body: first.body });
      expect(newRecords()).toHaveLength(1);
      expect(platformCalls('/bookings')).toHaveLength(1);
    });

    it('refuses the same key with another body: 422 idempotency_key_reused, nothing booked', async () => {
      await book(bookingBody(), { idempotencyKey: 'reused-1' });
      const other = await book(bookingBody('bot_gleichgewicht', { start_at: '2026-03-02T11:00:00+01:00' }), { idempotencyKey: 'reused-1' });
      expect(other).toEqual({
        status: 422,
        body: { error: { code: 'idempotency_key_reused', message: 'Idempotency-Key reused-1 was already used with a different request body.' } },
      });
      expect(newRecords()).toHaveLength(1);
    });

    it('makes one booking for 25 concurrent requests with one key', async () => {
      const responses = await Promise.all(Array.from({ length: 25 }, () => book(bookingBody(), { idempotencyKey: 'burst-1' })));
      expect(responses.map((r) => r.status).sort()).toEqual([...Array(24).fill(200), 201]);
      expect(new Set(responses.map((r) => r.body.booking.id)).size).toBe(1);
      expect(newRecords()).toHaveLength(1);
      expect(platformCalls('/bookings')).toHaveLength(1);
    });

    it('scopes keys to the partner key: another partner’s same key is a new booking', async () => {
      expect((await book(bookingBody(), { idempotencyKey: 'shared-key' })).status).toBe(201);
      const found = await search(searchBody('bot_brooklyn', '2026-03-02T09:00:00-05:00', '2026-03-02T17:00:00-05:00'), keys.brooklyn);
      const slot = found.body.availabilities[0];
      const booking = bookingBody('bot_brooklyn', { start_at: slot.start_at, duration_minutes: slot.duration_minutes });
      const brooklyn = await book(booking, { key: keys.brooklyn, idempotencyKey: 'shared-key' });
      expect(brooklyn.status).toBe(201);
      expect(liveRecords(1002).filter((r) => r.createdAt === testNow)).toHaveLength(1);
    });

    it('passes the platform’s 409 slot_unavailable through', async () => {
      const refused = await fillTen('ten');
      expect(refused).toEqual({ status: 409, body: { error: { code: 'slot_unavailable', message: expect.stringMatching(/not a free slot/) } } });
    });

    it('relays a key again after an error, and still refuses it with another body', async () => {
      const refused = await fillTen('after-error');
      const taken = newRecords();
      const key = `after-error-${taken.length}`;
      expect(refused.status).toBe(409);
      expect((await book(bookingBody('bot_gleichgewicht', { notes: 'other' }), { idempotencyKey: key })).status).toBe(422);
      // Free the time through Altegio's own API, then retry: the key is relayed again.
      for (const r of taken) expect((await server.call('DELETE', `/api/v1/record/1001/${r.id}`)).status).toBe(204);
      const retry = await book(bookingBody(), { idempotencyKey: key });
      expect(retry.status).toBe(201);
      expect(platformCalls('/bookings').filter((r) => r.status === 409)).toHaveLength(1);
    });
  });

  describe('what the relay sends', () => {
    it('signs the platform request over the exact bytes, with bot_id mapped to account_id', async () => {
      stub.answer((res) => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(stubBooking)));
      const response = await book(bookingBody('bot_stub'), { idempotencyKey: 'relay-1' });
      expect(response).toEqual({ status: 201, body: stubBooking });
      const sent = stub.seen.at(-1)!;
      expect(sent.path).toBe('/hooks/bookings');
      expect(sent.headers).toMatchObject({ 'content-type': 'application/json', 'x-dialstack-account-id': 'acct_stub' });
      const check = { header: String(sent.headers['x-dialstack-signature']), secret: 'whsec_stub', body: sent.body, nowSeconds: unixSeconds(testNow), toleranceSeconds: 0 };
      expect(signatureProblem(check)).toBeUndefined();
      expect(JSON.parse(sent.body)).toEqual({ account_id: 'acct_stub', idempotency_key: 'relay-1', booking: bookingBody().booking });

      stub.answer((res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"availabilities":[]}'));
      expect((await search(searchBody('bot_stub'))).body).toEqual({ availabilities: [] });
      expect(JSON.parse(stub.seen.at(-1)!.body)).toEqual({ account_id: 'acct_stub', query: searchBody('x').query });
    });
  });

  describe('a platform that fails', () => {
    it('answers 502 when the platform answers an error, with what it said', async () => {
      server.mock.faults.add({ path: '/platform-webhook/*', status: 500, share: 1 });
      const response = await search(searchBody('bot_gleichgewicht'));
      expect(response).toEqual({
        status: 502,
        body: { error: { code: 'webhook_failed', message: expect.stringMatching(/^Platform webhook answered 500 \(configuration_error: Injected fault/) } },
      });
    });

    it('answers 502, not 401, when the platform refuses the relay’s signature', async () => {
      const response = await book(bookingBody('bot_wrong_secret'), { idempotencyKey: 'wrong-secret' });
      expect(response.status).toBe(502);
      expect(response.body.error.message).toMatch(/answered 401 \(invalid_signature: X-DialStack-Signature does not sign this body/);
      expect(newRecords()).toHaveLength(0);
    });

    it('answers 502 when the platform cannot be reached', async () => {
      const response = await search(searchBody('bot_dead'));
      expect(response).toEqual({ status: 502, body: { error: { code: 'webhook_failed', message: 'Platform webhook could not be reached (ECONNREFUSED).' } } });
    });

    it.each([
      ['HTML', 200, 'text/html', '<html>oops</html>', /answered 200 with a body that is not JSON/],
      ['an empty body', 200, 'application/json', '', /not JSON/],
      ['a body that breaks the webhook spec', 200, 'application/json', '{"availabilities":[{"start_at":"soon"}]}', /breaks the webhook spec: availabilities.0.duration_minutes is required/],
      ['a status the search does not have', 201, 'application/json', '{"availabilities":[]}', /answered 201\.$/],
      ['a 409 to a search', 409, 'application/json', '{"error":{"code":"slot_unavailable","message":"no"}}', /answered 409 \(slot_unavailable: no\)/],
      ['a redirect', 302, 'application/json', '{}', /answered 302/],
    ])('answers 502 when the platform answers %s', async (_name, status, type, body, message) => {
      stub.answer((res) => res.writeHead(status, { 'content-type': type, ...(status === 302 && { location: '/elsewhere' }) }).end(body));
      const response = await search(searchBody('bot_stub'));
      expect(response).toEqual({ status: 502, body: { error: { code: 'webhook_failed', message: expect.stringMatching(message) } } });
    });

    it('answers 502 for a booking answer that breaks the webhook spec, and relays the key again later', async () => {
      stub.answer((res) => res.writeHead(409, { 'content-type': 'application/json' }).end('{"error":{"code":"taken","message":"no"}}'));
      expect((await book(bookingBody('bot_stub'), { idempotencyKey: 'stub-409' })).body.error.message).toMatch(/breaks the webhook spec/);
      stub.answer((res) => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ booking: { id: 'b1' } })));
      expect((await book(bookingBody('bot_stub'), { idempotencyKey: 'stub-409' })).body.error.message).toMatch(/booking.status is required/);
      stub.answer((res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stubBooking)));
      expect(await book(bookingBody('bot_stub'), { idempotencyKey: 'stub-409' })).toEqual({ status: 200, body: stubBooking });
    });
  });
});

describe('a platform that is too slow', () => {
  const server = useTestServer({ config: configWith(500) });
  const post = (path: string, body: unknown, idempotencyKey = 'slow-1') =>
    server.call('POST', `/partner${path}`, { auth: 'none', headers: as(keys.berlin, { 'idempotency-key': idempotencyKey }), body });
  const newRecords = () => [...server.mock.fake.db.tables.records.values()].filter((r) => r.createdAt === testNow && !r.deleted);

  it('answers 504 webhook_timeout after partner.timeoutMs', async () => {
    server.mock.faults.add({ path: '/platform-webhook/*', latencyMs: 1500, share: 1 });
    const response = await post('/availability/search', searchBody('bot_gleichgewicht'));
    expect(response).toEqual({ status: 504, body: { error: { code: 'webhook_timeout', message: 'Platform webhook did not answer within 500 ms.' } } });
  });

  it('answers 504 when the answer’s body is what comes too late', async () => {
    stub.answer((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"availabilities":');
      setTimeout(() => res.end('[]}'), 1500);
    });
    expect((await post('/availability/search', searchBody('bot_stub'))).status).toBe(504);
  });

  it('answers a retry after a timeout with the booking the platform made meanwhile', async () => {
    server.mock.faults.add({ path: '/platform-webhook/*', latencyMs: 1500, share: 1 });
    expect((await post('/bookings', bookingBody(), 'slow-booking')).status).toBe(504);
    for (let waited = 0; newRecords().length === 0 && waited < 5000; waited += 50) await sleep(50);
    const [record] = newRecords();
    expect(record).toBeDefined();
    server.mock.faults.clear();
    const retry = await post('/bookings', bookingBody(), 'slow-booking');
    expect(retry.status).toBe(200);
    expect(retry.body.booking.id).toBe(String(record!.id));
    expect(newRecords()).toHaveLength(1);
  });
});

const stubBooking = {
  booking: {
    id: 'bkg_stub_1',
    status: 'confirmed',
    start_at: '2026-03-02T10:00:00+01:00',
    end_at: '2026-03-02T10:30:00+01:00',
    customer: { phone: '+15551234567', name: 'John Doe' },
    location: { name: 'Main Office', address: '123 Main St, City, ST 12345' },
    created_at: '2026-03-02T07:00:00Z',
  },
};

async function startStub() {
  const seen: Seen[] = [];
  let answer: (res: ServerResponse) => void = (res) => {
    res.writeHead(500).end();
  };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', headers: req.headers, body });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    answer: (next: (res: ServerResponse) => void) => void (answer = next),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback URL nobody listens on: a port that was free a moment ago. */
async function unusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
