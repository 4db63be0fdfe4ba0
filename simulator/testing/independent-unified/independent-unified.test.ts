import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../../mock-server/index.ts';
import { createSpecValidator, findOperation, responseSchemaPointer } from '../../../specs/index.ts';
import { runScenarios } from '../../runner.ts';
import { suiteFlags, suites } from '../../suites/index.ts';
import type { RunResult } from '../../types.ts';
import { standInPhone } from './actions.ts';
import { startIndependentUnified, type RunningIndependentUnified } from './independent-unified.ts';
import { parseDateTime } from './request-validation.ts';
import { clock12, localParts, offsetMinutes, zonedIso } from './zoned-time.ts';

// The independent unified implementation (written from the spec alone) on the fake
// Altegio: the built-in unified suite passes against it with every effect confirmed in
// Altegio, and the edge rules of the spec hold when called directly.

const fakeNow = Date.parse('2026-03-02T07:00:00Z'); // Monday 08:00 in Berlin
const agentId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const apiKey = 'ua_independent_key_5e2d';
const partnerToken = 'sc_partner_demo_7f3a9c';
const userToken = 'sc_user_berlin_4d1e8b';

let mock: RunningMock;
let api: RunningIndependentUnified;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: fakeNow, frozen: true });
  api = await startIndependentUnified({
    altegioUrl: `${mock.url}/api/v1`,
    partnerToken,
    userToken,
    apiKey,
    agents: [{ agentId, companyId: 1001, serviceId: 10009, staffId: 10001 }],
    // Pinned to the fake's clock (frozen at fakeNow).
    now: () => mock.fake.clock.now(),
  });
});
afterAll(async () => {
  await api?.close();
  await mock?.close();
});
beforeEach(() => mock.fake.reset());

const validator = createSpecValidator('unified');
const operation = findOperation('unified', 'performAppointmentAction')!;

interface Reply {
  status: number;
  body: any;
}

async function call(body: unknown, options: { key?: string | null; raw?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key !== null) headers['x-api-key'] = options.key ?? apiKey;
  const res = await fetch(api.url, { method: 'POST', headers, body: options.raw ?? JSON.stringify(body) });
  const reply = { status: res.status, body: await res.json() };
  const pointer = responseSchemaPointer('unified', operation, reply.status);
  expect(pointer, `status ${reply.status} is documented`).toBeTruthy();
  const check = validator.validate(pointer!, reply.body);
  expect(check.valid ? [] : check.violations).toEqual([]);
  return reply;
}

const altegioHeaders = { authorization: `Bearer ${partnerToken}, User ${userToken}` };
async function liveRecords(): Promise<{ id: number; datetime: string; client: { phone: string; email: string } }[]> {
  const res = await fetch(`${mock.url}/api/v1/records/1001?count=1000&start_date=2026-03-02&end_date=2026-04-30`, { headers: altegioHeaders });
  return ((await res.json()) as { data: never[] }).data;
}

/** The free starts of the massage with Devin on a Berlin date, from Altegio itself. */
async function freeStarts(date: string): Promise<string[]> {
  const res = await fetch(`${mock.url}/api/v1/book_times/1001/10001/${date}?service_ids[]=10009`, { headers: altegioHeaders });
  return ((await res.json()) as { data: { datetime: string }[] }).data.map((t) => t.datetime);
}

/** Free starts of a date at least an hour apart (two 30-minute bookings that do not overlap). */
async function apartStarts(date: string): Promise<string[]> {
  const out: string[] = [];
  for (const s of await freeStarts(date)) if (out.length === 0 || Date.parse(s) - Date.parse(out[out.length - 1]!) >= 3_600_000) out.push(s);
  return out;
}

