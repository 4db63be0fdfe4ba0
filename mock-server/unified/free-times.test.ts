import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.ts';
import { addDays } from '../../kit/zoned-time.ts';
import { act, agents, altegioFreeStarts, annaAgent, booked, setClock, testConfig, twelveHour } from './test-kit.ts';

// suggest and availability over HTTP, checked against the free times Altegio itself
// offers. The clock stands on Monday 2 March 2026, 08:00 in Berlin.

const server = useTestServer({ config: testConfig() });

const today = '2026-03-02';
type SlotDay = { date: string; date_label: string; slots: string[] };

/** Altegio's free starts for anyone, day by day from today on, as the API should group them. */
async function altegioDays(days: number): Promise<SlotDay[]> {
  const labels = ['Today', 'Tomorrow', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday'];
  const out: SlotDay[] = [];
  for (let i = 0; i <= days; i++) {
    const date = addDays(today, i);
    const starts = await altegioFreeStarts(server, { staffId: 0, date });
    if (starts.length > 0) out.push({ date, date_label: labels[i]!, slots: starts.map(twelveHour) });
  }
  return out;
}

describe('suggest', () => {
  it('offers the earliest free times, at most 3 days of 3 times, worded for the caller', async () => {
    const res = await act(server, { action: 'suggest', agent_id: agents.berlin });
    expect(res.status).toBe(200);
    const want = (await altegioDays(7)).slice(0, 3).map((d) => ({ ...d, slots: d.slots.slice(0, 3) }));
    expect(res.body.data).toEqual({
      success: true,
      message: 'Found 9 suggested times',
      summary: 'Suggested times',
      action: 'suggest',
      agent_name: 'Physiotherapie Gleichgewicht',
      available_slots: want,
    });
    const said = (d: SlotDay) => `${d.slots[0]}, ${d.slots[1]} or ${d.slots[2]}`;
    const [d1, d2, d3] = want as [SlotDay, SlotDay, SlotDay];
    expect(res.body.message).toBe(`We can see you today at ${said(d1)}, tomorrow at ${said(d2)}, or Wednesday at ${said(d3)}.`);
  });

  it('names the staff member of an agent that books one', async () => {
    const res = await act(server, { action: 'suggest', agent_id: annaAgent });
    const anna = server.mock.fake.db.tables.staff.get(10001)!.name;
    expect(res.body.data.agent_name).toBe(anna);
    expect(res.body.message).toMatch(new RegExp(`^${anna} can see you today at `));
  });
});

describe('availability', () => {
  it('lists every free time from now to the end of the 7th day after today', async () => {
    const res = await act(server, { action: 'availability', agent_id: agents.berlin });
    expect(res.status).toBe(200);
    const want = await altegioDays(7);
    expect(res.body.data.available_slots).toEqual(want);
    expect(want[want.length - 1]!.date).toBe('2026-03-09');
    const total = want.reduce((n, d) => n + d.slots.length, 0);
    expect(res.body.data).toMatchObject({ message: `Found ${total} available times`, summary: 'Available times', action: 'availability' });
    expect(res.body.message).toBe(`There are free times on ${want.length} days; the earliest is today at ${want[0]!.slots[0]}.`);
  });

  it.each([
    [1, '2026-03-03'],
    [30, '2026-04-01'],
  ])('looks %i days ahead when asked', async (daysAhead, lastDate) => {
    const res = await act(server, { action: 'availability', agent_id: agents.berlin, days_ahead: daysAhead });
    const days = res.body.data.available_slots as SlotDay[];
    expect(days[days.length - 1]!.date).toBe(lastDate);
  });

  it('stops offering a booked time and offers it again once cancelled', async () => {
    const [start] = await altegioFreeStarts(server, { staffId: 10001, date: '2026-03-03' });
    const offered = async () => {
      const res = await act(server, { action: 'availability', agent_id: annaAgent, days_ahead: 1 });
      return (res.body.data.available_slots as SlotDay[]).find((d) => d.date === '2026-03-03')?.slots ?? [];
    };
    expect(await offered()).toContain(twelveHour(start!));
    const { appointment_id } = await booked(server, { agent_id: annaAgent, appointment_datetime: start });
    expect(await offered()).not.toContain(twelveHour(start!));
    await act(server, { action: 'cancel', agent_id: annaAgent, appointment_id });
    expect(await offered()).toContain(twelveHour(start!));
  });

  it('answers an empty window with an empty list and says so', async () => {
    // Saturday 7 March, 14:00: Lea's Saturday morning is over and nobody works on Sunday.
    setClock(server, '2026-03-07T13:00:00Z');
    for (const action of ['availability', 'suggest']) {
      const res = await act(server, { action, agent_id: agents.berlin, days_ahead: 1 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        message: 'Sorry, there are no free times today or tomorrow.',
        data: { message: 'No available times', summary: 'No availability', available_slots: [] },
      });
    }
  });
});

describe('time zones', () => {
  it('groups and words the times in the caller’s zone when it gives one', async () => {
    server.mock.fake.reseed(42, 'empty');
    // Brooklyn's hygienist starts at 9:00 AM New York time (14:00Z) on Monday, which is
    // 11:00 PM in Tokyo; from 10:00 AM on, the times fall on Tokyo's Tuesday.
    const res = await act(server, { action: 'availability', agent_id: agents.brooklyn, timezone: 'Asia/Tokyo', days_ahead: 1 });
    const [monday, tuesday] = res.body.data.available_slots as SlotDay[];
    expect(monday).toEqual({ date: '2026-03-02', date_label: 'Today', slots: ['11:00 PM', '11:30 PM'] });
    expect(tuesday!.date_label).toBe('Tomorrow');
    expect(tuesday!.slots.slice(0, 3)).toEqual(['12:00 AM', '12:30 AM', '1:00 AM']);
    const local = await act(server, { action: 'availability', agent_id: agents.brooklyn, days_ahead: 1 });
    expect((local.body.data.available_slots as SlotDay[])[0]!.slots.slice(0, 2)).toEqual(['9:00 AM', '9:30 AM']);
  });

  it('keeps local times right across the spring change in Berlin', async () => {
    // Saturday 28 March, 08:00 CET; on Sunday the clocks go from 02:00 to 03:00 CEST.
    server.mock.fake.reseed(42, 'empty');
    setClock(server, '2026-03-28T07:00:00Z');
    const suggested = await act(server, { action: 'suggest', agent_id: agents.berlin, days_ahead: 3 });
    expect(suggested.body.data.available_slots).toEqual([
      { date: '2026-03-28', date_label: 'Today', slots: ['9:00 AM', '9:15 AM', '9:30 AM'] },
      { date: '2026-03-30', date_label: 'Monday', slots: ['8:00 AM', '8:15 AM', '8:30 AM'] },
      { date: '2026-03-31', date_label: 'Tuesday', slots: ['8:00 AM', '8:15 AM', '8:30 AM'] },
    ]);
    expect(suggested.body.message).toBe(
      'We can see you today at 9:00 AM, 9:15 AM or 9:30 AM, Monday at 8:00 AM, 8:15 AM or 8:30 AM, or Tuesday at 8:00 AM, 8:15 AM or 8:30 AM.',
    );

    // In New York (already on summer time) Berlin is 5 hours ahead on Saturday, 6 from Sunday on.
    const ny = await act(server, { action: 'availability', agent_id: agents.berlin, days_ahead: 2, timezone: 'America/New_York' });
    const [saturday, monday] = ny.body.data.available_slots as SlotDay[];
    expect(saturday).toMatchObject({ date: '2026-03-28', date_label: 'Today' });
    expect(saturday!.slots[0]).toBe('4:00 AM');
    expect(monday).toMatchObject({ date: '2026-03-30', date_label: 'Monday' });
    expect(monday!.slots[0]).toBe('2:00 AM');

    // Monday 8:00 AM in Berlin is 06:00Z, and the booking says so.
    const data = await booked(server, { appointment_datetime: '2026-03-30T08:00:00+02:00' });
    expect(data.date_time).toBe('2026-03-30T08:00:00+02:00');
    const record = server.mock.fake.db.tables.records.get(Number(data.appointment_id.split('_')[1]))!;
    expect(record.start).toBe(Date.parse('2026-03-30T06:00:00Z'));
  });
});
