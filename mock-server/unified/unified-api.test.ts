import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.ts';
import { act, agents, apiKey, brooklynKey, recordRows, testConfig, type Server } from './test-kit.ts';

// The envelope and the refusals of POST /unified: the check order, every error code
// of the spec, and bad input answered with a 4xx that writes nothing.

const server = useTestServer({ config: testConfig() });

const tuesday10 = '2026-03-03T10:00:00+01:00';
const book = { action: 'book', agent_id: agents.berlin, name: 'Jane Smith', phone: '+4915112345678', appointment_datetime: tuesday10 };
const move = { action: 'reschedule', agent_id: agents.berlin, appointment_id: 'appt_1_00000000', appointment_datetime: tuesday10 };

/** Sends a body and expects a refusal that leaves the fake's records as they were. */
async function refused(body: unknown, options: { key?: string | null; raw?: string } = {}) {
  const before = JSON.stringify(recordRows(server));
  const res = options.raw === undefined ? await act(server, body, options) : await rawCall(server, options.raw);
  expect(res.body.success).toBe(false);
  expect(typeof res.body.message).toBe('string');
  expect(JSON.stringify(recordRows(server))).toBe(before);
  return res;
}

function rawCall(s: Server, raw: string) {
  return s.call('POST', '/unified', { auth: 'none', headers: { 'x-api-key': apiKey }, raw });
}

describe('authentication', () => {
  it.each([
    ['no key', null],
    ['an unknown key', 'uk_nope'],
  ])('answers %s with 401 UNAUTHORIZED, before looking at the body', async (_name, key) => {
    const res = await refused({ action: 'dance' }, { key });
    expect(res).toEqual({
      status: 401,
      body: {
        success: false,
        message: "Sorry, I can't reach the booking system right now.",
        error: { code: 'UNAUTHORIZED', message: 'Missing or invalid X-Api-Key header' },
      },
    });
  });

  it('answers an agent the key does not reach like an unknown one', async () => {
    const res = await refused({ ...book }, { key: brooklynKey });
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({ code: 'NOT_FOUND', message: `Agent ${agents.berlin} not found` });
    expect((await act(server, { action: 'suggest', agent_id: agents.brooklyn }, { key: brooklynKey })).status).toBe(200);
  });
});

