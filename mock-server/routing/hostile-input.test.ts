import { describe, expect, it } from 'vitest';
import { createSpecValidator, findOperation, responseSchemaPointer } from '../../specs/index.ts';
import { signatureFor, unixSeconds } from '../platform-webhook/signature.ts';
import { testNow, useTestServer } from '../testing/test-server.ts';

// Input no contract comes near, sent to every API: bodies nested thousands deep, dates
// no calendar holds. Each gets a 400 in that API's own error shape, and nothing is
// stored (a deep fault rule used to be kept and break GET /__admin/faults).

const server = useTestServer();
const deep = (levels: number, leaf: unknown = 1) => `${'{"x":'.repeat(levels)}${JSON.stringify(leaf)}${'}'.repeat(levels)}`;
const deepArray = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const secret = 'whsec_demo_gleichgewicht_91f0';

/** A raw JSON body to a path, with whatever each API needs to get past its auth. */
function send(path: string, raw: string) {
  const headers: Record<string, string> = {
    '/voicebot': { authorization: 'Bearer vb_demo_token_5e2d7a' },
    '/unified': { 'x-api-key': 'uk_demo_key_3b9f1c' },
    '/partner/bookings': { authorization: 'Bearer sk_ptnr_demo_gleichgewicht_a1b2c3', 'idempotency-key': 'hostile-1' },
    '/platform-webhook/bookings': {
      'x-dialstack-account-id': 'acct_gleichgewicht',
      'x-dialstack-signature': signatureFor({ secret, timestamp: unixSeconds(testNow), body: raw }),
    },
    '/__admin/faults': {},
    '/api/v1/records/1001': {},
  }[path]!;
  return server.call('POST', path, { auth: path.startsWith('/api/') ? 'berlin' : 'none', raw, headers });
}

// Each API's own error shape, and the status it documents for a body it cannot take (Altegio: 422).
const errorShapes: Record<string, { status: number; says: (body: any) => unknown }> = {
  '/voicebot': { status: 400, says: (b) => b.error.code },
  '/unified': { status: 400, says: (b) => b.error.code },
  '/partner/bookings': { status: 400, says: (b) => b.error.code },
  '/platform-webhook/bookings': { status: 400, says: (b) => b.error.code },
  '/__admin/faults': { status: 400, says: (b) => b.error.code },
  '/api/v1/records/1001': { status: 422, says: (b) => b.meta.message },
};

