import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.ts';
import { act, agents, altegioFreeStarts, annaAgent, booked, liveRecords, recordRows, setClock, testConfig, twelveHour } from './test-kit.ts';

// book, reschedule and cancel over HTTP, each proven by the records the fake Altegio
// holds afterwards. The clock stands on Monday 2 March 2026, 08:00 in Berlin.

const server = useTestServer({ config: testConfig() });

const tuesday = '2026-03-03';
const anna = () => server.mock.fake.db.tables.staff.get(10001)!;
const recordOf = (appointmentId: string) => server.mock.fake.db.tables.records.get(Number(appointmentId.split('_')[1]))!;
const state = () => JSON.stringify(recordRows(server));

/** Anna's first and last free starts on Tuesday. */
async function annasTuesday() {
  const starts = await altegioFreeStarts(server, { staffId: 10001, date: tuesday });
  expect(starts.length).toBeGreaterThan(2);
  return { first: starts[0]!, last: starts[starts.length - 1]! };
}

describe('book', () => {
  it('books a free slot start as one Altegio record for the caller', async () => {
    const [start] = await altegioFreeStarts(server, { staffId: 0, date: tuesday });
    const before = liveRecords(server).length;
    const res = await act(server, {
      action: 'book',
      agent_id: agents.berlin,
      name: 'Jane Smith',
      phone: '+4915112345678',
      email: 'jane.smith@example.com',
      appointment_datetime: start,
      call_session_id: 'call_7f3a9c21',
      notes: 'First visit',
    });
    expect(res.status).toBe(200);
    const { data } = res.body;
    expect(data).toMatchObject({ success: true, action: 'book', summary: 'Appointment confirmed', date_time: start, action_required: '' });
    expect(data.appointment_id).toMatch(/^appt_\d+_[0-9a-f]{8}$/);

    expect(liveRecords(server)).toHaveLength(before + 1);
    const record = recordOf(data.appointment_id);
    const staff = server.mock.fake.db.tables.staff.get(record.staffId)!;
    const client = server.mock.fake.db.tables.clients.get(record.clientId!)!;
    expect(record).toMatchObject({ companyId: 1001, start: Date.parse(start!), services: [{ id: 10009 }], deleted: false });
    expect(record.comment).toBe('First visit\nCall session: call_7f3a9c21');
    expect(client).toMatchObject({ name: 'Jane', surname: 'Smith', phone: '+4915112345678', email: 'jane.smith@example.com' });
    expect(data.agent_name).toBe(staff.name);
    expect(res.body.message).toBe(`Your appointment with ${staff.name} is booked for tomorrow, Tuesday, March 3 at ${twelveHour(start!)}.`);
  });

  it('reads any RFC 3339 spelling of the time', async () => {
    const { first } = await annasTuesday();
    const utc = new Date(Date.parse(first)).toISOString().replace('T', 't').replace('.000Z', 'z');
    const data = await booked(server, { agent_id: annaAgent, appointment_datetime: utc });
    expect(data.date_time).toBe(first);
  });

  it('books by email alone for a client the location knows, with their phone', async () => {
    const client = [...server.mock.fake.db.tables.clients.values()].find((c) => c.companyId === 1001 && c.email)!;
    const { first } = await annasTuesday();
    const data = await booked(server, { agent_id: annaAgent, phone: undefined, email: client.email.toUpperCase(), appointment_datetime: first });
    expect(recordOf(data.appointment_id)).toMatchObject({ clientId: client.id, staffId: 10001 });
    expect(data.agent_name).toBe(anna().name);
  });

  it('asks for a phone when the email is not a known client’s, writing nothing', async () => {
    const { first } = await annasTuesday();
    const before = state();
    const caller = { name: 'New Caller', email: 'new.caller@example.com' };
    const res = await act(server, { action: 'book', agent_id: agents.berlin, ...caller, appointment_datetime: first });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      message: 'I need a phone number to book the appointment.',
      error: { code: 'VALIDATION_ERROR', details: { fields: [{ field: 'phone' }] } },
    });
    expect(state()).toBe(before);
  });

  it('answers a taken time with 409 SLOT_UNAVAILABLE and the nearest free times, writing nothing', async () => {
    const { first } = await annasTuesday();
    await booked(server, { agent_id: annaAgent, appointment_datetime: first });
    const before = state();
    const res = await act(server, { action: 'book', agent_id: annaAgent, name: 'John Doe', phone: '+4915187654321', appointment_datetime: first });
    expect(res.status).toBe(409);
    expect(state()).toBe(before);
    const { error } = res.body;
    expect(error).toMatchObject({
      code: 'SLOT_UNAVAILABLE',
      message: expect.stringMatching(/is not available/),
      details: { summary: 'Please choose a different slot', action: 'book', action_required: 'reschedule', agent_name: anna().name },
    });
    // The alternatives start on the requested day and follow the suggest limits.
    const days = error.details.available_slots as { date: string; slots: string[] }[];
    expect(days[0]!.date).toBe(tuesday);
    expect(days.length).toBeLessThanOrEqual(3);
    for (const d of days) expect(d.slots.length).toBeLessThanOrEqual(3);
    expect(res.body.message).toMatch(
      new RegExp(`^Sorry, tomorrow, Tuesday, March 3 at .+ is not available\\. ${anna().name} can see you tomorrow at .+ instead\\.$`),
    );
  });

  it.each([
    ['off the slot grid', '2026-03-03T10:07:00+01:00'],
    ['outside working hours', '2026-03-03T21:00:00+01:00'],
    ['on a Sunday, when nobody works', '2026-03-08T10:00:00+01:00'],
  ])('answers a time %s with SLOT_UNAVAILABLE, writing nothing', async (_name, at) => {
    const before = state();
    const res = await act(server, { action: 'book', agent_id: agents.berlin, name: 'Jane Smith', phone: '+4915112345678', appointment_datetime: at });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('SLOT_UNAVAILABLE');
    expect(res.body.error.details.available_slots.length).toBeGreaterThan(0);
    expect(state()).toBe(before);
  });

  it('lets exactly one of five callers racing for one slot book it', async () => {
    const { first } = await annasTuesday();
    const before = liveRecords(server).length;
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        act(server, { action: 'book', agent_id: annaAgent, name: `Caller ${i}`, phone: `+49151000000${i}`, appointment_datetime: first }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'SLOT_UNAVAILABLE')).toBe(true);
    expect(liveRecords(server)).toHaveLength(before + 1);
  });
});

