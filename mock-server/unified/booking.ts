import type { AltegioResult, AltegioSchemas } from '../altegio-client/index.ts';
import type { ApiError } from '../routing/index.ts';
import { addDays, formatZoned, parseDateTime, zonedParts } from '../../kit/zoned-time.ts';
import { appointmentId, recordIdOf } from './appointment-id.ts';
import { internal, invalid, must, refuse } from './errors.ts';
import { success, teamOf, type Session, type Spoken, type SuccessResponse } from './session.ts';
import { freeStarts, nearest, slotDays } from './slots.ts';
import { spokenSlots, spokenWhen } from './speech.ts';

// book, reschedule and cancel: one Altegio record each. A time is bookable when
// Altegio's online booking calls it a free start for a staff member the agent books
// (taken, outside working hours and off the grid all fail alike); everything is
// checked before the one write, and a write refused because the time went meanwhile
// is answered like any taken time.

type AltegioRecord = AltegioSchemas['Record'];

/** A new appointment at a free start, for the caller named in the request. */
export async function book(session: Session): Promise<SuccessResponse> {
  const { agent, request } = session;
  const at = startOf(session);
  const caller = await callerOf(session);
  const staffId = await staffFreeAt(session, { at, serviceId: agent.serviceId });
  if (staffId === undefined) throw await slotUnavailable(session, { at, serviceId: agent.serviceId });
  const notes = bookingComment(request);
  const made = await session.altegio.createAppointment(agent.companyId, {
    staffId,
    serviceId: agent.serviceId,
    clientName: request.name!.trim(),
    clientPhone: caller.phone,
    ...(request.email && { clientEmail: request.email }),
    datetime: formatZoned(at, session.location.timeZone),
    ...(notes && { comment: notes }),
  });
  if (timeTaken(made)) throw await slotUnavailable(session, { at, serviceId: agent.serviceId });
  const record = must(made, `book ${formatZoned(at, session.location.timeZone)}`);
  return done(session, {
    record,
    say: `Your appointment with ${record.staff.name} is booked for ${spokenWhen(at, session)}.`,
    message: 'Booked successfully',
    summary: 'Appointment confirmed',
  });
}

/** The same record at a new free start; the same time is a success that changes nothing. */
export async function reschedule(session: Session): Promise<SuccessResponse> {
  const { agent, request } = session;
  const record = await changeableAppointment(session);
  const at = startOf(session);
  if (at === recordStart(record)) {
    return done(session, {
      record,
      say: `Your appointment is already set for ${spokenWhen(at, session)}, so nothing changed.`,
      message: 'Already at that time',
      summary: 'Rescheduled',
    });
  }
  const service = record.services[0];
  const client = record.client;
  if (!service || !client) throw internal(`Record ${record.id} has no service or no client to keep`);
  // Any staff member the agent books will do; the one the caller had is kept when free.
  const staffId = await staffFreeAt(session, { at, serviceId: service.id, prefer: record.staff_id });
  if (staffId === undefined) throw await slotUnavailable(session, { at, serviceId: service.id });
  // Altegio's update replaces the whole record: everything is sent again, the time changed.
  const moved = await session.altegio.updateAppointment(agent.companyId, record.id, {
    staffId,
    serviceId: service.id,
    firstCost: service.first_cost,
    discount: service.discount,
    cost: service.cost,
    clientName: [client.name, client.surname].filter(Boolean).join(' '),
    clientPhone: client.phone,
    ...(client.email && { clientEmail: client.email }),
    datetime: formatZoned(at, session.location.timeZone),
    // A staff member may take the service longer or shorter: let Altegio use their length.
    ...(staffId === record.staff_id && { seanceLength: record.seance_length }),
    comment: [record.comment, request.notes].filter(Boolean).join('\n'),
    ...(record.sms_remain_hours !== undefined && { smsRemainHours: record.sms_remain_hours }),
    ...(record.email_remain_hours !== undefined && { emailRemainHours: record.email_remain_hours }),
  });
  // Cancelled through Altegio itself between the read and the write.
  if (!moved.ok && moved.status === 404) throw alreadyCancelled(session);
  if (timeTaken(moved)) throw await slotUnavailable(session, { at, serviceId: service.id });
  const after = must(moved, `move record ${record.id}`);
  return done(session, {
    record: after,
    say: `Your appointment with ${after.staff.name} has been moved to ${spokenWhen(at, session)}.`,
    message: 'Rescheduled successfully',
    summary: 'Rescheduled',
  });
}

/** Deletes the record; the answer still names the time that was given up. */
export async function cancel(session: Session): Promise<SuccessResponse> {
  const record = await changeableAppointment(session);
  const gone = await session.altegio.cancelAppointment(session.agent.companyId, record.id);
  // Cancelled by someone else between the read and the delete.
  if (!gone.ok && gone.status === 404) throw alreadyCancelled(session);
  must(gone, `delete record ${record.id}`);
  return done(session, {
    record,
    say: `Your appointment for ${spokenWhen(recordStart(record), session)} has been cancelled.`,
    message: 'Cancelled successfully',
    summary: 'Cancelled',
  });
}

// The schema requires appointment_datetime for book and reschedule; checkRequest read it.
const startOf = (session: Session): number => session.at!;

const recordStart = (record: AltegioRecord): number => {
  const at = parseDateTime(record.datetime, 'UTC');
  if (at === undefined) throw internal(`Record ${record.id} has no readable start: "${record.datetime}"`);
  return at;
};

