import type { AltegioResult, AltegioSchemas } from '../altegio-client/index.ts';
import type { ReferenceContext } from '../reference/index.ts';
import { formatZoned, parseDateTime, zonedParts } from '../../kit/zoned-time.ts';
import { appointmentType, catalogOf, offerOf, productOfType, requiredInfoOf, type Catalog, type Offer } from './catalog.ts';
import type { Action, Schemas } from './contract.ts';
import { internal, invalid, notFound, slotUnavailable, unwrap } from './errors.ts';
import { makeId, makeSlotId, readSlotId, type SlotRef } from './ids.ts';
import { bookedBy, bookingNote, checkPeople, existingUser, fileBooker, recordHolder } from './people.ts';
import { instantOf, offeredTime } from './slots.ts';
import { checkSessionEntity, isServed, locate, locationOf, type Site } from './sites.ts';

// A booking is one Altegio record: bookAppointment creates it, modifyAppointment
// replaces it as a whole at the new time (same id, same client and product), and
// cancelAppointment deletes it. Every check that can refuse runs before the write,
// and Altegio's own refusal of a taken time (a racing booking) is a 409 as well.

type AltegioRecord = AltegioSchemas['Record'];

export const bookAppointment: Action<'bookAppointment'> = async (request, ctx) => {
  // The location (its zone) is read beside the catalog, not after it: one round trip to Altegio fewer.
  const { site: asked } = locate(ctx, { kind: 'product', value: request.productId, field: 'productId' });
  const [{ site, service, catalog }, { timezone_name: timeZone }] = await Promise.all([productOfType(ctx, request), locationOf(asked)]);
  const slot = slotOf(ctx, request.slotId, 'slotId');
  if (slot.companyId !== site.companyId || slot.serviceId !== service.id) {
    throw notFound(`Slot "${request.slotId}" is not a slot of product "${request.productId}".`, 'slotId');
  }
  checkStart(request.start, slot.start);
  checkPeople(requiredInfoOf(ctx, service.id), request);
  const offered = await offeredTime(site, { ...slot, timeZone });
  if (!offered) throw slotGone(slot, { catalog, timeZone });
  const holder = await recordHolder(ctx, site, request);
  const created = await site.altegio.createAppointment(site.companyId, {
    staffId: slot.staffId,
    serviceId: service.id,
    clientName: holder.name,
    clientPhone: holder.phone,
    ...(holder.email && { clientEmail: holder.email }),
    datetime: formatZoned(slot.start, timeZone),
    seanceLength: offered.seconds,
    comment: bookingNote(request),
  });
  const record = written(created);
  if (!record) throw slotGone(slot, { catalog, timeZone });
  await fileBooker(site, request, holder);
  return outcome(record, { site, timeZone, says: (when) => `Your appointment on ${when} with ${record.staff.name} is booked.` });
};

export const modifyAppointment: Action<'modifyAppointment'> = async (request, ctx) => {
  const { site, timeZone, record, held } = await liveBooking(ctx, request);
  slotOf(ctx, request.slotIdOld, 'slotIdOld');
  if (request.slotIdOld !== makeSlotId(held)) throw notFound(`Booking "${request.bookingId}" does not hold slot "${request.slotIdOld}".`, 'slotIdOld');
  const next = slotOf(ctx, request.slotIdNew, 'slotIdNew');
  if (next.companyId !== held.companyId || next.serviceId !== held.serviceId) {
    throw notFound(`Slot "${request.slotIdNew}" is not a slot of the booked product.`, 'slotIdNew');
  }
  checkStart(request.start, next.start);
  const says = (when: string) => `Your appointment is moved to ${when}.`;
  // Moving to the slot it already holds (a retried request) changes nothing.
  if (request.slotIdNew === request.slotIdOld) return outcome(record, { site, timeZone, says });
  const seconds = await movableLength(ctx, { site, timeZone, record, held, next });
  const service = record.services[0]!;
  if (!record.client) throw internal(`Booking "${request.bookingId}" has no client, so the booking system cannot move it.`);
  const moved = await site.altegio.updateAppointment(site.companyId, record.id, {
    staffId: next.staffId,
    serviceId: service.id,
    clientName: `${record.client.name} ${record.client.surname ?? ''}`.trim(),
    clientPhone: record.client.phone,
    ...(record.client.email && { clientEmail: record.client.email }),
    datetime: formatZoned(next.start, timeZone),
    seanceLength: seconds,
    firstCost: service.first_cost,
    discount: service.discount,
    cost: service.cost,
    ...(record.comment !== undefined && { comment: record.comment }),
    ...(record.sms_remain_hours !== undefined && { smsRemainHours: record.sms_remain_hours }),
    ...(record.email_remain_hours !== undefined && { emailRemainHours: record.email_remain_hours }),
  });
  // Cancelled through Altegio itself between the read and the write.
  if (!moved.ok && moved.status === 404) throw cancelled(request.bookingId);
  const after = written(moved);
  if (!after) throw slotGone(next, { catalog: await offerOf(site), timeZone });
  return outcome(after, { site, timeZone, says });
};

