import { describe, expect, it } from 'vitest';
import { loadConfig } from '../reference/index.ts';
import { testNow, useTestServer, type CallOptions } from '../testing/test-server.ts';
import { signatureFor, unixSeconds } from './signature.ts';

const account = 'acct_gleichgewicht';
// These tests book any free therapist (staff 0); the demo account keeps Anna's calendar only.
const demoConfig = loadConfig();
const server = useTestServer({
  config: {
    ...demoConfig,
    platformWebhook: { ...demoConfig.platformWebhook, accounts: demoConfig.platformWebhook.accounts.map((a) => (a.accountId === account ? { ...a, staffId: 0 } : a)) },
  },
});
const secret = 'whsec_demo_gleichgewicht_91f0';

/** A request signed as the partner relay signs it; `sign` changes what is signed or sent. */
function signed(body: unknown, sign: { raw?: string; account?: string; secret?: string; t?: number; signature?: string } = {}): CallOptions {
  const raw = sign.raw ?? JSON.stringify(body);
  const signature = sign.signature ?? signatureFor({ secret: sign.secret ?? secret, timestamp: sign.t ?? unixSeconds(testNow), body: raw });
  return { auth: 'none', raw, headers: { 'x-dialstack-account-id': sign.account ?? account, 'x-dialstack-signature': signature } };
}

const post = (path: string, options: CallOptions) => server.call('POST', `/platform-webhook${path}`, options);

const search = (start_at: string, end_at: string) => ({ account_id: account, query: { filter: { start_at_range: { start_at, end_at } } } });
const booking = (key: string, change: Record<string, unknown> = {}) => ({
  account_id: account,
  idempotency_key: key,
  booking: {
    start_at: '2026-03-02T10:00:00+01:00',
    duration_minutes: 30,
    customer: { phone: '+15551234567', name: 'John Doe', email: 'john@example.com' },
    notes: 'Referred by the AI assistant',
    ...change,
  },
});

const liveRecords = () => [...server.mock.fake.db.tables.records.values()].filter((r) => r.companyId === 1001 && !r.deleted);
const recordsAt = (iso: string) => liveRecords().filter((r) => r.start === Date.parse(iso));

/** Books 10:00 with new keys until no staff member is left; how many got it. */
async function fillTen(prefix: string): Promise<number> {
  for (let i = 0; ; i++) {
    const response = await post('/bookings', signed(booking(`${prefix}-${i}`)));
    if (response.status === 409) return i;
    expect(response.status).toBe(201);
  }
}

describe('signed requests', () => {
  const body = search('2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00');
  const raw = JSON.stringify(body);
  const now = unixSeconds(testNow);

  it('answers a request signed within the tolerance', async () => {
    expect((await post('/availability/search', signed(body, { t: now - 300 }))).status).toBe(200);
    expect((await post('/availability/search', signed(body, { t: now + 300 }))).status).toBe(200);
  });

  it.each([
    ['no signature', { signature: '' }, /X-DialStack-Signature header is missing/],
    ['a malformed signature', { signature: 'sha256=abc' }, /must look like t=/],
    ['a stale signature', { t: now - 301 }, /stale/],
    ['a signature from the future', { t: now + 301 }, /stale/],
    ['another account’s secret', { secret: 'whsec_demo_brooklyn_7c2e' }, /does not sign this body/],
    ['a body changed after signing', { raw: raw.replace('09:00', '08:00'), signature: signatureFor({ secret, timestamp: now, body: raw }) }, /does not sign/],
    ['an unknown account', { account: 'acct_nobody' }, /does not sign this body/],
    ['no account header', { account: '' }, /X-DialStack-Account-Id header is missing/],
  ])('refuses %s with 401 invalid_signature', async (_name, sign, message) => {
    const response = await post('/availability/search', signed(body, sign));
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: 'invalid_signature', message: expect.stringMatching(message) } });
  });

  it('verifies the signature before it reads the body', async () => {
    const unsigned = await post('/bookings', { auth: 'none', raw: '{"account_id":', headers: { 'x-dialstack-account-id': account } });
    expect(unsigned.status).toBe(401);
    const malformed = await post('/bookings', signed(undefined, { raw: '{"account_id":' }));
    expect(malformed.body).toEqual({ error: { code: 'invalid_payload', message: expect.stringMatching(/not valid JSON/) } });
    expect(liveRecords().filter((r) => r.createdAt === testNow)).toHaveLength(0);
  });

  it('refuses a body whose account_id is not the signed-for account', async () => {
    const other = { ...body, account_id: 'acct_brooklyn' };
    const response = await post('/availability/search', signed(other));
    expect(response).toEqual({ status: 400, body: { error: { code: 'invalid_payload', message: 'account_id does not match X-DialStack-Account-Id.' } } });
  });

  it('refuses a body over 100 KiB before anything else, signed or not', async () => {
    const huge = JSON.stringify({ ...booking('huge'), padding: 'x'.repeat(102_400) });
    for (const options of [signed(undefined, { raw: huge }), { auth: 'none' as const, raw: huge }]) {
      const response = await post('/bookings', options);
      expect(response.status).toBe(400);
      expect(response.body.error).toEqual({ code: 'invalid_payload', message: 'Request body exceeds 102400 bytes.' });
    }
    const beyondTheAdapter = await post('/bookings', { auth: 'none', raw: 'x'.repeat(1_100_000) });
    expect(beyondTheAdapter.body.error.code).toBe('invalid_payload');
    expect(liveRecords().some((r) => r.comment === 'Referred by the AI assistant')).toBe(false);
  });
});

