import { describe, expect, it } from 'vitest';
import { ids, newCaller, useVoicebot } from './testing.ts';

const { server, act, liveRecords } = useVoicebot();

interface Slot {
  id: string;
  start: string;
  end: string;
  duration: number;
  agentId: string;
  agentName: string;
}

const massageSlots = (fields: Record<string, unknown>) =>
  act('getSlots', { appointmentTypeId: ids.massage, productId: ids.massage30, timezone: 'Europe/Berlin', ...fields });

describe('getSlots', () => {
  it('offers exactly the free times Altegio’s book_times offers for the agent, in the zone asked', async () => {
    const res = await massageSlots({ agentId: ids.anna, dateTime: '2026-03-03' });
    const altegio = await server.call('GET', '/api/v1/book_times/1001/10001/2026-03-03?service_ids[]=10009', { auth: 'partner' });
    expect(res.body.map((s: Slot) => s.start)).toEqual(altegio.body.data.map((t: { datetime: string }) => t.datetime));
    expect(res.body[0]).toEqual({
      id: 'sl_1001_10009_10001_20260303T0700Z',
      start: '2026-03-03T08:00:00+01:00',
      end: '2026-03-03T08:30:00+01:00',
      duration: 30,
      agentId: ids.anna,
      agentName: expect.any(String),
    });
    expect(res.body.every((s: Slot) => s.agentId === ids.anna)).toBe(true);
  });

  it('leaves out times an existing record covers', async () => {
    const now = server.mock.fake.clock.now();
    const record = liveRecords().find((r) => r.companyId === 1001 && r.staffId === 10001 && r.start > now && r.start < now + 7 * 86_400_000)!;
    const day = new Date(record.start + 3_600_000).toISOString().slice(0, 10);
    const slots: Slot[] = (await massageSlots({ agentId: ids.anna, dateTime: day })).body;
    const end = record.start + record.length * 1000;
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.filter((s) => Date.parse(s.start) < end && Date.parse(s.end) > record.start)).toEqual([]);
  });

  it('with agentId null offers every agent’s slots, each naming its agent and that agent’s length', async () => {
    const res = await act('getSlots', {
      appointmentTypeId: ids.gymnastics,
      productId: ids.gymnasticsProduct,
      agentId: null,
      dateTime: '2026-03-03',
      timezone: 'Europe/Berlin',
    });
    const slots: Slot[] = res.body;
    expect(new Set(slots.map((s) => s.agentId))).toEqual(new Set([ids.anna, ids.lea]));
    expect(new Set(slots.map((s) => `${s.agentId} ${s.duration}`))).toEqual(new Set([`${ids.anna} 30`, `${ids.lea} 40`]));
    const order = slots.map((s) => [Date.parse(s.start), s.agentName] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])));
    const withoutAgent = await act('getSlots', { appointmentTypeId: ids.gymnastics, productId: ids.gymnasticsProduct, dateTime: '2026-03-03', timezone: 'Europe/Berlin' });
    expect(withoutAgent.body).toEqual(slots);
  });

  it('gives the same free time the same id in every answer and every zone', async () => {
    const berlin: Slot[] = (await massageSlots({ agentId: null, dateTime: '2026-03-04' })).body;
    expect((await massageSlots({ agentId: null, dateTime: '2026-03-04' })).body).toEqual(berlin);
    const utc: Slot[] = (await massageSlots({ agentId: null, dateTime: '2026-03-04', timezone: 'UTC' })).body;
    expect(utc.map((s) => s.id)).toEqual(berlin.map((s) => s.id));
    expect(utc[0]!.start).toMatch(/\+00:00$/);
  });

  it('reads a date as a day in the requested zone and writes that zone’s offset at the instant', async () => {
    // 3 March in New York runs from 06:00 Berlin time to 06:00 the next day.
    const ny: Slot[] = (await massageSlots({ agentId: ids.anna, dateTime: '2026-03-03', timezone: 'America/New_York' })).body;
    expect(ny[0]!.start).toBe('2026-03-03T02:00:00-05:00');
    expect(ny.every((s) => s.start.startsWith('2026-03-03') && s.start.endsWith('-05:00'))).toBe(true);
    // After 29 March Berlin is on summer time.
    const summer: Slot[] = (await massageSlots({ agentId: ids.anna, dateTime: '2026-04-07' })).body;
    expect(summer[0]!.start).toBe('2026-04-07T08:00:00+02:00');
  });

  it('with a date-time offers that day’s slots from that instant on', async () => {
    const day: Slot[] = (await massageSlots({ agentId: ids.anna, dateTime: '2026-03-03' })).body;
    const from: Slot[] = (await massageSlots({ agentId: ids.anna, dateTime: '2026-03-03T13:00:00.000Z' })).body;
    expect(from.length).toBeGreaterThan(0);
    expect(from).toEqual(day.filter((s) => Date.parse(s.start) >= Date.parse('2026-03-03T14:00:00+01:00')));
  });

  it('offers nothing in the past, nor on a day nobody works', async () => {
    expect((await massageSlots({ agentId: null, dateTime: '2026-02-27' })).body).toEqual([]);
    expect((await massageSlots({ agentId: null, dateTime: '2026-03-08' })).body).toEqual([]);
    // Today only from now (08:00) on.
    const today: Slot[] = (await massageSlots({ agentId: null, dateTime: '2026-03-02' })).body;
    expect(today.every((s) => Date.parse(s.start) >= server.mock.fake.clock.now())).toBe(true);
  });

  it('stops offering a slot once it is booked, and keeps the other ids', async () => {
    const before: Slot[] = (await massageSlots({ agentId: ids.anna, dateTime: '2026-03-03' })).body;
    const taken = before[4]!;
    const booked = await act('bookAppointment', { appointmentTypeId: ids.massage, productId: ids.massage30, slotId: taken.id, start: taken.start, booker: newCaller });
    expect(booked.status).toBe(200);
    const after: Slot[] = (await massageSlots({ agentId: ids.anna, dateTime: '2026-03-03' })).body;
    // The 30 minutes from taken.start also block the two starts before it on the 15-minute grid.
    const blocked = before.filter((s) => Date.parse(s.start) < Date.parse(taken.end) && Date.parse(s.end) > Date.parse(taken.start));
    expect(after).toEqual(before.filter((s) => !blocked.includes(s)));
  });

  it.each([
    ['an impossible date', { dateTime: '2026-02-30' }, 'dateTime'],
    ['a date-time without offset', { dateTime: '2026-03-03T10:00:00' }, 'dateTime'],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timezone'],
    ['a time zone that is no IANA name', { timezone: 'UTC+1 please' }, 'timezone'],
    ['an empty agentId', { agentId: '' }, 'agentId'],
  ])('answers 400 for %s', async (_name, fields, field) => {
    const res = await massageSlots({ agentId: null, dateTime: '2026-03-03', ...fields });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', details: { field } });
  });

  it.each([
    ['an agent who does not perform the product', { appointmentTypeId: ids.gymnastics, productId: ids.gymnasticsProduct, agentId: ids.jonas }, 'agentId'],
    ['an unknown agent', { agentId: 'ag_1001_99999' }, 'agentId'],
    ['an agent of another location', { agentId: 'ag_1002_10004' }, 'agentId'],
    ['a product of another type', { appointmentTypeId: ids.gymnastics, productId: ids.massage30 }, 'productId'],
    ['an unknown product', { productId: 'pr_1001_99999' }, 'productId'],
    ['an unknown appointment type', { appointmentTypeId: 'nonsense' }, 'appointmentTypeId'],
    ['a session entity of another business', { entityId: ids.brooklyn }, 'entityId'],
  ])('answers 404 for %s', async (_name, fields, field) => {
    const res = await massageSlots({ agentId: null, dateTime: '2026-03-03', ...fields });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'not_found', details: { field, action: 'getSlots' } });
  });
});