const bookingComment = (request: Session['request']) =>
  [request.notes, request.call_session_id && `Call session: ${request.call_session_id}`].filter(Boolean).join('\n');

const timeTaken = (result: AltegioResult<unknown>) => !result.ok && result.status === 422 && result.code === 433;

/**
 * The phone the booking is made with: the caller's, or for a caller who gave only an
 * email, the phone of the location's client with that email. Altegio keys clients
 * by phone and cannot book without one.
 */
async function callerOf(session: Session): Promise<{ phone: string }> {
  const { request, agent } = session;
  if (request.phone) return { phone: request.phone };
  const email = request.email!.toLowerCase();
  const found = must(
    await session.altegio.searchClients(agent.companyId, {
      filters: [{ type: 'email', state: { value: email } }],
      fields: ['id', 'phone', 'email'],
      page_size: 200,
    }),
    `look up the client with email ${email}`,
  );
  const client = found.find((c) => c.email?.toLowerCase() === email && c.phone);
  if (!client?.phone) {
    throw invalid(
      [{ field: 'phone', message: `No client with email ${request.email} is known at this location; phone is required to book a new one` }],
      'I need a phone number to book the appointment.',
    );
  }
  return { phone: client.phone };
}

/**
 * A staff member the agent books who can start the service then, or none. The time
 * must be one Altegio offers, read as suggest reads it (booking horizon included);
 * for an agent booking anyone, book_staff says who is free at it.
 */
async function staffFreeAt(session: Session, query: { at: number; serviceId: number; prefer?: number }): Promise<number | undefined> {
  const { agent, location } = session;
  const day = zonedParts(query.at, location.timeZone).date;
  const offered = await freeStarts(session, { from: day, to: day, serviceId: query.serviceId });
  if (!offered.includes(query.at)) return undefined;
  if (agent.staffId !== 0) return agent.staffId;
  const datetime = formatZoned(query.at, location.timeZone);
  const staff = must(
    await session.altegio.getBookableStaff(agent.companyId, { serviceIds: [query.serviceId], datetime }),
    `check who is free on ${datetime}`,
  );
  const free = staff.filter((s) => s.bookable);
  return (free.find((s) => s.id === query.prefer) ?? free[0])?.id;
}

/**
 * SLOT_UNAVAILABLE with the nearest free times from the requested day on (the suggest
 * limits, over `days_ahead` days), so the bot can offer them at once.
 */
async function slotUnavailable(session: Session, query: { at: number; serviceId: number }): Promise<ApiError> {
  const day = zonedParts(query.at, session.location.timeZone).date;
  const [starts, team] = await Promise.all([
    freeStarts(session, { from: day, to: addDays(day, session.request.days_ahead), serviceId: query.serviceId }),
    teamOf(session),
  ]);
  const days = nearest(slotDays(starts, session));
  const today = zonedParts(session.now, session.zone).date;
  const asked = spokenWhen(query.at, session);
  return refuse('SLOT_UNAVAILABLE', {
    message: `The selected time ${formatZoned(query.at, session.location.timeZone)} is not available: it is taken, outside working hours or not a slot start`,
    say:
      days.length > 0
        ? `Sorry, ${asked} is not available. ${team.subject} can see you ${spokenSlots(days, today)} instead.`
        : `Sorry, ${asked} is not available, and there is no other free time in the days after it.`,
    details: {
      summary: 'Please choose a different slot',
      action: session.request.action,
      action_required: 'reschedule',
      agent_name: team.agentName,
      available_slots: days,
    },
  });
}

/**
 * The record an appointment id names, if it can still change: NOT_FOUND for an id
 * this API did not issue for the location, CONFLICT once it is cancelled or begun.
 */
async function changeableAppointment(session: Session): Promise<AltegioRecord> {
  const { agent, request } = session;
  const id = request.appointment_id!;
  const recordId = recordIdOf(id, agent.companyId);
  if (recordId === undefined) throw refuse('NOT_FOUND', { message: `Appointment ${id} not found`, say: "I couldn't find that appointment." });
  const found = await session.altegio.getAppointment(agent.companyId, recordId);
  if ((!found.ok && found.status === 404) || (found.ok && found.data.deleted)) throw alreadyCancelled(session);
  const record = must(found, `read record ${recordId}`);
  if (recordStart(record) <= session.now) {
    throw refuse('CONFLICT', {
      message: `Appointment ${id} started at ${record.datetime} and can no longer change`,
      say: 'That appointment has already taken place, so it can no longer be changed.',
    });
  }
  return record;
}

/** Of reschedules racing for one appointment the first wins; the others learn it was changed meanwhile. */
export function changedMeanwhile(session: Session): ApiError {
  return refuse('CONFLICT', {
    message: `Appointment ${session.request.appointment_id} was being changed by another request at the same moment; read it again before moving it`,
    say: 'That appointment was just changed, so I could not move it. Shall I check it again?',
  });
}

function alreadyCancelled(session: Session): ApiError {
  return refuse('CONFLICT', {
    message: `Appointment ${session.request.appointment_id} is already cancelled`,
    say: 'That appointment has already been cancelled.',
  });
}

function done(session: Session, out: Spoken & { record: AltegioRecord }): SuccessResponse {
  const { record } = out;
  return success(session, out, {
    appointment_id: appointmentId(session.agent.companyId, record.id),
    date_time: formatZoned(recordStart(record), session.location.timeZone),
    agent_name: record.staff.name,
    action_required: '',
  });
}
