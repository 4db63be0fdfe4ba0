import { addDays, weekdayOf, zonedInstant, zonedParts, type LocalDate } from '../../kit/zoned-time.ts';
import type { BookingRecord, Company, Db, Interval, Staff } from './state.ts';

// Free times are derived, never stored: working hours of the day (weekly pattern or a
// dated exception) in the location's zone, minus live records, on the location's grid,
// and nothing before now. Every booking path asks `checkBooking`, and every read of
// free time asks `freeSlots`, so what is offered is exactly what a booking accepts.

/** A bookable start: who, when (ms since the epoch) and for how long (seconds). */
export interface FreeSlot {
  readonly staffId: number;
  readonly start: number;
  readonly length: number;
}

export type BookingCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'past' | 'non_working' | 'busy' | 'off_grid'; readonly conflict?: BookingRecord };

export interface BookingRequest {
  readonly staff: Staff;
  readonly start: number;
  /** Seconds. */
  readonly length: number;
  /** The record being moved, which must not collide with itself. */
  readonly ignoreRecordId?: number;
  /** Online booking only offers grid times; staff may book off the grid. */
  readonly onGrid?: boolean;
}

/** The staff of a location who provide every one of the services and take online bookings. */
export function bookableStaff(db: Db, companyId: number, serviceIds: readonly number[]): Staff[] {
  return [...db.tables.staff.values()]
    .filter((s) => s.companyId === companyId && !s.hidden && !s.fired)
    .filter((s) => seanceLength(db, s.id, serviceIds) !== undefined)
    .sort((a, b) => b.weight - a.weight || a.id - b.id);
}

/** The length Altegio assumes when free times are asked for without services: an hour. */
export const probeLength = 3600;

/**
 * How long a staff member needs for a set of services, in seconds: the sum of their
 * own lengths (an hour when no service is named). Undefined when they do not provide
 * one of them, or one is not bookable online.
 */
export function seanceLength(db: Db, staffId: number, serviceIds: readonly number[]): number | undefined {
  if (serviceIds.length === 0) return probeLength;
  let total = 0;
  for (const id of serviceIds) {
    const service = db.tables.services.get(id);
    const link = service?.staff.find((s) => s.staffId === staffId);
    if (!service?.active || !link) return undefined;
    total += link.seanceLength || service.duration;
  }
  return total;
}

/** The local working intervals of a staff member on a date. */
export function workingHours(staff: Staff, date: LocalDate): readonly Interval[] {
  return staff.exceptions[date] ?? staff.weekly[weekdayOf(date)] ?? [];
}

/** Working intervals of a date as instants `[start, end)`, right on daylight-saving days. */
export function workingWindows(staff: Staff, date: LocalDate, timeZone: string): [number, number][] {
  return workingHours(staff, date).map(({ from, to }) => [
    localInstant(date, from, timeZone),
    to === '24:00' ? localInstant(addDays(date, 1), '00:00', timeZone) : localInstant(date, to, timeZone),
  ]);
}

// zonedInstant asks Intl several times, and every request asks again for the same few
// opening and closing times: the answers are remembered (a pure function; bounded).
const instants = new Map<string, number>();
function localInstant(date: LocalDate, time: string, timeZone: string): number {
  const key = `${timeZone} ${date} ${time}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= 50_000) instants.clear();
    instant = zonedInstant(date, time, timeZone);
    instants.set(key, instant);
  }
  return instant;
}

/** Live records of one staff member overlapping `[from, to)`. */
export function liveRecords(db: Db, staffId: number, from: number, to: number): BookingRecord[] {
  // The records table indexes live records by staff member and day: no scan of every record.
  return db.tables.records.liveOverlapping(staffId, from, to);
}

/**
 * Free start times of one date for a staff member, or for any bookable one (`staffId`
 * 0: the first free by weight takes each time). Sorted by start.
 * @example freeSlots(db, { companyId, staffId: 0, serviceIds: [massage30], date: '2026-03-02', now })
 */
export function freeSlots(
  db: Db,
  query: { companyId: number; staffId: number; serviceIds: readonly number[]; date: LocalDate; now: number },
): FreeSlot[] {
  const company = db.tables.companies.get(query.companyId);
  if (!company) return [];
  const staffList =
    query.staffId === 0
      ? bookableStaff(db, company.id, query.serviceIds)
      : bookableStaff(db, company.id, query.serviceIds).filter((s) => s.id === query.staffId);
  const byStart = new Map<number, FreeSlot>();
  for (const staff of staffList) {
    for (const slot of staffSlots(db, company, staff, query)) {
      if (!byStart.has(slot.start)) byStart.set(slot.start, slot);
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

function staffSlots(
  db: Db,
  company: Company,
  staff: Staff,
  query: { serviceIds: readonly number[]; date: LocalDate; now: number },
): FreeSlot[] {
  const length = seanceLength(db, staff.id, query.serviceIds);
  if (length === undefined) return [];
  const step = company.slotStepMinutes * 60_000;
  const out: FreeSlot[] = [];
  for (const [from, to] of workingWindows(staff, query.date, company.timeZone)) {
    const busy = liveRecords(db, staff.id, from, to);
    for (let start = from; start + length * 1000 <= to; start += step) {
      if (start < query.now) continue;
      const end = start + length * 1000;
      if (!busy.some((r) => r.start < end && r.start + r.length * 1000 > start)) out.push({ staffId: staff.id, start, length });
    }
  }
  return out;
}

/**
 * Whether a staff member can take a booking: not in the past, inside one working
 * interval of that day, not overlapping a live record (and on the grid, when asked).
 */
export function checkBooking(db: Db, request: BookingRequest, now: number): BookingCheck {
  const { staff, start, length } = request;
  const company = db.tables.companies.get(staff.companyId);
  if (!company) return { ok: false, reason: 'non_working' };
  if (start < now) return { ok: false, reason: 'past' };
  const end = start + length * 1000;
  // The record may start on the local date of its start or (for night hours) the day before.
  const window = candidateDates(start, company.timeZone)
    .flatMap((date) => workingWindows(staff, date, company.timeZone))
    .find(([from, to]) => from <= start && end <= to);
  if (!window) return { ok: false, reason: 'non_working' };
  if (request.onGrid && (start - window[0]) % (company.slotStepMinutes * 60_000) !== 0) {
    return { ok: false, reason: 'off_grid' };
  }
  const conflict = liveRecords(db, staff.id, start, end).find((r) => r.id !== request.ignoreRecordId);
  return conflict ? { ok: false, reason: 'busy', conflict } : { ok: true };
}

function candidateDates(instant: number, timeZone: string): LocalDate[] {
  const today = zonedParts(instant, timeZone).date;
  return [addDays(today, -1), today];
}