describe('the independent unified implementation', () => {
  it('passes the built-in unified suite, every effect confirmed in Altegio', async () => {
    const suite = suites.unified!;
    const { vars, headers } = suite.start(suiteFlags(suite, { 'api-key': apiKey, 'agent-id': agentId }), mock.fake.clock.now());
    const result: RunResult = await runScenarios(
      suite.scenarios(vars),
      { api: 'unified', target: api.url, fetch, headers, vars, seed: 11, budgetMs: 5000, timeoutMs: 15_000, concurrency: 8, runId: '2000001', altegio: `${mock.url}/api/v1` },
      [],
    );
    const failed = result.scenarios.flatMap((s) =>
      s.steps.flatMap((st) => [
        ...st.checks.filter((c) => c.state === 'failed').map((c) => `${s.scenario} / ${st.step}: ${c.check}: ${c.message}`),
        ...(st.state === 'skipped' ? [`${s.scenario} / ${st.step}: skipped (${st.reason})`] : []),
      ]),
    );
    expect(failed).toEqual([]);
    expect(result.counts.failedChecks).toBe(0);
    const oracle = result.scenarios.flatMap((s) => s.steps.flatMap((st) => st.checks.filter((c) => c.check.startsWith('oracle.'))));
    expect(oracle.length).toBeGreaterThan(0);
    expect(oracle.filter((c) => c.state !== 'passed')).toEqual([]);
  });

  it('checks the key before the body: a missing or wrong key on malformed JSON is 401', async () => {
    expect((await call(undefined, { key: null, raw: '{"action": ' })).body.error.code).toBe('UNAUTHORIZED');
    expect((await call(undefined, { key: 'wrong', raw: '[1,2' })).status).toBe(401);
    expect((await call(undefined, { key: '', raw: '{}' })).status).toBe(401);
    const malformed = await call(undefined, { raw: '{"action": ' });
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'VALIDATION_ERROR']);
  });

  it('checks the body size before the key: over 100 KiB is 413, exactly 100 KiB is not', async () => {
    const big = JSON.stringify({ action: 'suggest', agent_id: agentId, notes: 'x'.repeat(110 * 1024) });
    expect((await call(undefined, { key: null, raw: big })).body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await call(undefined, { raw: big })).status).toBe(413);
    const base = JSON.stringify({ action: 'suggest', agent_id: agentId, days_ahead: 1, pad: '' });
    const exact = base.replace('"pad":""', `"pad":"${'y'.repeat(102_400 - base.length)}"`);
    expect(Buffer.byteLength(exact)).toBe(102_400);
    expect((await call(undefined, { raw: exact })).status).toBe(200);
    expect((await call(undefined, { raw: exact + ' ' })).status).toBe(413);
  });

  it('answers 400 before 404 and 404 before 409', async () => {
    // Unknown agent and a bad field: the field wins.
    expect((await call({ action: 'suggest', agent_id: '00000000-0000-4000-8000-000000000000', days_ahead: 0 })).status).toBe(400);
    // Unknown appointment with a past time: 400.
    expect((await call({ action: 'reschedule', agent_id: agentId, appointment_id: 'ua-1', appointment_datetime: '2026-03-01T10:00:00Z' })).status).toBe(400);
    // The key reaches only its agents; another id is unknown.
    expect((await call({ action: 'suggest', agent_id: '00000000-0000-4000-8000-000000000000' })).body.error.code).toBe('NOT_FOUND');
    expect((await call({ action: 'cancel', agent_id: agentId, appointment_id: 'appt_10001_abc' })).status).toBe(404);
    expect((await call({ action: 'cancel', agent_id: agentId, appointment_id: 'ua-99999999' })).status).toBe(404);
  });

  it('enforces the per-action fields, formats and the timezone', async () => {
    const bad = async (body: Record<string, unknown>) => {
      const reply = await call({ agent_id: agentId, ...body });
      expect([reply.status, reply.body.error.code], JSON.stringify(body)).toEqual([400, 'VALIDATION_ERROR']);
      return reply;
    };
    const noContact = await bad({ action: 'book', name: 'A', appointment_datetime: '2026-03-03T09:00:00+01:00' });
    expect(noContact.body.error.details.fields.map((f: { field: string }) => f.field)).toContain('phone');
    await bad({ action: 'book', name: 'A', phone: '+4915112345678' });
    await bad({ action: 'book', name: '', phone: '+4915112345678', appointment_datetime: '2026-03-03T09:00:00+01:00' });
    await bad({ action: 'book', name: 'A', phone: '015112345678', appointment_datetime: '2026-03-03T09:00:00+01:00' });
    await bad({ action: 'book', name: 'A', email: 'not-an-email', appointment_datetime: '2026-03-03T09:00:00+01:00' });
    await bad({ action: 'book', name: 'A', phone: '+4915112345678', appointment_datetime: '2026-03-03T09:00:00' });
    await bad({ action: 'book', name: 'A', phone: '+4915112345678', appointment_datetime: '2026-02-30T09:00:00Z' });
    await bad({ action: 'reschedule', appointment_id: 'ua-1' });
    await bad({ action: 'cancel' });
    await bad({ action: 'cancel', appointment_id: '' });
    await bad({ action: 'suggest', days_ahead: 31 });
    await bad({ action: 'suggest', days_ahead: 2.5 });
    await bad({ action: 'suggest', days_ahead: '3' });
    await bad({ action: 'suggest', timezone: 'Mars/Olympus_Mons' });
    await bad({ action: 'suggest', timezone: '+01:00' });
    await bad({ action: 'list' });
    await bad({ action: 'suggest', agent_id: 'not-a-uuid' });
    expect((await call([{ action: 'suggest', agent_id: agentId }])).status).toBe(400);
    expect((await call(null)).status).toBe(400);
    // Unknown fields are ignored.
    expect((await call({ action: 'suggest', agent_id: agentId, days_ahead: 1, favourite_colour: 'blue' })).status).toBe(200);
  });

  it('lists free times from now to the end of the day days_ahead after today, grouped, labelled and in the caller zone', async () => {
    const reply = await call({ action: 'availability', agent_id: agentId, days_ahead: 1 });
    const days = reply.body.data.available_slots as { date: string; date_label: string; slots: string[] }[];
    // Berlin: Monday 2 March from 08:00 (now) and Tuesday 3 March; Altegio's own list agrees.
    const expected = [...(await freeStarts('2026-03-02')), ...(await freeStarts('2026-03-03'))].filter((d) => Date.parse(d) >= fakeNow);
    expect(days.map((d) => [d.date, d.date_label])).toEqual([
      ['2026-03-02', 'Today'],
      ['2026-03-03', 'Tomorrow'],
    ]);
    const berlin = (d: string) => {
      const p = localParts(Date.parse(d), 'Europe/Berlin');
      return `${p.date} ${clock12(p.hour, p.minute)}`;
    };
    expect(days.flatMap((d) => d.slots.map((s) => `${d.date} ${s}`))).toEqual(expected.map(berlin));

    // In New York the same instants, 6 hours earlier, still ascending.
    const ny = await call({ action: 'availability', agent_id: agentId, days_ahead: 1, timezone: 'America/New_York' });
    const nyDays = ny.body.data.available_slots as { date: string; date_label: string; slots: string[] }[];
    expect(nyDays[0]!.slots[0]).toBe(clock12(localParts(Date.parse(expected[0]!), 'America/New_York').hour, localParts(Date.parse(expected[0]!), 'America/New_York').minute));
    expect(nyDays.reduce((n, d) => n + d.slots.length, 0)).toBe(expected.length);

    // days_ahead 7 ends with Monday 9 March in Berlin; New York changed to EDT (UTC-4) on 8 March.
    const week = await call({ action: 'availability', agent_id: agentId, days_ahead: 7, timezone: 'America/New_York' });
    const weekDays = week.body.data.available_slots as { date: string; date_label: string; slots: string[] }[];
    expect(weekDays.at(-1)!.date).toBe('2026-03-09');
    expect(weekDays.at(-1)!.date_label).toBe('Monday');
    const ninth = Date.parse((await freeStarts('2026-03-09'))[0]!);
    const edt = new Date(ninth - 4 * 3_600_000);
    expect(weekDays.at(-1)!.slots[0]).toBe(clock12(edt.getUTCHours(), edt.getUTCMinutes()));
    expect((await freeStarts('2026-03-10')).length).toBeGreaterThan(0);

    const suggest = await call({ action: 'suggest', agent_id: agentId });
    const suggested = suggest.body.data.available_slots as { slots: string[] }[];
    expect(suggested.length).toBeLessThanOrEqual(3);
    expect(suggested.every((d) => d.slots.length >= 1 && d.slots.length <= 3)).toBe(true);
    expect(suggested[0]!.slots[0]).toBe(days[0]!.slots[0]);
  });

  it('refuses a taken, off-grid or non-working time with SLOT_UNAVAILABLE and the nearest alternatives, writing nothing', async () => {
    const [first, second] = await freeStarts('2026-03-03');
    const booked = await call({ action: 'book', agent_id: agentId, name: 'First Caller', phone: '+4915110000001', appointment_datetime: first });
    expect(booked.status).toBe(200);
    expect(booked.body.data.appointment_id).toMatch(/^ua-\d+$/);
    const before = (await liveRecords()).length;

    const taken = await call({ action: 'book', agent_id: agentId, name: 'Second Caller', phone: '+4915110000002', appointment_datetime: first, timezone: 'UTC' });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'SLOT_UNAVAILABLE']);
    const details = taken.body.error.details;
    expect(details).toMatchObject({ action: 'book', action_required: 'reschedule', agent_name: 'Devin Hasse' });
    expect(details.available_slots.length).toBeGreaterThan(0);
    expect(details.available_slots.length).toBeLessThanOrEqual(3);
    expect(details.available_slots[0].date).toBe('2026-03-03');
    const firstUtc = localParts(Date.parse(first!), 'UTC');
    expect(details.available_slots[0].slots).not.toContain(clock12(firstUtc.hour, firstUtc.minute));

    const offGrid = new Date(Date.parse(second!) + 7 * 60_000).toISOString();
    expect((await call({ action: 'book', agent_id: agentId, name: 'C', phone: '+4915110000003', appointment_datetime: offGrid })).body.error.code).toBe('SLOT_UNAVAILABLE');
    const sunday = await call({ action: 'book', agent_id: agentId, name: 'C', phone: '+4915110000003', appointment_datetime: '2026-03-08T10:00:00+01:00' });
    expect(sunday.body.error.code).toBe('SLOT_UNAVAILABLE');
    expect(sunday.body.error.details.available_slots.every((d: { date: string }) => d.date >= '2026-03-08')).toBe(true);
    expect((await liveRecords()).length).toBe(before);
  });

  it('books by email alone, as one client per email', async () => {
    const [a, b] = await apartStarts('2026-03-04');
    const first = await call({ action: 'book', agent_id: agentId, name: 'Mail Only', email: 'mail.only@example.com', appointment_datetime: a, timezone: 'Europe/Berlin' });
    expect(first.status).toBe(200);
    expect(Date.parse(first.body.data.date_time)).toBe(Date.parse(a!));
    expect(first.body.data.date_time).toBe(a);
    const second = await call({ action: 'book', agent_id: agentId, name: 'Mail Only', email: 'Mail.Only@example.com', appointment_datetime: b });
    expect(second.status).toBe(200);
    const mine = (await liveRecords()).filter((r) => r.client.email.toLowerCase() === 'mail.only@example.com');
    expect(mine.map((r) => r.datetime)).toEqual([a, b]);
    expect(new Set(mine.map((r) => r.client.phone))).toEqual(new Set([standInPhone('mail.only@example.com')]));
  });

  it('books by email with the phone of a known client of that email', async () => {
    const [a, b] = await apartStarts('2026-03-05');
    await call({ action: 'book', agent_id: agentId, name: 'Known', phone: '+4915122223333', email: 'known@example.com', appointment_datetime: a });
    expect((await call({ action: 'book', agent_id: agentId, name: 'Known', email: 'known@example.com', appointment_datetime: b })).status).toBe(200);
    const records = (await liveRecords()).filter((r) => r.client.email === 'known@example.com');
    expect(records.map((r) => r.client.phone)).toEqual(['+4915122223333', '+4915122223333']);
  });

  it('reschedules to the same time as a success that changes nothing, and to an overlapping time of its own', async () => {
    const starts = await freeStarts('2026-03-03');
    const at = starts[0]!;
    const booked = await call({ action: 'book', agent_id: agentId, name: 'Mover', phone: '+4915110000010', appointment_datetime: at, notes: 'keep me' });
    const id = booked.body.data.appointment_id as string;
    const before = await liveRecords();

    const utcSpelling = new Date(Date.parse(at)).toISOString();
    const same = await call({ action: 'reschedule', agent_id: agentId, appointment_id: id, appointment_datetime: utcSpelling });
    expect(same.status).toBe(200);
    expect(same.body.data).toMatchObject({ action: 'reschedule', appointment_id: id });
    expect(Date.parse(same.body.data.date_time)).toBe(Date.parse(at));
    expect(await liveRecords()).toEqual(before);

    // 15 minutes later overlaps only the appointment itself: allowed.
    const later = new Date(Date.parse(at) + 15 * 60_000).toISOString();
    if (starts.includes(zonedIso(Date.parse(at) + 30 * 60_000, 'Europe/Berlin'))) {
      const moved = await call({ action: 'reschedule', agent_id: agentId, appointment_id: id, appointment_datetime: later });
      expect(moved.status).toBe(200);
      expect(Date.parse(moved.body.data.date_time)).toBe(Date.parse(later));
      const record = (await liveRecords()).find((r) => `ua-${r.id}` === id)!;
      expect(Date.parse(record.datetime)).toBe(Date.parse(later));
    }
  });

  it('cancels once; a second cancel and a reschedule of it are CONFLICT; a past appointment is CONFLICT', async () => {
    const [at, other] = await apartStarts('2026-03-06');
    const id = (await call({ action: 'book', agent_id: agentId, name: 'Canceller', phone: '+4915110000020', appointment_datetime: at })).body.data.appointment_id;
    const cancelled = await call({ action: 'cancel', agent_id: agentId, appointment_id: id });
    expect(cancelled.status).toBe(200);
    expect(Date.parse(cancelled.body.data.date_time)).toBe(Date.parse(at!));
    expect((await call({ action: 'cancel', agent_id: agentId, appointment_id: id })).body.error.code).toBe('CONFLICT');
    expect((await call({ action: 'reschedule', agent_id: agentId, appointment_id: id, appointment_datetime: other })).body.error.code).toBe('CONFLICT');

    const past = (await (await fetch(`${mock.url}/api/v1/records/1001?count=1`, { headers: altegioHeaders })).json()) as { data: { id: number; datetime: string }[] };
    expect(Date.parse(past.data[0]!.datetime)).toBeLessThan(fakeNow);
    const pastId = `ua-${past.data[0]!.id}`;
    expect((await call({ action: 'cancel', agent_id: agentId, appointment_id: pastId })).body.error.code).toBe('CONFLICT');
    expect((await call({ action: 'reschedule', agent_id: agentId, appointment_id: pastId, appointment_datetime: other })).body.error.code).toBe('CONFLICT');
  });

  it('answers INTERNAL_ERROR when Altegio does not answer, and changes nothing', async () => {
    const broken = await startIndependentUnified({
      altegioUrl: 'http://127.0.0.1:9/api/v1',
      partnerToken,
      userToken,
      apiKey,
      agents: [{ agentId, companyId: 1001, serviceId: 10009, staffId: 10001 }],
      now: () => fakeNow,
    });
    try {
      const res = await fetch(broken.url, { method: 'POST', headers: { 'x-api-key': apiKey }, body: JSON.stringify({ action: 'suggest', agent_id: agentId }) });
      const body = (await res.json()) as { success: boolean; error: { code: string } };
      expect([res.status, body.success, body.error.code]).toEqual([500, false, 'INTERNAL_ERROR']);
    } finally {
      await broken.close();
    }
  });
});

