import { createHash } from 'node:crypto';
import { addDays, formatZoned, isCalendarDate, parseDateTime, zonedParts, type LocalDate } from '../../../kit/zoned-time.ts';
import { bookingError, invalidField } from '../errors.ts';
import type { FakeAltegio } from '../fake-altegio.ts';
import { companyOf, normalizePhone, ok, staffOf } from '../lookups.ts';
import { categoryJson, serviceJson, staffJson } from '../serializers.ts';
import { bookableStaff, checkBooking, freeSlots, seanceLength, workingHours } from '../slot-engine.ts';
import type { BookingRecord, Client, Company, Db, Staff } from '../state.ts';
import type { AltegioInput, AltegioSchemas } from './input.ts';

// The public online-booking calls (partner token only): what can be booked, by whom,
// on which dates and at which times, then check and book. They all ask the slot engine,
// so a time offered by book_times is exactly a time book_record accepts.

const serviceIdsOf = (query: { 'service_ids[]'?: number[] }) => query['service_ids[]'] ?? [];

export function bookServices({ params, query }: AltegioInput<'listBookableServices'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const staffId = query.staff_id || undefined;
  if (staffId !== undefined) staffOf(db, company, staffId);
  const services = [...db.tables.services.values()]
    .filter((s) => s.companyId === company.id && s.active)
    .filter((s) => staffId === undefined || s.staff.some((l) => l.staffId === staffId))
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .map((s) => {
      const { staff: _staff, salon_service_id: _sid, booking_title: _bt, duration: _d, is_online: _o, api_id: _a, ...item } = serviceJson(s);
      return staffId === undefined ? item : { ...item, seance_length: seanceLength(db, staffId, [s.id]) };
    });
  const categoryIds = new Set(services.map((s) => s.category_id));
  const categories = [...db.tables.categories.values()]
    .filter((c) => categoryIds.has(c.id))
    .map((c) => {
      const { id, title, api_id, weight } = categoryJson(c, db);
      return { id, title, api_id, weight };
    });
  return ok({ events: [], services, category: categories, categories });
}

export function bookStaff({ params, query }: AltegioInput<'listBookableStaff'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const serviceIds = serviceIdsOf(query);
  const now = fake.clock.now();
  const at = query.datetime === undefined ? undefined : parseDateTime(query.datetime, company.timeZone);
  if (query.datetime !== undefined && at === undefined) throw invalidField('query', 'datetime', `datetime "${query.datetime}" is not a date-time.`);
  const staff = [...db.tables.staff.values()]
    .filter((s) => s.companyId === company.id && !s.hidden && !s.fired)
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .map((s) => {
      const length = seanceLength(db, s.id, serviceIds);
      const firstDate = length === undefined ? undefined : firstFreeDate(db, company, s.id, serviceIds, now);
      const bookable =
        length !== undefined &&
        (at === undefined ? firstDate !== undefined : checkBooking(db, { staff: s, start: at, length, onGrid: true }, now).ok);
      const { id, name, specialization, position, rating, votes_count, avatar, weight, information } = staffJson(s, db, now);
      return {
        id, name, bookable, specialization, position, rating, votes_count, avatar, weight, information,
        ...(bookable && firstDate !== undefined && { seance_date: firstDate }),
        seances: [],
      };
    });
  return ok(staff);
}

function firstFreeDate(db: Db, company: Company, staffId: number, serviceIds: number[], now: number): LocalDate | undefined {
  const today = zonedParts(now, company.timeZone).date;
  for (let day = 0; day <= company.bookingHorizonDays; day++) {
    const date = addDays(today, day);
    if (freeSlots(db, { companyId: company.id, staffId, serviceIds, date, now }).length > 0) return date;
  }
  return undefined;
}