describe('hostile input', () => {
  it.each(Object.keys(errorShapes))('%s refuses a body nested 5000 deep with a 4xx in its own shape, storing nothing', async (path) => {
    const before = JSON.stringify(server.mock.fake.db.snapshot());
    for (const raw of [deep(5000), deepArray(5000), `{"action":"getSlots","extra":${deep(4000)}}`]) {
      const res = await send(path, raw);
      expect(res.status).toBe(errorShapes[path]!.status);
      expect(errorShapes[path]!.says(res.body)).toBeTruthy();
    }
    expect(JSON.stringify(server.mock.fake.db.snapshot())).toBe(before);
    expect((await server.call('GET', '/__admin/faults', { auth: 'none' })).status).toBe(200);
  });

  it('takes JSON nested as deep as a contract could need, brackets inside strings not counted', async () => {
    const res = await send('/voicebot', JSON.stringify({ action: 'getEntityForSipId', sipId: '[[[[{{{{'.repeat(500), extra: JSON.parse(deep(20)) }));
    expect(res.status).toBe(404);
  });

  it.each([
    ['/voicebot', { action: 'getSlots', appointmentTypeId: 'at_1001_10006', productId: 'pr_1001_10009', dateTime: '9999-12-31T23:59:59Z', timezone: 'Europe/Berlin' }],
    ['/voicebot', { action: 'getSlots', appointmentTypeId: 'at_1001_10006', productId: 'pr_1001_10009', dateTime: '0000-01-01', timezone: 'Europe/Berlin' }],
    ['/partner/bookings', { bot_id: 'bot_gleichgewicht', booking: { start_at: '9999-12-31T10:00:00Z', duration_minutes: 30, customer: { phone: '+15551234567', name: 'A B' } } }],
    ['/partner/bookings', { bot_id: 'bot_gleichgewicht', booking: { start_at: '2026-03-03T23:59:60Z', duration_minutes: 30, customer: { phone: '+15551234567', name: 'A B' } } }],
    ['/platform-webhook/bookings', { account_id: 'acct_gleichgewicht', idempotency_key: 'k', booking: { start_at: '0000-01-01T10:00:00Z', duration_minutes: 30, customer: { phone: '+15551234567', name: 'A B' } } }],
    ['/platform-webhook/bookings', { account_id: 'acct_gleichgewicht', idempotency_key: 'k', booking: { start_at: '9999-06-01T10:00:00Z', duration_minutes: 30, customer: { phone: '+15551234567', name: 'A B' } } }],
  ])('%s refuses a date no calendar holds with 400: %j', async (path, body) => {
    const res = await send(path, JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/must match format "date(-time)?"/);
  });

  it.each([
    ['/api/v1/records/1001', 'berlin', {}, { staff_id: 10001, services: [{ id: 10009 }], client: { phone: '+491510926355', name: 'Luka Priemer' }, datetime: '2026-03-03 10:00:00', seance_length: 1800 }, 422],
    ['/unified', 'none', { 'x-api-key': 'uk_demo_key_3b9f1c' }, { action: 'book', agent_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'Jane Smith', phone: '+15551234567', appointment_datetime: '2026-03-20T14:00:00Z' }, 400],
    ['/partner/bookings', 'none', { authorization: 'Bearer sk_ptnr_demo_gleichgewicht_a1b2c3', 'idempotency-key': 'ct-1' }, { bot_id: 'bot_gleichgewicht', booking: { start_at: '2026-03-03T10:00:00Z', duration_minutes: 30, customer: { phone: '+15551234567', name: 'A B' } } }, 400],
  ] as const)('%s refuses a valid body sent as text/plain or a form, booking nothing', async (path, auth, headers, body, status) => {
    const before = JSON.stringify(server.mock.fake.db.snapshot());
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await server.call('POST', path, { auth, raw: JSON.stringify(body), headers: { ...headers, 'content-type': type } });
      expect(res.status).toBe(status);
    }
    expect(JSON.stringify(server.mock.fake.db.snapshot())).toBe(before);
    // A JSON type with parameters, or a `+json` one, is still JSON.
    const res = await server.call('POST', path, { auth, raw: JSON.stringify(body), headers: { ...headers, 'content-type': 'application/vnd.api.v2+json; charset=utf-8' } });
    expect(res.status).toBeLessThan(300);
  });

  it.each([
    ['admin', 'resetState', 'POST', '/__admin/reset'],
    ['altegio', 'deleteRecord', 'DELETE', '/api/v1/record/1001/{id}'],
  ] as const)('answers a body over 1 MiB on a %s route that takes none with its documented 413, changing nothing', async (spec, operationId, method, template) => {
    const record = [...server.mock.fake.db.tables.records.values()].find((r) => r.companyId === 1001 && !r.deleted)!;
    const before = JSON.stringify(server.mock.fake.db.snapshot());
    const res = await server.call(method, template.replace('{id}', String(record.id)), { auth: spec === 'admin' ? 'none' : 'berlin', raw: JSON.stringify({ pad: 'x'.repeat(1024 * 1024) }) });
    expect(res.status).toBe(413);
    const pointer = responseSchemaPointer(spec, findOperation(spec, operationId)!, 413);
    expect(createSpecValidator(spec).validate(pointer!, res.body)).toEqual({ valid: true });
    expect(JSON.stringify(server.mock.fake.db.snapshot())).toBe(before);
  });

  it('keeps the clock when asked to set it to a leap second or year 9999', async () => {
    for (const now of ['2026-03-03T23:59:60Z', '9999-12-31T23:59:59Z']) {
      const res = await server.call('PUT', '/__admin/clock', { auth: 'none', body: { now } });
      expect(res.status).toBe(400);
    }
    expect(server.mock.fake.clock.now()).toBe(testNow);
    expect((await server.call('GET', '/api/v1/company/1001', { auth: 'partner' })).status).toBe(200);
  });
});
