import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.ts';

// The admin API cannot be driven from a web page: not by a cross-site form or fetch, not
// through DNS rebinding (a foreign Host), not with a body that is not JSON; and the
// state it shows holds no password or token.

const server = useTestServer();

/** A raw request, so that Host and browser headers are exactly what a page would send. */
function send(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: any }> {
  const url = new URL(server.mock.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const host = () => new URL(server.mock.url).host;
const faultCount = () => server.mock.faults.list().length;

describe('the admin API guard', () => {
  it('answers the machine it runs on, by its loopback names', async () => {
    for (const name of ['localhost', '127.0.0.1', '127.1.2.3']) {
      expect((await send('GET', '/__admin/clock', { host: `${name}:${new URL(server.mock.url).port}` })).status).toBe(200);
    }
  });

  it.each([
    ['a foreign Host (DNS rebinding)', { host: 'attacker.example:4010' }],
    ['a Host that only starts like localhost', { host: 'localhost.attacker.example' }],
    ['a cross-site Origin', { origin: 'https://attacker.example' }],
    ['a sandboxed page (Origin null)', { origin: 'null' }],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s with 403 and changes nothing', async (_, headers) => {
    const res = await send('POST', '/__admin/faults', { host: host(), 'content-type': 'application/json', ...headers }, JSON.stringify({ path: '/api/v1/*', status: 503 }));
    expect(res).toEqual({ status: 403, body: { error: { code: 'forbidden', message: expect.any(String) } } });
    expect(faultCount()).toBe(0);
  });

  it('takes a same-origin request from its own dashboard', async () => {
    const res = await send('POST', '/__admin/faults', { host: host(), origin: server.mock.url, 'content-type': 'application/json' }, JSON.stringify({ path: '/api/v1/*', status: 503 }));
    expect(res.status).toBe(201);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('refuses a %s body, as a cross-site form sends it, with 403', async (type) => {
    const res = await send('POST', '/__admin/faults', { host: host(), 'content-type': type }, JSON.stringify({ path: '/api/v1/*', status: 503 }));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/JSON bodies only/);
    expect(faultCount()).toBe(0);
  });

  it('shows the state without passwords or tokens', async () => {
    const res = await send('GET', '/__admin/state', { host: host() });
    expect(res.status).toBe(200);
    expect(res.body.partnerTokens.every((t: string) => t === '[redacted]')).toBe(true);
    expect(res.body.tables.users.length).toBeGreaterThan(0);
    for (const user of res.body.tables.users) expect(user).toMatchObject({ password: '[redacted]', userToken: '[redacted]' });
    expect(JSON.stringify(res.body)).not.toMatch(/demo-berlin|sc_user_|sc_partner_/);
  });
});

describe('the admin API with a token', () => {
  const withToken = useTestServer({ adminToken: 'admin-secret-42' });
  const get = (authorization?: string) =>
    fetch(`${withToken.mock.url}/__admin/state`, { headers: authorization ? { authorization } : {} }).then(async (r) => ({ status: r.status, body: await r.json() }));

  it('answers the token alone, and then shows the secrets', async () => {
    expect((await get()).status).toBe(403);
    expect((await get('Bearer admin-secret-4')).status).toBe(403);
    expect((await get('Bearer admin-secret-42x')).status).toBe(403);
    const res = await get('Bearer admin-secret-42');
    expect(res.status).toBe(200);
    expect(res.body.tables.users[0].password).not.toBe('[redacted]');
  });
});