export function bookDates({ params, query }: AltegioInput<'listBookableDates'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const staffId = query.staff_id ?? 0;
  if (staffId !== 0) staffOf(db, company, staffId);
  const serviceIds = serviceIdsOf(query);
  const now = fake.clock.now();
  const today = zonedParts(now, company.timeZone).date;
  const month = (query.date ?? today).slice(0, 7);
  if (query.date !== undefined && !isCalendarDate(query.date)) throw invalidField('query', 'date', `date "${query.date}" is not a calendar date.`);
  const horizon = addDays(today, company.bookingHorizonDays);
  const staff = staffId === 0 ? bookableStaff(db, company.id, serviceIds) : bookableStaff(db, company.id, serviceIds).filter((s) => s.id === staffId);
  const bookingDates: LocalDate[] = [];
  const workingDates: LocalDate[] = [];
  for (let date = `${month}-01`; date.startsWith(month); date = addDays(date, 1)) {
    if (staff.some((s) => workingHours(s, date).length > 0)) workingDates.push(date);
    if (date < today || date > horizon) continue;
    if (freeSlots(db, { companyId: company.id, staffId, serviceIds, date, now }).length > 0) bookingDates.push(date);
  }
  return ok({
    booking_days: byMonth(bookingDates),
    booking_dates: bookingDates,
    working_days: byMonth(workingDates),
    working_dates: workingDates,
  });
}

/** `{"3": ["2", "3"]}`: month and day numbers as strings, as Altegio sends them. */
function byMonth(dates: LocalDate[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of dates) (out[String(Number(d.slice(5, 7)))] ??= []).push(String(Number(d.slice(8, 10))));
  return out;
}

export function bookTimes({ params, query }: AltegioInput<'listBookableTimes'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  if (params.staff_id !== 0) staffOf(db, company, params.staff_id);
  if (!isCalendarDate(params.date)) throw invalidField('query', 'date', `date "${params.date}" is not a calendar date.`);
  const serviceIds = serviceIdsOf(query);
  const slots = freeSlots(db, { companyId: company.id, staffId: params.staff_id, serviceIds, date: params.date, now: fake.clock.now() });
  return ok(
    slots.map((s) => ({
      time: zonedParts(s.start, company.timeZone).time,
      seance_length: s.length,
      sum_length: s.length,
      datetime: formatZoned(s.start, company.timeZone),
    })),
  );
}

type Appointment = AltegioSchemas['BookAppointment'];

/** An appointment of a booking request once checked: who takes it, when, for how long. */
interface Planned {
  readonly appointment: Appointment;
  readonly serviceIds: readonly number[];
  readonly staff: Staff;
  readonly start: number;
  readonly length: number;
}

/**
 * Checks every appointment of a book_check / book_record request against the data and
 * the slot engine, and against each other; throws the coded error Altegio would.
 */
function plan(db: Db, company: Company, appointments: Appointment[], now: number): Planned[] {
  const planned: Planned[] = [];
  for (const [i, a] of appointments.entries()) {
    const start = parseDateTime(a.datetime, company.timeZone);
    if (start === undefined) throw invalidField('body', `appointments.${i}.datetime`, `appointments.${i}.datetime "${a.datetime}" is not a date-time.`);
    const serviceIds = a.services ?? [];
    if (serviceIds.length === 0) throw bookingError(438, 'No service was chosen for the appointment.', { appointmentId: a.id });
    for (const serviceId of serviceIds) {
      const service = db.tables.services.get(serviceId);
      if (!service || service.companyId !== company.id || !service.active) {
        throw bookingError(438, `Service ${serviceId} cannot be booked online in location ${company.id}.`, { appointmentId: a.id });
      }
    }
    const choice = a.staff_id === 0 ? anyFreeStaff(db, company, serviceIds, start, now, planned) : undefined;
    if (a.staff_id === 0 && !choice) {
      throw bookingError(436, `No staff member is free on ${formatZoned(start, company.timeZone)} for the chosen services.`, { appointmentId: a.id });
    }
    const staff = choice?.staff ?? staffOf(db, company, a.staff_id, 'body');
    const length = seanceLength(db, staff.id, serviceIds);
    if (length === undefined) {
      throw bookingError(438, `${staff.name} (${staff.id}) does not provide the chosen services online.`, { appointmentId: a.id });
    }
    const clash = planned.find((p) => p.staff.id === staff.id && p.start < start + length * 1000 && start < p.start + p.length * 1000);
    if (clash) {
      throw bookingError(437, `Appointments ${clash.appointment.id} and ${a.id} overlap for ${staff.name}.`, { appointmentId: a.id });
    }
    if (!checkBooking(db, { staff, start, length, onGrid: true }, now).ok) {
      throw bookingError(
        433,
        `${staff.name} (${staff.id}) cannot be booked on ${formatZoned(start, company.timeZone)}: the time is already taken or is not working time.`,
        { appointmentId: a.id },
      );
    }
    planned.push({ appointment: a, serviceIds, staff, start, length });
  }
  return planned;
}