describe('reschedule', () => {
  it('moves the one record to a free time and frees the old one', async () => {
    const { first, last } = await annasTuesday();
    const { appointment_id: id } = await booked(server, { agent_id: annaAgent, appointment_datetime: first, notes: 'First visit' });
    const count = liveRecords(server).length;
    const res = await act(server, { action: 'reschedule', agent_id: annaAgent, appointment_id: id, appointment_datetime: last, notes: 'Moved by phone' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ action: 'reschedule', summary: 'Rescheduled', appointment_id: id, date_time: last, agent_name: anna().name });
    expect(res.body.message).toMatch(/^Your appointment with .+ has been moved to tomorrow, Tuesday, March 3 at \d+:\d\d (AM|PM)\.$/);
    expect(liveRecords(server)).toHaveLength(count);
    expect(recordOf(id)).toMatchObject({ start: Date.parse(last), staffId: 10001, comment: 'First visit\nMoved by phone', deleted: false });
    expect(await altegioFreeStarts(server, { staffId: 10001, date: tuesday })).toContain(first);
  });

  it('keeps the record as it is when moved to the time it already has', async () => {
    const { first } = await annasTuesday();
    const { appointment_id: id } = await booked(server, { agent_id: annaAgent, appointment_datetime: first });
    const before = state();
    const res = await act(server, { action: 'reschedule', agent_id: annaAgent, appointment_id: id, appointment_datetime: first });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ appointment_id: id, date_time: first, message: 'Already at that time' });
    expect(state()).toBe(before);
  });

  it('answers a taken time with SLOT_UNAVAILABLE and leaves the record where it was', async () => {
    const { first, last } = await annasTuesday();
    const { appointment_id: id } = await booked(server, { agent_id: annaAgent, appointment_datetime: first });
    await booked(server, { agent_id: annaAgent, appointment_datetime: last, phone: '+4915187654321' });
    const before = state();
    const res = await act(server, { action: 'reschedule', agent_id: annaAgent, appointment_id: id, appointment_datetime: last });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'SLOT_UNAVAILABLE', details: { action: 'reschedule', action_required: 'reschedule' } });
    expect(state()).toBe(before);
  });
});

