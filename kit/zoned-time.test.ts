import { describe, expect, it } from 'vitest';
import { addDays, formatZoned, isCalendarDate, parseDateTime, weekdayOf, zonedInstant, zonedParts } from './zoned-time.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zonedInstant', () => {
  it.each([
    // [date, time, zone, UTC instant]
    ['2026-01-15', '09:00', 'Europe/Berlin', '2026-01-15T08:00:00.000Z'],
    ['2026-07-15', '09:00', 'Europe/Berlin', '2026-07-15T07:00:00.000Z'],
    // Berlin spring day: 02:00 jumps to 03:00; 01:59 is still winter time, 03:00 is summer time.
    ['2026-03-29', '01:30', 'Europe/Berlin', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29', '03:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', '09:00', 'Europe/Berlin', '2026-03-29T07:00:00.000Z'],
    // 02:30 does not exist that day: it moves forward by the gap.
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    // Berlin autumn day: 02:30 happens twice; the first (summer time) is meant.
    ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', '09:00', 'Europe/Berlin', '2026-10-25T08:00:00.000Z'],
    ['2026-03-08', '09:00', 'America/New_York', '2026-03-08T13:00:00.000Z'],
    ['2026-01-10', '09:00', 'Asia/Kathmandu', '2026-01-10T03:15:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, want) => {
    expect(iso(zonedInstant(date, time, zone))).toBe(want);
  });
});

describe('zonedParts and formatZoned', () => {
  it('gives the offset in force at the instant on both sides of a change', () => {
    expect(formatZoned(Date.UTC(2026, 2, 29, 0, 59), 'Europe/Berlin')).toBe('2026-03-29T01:59:00+01:00');
    expect(formatZoned(Date.UTC(2026, 2, 29, 1, 0), 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
    expect(formatZoned(Date.UTC(2026, 9, 25, 0, 30), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+02:00');
    expect(formatZoned(Date.UTC(2026, 9, 25, 1, 30), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+01:00');
  });

  it('reports the local weekday, not the UTC one', () => {
    // 23:30 UTC on a Sunday is already Monday in Berlin.
    expect(zonedParts(Date.UTC(2026, 0, 4, 23, 30), 'Europe/Berlin')).toMatchObject({ date: '2026-01-05', weekday: 1 });
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2026-03-03T10:00:00+02:00', '2026-03-03T08:00:00.000Z'],
    ['2026-03-03T10:00:00.000+0200', '2026-03-03T08:00:00.000Z'],
    ['2026-03-03T10:00:00Z', '2026-03-03T10:00:00.000Z'],
    // Without an offset it is wall-clock time in the location's zone.
    ['2026-03-03T10:00:00', '2026-03-03T09:00:00.000Z'],
    ['2026-03-03 10:00:00', '2026-03-03T09:00:00.000Z'],
    ['2026-07-03T10:00', '2026-07-03T08:00:00.000Z'],
  ])('reads %s', (text, want) => {
    expect(iso(parseDateTime(text, 'Europe/Berlin')!)).toBe(want);
  });

  it.each(['2026-02-30T10:00:00', '2026-13-01T10:00:00', '2026-03-03T25:00:00', 'tomorrow', '2026-03-03', ''])(
    'refuses %j',
    (text) => {
      expect(parseDateTime(text, 'Europe/Berlin')).toBeUndefined();
    },
  );
});

describe('calendar helpers', () => {
  it('adds days across month and year ends, and knows leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(weekdayOf('2026-11-21')).toBe(6);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
  });
});