describe('POST /customers/lookup', () => {
  const lookup = (phone: string) => post('/customers/lookup', signed({ account_id: account, customer: { phone } }));

  it('finds a known caller with their next appointment', async () => {
    const { tables } = server.mock.fake.db;
    const upcoming = liveRecords()
      .filter((r) => r.start >= testNow && r.clientId !== null)
      .sort((a, b) => a.start - b.start);
    const client = tables.clients.get(upcoming[0]!.clientId!)!;
    const next = upcoming.find((r) => r.clientId === client.id)!;
    const response = await lookup(client.phone);
    expect(response).toEqual({
      status: 200,
      body: {
        found: true,
        customer: {
          name: `${client.name} ${client.surname}`.trim(),
          phone: client.phone,
          existing_appointment: { start_at: expect.any(String), end_at: expect.any(String), status: 'confirmed' },
        },
      },
    });
    const appointment = response.body.customer.existing_appointment;
    expect(Date.parse(appointment.start_at)).toBe(next.start);
    expect(Date.parse(appointment.end_at)).toBe(next.start + next.length * 1000);
  });

  it('finds a known caller with nothing ahead without an appointment', async () => {
    const { tables } = server.mock.fake.db;
    const ahead = new Set(liveRecords().filter((r) => r.start >= testNow).map((r) => r.clientId));
    const idle = [...tables.clients.values()].find((c) => c.companyId === 1001 && !ahead.has(c.id))!;
    expect(await lookup(idle.phone)).toEqual({ status: 200, body: { found: true, customer: { name: `${idle.name} ${idle.surname}`.trim(), phone: idle.phone } } });
  });

  it('answers found: false for an unknown number, also one that only contains a known one', async () => {
    expect((await lookup('+15550000000')).body).toEqual({ found: false });
    const known = [...server.mock.fake.db.tables.clients.values()].find((c) => c.companyId === 1001)!;
    expect((await lookup(`${known.phone}9`)).body).toEqual({ found: false });
  });

  it('finds a caller booked through the webhook, with that booking', async () => {
    const made = await post('/bookings', signed(booking('lookup-1', { customer: { phone: '+15557654321', name: 'Maria Garcia' } })));
    const response = await lookup('+15557654321');
    expect(response.body).toEqual({
      found: true,
      customer: {
        name: 'Maria Garcia',
        phone: '+15557654321',
        existing_appointment: { start_at: made.body.booking.start_at, end_at: made.body.booking.end_at, status: 'confirmed' },
      },
    });
  });

  it('refuses a phone number that is not E.164', async () => {
    const response = await post('/customers/lookup', signed({ account_id: account, customer: { phone: '0151 234' } }));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_payload');
  });
});