describe('cancel', () => {
  it('deletes the record and offers its time again', async () => {
    const { first } = await annasTuesday();
    const { appointment_id: id } = await booked(server, { agent_id: annaAgent, appointment_datetime: first });
    expect(await altegioFreeStarts(server, { staffId: 10001, date: tuesday })).not.toContain(first);
    const res = await act(server, { action: 'cancel', agent_id: annaAgent, appointment_id: id });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ action: 'cancel', summary: 'Cancelled', appointment_id: id, date_time: first, agent_name: anna().name });
    expect(res.body.message).toMatch(/^Your appointment for tomorrow, Tuesday, March 3 at \d+:\d\d (AM|PM) has been cancelled\.$/);
    expect(recordOf(id).deleted).toBe(true);
    expect(await altegioFreeStarts(server, { staffId: 10001, date: tuesday })).toContain(first);
  });

  it('answers a second cancel, or a move of a cancelled appointment, with 409 CONFLICT', async () => {
    const { first, last } = await annasTuesday();
    const { appointment_id: id } = await booked(server, { agent_id: annaAgent, appointment_datetime: first });
    await booked(server, { agent_id: annaAgent, appointment_datetime: last, phone: '+4915187654321' });
    expect((await act(server, { action: 'cancel', agent_id: annaAgent, appointment_id: id })).status).toBe(200);
    const before = state();
    const again = await act(server, { action: 'cancel', agent_id: annaAgent, appointment_id: id });
    expect(again).toEqual({
      status: 409,
      body: {
        success: false,
        message: 'That appointment has already been cancelled.',
        error: { code: 'CONFLICT', message: `Appointment ${id} is already cancelled` },
      },
    });
    // The state check comes before the slot check: the taken time is not what is wrong.
    const moved = await act(server, { action: 'reschedule', agent_id: annaAgent, appointment_id: id, appointment_datetime: last });
    expect(moved.body.error.code).toBe('CONFLICT');
    expect(state()).toBe(before);
  });

  it('answers a change to an appointment that has begun with 409 CONFLICT, writing nothing', async () => {
    const { first } = await annasTuesday();
    const { appointment_id: id } = await booked(server, { agent_id: annaAgent, appointment_datetime: first });
    setClock(server, first);
    const before = state();
    for (const body of [
      { action: 'cancel', agent_id: annaAgent, appointment_id: id },
      { action: 'reschedule', agent_id: annaAgent, appointment_id: id, appointment_datetime: '2026-03-04T10:00:00+01:00' },
    ]) {
      const res = await act(server, body);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ message: 'That appointment has already taken place, so it can no longer be changed.', error: { code: 'CONFLICT' } });
    }
    expect(state()).toBe(before);
  });

  it.each([['appt_999'], ['10129'], ['appt_10129_00000000']])('answers an unknown appointment %s with 404 NOT_FOUND', async (id) => {
    const res = await act(server, { action: 'cancel', agent_id: agents.berlin, appointment_id: id });
    expect(res).toEqual({
      status: 404,
      body: { success: false, message: "I couldn't find that appointment.", error: { code: 'NOT_FOUND', message: `Appointment ${id} not found` } },
    });
  });

  it('answers an appointment of another location with 404 NOT_FOUND and leaves it', async () => {
    const [start] = await (async () => {
      const res = await server.call('GET', '/api/v1/book_times/1002/0/2026-03-03?service_ids[]=10012', { auth: 'partner' });
      return (res.body.data as { datetime: string }[]).map((t) => t.datetime);
    })();
    const { appointment_id: id } = await booked(server, { agent_id: agents.brooklyn, phone: '+13475550123', appointment_datetime: start });
    const res = await act(server, { action: 'cancel', agent_id: agents.berlin, appointment_id: id });
    expect(res.status).toBe(404);
    expect(recordOf(id).deleted).toBe(false);
  });
});
