import { addDays, isCalendarDate, minutesOf, zonedParts, type LocalDate } from '../../../kit/zoned-time.ts';
import { calendarYears } from '../../../specs/index.ts';
import { invalidField } from '../errors.ts';
import type { FakeAltegio } from '../fake-altegio.ts';
import { companyOf, ok, staffOf } from '../lookups.ts';
import { liveRecords, workingHours, workingWindows } from '../slot-engine.ts';
import type { Company, Interval, Staff } from '../state.ts';
import type { AltegioInput } from './input.ts';

// Staff schedules (partner and user token): read per staff member or for many, write
// dated working hours (which the slot engine then offers), and the day's timetable.

const maxRangeDays = 366;

/** `YYYY-MM-DD` or `YYYYMMDD` → `YYYY-MM-DD` within the years every API reads, or a 400 naming the parameter. */
function dateParam(field: string, value: string): LocalDate {
  const date = /^\d{8}$/.test(value) ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}` : value;
  const year = Number(date.slice(0, 4));
  if (!isCalendarDate(date) || year < calendarYears.from || year > calendarYears.to) {
    throw invalidField('query', field, `${field} "${value}" is not a calendar date between ${calendarYears.from} and ${calendarYears.to}.`);
  }
  return date;
}

function datesBetween(start: LocalDate, end: LocalDate): LocalDate[] {
  if (end < start) throw invalidField('query', 'end_date', `end_date ${end} is before start_date ${start}.`);
  const out: LocalDate[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) {
    out.push(d);
    if (out.length > maxRangeDays) throw invalidField('query', 'end_date', `A schedule range covers at most ${maxRangeDays} days.`);
  }
  return out;
}

export function getStaffSchedule({ params }: AltegioInput<'getStaffSchedule'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  const staff = staffOf(fake.db, company, params.staff_id);
  const dates = datesBetween(dateParam('start_date', params.start_date), dateParam('end_date', params.end_date));
  return ok(dates.map((date) => scheduleDay(staff, date)));
}


/** Every date of a range set to the same hours (an empty list: days off); answered as the GET reads them. */
export function setStaffScheduleRange({ params, body }: AltegioInput<'setStaffScheduleRange'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const staff = staffOf(db, company, params.staff_id);
  const dates = datesBetween(dateParam('start_date', params.start_date), dateParam('end_date', params.end_date));
  const slots = body.is_working === false ? [] : checkedSlots(body.slots, 'slots');
  const exceptions = { ...staff.exceptions };
  for (const date of dates) exceptions[date] = slots;
  const row = { ...staff, exceptions };
  db.put({ table: 'staff', row });
  return ok(dates.map((date) => scheduleDay(row, date)), [], 201);
}

function scheduleDay(staff: Staff, date: LocalDate) {
  const slots = workingHours(staff, date);
  return { date, is_working: slots.length > 0, slots };
}

function entry(fake: FakeAltegio, company: Company, staff: Staff, date: LocalDate, include: readonly string[]) {
  const slots = workingHours(staff, date);
  const out: Record<string, unknown> = { staff_id: staff.id, date, slots };
  if (include.includes('busy_intervals')) {
    const windows = workingWindows(staff, date, company.timeZone);
    const from = Math.min(...windows.map((w) => w[0]), Number.POSITIVE_INFINITY);
    const to = Math.max(...windows.map((w) => w[1]), Number.NEGATIVE_INFINITY);
    out.busy_intervals =
      windows.length === 0
        ? []
        : liveRecords(fake.db, staff.id, from, to).map((r) => ({
            entity_type: 'record',
            entity_id: r.id,
            from: `${zonedParts(r.start, company.timeZone).time}:00`,
            to: `${zonedParts(r.start + r.length * 1000, company.timeZone).time}:00`,
          }));
  }
  if (include.includes('off_day_type') && slots.length === 0) out.off_day_type = 'day_off';
  return out;
}

export function listStaffSchedules({ params, query }: AltegioInput<'listStaffSchedules'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const dates = datesBetween(dateParam('start_date', query.start_date), dateParam('end_date', query.end_date));
  const wanted = query['staff_ids[]'];
  const staff = wanted?.length
    ? wanted.map((id) => staffOf(db, company, id))
    : [...db.tables.staff.values()].filter((s) => s.companyId === company.id && !s.fired);
  const include = query['include[]'] ?? [];
  const data = staff.flatMap((s) => dates.map((date) => entry(fake, company, s, date, include)));
  return ok(data, { count: data.length });
}



export function setStaffSchedules({ params, body }: AltegioInput<'setStaffSchedules'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  // Check every entry first, so that a refused request changes nothing.
  const changes = new Map<number, Record<LocalDate, readonly Interval[]>>();
  const touched: [Staff, LocalDate][] = [];
  type Target = { staff_id: number; team_member_id?: number; dates: string[] };
  const apply = (list: Target[] | undefined, key: string, slotsOf: (t: Target, i: number) => Interval[]) =>
    list?.forEach((target, i) => {
      // Altegio's schedule controller reads staff_id only; the spec's team_member_id is refused, not guessed at.
      if (target.team_member_id !== undefined) {
        throw invalidField('body', `${key}.${i}.team_member_id`, `${key}.${i}.team_member_id is not accepted: name the staff member as staff_id.`);
      }
      const staff = staffOf(db, company, target.staff_id, 'body');
      const slots = slotsOf(target, i);
      const exceptions = changes.get(staff.id) ?? { ...staff.exceptions };
      for (const [j, date] of target.dates.entries()) {
        if (!isCalendarDate(date)) throw invalidField('body', `${key}.${i}.dates.${j}`, `${key}.${i}.dates.${j} "${date}" is not a calendar date.`);
        exceptions[date] = slots;
        touched.push([staff, date]);
      }
      changes.set(staff.id, exceptions);
    });
  apply(body.schedules_to_set, 'schedules_to_set', (_t, i) => checkedSlots(body.schedules_to_set![i]!.slots, `schedules_to_set.${i}.slots`));
  apply(body.schedules_to_delete, 'schedules_to_delete', () => []);
  for (const [staffId, exceptions] of changes) db.put({ table: 'staff', row: { ...db.tables.staff.get(staffId)!, exceptions } });
  const data = touched.map(([staff, date]) => entry(fake, company, db.tables.staff.get(staff.id)!, date, []));
  return ok(data, { count: data.length });
}

/** Working intervals must run forwards and not overlap; returned sorted. */
function checkedSlots(slots: Interval[], field: string): Interval[] {
  const sorted = [...slots].sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
  sorted.forEach((s, i) => {
    if (minutesOf(s.to) <= minutesOf(s.from)) throw invalidField('body', field, `${field}: ${s.from}–${s.to} ends before it starts.`);
    const prev = sorted[i - 1];
    if (prev && minutesOf(s.from) < minutesOf(prev.to)) throw invalidField('body', field, `${field}: ${prev.from}–${prev.to} and ${s.from}–${s.to} overlap.`);
  });
  return sorted;
}

export function listTimetableSeances({ params }: AltegioInput<'listTimetableSeances'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const staff = staffOf(db, company, params.staff_id);
  const date = dateParam('date', params.date);
  const step = company.slotStepMinutes * 60_000;
  const data: { time: string; is_free: boolean }[] = [];
  for (const [from, to] of workingWindows(staff, date, company.timeZone)) {
    const busy = liveRecords(db, staff.id, from, to);
    for (let t = from; t < to; t += step) {
      const free = !busy.some((r) => r.start < t + step && t < r.start + r.length * 1000);
      data.push({ time: zonedParts(t, company.timeZone).time, is_free: free });
    }
  }
  return ok(data);
}