describe('POST /availability/search', () => {
  it('lists Altegio’s free times in the range, ascending, with their length', async () => {
    const response = await post('/availability/search', signed(search('2026-03-02T09:00:00+01:00', '2026-03-02T12:00:00+01:00')));
    expect(response.status).toBe(200);
    const altegio = await server.call('GET', '/api/v1/book_times/1001/0/2026-03-02?service_ids[]=10009', { auth: 'partner' });
    const expected = altegio.body.data
      .filter((t: { datetime: string }) => t.datetime >= '2026-03-02T09:00' && t.datetime < '2026-03-02T12:00')
      .map((t: { datetime: string }) => ({ start_at: t.datetime, duration_minutes: 30 }));
    expect(expected.length).toBeGreaterThan(0);
    expect(response.body).toEqual({ availabilities: expected });
  });

  it('includes the start of the range and excludes its end, in any offset', async () => {
    const response = await post('/availability/search', signed(search('2026-03-02T09:00:00Z', '2026-03-02T09:15:00Z')));
    expect(response.body).toEqual({ availabilities: [{ start_at: '2026-03-02T10:00:00+01:00', duration_minutes: 30 }] });
  });

  it('no longer offers a time once every staff member is booked then', async () => {
    const starts = async () =>
      (await post('/availability/search', signed(search('2026-03-02T09:00:00+01:00', '2026-03-02T12:00:00+01:00')))).body.availabilities.map(
        (a: { start_at: string }) => a.start_at,
      );
    expect(await starts()).toContain('2026-03-02T10:00:00+01:00');
    expect(await fillTen('full')).toBeGreaterThan(0);
    expect(await starts()).not.toContain('2026-03-02T10:00:00+01:00');
  });

  it('answers an empty list for a range in the past', async () => {
    expect((await post('/availability/search', signed(search('2026-02-02T09:00:00Z', '2026-02-03T09:00:00Z')))).body).toEqual({ availabilities: [] });
  });

  it('covers up to 31 days', async () => {
    const response = await post('/availability/search', signed(search('2026-03-02T00:00:00+01:00', '2026-04-02T00:00:00+02:00')));
    expect(response.status).toBe(200);
    const starts = response.body.availabilities.map((a: { start_at: string }) => Date.parse(a.start_at));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(response.body.availabilities.map((a: { start_at: string }) => a.start_at.slice(0, 10))).size).toBeGreaterThan(15);
  });

  it.each([
    ['end before start', search('2026-03-02T12:00:00Z', '2026-03-02T09:00:00Z'), /end_at must be after start_at/],
    ['an empty range', search('2026-03-02T12:00:00Z', '2026-03-02T12:00:00Z'), /end_at must be after start_at/],
    ['a range over 31 days', search('2026-03-01T00:00:00Z', '2026-04-01T00:00:01Z'), /at most 31 days/],
    ['an impossible date', search('2026-02-30T09:00:00Z', '2026-03-02T09:00:00Z'), /start_at must match format "date-time"/],
    ['a date without an offset', search('2026-03-02T09:00:00', '2026-03-02T12:00:00Z'), /date-time/],
    ['a missing range', { account_id: account, query: { filter: {} } }, /start_at_range is required/],
    ['a wrong type', { account_id: account, query: { filter: { start_at_range: { start_at: 9, end_at: 10 } } } }, /must be string/],
  ])('refuses %s with 400 invalid_payload', async (_name, body, message) => {
    const response = await post('/availability/search', signed(body));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'invalid_payload', message: expect.stringMatching(message) } });
  });
});