export const cancelAppointment: Action<'cancelAppointment'> = async (request, ctx) => {
  const { site, timeZone, record, held } = await liveBooking(ctx, request);
  slotOf(ctx, request.slotId, 'slotId');
  if (request.slotId !== makeSlotId(held)) throw notFound(`Booking "${request.bookingId}" does not hold slot "${request.slotId}".`, 'slotId');
  checkStart(request.start, held.start);
  const res = await site.altegio.cancelAppointment(site.companyId, record.id);
  if (!res.ok && res.status === 404) throw cancelled(request.bookingId);
  unwrap(res, 'cancelling the record');
  return outcome(record, { site, timeZone, says: (when) => `Your appointment on ${when} is cancelled.` });
};

export const findExistingBooking: Action<'findExistingBooking'> = async ({ id, entityId }, ctx) => {
  const { site, ref } = locate(ctx, { kind: 'user', value: id, field: 'id' });
  checkSessionEntity(ctx, entityId, site);
  const client = await site.altegio.getClient(site.companyId, ref.id);
  if (!client.ok && client.status === 404) throw notFound(`There is no user "${id}".`, 'id');
  const user = existingUser(site, unwrap(client, 'reading the client'));
  const [{ timezone_name: timeZone }, catalog] = await Promise.all([locationOf(site), catalogOf(site)]);
  const now = ctx.clock.now();
  const today = zonedParts(now, timeZone).date;
  // The user's own records, and those they booked for someone else (filed under that person, named in the comment).
  const records = unwrap(await site.altegio.getAppointments(site.companyId, { startDate: today }), 'reading the records').filter(
    (r) => r.client?.id === ref.id || (user !== undefined && bookedBy(r.comment, user)),
  );
  return records
    .map((record) => ({ record, held: heldSlot(site, { record, timeZone }) }))
    .filter((b): b is { record: AltegioRecord; held: SlotRef } => !b.record.deleted && b.held !== undefined && b.held.start > now)
    .sort((a, b) => a.held.start - b.held.start)
    .map(({ record, held }) => existingBooking({ site, record, held, timeZone, catalog, participant: record.client?.id === ref.id ? user : record.client ? existingUser(site, record.client) : undefined }));
};

/** The slot id as this API issued it; 400 for any text it could not have issued. */
function slotOf(ctx: ReferenceContext, value: string, field: string): SlotRef {
  const slot = readSlotId(value);
  if (!slot || !isServed(ctx, slot.companyId)) throw invalid(`${field} "${value}" is not a slot id this webhook issued.`, field);
  return slot;
}

function checkStart(start: string, expected: number): void {
  if (instantOf(start) !== expected) throw invalid(`start "${start}" is not the start of the chosen slot.`, 'start');
}

const cancelled = (bookingId: string) => notFound(`There is no booking "${bookingId}"; it may have been cancelled.`, 'bookingId');

/** The booking a request names, live in Altegio, with the slot it holds. */
async function liveBooking(ctx: ReferenceContext, request: { bookingId: string; entityId?: string }) {
  const { site, ref } = locate(ctx, { kind: 'booking', value: request.bookingId, field: 'bookingId' });
  checkSessionEntity(ctx, request.entityId, site);
  const [res, location] = await Promise.all([site.altegio.getAppointment(site.companyId, ref.id), locationOf(site)]);
  if (!res.ok && res.status === 404) throw cancelled(request.bookingId);
  const record = unwrap(res, 'reading the record');
  const timeZone = location.timezone_name;
  const held = record.deleted ? undefined : heldSlot(site, { record, timeZone });
  if (!held) throw cancelled(request.bookingId);
  return { site, timeZone, record, held };
}

