import { describe, expect, it } from 'vitest';
import { createMockServer } from '../server/create-server.ts';
import { testNow, useTestServer } from '../testing/test-server.ts';

const server = useTestServer();
const { call } = server;
const admin = (method: string, path: string, body?: unknown) => call(method, `/__admin${path}`, { auth: 'none', ...(body !== undefined && { body }) });
const recordCount = () => server.mock.fake.db.tables.records.size;

async function bookSomething() {
  const staff = [...server.mock.fake.db.tables.staff.values()][0]!;
  const service = [...server.mock.fake.db.tables.services.values()][0]!;
  const res = await call('POST', `/api/v1/records/${staff.companyId}`, {
    body: { staff_id: staff.id, services: [{ id: service.id }], client: { phone: '+491700000001', name: 'Admin Test' }, datetime: '2026-03-03T07:00:00+01:00', seance_length: 1800, save_if_busy: true },
  });
  expect(res.status).toBe(201);
}

describe('/__admin', () => {
  it('resets to the seed data', async () => {
    const before = recordCount();
    await bookSomething();
    expect(recordCount()).toBe(before + 1);
    const res = await admin('POST', '/reset');
    expect(res.body.records).toBe(before);
  });

  it('reseeds: the same seed gives the same state, another seed another', async () => {
    await admin('POST', '/seed', { seed: 7 });
    const a = await admin('GET', '/snapshot');
    await admin('POST', '/seed', { seed: 8 });
    expect((await admin('GET', '/snapshot')).body).not.toEqual(a.body);
    await admin('POST', '/seed', { seed: 7 });
    expect((await admin('GET', '/snapshot')).body).toEqual(a.body);
    expect((await admin('POST', '/seed', { seed: 1, dataset: 'empty' })).body).toMatchObject({ clients: 0, records: 0 });
    await admin('POST', '/seed', { seed: 42 });
  });

  it('restores a snapshot', async () => {
    const snapshot = (await admin('GET', '/snapshot')).body;
    await bookSomething();
    expect((await admin('PUT', '/snapshot', snapshot)).status).toBe(200);
    expect((await admin('GET', '/snapshot')).body).toEqual(snapshot);
  });

  it('refuses a snapshot whose rows are not of the fake’s shape, and keeps the state', async () => {
    const snapshot = (await admin('GET', '/snapshot')).body;
    const [first, ...rest] = snapshot.tables.records;
    const broken = { ...snapshot, tables: { ...snapshot.tables, records: [{ ...first, start: 'tomorrow' }, ...rest] } };
    expect(await admin('PUT', '/snapshot', broken)).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: 'tables.records[0].start must be number, not string.' } },
    });
    const { staffId: _gone, ...noStaff } = first;
    expect((await admin('PUT', '/snapshot', { ...snapshot, tables: { ...snapshot.tables, records: [noStaff] } })).body.error.message).toBe(
      'tables.records[0].staffId must be number, and is missing.',
    );
    expect((await admin('GET', '/snapshot')).body).toEqual(snapshot);
  });

  it('reads the whole state with the clock (the oracle)', async () => {
    const res = await admin('GET', '/state');
    expect(res.body).toMatchObject({ now: new Date(testNow).toISOString(), frozen: true, format: 'slotcheck-altegio/1' });
    expect(res.body.tables.records.length).toBe(recordCount());
  });

  it('sets the clock', async () => {
    const res = await admin('PUT', '/clock', { now: '2026-06-01T10:00:00+02:00', frozen: true });
    expect(res.body).toEqual({ now: '2026-06-01T08:00:00.000Z', frozen: true, real: false });
    expect(server.mock.fake.clock.now()).toBe(Date.parse('2026-06-01T08:00:00Z'));
  });

  it('injects an error status in the API’s own shape on a share of matching requests', async () => {
    const added = await admin('POST', '/faults', { method: 'GET', path: '/api/v1/company/*', status: 503, share: 0.5 });
    expect(added).toMatchObject({ status: 201, body: { id: expect.any(Number), share: 0.5, hits: 0 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call('GET', '/api/v1/company/1001', { auth: 'partner' })).status);
    expect(statuses).toEqual([200, 503, 200, 503]);
    expect((await call('GET', '/api/v1/company/1001', { auth: 'partner' })).status).toBe(200);
    const sixth = (await call('GET', '/api/v1/company/1001', { auth: 'partner' })).body;
    expect(sixth).toEqual({ success: false, data: null, meta: { message: expect.stringMatching(/Injected fault/) } });
    expect((await admin('GET', '/faults')).body[0].hits).toBe(3);
    await admin('DELETE', '/faults');
    expect((await call('GET', '/api/v1/company/1001', { auth: 'partner' })).status).toBe(200);
  });

  it('adds latency', async () => {
    await admin('POST', '/faults', { path: '/api/v1/company/1001', latencyMs: 120 });
    await call('GET', '/api/v1/company/1001', { auth: 'partner' });
    const [logged] = (await admin('GET', '/requests?limit=1')).body;
    // A lower bound only: the delay is added, never shortened.
    expect(logged).toMatchObject({ method: 'GET', path: '/api/v1/company/1001', status: 200 });
    expect(logged.durationMs).toBeGreaterThanOrEqual(119);
  });

  it('logs requests, newest last, and clears the log', async () => {
    await call('GET', '/api/v1/company/1001', { auth: 'partner' });
    await call('GET', '/api/v1/company/999', { auth: 'partner' });
    const log = (await admin('GET', '/requests')).body;
    expect(log.map((e: { path: string; status: number }) => [e.path, e.status])).toEqual([
      ['/api/v1/company/1001', 200],
      ['/api/v1/company/999', 404],
    ]);
    // The clock is frozen: both arrived at the fake's one instant, and in order by this machine's.
    expect(log.map((e: { at: string }) => e.at)).toEqual([new Date(testNow).toISOString(), new Date(testNow).toISOString()]);
    expect(Date.parse(log[1].receivedAt)).toBeGreaterThanOrEqual(Date.parse(log[0].receivedAt));
    expect(log[1].id).toBe(log[0].id + 1);
    await admin('DELETE', '/requests');
    expect((await admin('GET', '/requests')).body).toEqual([]);
  });

  it('moves the clock on by an hour or a day, frozen or running as it was', async () => {
    expect((await admin('POST', '/clock/advance', { seconds: 3600 })).body).toEqual({ now: '2026-03-02T08:00:00.000Z', frozen: true, real: false });
    expect((await admin('POST', '/clock/advance', { seconds: 86_400 })).body.now).toBe('2026-03-03T08:00:00.000Z');
    await admin('PUT', '/clock', { now: '2026-03-02T08:00:00Z', frozen: false });
    const running = (await admin('POST', '/clock/advance', { seconds: 3600 })).body;
    expect(running).toMatchObject({ frozen: false, real: false });
    expect(Date.parse(running.now) - Date.parse('2026-03-02T09:00:00Z')).toBeLessThan(1000);
    for (const seconds of [0, -3600, 1.5, '3600', 40_000_000]) expect((await admin('POST', '/clock/advance', { seconds })).status).toBe(400);
  });

  it('opens a logged request into its headers and bodies, credentials masked, with the message of a refusal', async () => {
    await call('POST', '/api/v1/auth', { auth: 'partner', body: { login: 'berlin@slotcheck.test', password: 'demo-berlin' } });
    await call('POST', '/api/v1/auth', { auth: 'partner', body: { login: 'berlin@slotcheck.test', password: 'wrong-one', __proto__x: 1 } });
    const [ok, refused] = (await admin('GET', '/requests?limit=2')).body;
    expect(ok).toMatchObject({ method: 'POST', path: '/api/v1/auth', status: 201 });
    expect(ok.error).toBeUndefined();
    expect(refused).toMatchObject({ id: ok.id + 1, status: 401, error: 'Incorrect login or password.' });
    const opened = (await admin('GET', `/requests/${ok.id}`)).body;
    expect(opened.request.headers).toMatchObject({ authorization: 'Bearer [masked]', 'content-type': 'application/json' });
    expect(opened.request.body).toEqual({ login: 'berlin@slotcheck.test', password: '[masked]' });
    expect(opened.response.body.data).toMatchObject({ user_token: '[masked]' });
    expect(JSON.stringify(opened)).not.toMatch(/demo-berlin|sc_user_berlin|sc_partner_demo/);
    expect((await admin('GET', `/requests/${refused.id}`)).body.response.body).toMatchObject({ success: false, meta: { message: 'Incorrect login or password.' } });
    expect((await admin('GET', '/requests/99999')).status).toBe(404);
  });

  it('keeps odd body keys as plain keys and shows a body that is not JSON as its text', async () => {
    await call('POST', '/api/v1/auth', { auth: 'berlin', raw: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"login":"a","password":"p"}' });
    await call('POST', '/api/v1/auth', { auth: 'berlin', raw: 'not json at all' });
    const [a, b] = (await admin('GET', '/requests?limit=2')).body;
    const opened = (await admin('GET', `/requests/${a.id}`)).body.request.body;
    expect(Object.keys(opened)).toEqual(['__proto__', 'constructor', 'login', 'password']);
    expect(opened.password).toBe('[masked]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await admin('GET', `/requests/${b.id}`)).body.request.body).toBe('not json at all');
    expect(b.status).toBe(400);
    expect(b.error).toEqual(expect.any(String));
  });

  it('opens a body nested far deeper than any API takes without failing', async () => {
    await call('POST', '/api/v1/auth', { raw: `${'['.repeat(5000)}${']'.repeat(5000)}` });
    const [deep] = (await admin('GET', '/requests?limit=1')).body;
    expect(deep.status).toBeGreaterThanOrEqual(400);
    const opened = (await admin('GET', `/requests/${deep.id}`)).body.request.body;
    expect(JSON.stringify(opened)).toBe(`${'['.repeat(24)}"[…]"${']'.repeat(24)}`);
  });

  it('masks credentials in a body it cut at 16 KiB or that is not JSON', async () => {
    await call('POST', '/api/v1/auth', { body: { password: 'hunter2', user_token: 42, login: 'x'.repeat(40_000) } });
    await call('POST', '/api/v1/auth', { body: { login: 'y'.repeat(40_000), password: 'after-the-cut' } });
    await call('POST', '/api/v1/auth', { raw: 'login=a&pass%77ord=hunter3&api_key=k1&x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await call('POST', '/api/v1/auth', { raw: '{"password": "hunter4", "login": ' });
    const entries = (await admin('GET', '/requests?limit=4')).body;
    const bodies = await Promise.all(entries.map(async (e: { id: number }) => (await admin('GET', `/requests/${e.id}`)).body.request.body));
    expect(bodies[0]).toMatch(/^\{"password":"\[masked\]","user_token":"\[masked\]","login":"x+…\(cut\)$/);
    expect(bodies[1]).toHaveLength(16 * 1024 + '…(cut)'.length);
    expect(bodies[2]).toBe('login=a&pass%77ord=[masked]&api_key=[masked]&x=1');
    expect(bodies[3]).toBe('{"password": "[masked]", "login": ');
    expect(JSON.stringify(bodies)).not.toMatch(/hunter|after-the-cut|k1/);
    await call('GET', '/api/v1/company/1001?user_token=t0ps3cret&with=staff&Password=p&token');
    expect((await admin('GET', '/requests?limit=1')).body[0].path).toBe('/api/v1/company/1001?user_token=[masked]&with=staff&Password=[masked]&token');
  });

  it('tags requests with their run and scenario, counts the records a run created and cancels only those', async () => {
    const before = recordCount();
    const staff = [...server.mock.fake.db.tables.staff.values()][0]!;
    const book = (run: string | undefined, time: string) =>
      call('POST', `/api/v1/records/${staff.companyId}`, {
        headers: run === undefined ? {} : { 'x-slotcheck-run': run, 'x-slotcheck-scenario': 'book-twice' },
        body: { staff_id: staff.id, services: [{ id: 10009 }], client: { phone: '+491700000001', name: 'Run Test' }, datetime: `2026-03-03T${time}:00+01:00`, seance_length: 1800, save_if_busy: true },
      });
    const mine = [(await book('run-1', '10:00')).body.data.id, (await book('run-1', '11:00')).body.data.id];
    const untagged = (await book(undefined, '12:00')).body.data.id;
    const other = (await book('run-2', '13:00')).body.data.id;
    await call('GET', '/api/v1/company/1001', { headers: { 'x-slotcheck-run': 'run-1' } });
    expect(recordCount()).toBe(before + 4);

    const runs = (await admin('GET', '/runs')).body;
    expect(runs).toEqual([
      { run: 'run-1', scenarios: ['book-twice'], requests: 3, recordIds: mine, firstAt: expect.any(String), lastAt: expect.any(String) },
      { run: 'run-2', scenarios: ['book-twice'], requests: 1, recordIds: [other], firstAt: expect.any(String), lastAt: expect.any(String) },
    ]);
    const logged = (await admin('GET', '/requests?run=run-1')).body;
    expect(logged.map((e: { status: number; run: string; recordIds: number[] }) => [e.status, e.run, e.recordIds])).toEqual([
      [201, 'run-1', [mine[0]]],
      [201, 'run-1', [mine[1]]],
      [200, 'run-1', []],
    ]);

    expect((await admin('DELETE', '/runs/run-1/records')).body).toEqual({ run: 'run-1', cancelled: mine });
    const live = (id: number) => server.mock.fake.db.tables.records.get(id)?.deleted === false;
    expect([...mine, untagged, other].map(live)).toEqual([false, false, true, true]);
    expect((await admin('DELETE', '/runs/run-1/records')).body).toEqual({ run: 'run-1', cancelled: [] });
    expect((await admin('DELETE', '/runs/no-such-run/records')).status).toBe(404);
    expect((await admin('DELETE', `/runs/${encodeURIComponent('run 1/../x')}/records`)).status).toBe(404);
    await admin('POST', '/reset');
    expect((await admin('GET', '/runs')).body).toEqual([]);
  });

  it('refuses bad input in its own error shape', async () => {
    expect((await admin('POST', '/seed', { seed: 'x' })).body).toEqual({ error: { code: 'invalid_request', message: expect.stringMatching(/seed must be integer/) } });
    expect((await admin('PUT', '/clock', { now: 'tomorrow' })).status).toBe(400);
    expect((await admin('POST', '/faults', { path: 'no-slash' })).status).toBe(400);
  });
});

describe('/__admin/health', () => {
  const request = (headers: Record<string, string>, remoteAddress: string, path = '/health') => ({ method: 'GET', path, query: {}, headers, rawBody: '', remoteAddress });

  it('says the server is ready, what it serves where, and its clock', async () => {
    const res = await admin('GET', '/health');
    expect(res).toEqual({
      status: 200,
      body: {
        status: 'ok',
        apis: expect.arrayContaining([{ name: 'altegio', path: '/api/v1' }, { name: 'admin', path: '/__admin' }, { name: 'voicebot', path: '/voicebot' }]),
        clock: { now: new Date(testNow).toISOString(), frozen: true, real: false },
      },
    });
  });

  it('calls a clock that runs with the machine’s real, and one set elsewhere pinned', async () => {
    const { apis, fake } = createMockServer({});
    const clock = async () => ((await apis.admin.handle(request({}, '127.0.0.1'))).body as { clock: { real: boolean; frozen: boolean } }).clock;
    await expect(clock()).resolves.toMatchObject({ real: true, frozen: false });
    fake.clock.set(Date.now() + 3_600_000, { frozen: false });
    await expect(clock()).resolves.toMatchObject({ real: false, frozen: false });
    fake.close();
  });

  it('needs no admin token, but stays loopback-only; every other route still needs the token', async () => {
    const { apis, fake } = createMockServer({ now: testNow, frozen: true, adminToken: 's3cret' });
    expect((await apis.admin.handle(request({ host: 'localhost:4010' }, '127.0.0.1'))).status).toBe(200);
    expect((await apis.admin.handle(request({ host: 'localhost:4010', authorization: 'Bearer wrong' }, '127.0.0.1'))).status).toBe(200);
    expect((await apis.admin.handle(request({}, '192.0.2.10'))).status).toBe(403);
    expect((await apis.admin.handle(request({ host: 'attacker.example' }, '127.0.0.1'))).status).toBe(403);
    expect((await apis.admin.handle(request({}, '127.0.0.1', '/clock'))).status).toBe(403);
    expect((await apis.admin.handle({ ...request({}, '127.0.0.1', '/health'), method: 'POST' })).status).toBe(403);
    fake.close();
  });
});

describe('/__admin access', () => {
  const request = (headers: Record<string, string>, remoteAddress: string) => ({ method: 'GET', path: '/clock', query: {}, headers, rawBody: '', remoteAddress });

  it('answers loopback only when no admin token is set', async () => {
    const { apis } = createMockServer({ now: testNow, frozen: true });
    expect((await apis.admin.handle(request({}, '127.0.0.1'))).status).toBe(200);
    expect((await apis.admin.handle(request({}, '::ffff:127.0.0.1'))).status).toBe(200);
    expect((await apis.admin.handle(request({}, '192.0.2.10'))).status).toBe(403);
  });

  it('with an admin token, answers whoever sends it and nobody else', async () => {
    const { apis } = createMockServer({ now: testNow, frozen: true, adminToken: 's3cret' });
    expect((await apis.admin.handle(request({ authorization: 'Bearer s3cret' }, '192.0.2.10'))).status).toBe(200);
    expect((await apis.admin.handle(request({}, '127.0.0.1'))).status).toBe(403);
  });
});

describe('/__admin reset and the reference implementations', () => {
  const server2 = useTestServer();
  it('forgets the partner API’s idempotency keys, whose bookings the reset removed', async () => {
    const book = () =>
      server2.call('POST', '/partner/bookings', {
        auth: 'none',
        headers: { authorization: 'Bearer sk_ptnr_demo_gleichgewicht_a1b2c3', 'idempotency-key': 'admin-reset-key' },
        body: { bot_id: 'bot_gleichgewicht', booking: { start_at: '2026-03-03T09:00:00Z', duration_minutes: 30, customer: { phone: '+15550100321', name: 'Reset Test' } } },
      });
    expect((await book()).status).toBe(201);
    expect((await book()).status).toBe(200);
    await server2.call('POST', '/__admin/reset', { auth: 'none' });
    expect((await book()).status).toBe(201);
  });
});
