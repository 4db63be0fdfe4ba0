import { createHash } from 'node:crypto';
import { BookingSystemError, type Altegio, type AltegioRecord, type RecordBody } from './altegio-http.ts';
import { daysSentence, failure, invalid, slotsSentence, success, whenPhrase, type Answer } from './answers.ts';
import { dateRange, freeSlotsOn, groupByDay, suggestLimit, type Bookable } from './free-slots.ts';
import type { ActionRequest } from './request-validation.ts';
import { addDays, daysBetween, localParts, zonedIso } from './zoned-time.ts';

// The five actions, each after the request passed the schema and the agent is known:
// appointment (404), appointment state (409 CONFLICT), slot (409 SLOT_UNAVAILABLE), then
// the one write to Altegio. Nothing is written before every check passed.

export interface Agent {
  readonly agentId: string;
  readonly companyId: number;
  readonly serviceId: number;
  readonly staffId: number;
}

export interface ActionContext {
  readonly altegio: Altegio;
  readonly agent: Agent;
  readonly request: ActionRequest;
  readonly now: number;
}

const appointmentPrefix = 'ua-';
export const appointmentIdOf = (recordId: number) => `${appointmentPrefix}${recordId}`;
const recordIdOf = (appointmentId: string): number | undefined => {
  const m = /^ua-([1-9]\d{0,14})$/.exec(appointmentId);
  return m ? Number(m[1]) : undefined;
};

/** Answers the action; a BookingSystemError escapes to become INTERNAL_ERROR. */
export async function performAction(ctx: ActionContext): Promise<Answer> {
  switch (ctx.request.action) {
    case 'book':
      return book(ctx);
    case 'reschedule':
      return reschedule(ctx);
    case 'cancel':
      return cancel(ctx);
    case 'suggest':
    case 'availability':
      return freeTimes(ctx);
  }
}

async function freeTimes(ctx: ActionContext): Promise<Answer> {
  const { altegio, agent, request, now } = ctx;
  const [zone, staffName] = await Promise.all([altegio.locationZone(agent.companyId), altegio.staffName(agent.companyId, agent.staffId)]);
  const display = request.timezone ?? zone;
  const today = localParts(now, zone).date;
  const free = await freeSlotsOn(altegio, bookableOf(agent), dateRange(today, request.daysAhead + 1));
  const last = addDays(today, request.daysAhead);
  const instants = free.filter((s) => s.instant >= now && localParts(s.instant, zone).date <= last).map((s) => s.instant);
  const suggest = request.action === 'suggest';
  const days = groupByDay(instants, display, now, suggest ? suggestLimit : undefined);
  const count = days.reduce((n, d) => n + d.slots.length, 0);
  const horizon = request.daysAhead === 1 ? 'today or tomorrow' : `the next ${request.daysAhead} days`;
  if (days.length === 0) {
    return success(`Sorry, ${staffName} has no free times ${horizon}.`, {
      message: 'No available times',
      summary: 'No availability',
      action: request.action,
      agent_name: staffName,
      available_slots: [],
    });
  }
  return success(suggest ? slotsSentence(staffName, days) : daysSentence(days), {
    message: suggest ? `Found ${count} suggested time${count === 1 ? '' : 's'}` : `Found ${count} available time${count === 1 ? '' : 's'}`,
    summary: suggest ? 'Suggested times' : 'Available times',
    action: request.action,
    agent_name: staffName,
    available_slots: days,
  });
}

async function book(ctx: ActionContext): Promise<Answer> {
  const { altegio, agent, request, now } = ctx;
  const at = request.at!;
  const [zone, staffName] = await Promise.all([altegio.locationZone(agent.companyId), altegio.staffName(agent.companyId, agent.staffId)]);
  const display = request.timezone ?? zone;
  const what = bookableOf(agent);
  const free = await freeSlotsOn(altegio, what, [localParts(at, zone).date]);
  const slot = free.find((s) => s.instant === at && s.instant >= now);
  if (!slot) return slotUnavailable(ctx, 'book', what, zone, staffName);

  const client = await clientFor(ctx);
  const result = await altegio.createRecord(agent.companyId, {
    staff_id: agent.staffId,
    services: [{ id: agent.serviceId }],
    client,
    datetime: slot.datetime,
    seance_length: slot.seanceLength,
    save_if_busy: false,
    ...(request.notes !== undefined && { comment: request.notes }),
    ...(request.callSessionId !== undefined && { api_id: request.callSessionId }),
  });
  if (!result.ok) {
    if (result.codes.some((c) => c === 433 || c === 436 || c === 437)) return slotUnavailable(ctx, 'book', what, zone, staffName);
    if (result.codes.includes(431)) return invalid([{ field: 'phone', message: 'phone was refused by the booking system (it needs 9 to 15 digits)' }]);
    if (result.codes.includes(435)) return invalid([{ field: 'name', message: 'name was refused by the booking system (empty)' }]);
    if (result.codes.includes(434)) return invalid([{ field: 'phone', message: 'phone is blacklisted at this location' }]);
    const clientFields = result.fields.filter((f) => f.startsWith('client.'));
    if (result.status === 422 && clientFields.length > 0) return invalid(clientFields.map((f) => ({ field: f.slice('client.'.length), message: `${f.slice('client.'.length)} was refused by the booking system: ${result.message}` })));
    throw new BookingSystemError(`Booking system refused the booking (${result.status}): ${result.message}`, result.status);
  }
  const start = Date.parse(result.record.datetime);
  return success(`Your appointment with ${staffName} is confirmed for ${whenPhrase(start, display, now)}.`, {
    message: 'Booked successfully',
    summary: 'Appointment confirmed',
    action: 'book',
    appointment_id: appointmentIdOf(result.record.id),
    date_time: zonedIso(start, display),
    agent_name: result.record.staff?.name ?? staffName,
    action_required: '',
  });
}