/** The slot a record holds: its location, (first) service, staff member and start. */
function heldSlot(site: Site, of: { record: AltegioRecord; timeZone: string }): SlotRef | undefined {
  const service = of.record.services[0];
  const start = parseDateTime(of.record.datetime, of.timeZone);
  if (!service || start === undefined) return undefined;
  return { companyId: site.companyId, serviceId: service.id, staffId: of.record.staff_id, start };
}

/**
 * The length the booking takes at the new slot, or 409. book_times does not offer a
 * time the booking itself covers, so a move by less than its length with the same
 * agent is left to Altegio's own check, which ignores the record being moved.
 */
async function movableLength(
  ctx: ReferenceContext,
  move: { site: Site; timeZone: string; record: AltegioRecord; held: SlotRef; next: SlotRef },
): Promise<number> {
  const { site, timeZone, record, held, next } = move;
  const offered = await offeredTime(site, { ...next, timeZone });
  if (offered) return offered.seconds;
  const length = record.seance_length * 1000;
  const overlapsItself = next.staffId === held.staffId && next.start < held.start + length && held.start < next.start + length;
  if (overlapsItself && next.start >= ctx.clock.now()) return record.seance_length;
  throw slotGone(next, { catalog: await offerOf(site), timeZone });
}

/** The record Altegio wrote, or undefined when it refused the time (taken by a racing request). */
function written(result: AltegioResult<AltegioRecord>): AltegioRecord | undefined {
  // 433 taken, 436 no staff, 437 overlap, 438 not bookable: the time cannot be had.
  if (!result.ok && result.code !== undefined && result.code >= 433 && result.code <= 438) return undefined;
  return unwrap(result, 'writing the record');
}

function slotGone(slot: SlotRef, at: { catalog: Offer; timeZone: string }) {
  const local = zonedParts(slot.start, at.timeZone);
  const who = at.catalog.staff.find((m) => m.id === slot.staffId)?.name ?? `agent ${slot.staffId}`;
  return slotUnavailable(`The slot on ${local.date} at ${local.time} with ${who} is no longer free.`, 'slotId');
}

function outcome(record: AltegioRecord, at: { site: Site; timeZone: string; says: (when: string) => string }): Schemas['BookingResult'] {
  const held = heldSlot(at.site, { record, timeZone: at.timeZone })!;
  return {
    success: true,
    bookingId: makeId('booking', { companyId: at.site.companyId, id: record.id }),
    slotId: makeSlotId(held),
    start: formatZoned(held.start, at.timeZone),
    end: formatZoned(held.start + record.seance_length * 1000, at.timeZone),
    message: at.says(spoken(held.start, at.timeZone)),
  };
}

function existingBooking(of: {
  site: Site;
  record: AltegioRecord;
  held: SlotRef;
  timeZone: string;
  catalog: Catalog;
  participant: Schemas['ExistingUser'] | undefined;
}): Schemas['ExistingBooking'] {
  const { site, record, held, timeZone, catalog } = of;
  const service = catalog.services.find((s) => s.id === held.serviceId);
  const category = catalog.categories.find((c) => c.id === service?.category_id);
  const type = category && appointmentType(site, category);
  return {
    bookingId: makeId('booking', { companyId: site.companyId, id: record.id }),
    slotId: makeSlotId(held),
    start: formatZoned(held.start, timeZone),
    end: formatZoned(held.start + record.seance_length * 1000, timeZone),
    ...(type && { appointmentTypeId: type.id, appointmentTypeName: type.name }),
    productId: makeId('product', { companyId: site.companyId, id: held.serviceId }),
    productName: record.services[0]!.title,
    agentId: makeId('agent', { companyId: site.companyId, id: record.staff_id }),
    agentName: record.staff.name,
    ...(of.participant && { participant: of.participant }),
  };
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Tuesday, 3 March at 10:00`, as the bot says it. */
function spoken(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const [hour, minute] = p.time.split(':');
  return `${weekdays[p.weekday]}, ${Number(p.date.slice(8))} ${months[Number(p.date.slice(5, 7)) - 1]} at ${Number(hour)}:${minute}`;
}