describe('body size', () => {
  it('refuses a body over 100 KiB with 413, before the key', async () => {
    const raw = JSON.stringify({ ...book, notes: 'x'.repeat(102_400) });
    const res = await server.call('POST', '/unified', { auth: 'none', raw });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      success: false,
      message: 'Sorry, the request could not be understood.',
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'Request body exceeds 102400 bytes' },
    });
  });

  it('refuses a 2 MB body in the same shape', async () => {
    const res = await refused(undefined, { raw: JSON.stringify({ ...book, notes: 'x'.repeat(2_000_000) }) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('validation', () => {
  it('answers malformed JSON with VALIDATION_ERROR', async () => {
    const res = await refused(undefined, { raw: '{"action": "book",' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      message: 'Sorry, the request could not be understood.',
      error: { code: 'VALIDATION_ERROR', message: expect.stringMatching(/not valid JSON/) },
    });
  });

  it.each([
    ['an empty body', undefined, /body is required/],
    ['a JSON null', 'null', /body must be object/],
  ])('answers %s with VALIDATION_ERROR', async (_name, raw, message) => {
    const res = await refused(undefined, { raw: raw ?? '' });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'VALIDATION_ERROR', message: expect.stringMatching(message) });
  });

  it.each([
    ['a body that is not an object', [book], undefined, /body must be object/],
    ['no action', { agent_id: agents.berlin }, 'action', /action is required/],
    ['an unknown action', { action: 'dance', agent_id: agents.berlin }, 'action', /action must be one of book, reschedule/],
    ['an agent_id that is not a UUID', { ...book, agent_id: 'agent-1' }, 'agent_id', /agent_id must match format "uuid"/],
    ['a wrong type', { action: 'suggest', agent_id: agents.berlin, days_ahead: '3' }, 'days_ahead', /days_ahead must be integer/],
    ['days_ahead over 30', { action: 'availability', agent_id: agents.berlin, days_ahead: 31 }, 'days_ahead', /days_ahead must be <= 30/],
    ['book without name', { ...book, name: undefined }, 'name', /name is required/],
    ['book with a blank name', { ...book, name: '   ' }, 'name', /name must not be blank/],
    ['book without email or phone', { ...book, phone: undefined }, 'phone', /^phone or email is required for book$/],
    ['book with a phone that is not E.164', { ...book, phone: '0151 1234567' }, 'phone', /phone must match pattern/],
    ['book with a phone too short for Altegio', { ...book, phone: '+4930' }, 'phone', /must have 9 to 15 digits/],
    ['book with a bad email', { ...book, phone: undefined, email: 'jane@' }, 'email', /email must match format "email"/],
    ['book without appointment_datetime', { ...book, appointment_datetime: undefined }, 'appointment_datetime', /appointment_datetime is required/],
    ['an impossible date', { ...book, appointment_datetime: '2026-02-30T10:00:00Z' }, 'appointment_datetime', /format "date-time"/],
    ['a date-time without an offset', { ...book, appointment_datetime: '2026-03-03T10:00:00' }, 'appointment_datetime', /format "date-time"/],
    // The shared validator refuses what no calendar holds: a leap second, years outside 1900–2199.
    ['an offset without minutes', { ...book, appointment_datetime: '2026-03-03T10:00:00+01' }, 'appointment_datetime', /must match format "date-time"/],
    ['a leap second', { ...book, appointment_datetime: '2026-12-31T23:59:60Z' }, 'appointment_datetime', /must match format "date-time"/],
    ['a start in year 9999', { ...book, appointment_datetime: '9999-12-31T10:00:00Z' }, 'appointment_datetime', /must match format "date-time"/],
    ['a time in the past', { ...book, appointment_datetime: '2026-03-02T06:59:00Z' }, 'appointment_datetime', /is in the past/],
    ['reschedule without appointment_id', { ...move, appointment_id: undefined }, 'appointment_id', /appointment_id is required/],
    ['reschedule without appointment_datetime', { ...move, appointment_datetime: undefined }, 'appointment_datetime', /appointment_datetime is required/],
    ['cancel without appointment_id', { action: 'cancel', agent_id: agents.berlin }, 'appointment_id', /appointment_id is required/],
    ['an unknown timezone', { action: 'suggest', agent_id: agents.berlin, timezone: 'Mars/Olympus_Mons' }, 'timezone', /not a known IANA time zone/],
  ])('answers %s with 400 VALIDATION_ERROR, writing nothing', async (_name, body, field, message) => {
    const res = await refused(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
    expect(res.body.error.message).toMatch(message);
    if (field) expect(res.body.error.details.fields[0].field).toBe(field);
    // The sentence is for the caller: no codes, no field syntax, no ISO times.
    expect(res.body.message).not.toMatch(/_|\d{4}-\d{2}/);
  });

  it('asks the caller for what is missing', async () => {
    expect((await refused({ ...book, phone: undefined })).body.message).toBe('I need a phone number or an email address to book the appointment.');
    expect((await refused({ ...book, appointment_datetime: '2026-03-01T10:00:00Z' })).body.message).toBe(
      'That time has already passed. Please choose a time in the future.',
    );
  });

  it('checks the body before the agent: a bad body for an unknown agent is a 400', async () => {
    const res = await refused({ ...book, agent_id: '00000000-0000-4000-8000-000000000000', phone: undefined });
    expect(res.status).toBe(400);
  });

  it('ignores unknown fields and fields the action does not use', async () => {
    const res = await act(server, { action: 'suggest', agent_id: agents.berlin, appointment_datetime: '2020-01-01T00:00:00Z', color: 'blue' });
    expect(res.status).toBe(200);
  });
});

describe('not found', () => {
  it('answers an unknown agent with 404 NOT_FOUND', async () => {
    const agent = '0b7e6a52-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
    const res = await refused({ action: 'suggest', agent_id: agent });
    expect(res).toEqual({
      status: 404,
      body: { success: false, message: "Sorry, I can't book appointments right now.", error: { code: 'NOT_FOUND', message: `Agent ${agent} not found` } },
    });
  });

  it.each([
    ['GET', '/unified'],
    ['POST', '/unified/appointments'],
  ])('answers %s %s, which the spec does not have, with 404 NOT_FOUND', async (method, path) => {
    const res = await server.call(method, path, { auth: 'none', headers: { 'x-api-key': apiKey }, body: method === 'POST' ? book : undefined });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ success: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/POST \//) } });
  });
});

describe('the booking system failing', () => {
  it.each([
    ['free times', 'GET', '/api/v1/book_times/*', { action: 'suggest', agent_id: agents.berlin }],
    ['the location', 'GET', '/api/v1/company/*', { action: 'availability', agent_id: agents.berlin }],
    ['the booking', 'POST', '/api/v1/records/*', book],
  ])('answers 500 INTERNAL_ERROR when Altegio fails on %s, writing nothing', async (_name, method, path, body) => {
    server.mock.faults.add({ method, path, status: 503, share: 1 });
    const res = await refused(body);
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({
      message: 'Sorry, something went wrong on our side. Please try again in a moment.',
      error: { code: 'INTERNAL_ERROR', message: expect.stringMatching(/the booking system answered 503/) },
    });
  });

  describe('when Altegio does not answer at all', () => {
    const config = testConfig();
    const unreachable = useTestServer({ config: { ...config, altegio: { ...config.altegio, baseUrl: 'http://127.0.0.1:1/api/v1' } } });

    it('answers 500 INTERNAL_ERROR, not a crash', async () => {
      const res = await act(unreachable, { action: 'suggest', agent_id: agents.berlin });
      expect(res.status).toBe(500);
      expect(res.body.error).toMatchObject({ code: 'INTERNAL_ERROR', message: expect.stringMatching(/the booking system did not answer/) });
    });
  });
});