async function reschedule(ctx: ActionContext): Promise<Answer> {
  const { altegio, agent, request, now } = ctx;
  const at = request.at!;
  const [found, zone] = await Promise.all([appointment(ctx), altegio.locationZone(agent.companyId)]);
  if (!('record' in found)) return found;
  const record = found.record;
  const display = request.timezone ?? zone;
  const staffName = record.staff.name;
  const start = Date.parse(record.datetime);
  const id = appointmentIdOf(record.id);
  if (start < now) return pastConflict(id);

  if (start === at) {
    return success(`Your appointment is already ${whenPhrase(start, display, now, true)}; nothing was changed.`, {
      message: 'The appointment is already at that time',
      summary: 'Rescheduled',
      action: 'reschedule',
      appointment_id: id,
      date_time: zonedIso(start, display),
      agent_name: staffName,
      action_required: '',
    });
  }

  const what: Bookable = { companyId: agent.companyId, staffId: record.staff_id, serviceIds: record.services.map((s) => s.id) };
  const localDate = localParts(at, zone).date;
  const free = await freeSlotsOn(altegio, what, [localDate]);
  let fits = free.some((s) => s.instant === at);
  const length = record.seance_length * 1000;
  if (!fits && at < start + length && start < at + length && at % 60_000 === 0) {
    // Overlapping only itself: book_times counts the appointment's own time as taken.
    // A start on the grid is then checked by Altegio's PUT (working hours, other records).
    const p = localParts(at, zone);
    const hhmm = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
    fits = (await altegio.gridSteps(agent.companyId, record.staff_id, localDate)).includes(hhmm);
  }
  if (!fits) return slotUnavailable(ctx, 'reschedule', what, zone, staffName);
  if (!record.client) throw new BookingSystemError(`Record ${record.id} has no client, so it cannot be replaced`);

  const body: RecordBody = {
    staff_id: record.staff_id,
    services: record.services.map((s) => ({
      id: s.id,
      ...(typeof s.first_cost === 'number' && { first_cost: s.first_cost }),
      ...(typeof s.discount === 'number' && { discount: s.discount }),
      ...(typeof s.cost === 'number' && { cost: s.cost }),
    })),
    client: {
      phone: record.client.phone,
      name: [record.client.name, record.client.surname].filter((s) => s).join(' ') || record.client.phone,
      ...(record.client.email && { email: record.client.email }),
    },
    datetime: zonedIso(at, zone),
    seance_length: record.seance_length,
    save_if_busy: false,
    ...((request.notes ?? record.comment) !== undefined && { comment: request.notes ?? record.comment }),
    ...(record.api_id && { api_id: record.api_id }),
    ...(typeof record.attendance === 'number' && { attendance: record.attendance }),
    ...(typeof record.sms_remain_hours === 'number' && { sms_remain_hours: record.sms_remain_hours }),
    ...(typeof record.email_remain_hours === 'number' && { email_remain_hours: record.email_remain_hours }),
  };
  const result = await altegio.replaceRecord(agent.companyId, record.id, body);
  if (!result.ok) {
    if (result.status === 404) return cancelledConflict(id);
    if (result.codes.some((c) => c === 433 || c === 437)) return slotUnavailable(ctx, 'reschedule', what, zone, staffName);
    throw new BookingSystemError(`Booking system refused the move (${result.status}): ${result.message}`, result.status);
  }
  const moved = Date.parse(result.record.datetime);
  return success(`Your appointment has been moved to ${whenPhrase(moved, display, now)}.`, {
    message: 'Rescheduled successfully',
    summary: 'Rescheduled',
    action: 'reschedule',
    appointment_id: id,
    date_time: zonedIso(moved, display),
    agent_name: result.record.staff?.name ?? staffName,
    action_required: '',
  });
}

