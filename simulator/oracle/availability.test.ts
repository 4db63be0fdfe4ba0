import { describe, expect, it } from 'vitest';
import type { OffersExpectation } from '../scenario/scenario.ts';
import { checkOffers } from './availability.ts';
import type { FreeTime, FreeTimesQuery } from './oracle-client.ts';
import { Truth, type TruthState } from './truth.ts';

// The availability oracle on a hand-made location: Anna (30 min) and Jonas (45 min) do
// massages in Berlin; the fake's free times are given, and each wrong offer is named by
// the check for its fault.

const massage = { id: 7, companyId: 1, categoryId: 3, title: 'Massage', duration: 1800, active: true, staff: [{ staffId: 11, seanceLength: 1800 }, { staffId: 12, seanceLength: 2700 }] };
const staff = (id: number, name: string) => ({ id, companyId: 1, name, hidden: false, fired: false, weekly: [], exceptions: {} });
const state: TruthState = {
  now: Date.parse('2026-03-03T08:00:00Z'),
  tables: {
    companies: [{ id: 1, title: 'Praxis', timeZone: 'Europe/Berlin', slotStepMinutes: 15 }],
    categories: [{ id: 3, companyId: 1, title: 'Massage' }],
    services: [massage],
    staff: [staff(11, 'Anna Berg'), staff(12, 'Jonas Kurz')],
    clients: [],
    records: [],
    users: [],
  },
};
// Tuesday 3 March 2026 (Berlin is UTC+1): Anna free 10:00, 10:30, 11:00; Jonas 10:00; Wednesday Anna 09:00.
const free: FreeTime[] = [
  { staffId: 11, staffName: 'Anna Berg', start: Date.parse('2026-03-03T09:00:00Z'), length: 1800 },
  { staffId: 12, staffName: 'Jonas Kurz', start: Date.parse('2026-03-03T09:00:00Z'), length: 2700 },
  { staffId: 11, staffName: 'Anna Berg', start: Date.parse('2026-03-03T09:30:00Z'), length: 1800 },
  { staffId: 11, staffName: 'Anna Berg', start: Date.parse('2026-03-03T10:00:00Z'), length: 1800 },
  { staffId: 11, staffName: 'Anna Berg', start: Date.parse('2026-03-04T08:00:00Z'), length: 1800 },
];
const asked: FreeTimesQuery[] = [];
const oracle = {
  truth: new Truth(state),
  askedAt: state.now,
  async freeTimes(q: FreeTimesQuery) {
    asked.push(q);
    return free.filter((f) => q.staffId === 0 || f.staffId === q.staffId);
  },
};

const slot = (start: string, agentName = 'Anna Berg', duration = 30) => ({
  start,
  end: new Date(Date.parse(start) + duration * 60_000).toISOString().replace('.000Z', '+00:00'),
  duration,
  agentName,
});
const berlin = (hhmm: string, day = '03') => `2026-03-${day}T${hhmm}:00+01:00`;
const tuesday: OffersExpectation = { read: 'slots', at: '', location: 1, service: { name: 'massage' }, zone: 'Europe/Berlin', window: { date: '2026-03-03', zone: 'Europe/Berlin' }, complete: 'all' };
const allSlots = [slot(berlin('10:00')), slot(berlin('10:00'), 'Jonas Kurz', 45), slot(berlin('10:30')), slot(berlin('11:00'))];

const failed = async (body: unknown, e: OffersExpectation = tuesday) => (await checkOffers(body, e, oracle)).checks.filter((c) => c.state === 'failed').map((c) => c.check);

