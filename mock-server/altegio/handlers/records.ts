import { formatZoned, isCalendarDate, parseDateTime, zonedInstant, addDays } from '../../../kit/zoned-time.ts';
import { bookingError, invalidField, notFound } from '../errors.ts';
import type { FakeAltegio } from '../fake-altegio.ts';
import { companyOf, normalizePhone, ok, paginate, serviceOf, staffOf } from '../lookups.ts';
import { recordJson } from '../serializers.ts';
import { checkBooking } from '../slot-engine.ts';
import type { BookingRecord, Company } from '../state.ts';
import { currentUser } from '../auth.ts';
import type { AltegioInput, AltegioSchemas } from './input.ts';
import { findOrCreateClient } from './online-booking.ts';

// Appointments as staff manage them (partner and user token): list, create, read,
// replace as a whole, delete. A create or a move is refused with code 433 when the
// staff member is busy or not working, unless `save_if_busy` asks to keep it anyway.

export function listRecords({ params, query }: AltegioInput<'listRecords'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  // `staff_id` and its newer name `team_member_id` filter alike; 0 is every staff member.
  const staffIds = [query.staff_id, query.team_member_id].filter((id): id is number => !!id);
  const range = dayRange(company, { start: query.start_date, end: query.end_date });
  const created = dayRange(company, { start: query.c_start_date, end: query.c_end_date, names: ['c_start_date', 'c_end_date'] });
  const changedAfter = instantParam(company, 'changed_after', query.changed_after);
  const changedBefore = instantParam(company, 'changed_before', query.changed_before);
  const rows = [...db.tables.records.values()]
    .filter((r) => r.companyId === company.id)
    .filter((r) => query.with_deleted === 1 || !r.deleted)
    .filter((r) => staffIds.every((id) => r.staffId === id))
    .filter((r) => query.client_id === undefined || r.clientId === query.client_id)
    .filter((r) => query.created_user_id === undefined || r.createdUserId === query.created_user_id)
    .filter((r) => r.start >= range.from && r.start < range.to)
    .filter((r) => r.createdAt >= created.from && r.createdAt < created.to)
    .filter((r) => changedAfter === undefined || r.changedAt >= changedAfter)
    .filter((r) => changedBefore === undefined || r.changedAt <= changedBefore)
    .sort((a, b) => a.start - b.start || a.id - b.id);
  const page = paginate(rows, query.page, query.count);
  return ok(page.data.map((r) => recordJson(r, db)), page.meta);
}

/** Inclusive local dates (of the session, or with `c_` names of the creation). */
function dayRange(company: Company, { start, end, names = ['start_date', 'end_date'] }: { start?: string | undefined; end?: string | undefined; names?: readonly [string, string] }) {
  for (const [field, value] of [[names[0], start], [names[1], end]] as const) {
    if (value !== undefined && !isCalendarDate(value)) throw invalidField('query', field, `${field} "${value}" is not a calendar date.`);
  }
  return {
    from: start === undefined ? Number.NEGATIVE_INFINITY : zonedInstant(start, '00:00', company.timeZone),
    to: end === undefined ? Number.POSITIVE_INFINITY : zonedInstant(addDays(end, 1), '00:00', company.timeZone),
  };
}

function instantParam(company: Company, field: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const instant = parseDateTime(value, company.timeZone);
  if (instant === undefined) throw invalidField('query', field, `${field} "${value}" is not a date-time.`);
  return instant;
}

type RecordBody = AltegioSchemas['RecordCreateRequest'];