async function cancel(ctx: ActionContext): Promise<Answer> {
  const { altegio, agent, request, now } = ctx;
  const [found, zone] = await Promise.all([appointment(ctx), altegio.locationZone(agent.companyId)]);
  if (!('record' in found)) return found;
  const record = found.record;
  const display = request.timezone ?? zone;
  const start = Date.parse(record.datetime);
  const id = appointmentIdOf(record.id);
  if (start < now) return pastConflict(id);
  if (!(await altegio.deleteRecord(agent.companyId, record.id))) return cancelledConflict(id);
  return success(`Your appointment ${whenPhrase(start, display, now, true)} has been cancelled.`, {
    message: 'Cancelled successfully',
    summary: 'Cancelled',
    action: 'cancel',
    appointment_id: id,
    date_time: zonedIso(start, display),
    agent_name: record.staff.name,
  });
}

/** The live record of the appointment, or the 404 / 409 answer. */
async function appointment(ctx: ActionContext): Promise<{ record: AltegioRecord } | Answer> {
  const id = ctx.request.appointmentId!;
  const notFound = failure('NOT_FOUND', "I couldn't find that appointment.", `Appointment ${id} not found`);
  const recordId = recordIdOf(id);
  if (recordId === undefined) return notFound;
  const record = await ctx.altegio.record(ctx.agent.companyId, recordId);
  if (record && record.deleted !== true) return { record };
  if (record || (await ctx.altegio.wasDeleted(ctx.agent.companyId, recordId))) return cancelledConflict(id);
  return notFound;
}

const cancelledConflict = (id: string) => failure('CONFLICT', 'That appointment has already been cancelled.', `Appointment ${id} is already cancelled`);
const pastConflict = (id: string) => failure('CONFLICT', 'That appointment is in the past and can no longer be changed.', `Appointment ${id} is in the past`);

/**
 * SLOT_UNAVAILABLE with the nearest free times: suggest's limits (3 days, 3 times each)
 * in suggest's window moved to start on the requested day: from that day (in the
 * location's zone, like suggest's "today"; not before now) to the end of the 7th day
 * after it. Grouped in the answer's zone.
 */
async function slotUnavailable(ctx: ActionContext, action: 'book' | 'reschedule', what: Bookable, zone: string, staffName: string): Promise<Answer> {
  const { altegio, request, now } = ctx;
  const at = request.at!;
  const display = request.timezone ?? zone;
  const firstDay = localParts(at, zone).date;
  const lastDay = addDays(firstDay, 7);
  const today = localParts(now, zone).date;
  const from = firstDay < today ? today : firstDay;
  const dates = dateRange(from, Math.max(0, daysBetween(from, lastDay) + 1)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const free = await freeSlotsOn(altegio, what, dates);
  const instants = free
    .filter((s) => s.instant >= now && s.instant !== at)
    .filter((s) => {
      const day = localParts(s.instant, zone).date;
      return day >= firstDay && day <= lastDay;
    })
    .map((s) => s.instant);
  const days = groupByDay(instants, display, now, suggestLimit);
  const spoken = days.length > 0 ? `That time is not available. ${slotsSentence(staffName, days)}` : 'That time is not available, and there is no free time in the week after it.';
  return failure('SLOT_UNAVAILABLE', spoken, 'The selected time is not available', {
    summary: 'Please choose a different slot',
    action,
    action_required: 'reschedule',
    agent_name: staffName,
    available_slots: days,
  });
}

const bookableOf = (agent: Agent): Bookable => ({ companyId: agent.companyId, staffId: agent.staffId, serviceIds: [agent.serviceId] });

/**
 * The client Altegio gets: by phone when given; for an email alone, the phone of the
 * location's client with that email, else a stand-in number made from the email
 * (`+999` and 11 digits), so that one email is always one client.
 */
async function clientFor(ctx: ActionContext): Promise<RecordBody['client']> {
  const { request, altegio, agent } = ctx;
  const name = request.name!;
  const email = request.email;
  if (request.phone) return { phone: request.phone, name, ...(email && { email }) };
  const known = await altegio.clientByEmail(agent.companyId, email!);
  if (known) return { phone: known.phone, name, email: email! };
  return { phone: standInPhone(email!), name, email: email! };
}

/** `+999` (an unassigned E.164 country code) and 11 digits from the email's hash. */
export function standInPhone(email: string): string {
  const digest = createHash('sha256').update(email.trim().toLowerCase()).digest();
  const digits = (digest.readBigUInt64BE(0) % 100_000_000_000n).toString().padStart(11, '0');
  return `+999${digits}`;
}
