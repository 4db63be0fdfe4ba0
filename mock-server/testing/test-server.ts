import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { demo } from '../altegio/demo-data.ts';
import type { ResponseViolation } from '../routing/index.ts';
import { startMockServer, type MockOptions, type RunningMock } from '../server/create-server.ts';

/** Monday 2 March 2026, 08:00 in Berlin: the clock every HTTP test of the fake starts from. */
export const testNow = Date.parse('2026-03-02T07:00:00Z');

export const tokens = {
  none: undefined,
  partner: `Bearer ${demo.partnerToken}`,
  berlin: `Bearer ${demo.partnerToken}, User ${demo.users[0].token}`,
  brooklyn: `Bearer ${demo.partnerToken}, User ${demo.users[1].token}`,
} as const;

export interface CallOptions {
  readonly auth?: keyof typeof tokens;
  readonly body?: unknown;
  /** Sent as is, for malformed bodies. */
  readonly raw?: string;
  /** More headers; they win over the Altegio `auth` header (use `auth: 'none'` to send none). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface TestResponse {
  readonly status: number;
  // Tests read bodies loosely; the spec check below holds every answer to its schema.
  readonly body: any;
}

/**
 * A fake on a free port for one test file, reset before each test, with every answer
 * checked against the specs: a test fails when the fake sends anything its contract
 * does not allow.
 */
export function useTestServer(options: Partial<MockOptions> = {}) {
  const violations: ResponseViolation[] = [];
  const ctx = { mock: undefined as unknown as RunningMock, call };
  beforeAll(async () => {
    ctx.mock = await startMockServer({ port: 0, now: testNow, frozen: true, onResponseViolation: (v) => violations.push(v), ...options });
  });
  afterAll(() => ctx.mock.close());
  beforeEach(async () => {
    ctx.mock.fake.clock.set(testNow, { frozen: true });
    // The admin API's own reset: Altegio's data, faults, the request log, idempotency keys.
    const headers = options.adminToken ? { authorization: `Bearer ${options.adminToken}` } : {};
    const reset = await ctx.mock.apis.admin.handle({ method: 'POST', path: '/reset', query: {}, headers, rawBody: '' });
    expect(reset.status).toBe(200);
  });
  afterEach(() => {
    expect(violations.splice(0)).toEqual([]);
  });

  async function call(method: string, path: string, opts: CallOptions = {}): Promise<TestResponse> {
    const auth = tokens[opts.auth ?? 'berlin'];
    const headers: Record<string, string> = { accept: 'application/vnd.api.v2+json' };
    if (auth) headers.authorization = auth;
    const payload = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    if (payload !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, opts.headers);
    const res = await fetch(`${ctx.mock.url}${path}`, { method, headers, ...(payload !== undefined && { body: payload }) });
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
  }
  return ctx;
}
