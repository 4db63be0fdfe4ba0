import { beforeEach, describe, expect, it } from 'vitest';
import { formatZoned } from '../../kit/zoned-time.ts';
import { demo, demoSnapshot } from './demo-data.ts';
import { checkBooking, freeSlots } from './slot-engine.ts';
import { createDb, type BookingRecord, type Db, type Service, type Staff } from './state.ts';

// 2026-03-02 is a Monday; the demo is built empty (catalog and staff, no records).
const monday = Date.parse('2026-03-01T12:00:00Z');
let db: Db;
let anna: Staff;
let lea: Staff;
let massage30: Service;
let gymnastics: Service;

beforeEach(() => {
  db = createDb(demoSnapshot({ seed: 7, now: monday, dataset: 'empty' }));
  const staff = [...db.tables.staff.values()].filter((s) => s.companyId === demo.berlinId);
  [anna, , lea] = staff as [Staff, Staff, Staff];
  const services = [...db.tables.services.values()];
  massage30 = services.find((s) => s.title === 'Massage 30 Minuten')!;
  gymnastics = services.find((s) => s.title === 'Krankengymnastik')!;
});

const times = (slots: { start: number }[]) => slots.map((s) => formatZoned(s.start, 'Europe/Berlin').slice(11, 22));
const book = (staff: Staff, start: number, minutes: number): BookingRecord => {
  const row: BookingRecord = {
    id: db.nextId(), companyId: staff.companyId, staffId: staff.id, clientId: null,
    services: [], start, length: minutes * 60, comment: '', online: false, attendance: 0, apiId: '',
    deleted: false, createdAt: 0, changedAt: 0, createdUserId: 0, hash: '', smsRemainHours: 0, emailRemainHours: 0,
  };
  db.put({ table: 'records', row });
  return row;
};
const withHours = (staff: Staff, date: string, from: string, to: string) =>
  db.put({ table: 'staff', row: { ...staff, exceptions: { ...staff.exceptions, [date]: [{ from, to }] } } });
const query = (staffId: number, date: string, serviceIds = [massage30.id], now = monday) =>
  freeSlots(db, { companyId: demo.berlinId, staffId, serviceIds, date, now });

