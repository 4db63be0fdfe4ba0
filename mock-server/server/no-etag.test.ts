import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from './create-server.ts';

// No spec documents a 304, so the server sends no ETag to revalidate against (and hashes no body under load).
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(() => mock.close());

it('answers a repeated GET in full, with no ETag, whatever If-None-Match says', async () => {
  const headers = { authorization: 'Bearer sc_partner_demo_7f3a9c' };
  const first = await fetch(`${mock.url}/api/v1/company/1001/services`, { headers });
  expect(first.status).toBe(200);
  expect(first.headers.get('etag')).toBeNull();
  const body = await first.text();
  for (const tag of ['*', 'W/"x"', `W/"${body.length.toString(16)}"`]) {
    const again = await fetch(`${mock.url}/api/v1/company/1001/services`, { headers: { ...headers, 'if-none-match': tag } });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(body);
  }
});