function anyFreeStaff(db: Db, company: Company, serviceIds: number[], start: number, now: number, planned: Planned[]) {
  for (const staff of bookableStaff(db, company.id, serviceIds)) {
    const length = seanceLength(db, staff.id, serviceIds)!;
    const taken = planned.some((p) => p.staff.id === staff.id && p.start < start + length * 1000 && start < p.start + p.length * 1000);
    if (!taken && checkBooking(db, { staff, start, length, onGrid: true }, now).ok) return { staff };
  }
  return undefined;
}

export function bookCheck({ params, body }: AltegioInput<'checkBooking'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  plan(fake.db, company, body.appointments, fake.clock.now());
  return { status: 201 };
}

export function bookRecord({ params, body }: AltegioInput<'createOnlineBooking'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const phone = normalizePhone(body.phone);
  if (!phone) throw bookingError(431, `The phone "${body.phone}" is in a wrong format: it needs 9 to 15 digits.`);
  if (body.fullname.trim() === '') throw bookingError(435, 'The client name (fullname) is missing.');
  const now = fake.clock.now();
  // Everything is checked before anything is written: a refused request writes nothing.
  const planned = plan(db, company, body.appointments, now);
  const client = findOrCreateClient(fake, company, { phone, name: body.fullname.trim(), email: body.email ?? '' });
  const created = planned.map((p) => {
    const id = db.nextId();
    const record: BookingRecord = {
      id,
      companyId: company.id,
      staffId: p.staff.id,
      clientId: client.id,
      services: p.serviceIds.map((sid) => {
        const price = db.tables.services.get(sid)!.priceMin;
        return { id: sid, firstCost: price, discount: 0, cost: price };
      }),
      start: p.start,
      length: p.length,
      comment: body.comment ?? '',
      online: true,
      attendance: 0,
      apiId: body.api_id ?? '',
      deleted: false,
      createdAt: now,
      changedAt: now,
      createdUserId: 0,
      hash: createHash('md5').update(`${company.id}:${id}:${p.start}`).digest('hex'),
      smsRemainHours: body.notify_by_sms ?? 0,
      emailRemainHours: body.notify_by_email ?? 0,
    };
    db.put({ table: 'records', row: record });
    return { id: p.appointment.id, record_id: id, record_hash: record.hash };
  });
  return ok(created, [], 201);
}

/** The location's client with this phone, or a new one (Altegio matches clients by phone). */
export function findOrCreateClient(fake: FakeAltegio, company: Company, who: { phone: string; name: string; email: string }): Client {
  const { db } = fake;
  const existing = [...db.tables.clients.values()].find((c) => c.companyId === company.id && c.phone === who.phone && !c.deleted);
  if (existing) return existing;
  const [name = who.name, ...rest] = who.name.split(/\s+/);
  const now = fake.clock.now();
  const client: Client = {
    id: db.nextId(),
    companyId: company.id,
    name,
    surname: rest.join(' '),
    phone: who.phone,
    email: who.email,
    birthDate: null,
    sexId: 0,
    comment: '',
    createdAt: now,
    changedAt: now,
  };
  db.put({ table: 'clients', row: client });
  return client;
}