describe('POST /bookings', () => {
  it('books the slot in Altegio and answers 201 with the booking', async () => {
    const response = await post('/bookings', signed(booking('book-1')));
    expect(response.status).toBe(201);
    const [record] = recordsAt('2026-03-02T09:00:00Z');
    expect(record).toMatchObject({ length: 1800, comment: 'Referred by the AI assistant', services: [expect.objectContaining({ id: 10009 })] });
    const client = server.mock.fake.db.tables.clients.get(record!.clientId!)!;
    expect(client).toMatchObject({ phone: '+15551234567', name: 'John', surname: 'Doe' });
    expect(response.body).toEqual({
      booking: {
        id: String(record!.id),
        status: 'confirmed',
        start_at: '2026-03-02T10:00:00+01:00',
        end_at: '2026-03-02T10:30:00+01:00',
        customer: { phone: '+15551234567', name: 'John Doe', email: 'john@example.com' },
        location: { name: 'Physiotherapie Gleichgewicht', address: expect.any(String) },
        notes: 'Referred by the AI assistant',
        created_at: new Date(testNow).toISOString(),
      },
    });
  });

  it('answers a repeated idempotency_key with the same booking and books nothing', async () => {
    const first = await post('/bookings', signed(booking('book-2')));
    const again = await post('/bookings', signed(booking('book-2', { start_at: '2026-03-02T11:00:00+01:00' })));
    expect(again).toEqual({ status: 200, body: first.body });
    expect(recordsAt('2026-03-02T09:00:00Z')).toHaveLength(1);
    expect(recordsAt('2026-03-02T10:00:00Z')).toHaveLength(0);
  });

  it('keeps one booking per key when 25 requests with it arrive at once', async () => {
    const responses = await Promise.all(Array.from({ length: 25 }, () => post('/bookings', signed(booking('book-race')))));
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(24).fill(200), 201]);
    expect(new Set(responses.map((r) => r.body.booking.id)).size).toBe(1);
    expect(recordsAt('2026-03-02T09:00:00Z')).toHaveLength(1);
  });

  it('gives each free staff member to one of many keys racing for one time, and 409 to the rest', async () => {
    const staff = await server.call('GET', '/api/v1/book_staff/1001?service_ids[]=10009&datetime=2026-03-02T14:00:00%2B01:00', { auth: 'partner' });
    const free = staff.body.data.filter((s: { bookable: boolean }) => s.bookable).length;
    expect(free).toBeGreaterThan(1);
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post('/bookings', signed(booking(`race-${i}`, { start_at: '2026-03-02T14:00:00+01:00' })))),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(free);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(8 - free);
    expect(new Set(recordsAt('2026-03-02T13:00:00Z').map((r) => r.staffId)).size).toBe(free);
  });

  it.each([
    ['a taken time', '2026-03-02T10:00:00+01:00', 30, true],
    ['a time off the grid', '2026-03-02T10:05:00+01:00', 30, false],
    ['a time in the past', '2026-03-02T07:00:00+01:00', 30, false],
    ['a time outside working hours', '2026-03-02T23:00:00+01:00', 30, false],
    ['a length that is not the slot’s', '2026-03-02T11:00:00+01:00', 45, false],
  ])('refuses %s with 409 slot_unavailable and writes nothing', async (_name, start_at, duration_minutes, full) => {
    if (full) await fillTen('fill');
    const before = liveRecords().length;
    const response = await post('/bookings', signed(booking('refused', { start_at, duration_minutes })));
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: { code: 'slot_unavailable', message: expect.stringMatching(/is not a free slot/) } });
    expect(liveRecords()).toHaveLength(before);
  });

  it('processes a key again after it was refused', async () => {
    await fillTen('again');
    expect((await post('/bookings', signed(booking('again-x')))).status).toBe(409);
    const retry = await post('/bookings', signed(booking('again-x', { start_at: '2026-03-02T11:00:00+01:00' })));
    expect(retry.status).toBe(201);
    expect(retry.body.booking.start_at).toBe('2026-03-02T11:00:00+01:00');
  });

  it('refuses a phone number Altegio cannot store with 400, writing nothing', async () => {
    const before = server.mock.fake.db.tables.clients.size;
    const response = await post('/bookings', signed(booking('short-phone', { customer: { phone: '+1234', name: 'Short' } })));
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({ code: 'invalid_payload', message: expect.stringMatching(/Altegio refused the booking: .*phone/) });
    expect(server.mock.fake.db.tables.clients.size).toBe(before);
    expect(recordsAt('2026-03-02T09:00:00Z')).toHaveLength(0);
  });

  it.each([
    ['no idempotency_key', (() => {
      const { idempotency_key: _, ...rest } = booking('x');
      return rest;
    })(), /idempotency_key is required/],
    ['an empty idempotency_key', booking(''), /idempotency_key must NOT have fewer than 1 characters/],
    ['a duration of 0', booking('x', { duration_minutes: 0 }), /duration_minutes must be >= 1/],
    ['a duration that is not a number', booking('x', { duration_minutes: '30' }), /duration_minutes must be integer/],
    ['an impossible start', booking('x', { start_at: '2026-02-29T10:00:00+01:00' }), /start_at must match format "date-time"/],
    ['a leap second', booking('x', { start_at: '2026-12-31T23:59:60Z' }), /start_at must match format "date-time"/],
    ['no customer', booking('x', { customer: undefined }), /booking.customer is required/],
    ['a bad email', booking('x', { customer: { phone: '+15551234567', name: 'J', email: 'nope' } }), /email must match format "email"/],
  ])('refuses %s with 400 invalid_payload and writes nothing', async (_name, body, message) => {
    const response = await post('/bookings', signed(body));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'invalid_payload', message: expect.stringMatching(message) } });
    expect(liveRecords().filter((r) => r.createdAt === testNow)).toHaveLength(0);
  });

  it('answers unknown paths and methods in its own error shape', async () => {
    expect((await post('/refunds', signed({}))).body.error.code).toBe('invalid_payload');
    expect((await server.call('GET', '/platform-webhook/bookings', { auth: 'none' })).body.error.code).toBe('invalid_payload');
  });
});

describe('an account the platform cannot serve', () => {
  const config = loadConfig();
  const broken = { accountId: 'acct_broken', secret: 'whsec_broken', companyId: 9999, serviceId: 10009, staffId: 0 };
  const withBroken = useTestServer({ config: { ...config, platformWebhook: { ...config.platformWebhook, accounts: [...config.platformWebhook.accounts, broken] } } });

  it('answers 500 configuration_error naming what Altegio refused', async () => {
    const body = { ...booking('broken-1'), account_id: 'acct_broken' };
    const response = await withBroken.call('POST', '/platform-webhook/bookings', signed(body, { account: 'acct_broken', secret: 'whsec_broken' }));
    expect(response.status).toBe(500);
    expect(response.body.error).toEqual({ code: 'configuration_error', message: expect.stringMatching(/Altegio could not give location 9999 \(404/) });
  });
});
