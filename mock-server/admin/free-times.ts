import type { components, operations } from '../../specs/generated/admin.ts';
import { bookableStaff, freeSlots } from '../altegio/slot-engine.ts';
import type { Db, Staff } from '../altegio/state.ts';
import { ApiError } from '../routing/index.ts';
import { addDays, type LocalDate } from '../../kit/zoned-time.ts';

// The oracle's view of free time: the slot engine asked once per staff member, so the
// answer says who is free at each start (online booking's own answer merges staff and
// would hide a booking that took one of two free staff members).

type FreeTimesQuery = operations['readFreeTimes']['parameters']['query'];
type FreeTimes = components['schemas']['FreeTimes'];

/** The widest span between `from` and `to`, so one request stays cheap. */
export const maxSpanDays = 62;

const dayMs = 86_400_000;
const notFound = (message: string) => new ApiError(404, 'not_found', message);
const invalid = (message: string) => new ApiError(400, 'invalid_request', message);

/**
 * Free starts of a service per staff member over local dates, sorted by start, then staff id.
 * The router has already checked types and real calendar dates; this checks the rest.
 * @example freeTimes(fake.db, { companyId: 1001, serviceId, from: '2026-03-02', to: '2026-03-08' }, fake.clock.now())
 */
export function freeTimes(db: Db, query: FreeTimesQuery, now: number): FreeTimes {
  const { companyId, serviceId, from, to } = query;
  const staffId = query.staffId ?? 0;
  // Local dates compared as UTC midnights: a whole number of calendar days, no zone involved.
  const span = (Date.parse(to) - Date.parse(from)) / dayMs;
  if (span < 0) throw invalid(`to (${to}) is before from (${from}).`);
  if (span > maxSpanDays) throw invalid(`from ${from} to ${to} spans ${span} days; at most ${maxSpanDays} are allowed.`);

  const company = db.tables.companies.get(companyId);
  if (!company) throw notFound(`Location ${companyId} not found.`);
  const service = db.tables.services.get(serviceId);
  if (service?.companyId !== companyId) throw notFound(`Service ${serviceId} not found in location ${companyId}.`);
  const staffList = staffId === 0 ? bookableStaff(db, companyId, [serviceId]) : [chosenStaff(db, { companyId, serviceId, staffId })];

  const slots: FreeTimes['slots'] = [];
  for (let date: LocalDate = from; date <= to; date = addDays(date, 1)) {
    for (const staff of staffList) {
      // One staff member per call: `freeSlots` with staffId 0 keeps only the first free one per start.
      for (const slot of freeSlots(db, { companyId, staffId: staff.id, serviceIds: [serviceId], date, now })) {
        slots.push({ staffId: staff.id, staffName: staff.name, date, start: new Date(slot.start).toISOString(), length: slot.length });
      }
    }
  }
  // ISO strings in UTC sort as their instants do.
  slots.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.staffId - b.staffId));
  return { companyId, timeZone: company.timeZone, now: new Date(now).toISOString(), slots };
}

// A named staff member must belong to the location and provide the service; whether they
// can be booked online (hidden, fired, service inactive) is the engine's call, giving no slots.
function chosenStaff(db: Db, ids: { companyId: number; serviceId: number; staffId: number }): Staff {
  const staff = db.tables.staff.get(ids.staffId);
  if (staff?.companyId !== ids.companyId) throw notFound(`Staff member ${ids.staffId} not found in location ${ids.companyId}.`);
  const provides = db.tables.services.get(ids.serviceId)!.staff.some((s) => s.staffId === staff.id);
  if (!provides) throw notFound(`Staff member ${ids.staffId} does not provide service ${ids.serviceId}.`);
  return staff;
}
