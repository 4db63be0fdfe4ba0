import { describe, expect, it } from 'vitest';
import { clockTime, dayLabel, spokenDay, spokenList, spokenSlots, spokenWhen } from './speech.ts';

const berlin = 'Europe/Berlin';
// Monday 2 March 2026, 08:00 in Berlin.
const now = Date.parse('2026-03-02T07:00:00Z');

describe('clockTime', () => {
  it.each([
    ['2026-03-02T23:05:00Z', '12:05 AM'],
    ['2026-03-02T08:00:00Z', '9:00 AM'],
    ['2026-03-02T11:30:00Z', '12:30 PM'],
    ['2026-03-02T22:59:00Z', '11:59 PM'],
    // The spring change: 08:00 local is 06:00Z from 29 March on.
    ['2026-03-30T06:00:00Z', '8:00 AM'],
  ])('%s in Berlin is %s', (instant, want) => {
    expect(clockTime(Date.parse(instant), berlin)).toBe(want);
  });
});

describe('days', () => {
  it.each([
    ['2026-03-02', '2026-03-02', 'Today', 'today'],
    ['2026-03-03', '2026-03-02', 'Tomorrow', 'tomorrow'],
    ['2026-03-08', '2026-03-02', 'Sunday', 'Sunday'],
    ['2026-03-09', '2026-03-02', 'Monday', 'Monday, March 9'],
    ['2027-01-01', '2026-12-31', 'Tomorrow', 'tomorrow'],
  ])('%s seen from %s is labelled %s and said "%s"', (date, today, label, said) => {
    expect(dayLabel(date, today)).toBe(label);
    expect(spokenDay(date, today)).toBe(said);
  });
});

describe('spokenWhen', () => {
  it.each([
    ['2026-03-02T15:00:00Z', 'today, Monday, March 2 at 4:00 PM'],
    ['2026-03-03T09:00:00Z', 'tomorrow, Tuesday, March 3 at 10:00 AM'],
    ['2026-03-20T13:00:00Z', 'Friday, March 20 at 2:00 PM'],
    ['2027-01-05T08:00:00Z', 'Tuesday, January 5, 2027 at 9:00 AM'],
  ])('%s is "%s"', (instant, want) => {
    expect(spokenWhen(Date.parse(instant), { zone: berlin, now })).toBe(want);
  });

  it('speaks in the zone it is given', () => {
    expect(spokenWhen(Date.parse('2026-03-03T09:00:00Z'), { zone: 'America/New_York', now })).toBe('tomorrow, Tuesday, March 3 at 4:00 AM');
  });
});

describe('lists', () => {
  it.each([
    [[], ''],
    [['today'], 'today'],
    [['today', 'tomorrow'], 'today and tomorrow'],
    [['today', 'tomorrow', 'Monday'], 'today, tomorrow and Monday'],
  ])('%j is "%s"', (items, want) => {
    expect(spokenList(items, 'and')).toBe(want);
  });

  it('offers days apart by ear, as the spec’s example does', () => {
    const days = [
      { date: '2026-03-02', date_label: 'Today', slots: ['4:00 PM'] },
      { date: '2026-03-03', date_label: 'Tomorrow', slots: ['9:00 AM', '11:30 AM'] },
      { date: '2026-03-09', date_label: 'Monday', slots: ['10:00 AM'] },
    ] as const;
    expect(spokenSlots(days.map((d) => ({ ...d, slots: [...d.slots] })), '2026-03-02')).toBe(
      'today at 4:00 PM, tomorrow at 9:00 AM or 11:30 AM, or Monday, March 9 at 10:00 AM',
    );
  });
});