/** The record a create or a full replacement describes, checked against the data and the calendar. */
function recordFrom(fake: FakeAltegio, company: Company, body: RecordBody, existing?: BookingRecord): BookingRecord {
  const { db } = fake;
  const staff = staffOf(db, company, body.staff_id, 'body');
  const services = body.services.map((s) => {
    const service = serviceOf(db, company, s.id, 'body');
    // A line sent without prices keeps the ones it had (a move must not undo a discount).
    const kept = s.first_cost === undefined && s.discount === undefined && s.cost === undefined ? existing?.services.find((l) => l.id === s.id) : undefined;
    if (kept) return kept;
    const firstCost = s.first_cost ?? service.priceMin;
    const discount = s.discount ?? 0;
    return { id: service.id, firstCost, discount, cost: s.cost ?? Math.round(firstCost * (100 - discount)) / 100 };
  });
  // Left out on a create: the staff member's lengths of the services, one after the other.
  const length =
    body.seance_length ??
    body.services.reduce((sum, s) => {
      const service = db.tables.services.get(s.id)!;
      return sum + (service.staff.find((l) => l.staffId === staff.id)?.seanceLength || service.duration);
    }, 0);
  const phone = normalizePhone(body.client.phone);
  if (!phone) throw invalidField('body', 'client.phone', `client.phone "${body.client.phone}" must have 9 to 15 digits.`);
  if (body.client.name.trim() === '') throw invalidField('body', 'client.name', 'client.name must not be blank.');
  const start = parseDateTime(body.datetime, company.timeZone);
  if (start === undefined) throw invalidField('body', 'datetime', `datetime "${body.datetime}" is not a date-time.`);
  if (!body.save_if_busy) {
    // Staff may book the past (a visit entered afterwards), but never over a record or outside working hours.
    const check = checkBooking(db, { staff, start, length, ...(existing && { ignoreRecordId: existing.id }) }, Number.NEGATIVE_INFINITY);
    if (!check.ok) {
      const why = check.reason === 'busy' ? `record ${check.conflict?.id} is there` : 'it is not working time';
      throw bookingError(433, `${staff.name} (${staff.id}) cannot be booked on ${formatZoned(start, company.timeZone)}: ${why}.`);
    }
  }
  const client = findOrCreateClient(fake, company, { phone, name: body.client.name.trim(), email: body.client.email ?? '' });
  const now = fake.clock.now();
  const id = existing?.id ?? db.nextId();
  return {
    id,
    companyId: company.id,
    staffId: staff.id,
    clientId: client.id,
    services,
    start,
    length,
    comment: body.comment ?? '',
    online: existing?.online ?? false,
    attendance: body.attendance,
    apiId: body.api_id ?? '',
    deleted: false,
    createdAt: existing?.createdAt ?? now,
    changedAt: now,
    createdUserId: existing?.createdUserId ?? 0,
    hash: existing?.hash ?? `${id.toString(16).padStart(8, '0')}${company.id.toString(16).padStart(8, '0')}`,
    smsRemainHours: body.sms_remain_hours,
    emailRemainHours: body.email_remain_hours,
  };
}

export function createRecord({ params, body, request }: AltegioInput<'createRecord'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  const user = currentUser(fake.db, request.headers.authorization);
  const record = { ...recordFrom(fake, company, body), createdUserId: user?.id ?? 0 };
  fake.db.put({ table: 'records', row: record });
  return ok(recordJson(record, fake.db), [], 201);
}

function liveRecordOf(fake: FakeAltegio, company: Company, recordId: number): BookingRecord {
  const record = fake.db.tables.records.get(recordId);
  if (!record || record.companyId !== company.id || record.deleted) throw notFound(`Record ${recordId} not found in location ${company.id}.`);
  return record;
}

export function getRecord({ params }: AltegioInput<'getRecord'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  return ok(recordJson(liveRecordOf(fake, company, params.record_id), fake.db));
}

export function replaceRecord({ params, body }: AltegioInput<'replaceRecord'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  const existing = liveRecordOf(fake, company, params.record_id);
  const record = recordFrom(fake, company, body, existing);
  fake.db.put({ table: 'records', row: record });
  return ok(recordJson(record, fake.db), [], 201);
}

export function deleteRecord({ params }: AltegioInput<'deleteRecord'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  const existing = liveRecordOf(fake, company, params.record_id);
  fake.db.put({ table: 'records', row: { ...existing, deleted: true, changedAt: fake.clock.now() } });
  return { status: 204 };
}
