import type { OffersExpectation, RequestTemplate, Step } from '../scenario/scenario.ts';
import { field, names, type Dialect, type DialectContext } from './dialect.ts';
import type { Booking, SlotRef } from './model.ts';

// The unified action endpoint as the explorer speaks it: availability over today and
// tomorrow, book by phone, reschedule and cancel by appointment id. The first caller sends
// no timezone (the seed's shape, the location's zone); the others are far from it.

const zones = [undefined, 'Asia/Kolkata', 'America/New_York', 'Pacific/Auckland'];
const notes = 'slotcheck explore {{runId}}';

/** Caller k; the racers of a race are one person on several lines (a refused booking must not even add a client). */
const caller = (k: number) => ({ zone: zones[k % zones.length], name: `Explore Caller${k + 1} {{runId}}`, phone: `+1557{{runId}}${k + 1}` });

export async function unifiedDialect({ vars }: DialectContext): Promise<Dialect> {
  // An agent that books any staff member: no staff check, as in the suite.
  const staff = vars.staff === '0' ? {} : { staff: { id: '{{staff}}' } };
  const post = (k: number, body: Record<string, unknown>): RequestTemplate => {
    const zone = caller(k).zone;
    return { method: 'POST', path: '', body: { agent_id: '{{agentId}}', ...(zone && { timezone: zone }), ...body } };
  };
  const offers = (k: number, at: string, window: OffersExpectation['window'], complete: OffersExpectation['complete']): OffersExpectation => ({
    read: 'day-slots',
    at,
    location: '{{location}}',
    service: { id: '{{service}}' },
    ...staff,
    ...(caller(k).zone && { zone: caller(k).zone }),
    window,
    complete,
  });
  const bookBody = (k: number, slot: SlotRef, name = caller(k).name, phone = caller(k).phone) => ({ action: 'book', name, phone, appointment_datetime: field(slot, 'datetime'), notes });
  const taken = (k: number, name: string, request: RequestTemplate, slot: SlotRef): Step => ({
    name,
    operation: 'performAppointmentAction',
    request,
    status: 409,
    assert: [
      { name: 'flow.slot-unavailable', that: '/error/code', equals: 'SLOT_UNAVAILABLE' },
      { name: 'flow.asks-to-reschedule', that: '/error/details/action_required', equals: 'reschedule' },
    ],
    offers: offers(k, '/error/details/available_slots', { daysAhead: 7, from: field(slot, 'datetime') }, 'earliest'),
    effect: { none: true },
  });
  const appointment = (b: Booking) => `{{${names(b).answer}}}`;

  return {
    api: 'unified',
    abilities: new Set(['modify', 'cancel']),
    lookup: (k, list) => ({
      name: `caller ${k + 1} hears the free times (${list})`,
      operation: 'performAppointmentAction',
      request: post(k, { action: 'availability', days_ahead: 1 }),
      assert: [{ name: 'flow.action-echoed', that: '/data/action', equals: 'availability' }],
      capture: { [list]: { daySlots: '/data/available_slots', timeZone: caller(k).zone ?? '{{locationZone}}' } },
      offers: offers(k, '/data/available_slots', { daysAhead: 1 }, 'all'),
    }),
    book(b) {
      const { answer, record } = names(b);
      const who = caller(b.booker);
      return {
        name: `caller ${b.booker + 1} books ${b.slot.list}[${b.slot.index}] (booking ${b.n})`,
        operation: 'performAppointmentAction',
        request: post(b.booker, bookBody(b.booker, b.slot)),
        capture: { [answer]: '/data/appointment_id' },
        assert: [
          { name: 'flow.action-echoed', that: '/data/action', equals: 'book' },
          { name: 'flow.booked-as-asked', that: '/data/date_time', sameInstant: field(b.slot, 'datetime') },
        ],
        effect: {
          create: { location: '{{location}}', ...staff, service: { id: '{{service}}' }, start: field(b.slot, 'datetime'), client: { name: who.name, phone: who.phone }, notes },
          as: record,
        },
        undo: post(b.booker, { action: 'cancel', appointment_id: '{{answer.data.appointment_id}}' }),
      };
    },
    bookTaken: (k, slot) => taken(k, `caller ${k + 1} asks for ${slot.list}[${slot.index}], which another booking holds`, post(k, bookBody(k, slot)), slot),
    retry: (b) => taken(b.booker, `caller ${b.booker + 1} sends booking ${b.n} again (a retry)`, post(b.booker, bookBody(b.booker, b.bookedAt)), b.bookedAt),
    race: (slot, copies) => ({
      name: `${copies} callers book ${slot.list}[${slot.index}] at once`,
      operation: 'performAppointmentAction',
      request: post(0, bookBody(0, slot, 'Explore Racer {{runId}}', '+1558{{runId}}0')),
      race: { copies, conflictStatus: 409 },
      effect: { create: { start: field(slot, 'datetime'), ...staff } },
    }),
    modify(b, to) {
      const { record } = names(b);
      return {
        name: `booking ${b.n} is rescheduled to ${to.list}[${to.index}]`,
        operation: 'performAppointmentAction',
        request: post(b.booker, { action: 'reschedule', appointment_id: appointment(b), appointment_datetime: field(to, 'datetime') }),
        assert: [
          { name: 'flow.same-appointment', that: '/data/appointment_id', equals: appointment(b) },
          { name: 'flow.moved', that: '/data/date_time', sameInstant: field(to, 'datetime') },
        ],
        effect: { move: { record: `{{${record}.id}}`, to: { start: field(to, 'datetime'), ...staff } }, as: record },
      };
    },
    modifyTaken: (b, to) =>
      taken(
        b.booker,
        `booking ${b.n} asks to move onto ${to.list}[${to.index}], which another booking holds`,
        post(b.booker, { action: 'reschedule', appointment_id: appointment(b), appointment_datetime: field(to, 'datetime') }),
        to,
      ),
    cancel: (b) => ({
      name: `booking ${b.n} is cancelled`,
      operation: 'performAppointmentAction',
      request: post(b.booker, { action: 'cancel', appointment_id: appointment(b) }),
      assert: [{ name: 'flow.action-echoed', that: '/data/action', equals: 'cancel' }],
      effect: { cancel: { record: `{{${names(b).record}.id}}` } },
    }),
    cancelAgain: (b) => ({
      name: `booking ${b.n} is cancelled again`,
      operation: 'performAppointmentAction',
      request: post(b.booker, { action: 'cancel', appointment_id: appointment(b) }),
      status: 409,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'CONFLICT' }],
      effect: { none: true },
    }),
  };
}
