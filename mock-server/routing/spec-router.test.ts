import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import type { ApiRequest, ApiResponse, RouteInput } from './api-types.ts';
import { createSpecRouter, type ResponseViolation } from './spec-router.ts';

// The router is exercised on the partner API spec: two operations, a required
// header, a nested body. Errors render as that API's `{error:{code,message}}`.
const renderError = (e: ApiError): ApiResponse => ({ status: e.status, body: { error: { code: e.code, message: e.message } } });

function setup(answer: (input: RouteInput) => ApiResponse = () => ({ status: 200, body: { availabilities: [] } })) {
  const seen: RouteInput[] = [];
  const violations: ResponseViolation[] = [];
  const router = createSpecRouter<null>({
    spec: 'partner',
    handlers: {
      searchAvailability: (input) => (seen.push(input), answer(input)),
      createBooking: (input) => (seen.push(input), answer(input)),
    },
    renderError,
    onResponseViolation: (v) => violations.push(v),
  });
  const call = (request: Partial<ApiRequest>) =>
    router.handle({ method: 'POST', path: '/availability/search', query: {}, headers: {}, rawBody: '', ...request }, null);
  return { router, call, seen, violations };
}

const search = JSON.stringify({
  bot_id: 'bot_01h2xcejqtf2nbrexx3vqjhp41',
  query: { filter: { start_at_range: { start_at: '2026-03-02T09:00:00Z', end_at: '2026-03-02T17:00:00Z' } } },
});

describe('createSpecRouter', () => {
  it('refuses to build when an operation of the spec has no handler', () => {
    expect(() => createSpecRouter({ spec: 'partner', handlers: {}, renderError })).toThrow(/no handler for searchAvailability, createBooking/);
  });

  it('matches the operation, hands the parsed body to its handler and passes the answer through', async () => {
    const { call, seen, violations } = setup();
    expect(await call({ rawBody: search })).toEqual({ status: 200, body: { availabilities: [] } });
    expect(seen[0]).toMatchObject({ operationId: 'searchAvailability', security: ['partnerKey'] });
    expect(seen[0]!.body).toEqual(JSON.parse(search));
    expect(violations).toEqual([]);
  });

  it.each([
    ['malformed JSON', { rawBody: '{"bot_id":' }, 400, 'malformed_json', /not valid JSON/],
    ['no body', { rawBody: '' }, 400, 'invalid_request', /body is required/],
    ['a missing field', { rawBody: JSON.stringify({ bot_id: 'bot_1' }) }, 400, 'invalid_request', /query is required/],
    ['a wrong type', { rawBody: search.replace('"bot_01h2xcejqtf2nbrexx3vqjhp41"', '42') }, 400, 'invalid_request', /bot_id must be string/],
    ['an unknown path', { path: '/nope' }, 404, 'no_route', /No such endpoint: POST \/nope/],
    ['a wrong method', { method: 'GET' }, 405, 'method_not_allowed', /use POST/],
  ])('answers %s in the API’s own shape without calling the handler', async (_name, request, status, code, message) => {
    const { call, seen } = setup();
    const response = await call(request);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error: { code, message: expect.stringMatching(message) } });
    expect(seen).toEqual([]);
  });

  it('checks required header parameters', async () => {
    const { call } = setup();
    const booking = JSON.stringify({
      bot_id: 'bot_1',
      booking: { start_at: '2026-03-02T09:00:00Z', duration_minutes: 30, customer: { phone: '+15551234567', name: 'John Doe' } },
    });
    const response = await call({ path: '/bookings', rawBody: booking });
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', message: expect.stringMatching(/Idempotency-Key is required/) } });
  });

  it('reports an answer the spec does not allow', async () => {
    const { call, violations } = setup(() => ({ status: 200, body: { availabilities: [{ start_at: 'soon' }] } }));
    await call({ rawBody: search });
    expect(violations).toHaveLength(1);
    expect(violations[0]!.violations.map((v) => v.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/duration_minutes is required/), expect.stringMatching(/start_at must match format "date-time"/)]),
    );
  });

  it('reports an undocumented status', async () => {
    const { call, violations } = setup(() => ({ status: 418, body: {} }));
    await call({ rawBody: search });
    expect(violations[0]).toMatchObject({ status: 418, violations: [{ message: 'status 418 is not documented' }] });
  });

  it('refuses a body over maxBodyBytes with 413 before looking at anything else', async () => {
    const seen: unknown[] = [];
    const router = createSpecRouter<null>({
      spec: 'partner',
      handlers: { searchAvailability: () => (seen.push(1), { status: 200, body: { availabilities: [] } }), createBooking: () => ({ status: 201 }) },
      renderError,
      authenticate: () => {
        throw new ApiError(401, 'unauthorized', 'no key');
      },
      maxBodyBytes: 10,
    });
    const response = await router.handle({ method: 'POST', path: '/availability/search', query: {}, headers: {}, rawBody: '{"bot_id":"x"}' }, null);
    expect(response).toEqual({ status: 413, body: { error: { code: 'payload_too_large', message: 'Request body exceeds 10 bytes.' } } });
    expect(seen).toEqual([]);
  });

  it('renders errors thrown by a handler', async () => {
    const { call } = setup(() => {
      throw new ApiError(404, 'bot_not_found', 'No bot bot_1 for this key.');
    });
    expect(await call({ rawBody: search })).toEqual({ status: 404, body: { error: { code: 'bot_not_found', message: 'No bot bot_1 for this key.' } } });
  });
});

describe('discriminated bodies', () => {
  const router = createSpecRouter<null>({
    spec: 'voicebot',
    handlers: { handleVoiceBotAction: () => ({ status: 200, body: { entityId: 'e1' } }) },
    renderError,
  });
  const call = (body: unknown) => router.handle({ method: 'POST', path: '/', query: {}, headers: {}, rawBody: JSON.stringify(body) }, null);

  it('names the fields of the action the body asked for', async () => {
    const response = await call({ action: 'getAgents', entityId: 'e1' });
    expect(response.body).toMatchObject({ error: { message: 'appointmentTypeId is required.' } });
  });

  it('lists the actions when the action is unknown', async () => {
    const response = await call({ action: 'bookEverything' });
    expect(response.body).toMatchObject({ error: { message: expect.stringMatching(/^action must be one of getEntityForSipId, .*findExistingBooking; got "bookEverything"\.$/) } });
  });
});