describe('the availability oracle', () => {
  it('passes every free time of the day, each with its staff member and length', async () => {
    expect(await failed(allSlots)).toEqual([]);
    expect(asked.at(-1)).toEqual({ companyId: 1, serviceId: 7, staffId: 0, from: '2026-03-03', to: '2026-03-03' });
  });

  it.each([
    ['a taken time', [...allSlots, slot(berlin('12:00'))], ['offers.free']],
    ['a time of another day', [...allSlots, slot(berlin('09:00', '04'))], ['offers.in-window']],
    ['a time repeated', [...allSlots, slot(berlin('10:30'))], ['offers.unique']],
    ['a time dropped', allSlots.slice(0, 3), ['offers.complete']],
    ['the wrong length for the staff member', [slot(berlin('10:00')), slot(berlin('10:00'), 'Jonas Kurz', 30), slot(berlin('10:30')), slot(berlin('11:00'))], ['offers.length']],
    ['a staff member who does not do it', [...allSlots, slot(berlin('10:30'), 'Someone Else')], ['offers.staff', 'offers.free']],
    ['another zone’s offsets', allSlots.map((s) => ({ ...s, start: new Date(Date.parse(s.start)).toISOString() })), ['offers.in-zone']],
    ['a time in the past', [slot(berlin('08:30')), ...allSlots], ['offers.not-past']],
  ])('names %s', async (_, body, checks) => {
    expect(await failed(body)).toEqual(checks);
  });

  it('judges no time that began while the step ran (a real clock moved on)', async () => {
    const ran = { ...oracle, askedAt: Date.parse('2026-03-03T07:55:00Z') };
    const outcome = await checkOffers([slot(berlin('08:58')), ...allSlots], tuesday, ran);
    expect(outcome.checks.filter((c) => c.state === 'failed')).toEqual([]);
  });

  it('holds a chosen staff member’s slots to that member alone', async () => {
    const anna = { ...tuesday, staff: { name: 'Anna Berg' } };
    expect(await failed(allSlots.filter((s) => s.agentName === 'Anna Berg'), anna)).toEqual([]);
    expect(await failed(allSlots, anna)).toEqual(['offers.staff', 'offers.free']);
  });

  it('reads a window of days in the caller’s zone and checks the suggest limits', async () => {
    const suggest: OffersExpectation = { read: 'day-slots', at: '/days', location: 1, service: { id: 7 }, staff: { id: 11 }, zone: 'America/New_York', window: { daysAhead: 1 }, complete: 'earliest' };
    // The clock says 03:00 on Tuesday 3 March in New York.
    const labels: Record<string, string> = { '2026-03-03': 'Today', '2026-03-04': 'Tomorrow' };
    const days = (slots: Record<string, string[]>) => ({ days: Object.entries(slots).map(([date, times]) => ({ date, date_label: labels[date], slots: times })) });
    expect(await failed(days({ '2026-03-03': ['4:00 AM', '4:30 AM', '5:00 AM'], '2026-03-04': ['3:00 AM'] }), suggest)).toEqual([]);
    expect(await failed(days({ '2026-03-03': ['4:30 AM', '5:00 AM'], '2026-03-04': ['3:00 AM'] }), suggest)).toEqual(['offers.earliest']);
    // Read in Berlin's zone instead of New York's: every time lands six hours off.
    expect(await failed(days({ '2026-03-03': ['10:00 AM', '10:30 AM', '11:00 AM'] }), suggest)).toContain('offers.free');
    // Labels are the caller's: Wednesday in New York is "Tomorrow" there, whatever Berlin says.
    labels['2026-03-04'] = 'Wednesday';
    expect(await failed(days({ '2026-03-03': ['4:00 AM', '4:30 AM', '5:00 AM'], '2026-03-04': ['3:00 AM'] }), suggest)).toEqual(['offers.day-labels']);
  });

  it('says when the fake itself has nothing free, so the run blames no one', async () => {
    const sunday = { ...tuesday, window: { date: '2026-03-08', zone: 'Europe/Berlin' } };
    const outcome = await checkOffers([], sunday, oracle);
    expect(outcome.checks.filter((c) => c.state === 'failed')).toEqual([]);
    expect(outcome.noFreeTime).toMatch(/^no free time for Massage 2026-03-08 00:00 Europe\/Berlin – 2026-03-09 00:00 Europe\/Berlin/);
  });

  it('fails, without guessing, when the product or staff member is not the location’s', async () => {
    expect(await failed(allSlots, { ...tuesday, service: { name: 'Yoga' } })).toEqual(['offers.service']);
    expect(await failed(allSlots, { ...tuesday, staff: { name: 'Nobody' } })).toEqual(['offers.staff']);
  });
});