describe('time helpers', () => {
  it('convert across the Berlin and New York DST changes with Intl alone', () => {
    expect(zonedIso(Date.parse('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe('2026-03-29T01:59:00+01:00');
    expect(zonedIso(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
    expect(zonedIso(Date.parse('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+02:00');
    expect(zonedIso(Date.parse('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+01:00');
    expect(offsetMinutes(Date.parse('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutes(Date.parse('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(-300);
    expect(zonedIso(Date.parse('2026-03-02T07:00:00Z'), 'Asia/Kolkata')).toBe('2026-03-02T12:30:00+05:30');
    expect([clock12(0, 0), clock12(9, 5), clock12(12, 30), clock12(23, 59)]).toEqual(['12:00 AM', '9:05 AM', '12:30 PM', '11:59 PM']);
  });

  it('read RFC 3339 date-times with an offset only', () => {
    expect(parseDateTime('2026-03-20T14:00:00Z')).toBe(Date.parse('2026-03-20T14:00:00Z'));
    expect(parseDateTime('2026-03-21T09:00:00-04:00')).toBe(Date.parse('2026-03-21T13:00:00Z'));
    expect(parseDateTime('2026-03-21t09:00:00.250+05:30')).toBe(Date.parse('2026-03-21T03:30:00.250Z'));
    expect(parseDateTime('2026-03-21T09:00:00')).toBeUndefined();
    expect(parseDateTime('2026-02-29T09:00:00Z')).toBeUndefined();
    expect(parseDateTime('2028-02-29T09:00:00Z')).toBe(Date.parse('2028-02-29T09:00:00Z'));
    expect(parseDateTime('2026-03-21T24:00:00Z')).toBeUndefined();
  });
});