describe('freeSlots', () => {
  it('offers every grid start that fits the working day, in the location zone', () => {
    const slots = query(anna.id, '2026-03-02');
    expect(slots).toHaveLength(31); // 08:00 … 15:30 every 15 minutes for a 30-minute massage
    expect(times(slots).at(0)).toBe('08:00:00+01');
    expect(times(slots).at(-1)).toBe('15:30:00+01');
  });

  it('leaves out starts that would overlap a live record, and offers them again once it is deleted', () => {
    const rec = book(anna, Date.parse('2026-03-02T09:00:00Z'), 45); // 10:00–10:45 Berlin
    const blocked = ['09:45:00+01', '10:00:00+01', '10:15:00+01', '10:30:00+01'];
    for (const t of blocked) expect(times(query(anna.id, '2026-03-02'))).not.toContain(t);
    expect(times(query(anna.id, '2026-03-02'))).toContain('10:45:00+01');
    db.put({ table: 'records', row: { ...rec, deleted: true } });
    expect(times(query(anna.id, '2026-03-02'))).toEqual(expect.arrayContaining(blocked));
  });

  it('uses the staff member’s own length and never crosses a break', () => {
    const tuesday = query(lea.id, '2026-03-03', [gymnastics.id]);
    expect(tuesday.every((s) => s.length === 40 * 60)).toBe(true);
    expect(times(tuesday)).toContain('12:15:00+01'); // ends 12:55, before the 13:00 break
    expect(times(tuesday)).not.toContain('12:30:00+01');
    expect(times(tuesday)).toContain('14:00:00+01');
  });

  it('offers nothing in the past', () => {
    const now = Date.parse('2026-03-02T10:07:00Z'); // 11:07 in Berlin
    expect(times(query(anna.id, '2026-03-02', [massage30.id], now)).at(0)).toBe('11:15:00+01');
    expect(query(anna.id, '2026-02-27', [massage30.id], now)).toEqual([]);
  });

  it('for any staff (0), takes each time from the first free staff member by weight', () => {
    book(anna, Date.parse('2026-03-02T11:00:00Z'), 60); // Anna busy 12:00–13:00
    const any = query(0, '2026-03-02');
    const noon = any.find((s) => times([s])[0] === '12:00:00+01')!;
    expect(noon.staffId).not.toBe(anna.id);
    expect(any.find((s) => times([s])[0] === '08:00:00+01')!.staffId).toBe(anna.id);
    expect(times(any).at(-1)).toBe('19:30:00+01'); // Jonas works until 20:00 on Mondays
  });

  it('is right on the Berlin spring change day (23 hours)', () => {
    withHours(anna, '2026-03-29', '00:00', '06:00');
    const slots = query(anna.id, '2026-03-29', [massage30.id], Date.parse('2026-03-01T00:00:00Z'));
    // Five real hours: 01:59 is followed by 03:00.
    expect(slots).toHaveLength(19);
    expect(times(slots)).toContain('01:30:00+01');
    expect(times(slots)).not.toContain('02:00:00+01');
    expect(times(slots)).not.toContain('02:30:00+02');
    expect(times(slots)).toContain('03:00:00+02');
    expect(times(slots).at(-1)).toBe('05:30:00+02');
  });

  it('is right on the Berlin autumn change day (25 hours)', () => {
    withHours(anna, '2026-10-25', '00:00', '06:00');
    const slots = query(anna.id, '2026-10-25', [massage30.id], Date.parse('2026-10-01T00:00:00Z'));
    // Seven real hours, and 02:00–02:45 happen twice, once in summer time and once in winter time.
    expect(slots).toHaveLength(27);
    expect(times(slots).filter((t) => t.startsWith('02:00'))).toEqual(['02:00:00+02', '02:00:00+01']);
  });

  it('puts daytime hours on the change days at the new offset', () => {
    withHours(anna, '2026-03-29', '09:00', '12:00');
    const slots = query(anna.id, '2026-03-29', [massage30.id], Date.parse('2026-03-01T00:00:00Z'));
    expect(new Date(slots[0]!.start).toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });
});

describe('checkBooking agrees with freeSlots', () => {
  it('accepts every offered slot and refuses what is not offered', () => {
    const date = '2026-03-02';
    book(anna, Date.parse('2026-03-02T09:00:00Z'), 45);
    const offered = new Set(query(anna.id, date).map((s) => s.start));
    for (let start = Date.parse('2026-03-02T06:00:00Z'); start < Date.parse('2026-03-02T16:00:00Z'); start += 15 * 60_000) {
      const check = checkBooking(db, { staff: anna, start, length: 30 * 60, onGrid: true }, monday);
      expect({ start: new Date(start).toISOString(), ok: check.ok }).toEqual({ start: new Date(start).toISOString(), ok: offered.has(start) });
    }
  });

  it('names the reason and the record in the way', () => {
    const rec = book(anna, Date.parse('2026-03-02T09:00:00Z'), 30);
    expect(checkBooking(db, { staff: anna, start: Date.parse('2026-03-02T09:15:00Z'), length: 1800 }, monday)).toEqual({
      ok: false,
      reason: 'busy',
      conflict: rec,
    });
    expect(checkBooking(db, { staff: anna, start: Date.parse('2026-03-02T09:30:00Z'), length: 1800 }, monday).ok).toBe(true);
    expect(checkBooking(db, { staff: anna, start: Date.parse('2026-03-02T09:15:00Z'), length: 1800, ignoreRecordId: rec.id }, monday).ok).toBe(true);
    expect(checkBooking(db, { staff: anna, start: Date.parse('2026-03-02T05:00:00Z'), length: 1800 }, monday)).toEqual({ ok: false, reason: 'non_working' });
    expect(checkBooking(db, { staff: anna, start: Date.parse('2026-02-27T09:00:00Z'), length: 1800 }, monday)).toEqual({ ok: false, reason: 'past' });
    expect(checkBooking(db, { staff: anna, start: Date.parse('2026-03-02T09:35:00Z'), length: 1800, onGrid: true }, monday)).toEqual({ ok: false, reason: 'off_grid' });
  });
});
