import { describe, expect, it } from 'vitest';
import type { BookingRecord } from '../altegio/state.ts';
import { newCaller, useVoicebot } from './testing.ts';

// Seed 001's General Workflow, call by call, as the bot makes it: each step takes its
// ids from earlier answers (nothing is hard-coded but the called number, the caller's
// words and their choices), and each call ends by checking exactly which Altegio
// records it left behind.

const { act, tables } = useVoicebot();

async function ok(action: string, fields: Record<string, unknown> = {}) {
  const res = await act(action, fields);
  expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
}

/** The records a call changed: those it made, and those it altered, as they are now. */
function changes(before: ReadonlyMap<number, BookingRecord>) {
  const now = [...tables().records.values()];
  return {
    made: now.filter((r) => !before.has(r.id)),
    altered: now.filter((r) => before.has(r.id) && JSON.stringify(before.get(r.id)) !== JSON.stringify(r)),
  };
}
const snapshot = () => new Map(tables().records);
const idOf = (text: string) => Number(text.split('_').at(-1));

/** Steps 1 to 5: the called number to the products of the type the caller named. */
async function greetAndChoose(typeName: string) {
  const { entityId } = await ok('getEntityForSipId', { sipId: 'phoneSipId12345678' });
  const { name } = await ok('getBusinessName', { entityId });
  expect(name).toBe('Physiotherapie Gleichgewicht');
  const types: { id: string; name: string }[] = await ok('getAppointmentTypes', { entityId });
  const type = types.find((t) => t.name === typeName)!;
  const agents: { id: string; name: string }[] = await ok('getAgents', { entityId, appointmentTypeId: type.id });
  const products: { id: string; name: string; duration: number }[] = await ok('getProducts', { entityId, appointmentTypeId: type.id });
  return { entityId, type, agents, products };
}

describe('seed 001 call flows', () => {
  it('books a 45-minute massage with the therapist the caller prefers', async () => {
    const before = snapshot();
    const { type, agents, products } = await greetAndChoose('Massage');
    const product = products.find((p) => p.duration === 45)!;
    const preferred = agents[1]!;
    const slots = await ok('getSlots', { appointmentTypeId: type.id, agentId: preferred.id, productId: product.id, dateTime: '2026-03-04', timezone: 'Europe/Berlin' });
    const slot = slots[0];
    expect(slot).toMatchObject({ agentId: preferred.id, agentName: preferred.name, duration: 45 });
    const info = await ok('getRequiredInfo', { productId: product.id });
    expect(info.bookerInfo.filter((f: { required: boolean }) => f.required).map((f: { name: string }) => f.name)).toEqual(['firstName', 'lastName', 'phone']);
    const booked = await ok('bookAppointment', { appointmentTypeId: type.id, productId: product.id, slotId: slot.id, start: slot.start, booker: newCaller });

    const { made, altered } = changes(before);
    expect(altered).toEqual([]);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      id: idOf(booked.bookingId),
      staffId: idOf(preferred.id),
      services: [{ id: idOf(product.id), cost: 50 }],
      start: Date.parse(slot.start),
      length: 45 * 60,
      clientId: [...tables().clients.values()].find((c) => c.phone === newCaller.phone)!.id,
      deleted: false,
    });
  });

  it('books Krankengymnastik with any therapist for the caller’s daughter', async () => {
    const before = snapshot();
    const { type, products } = await greetAndChoose('Krankengymnastik');
    expect(products).toHaveLength(1); // the product question is skipped
    const slots = await ok('getSlots', { appointmentTypeId: type.id, agentId: null, productId: products[0]!.id, dateTime: '2026-03-05', timezone: 'Europe/Berlin' });
    const slot = slots.find((s: { duration: number }) => s.duration === 40); // Lea's own length
    const info = await ok('getRequiredInfo', { productId: products[0]!.id });
    expect(info.participantInfo.map((f: { name: string }) => f.name)).toEqual(['firstName', 'lastName', 'birthDate', 'insurance']);
    const daughter = { firstName: 'Erika', lastName: 'Mustermann', birthDate: '2015-06-01', insurance: 'statutory' };
    const booked = await ok('bookAppointment', {
      appointmentTypeId: type.id,
      productId: products[0]!.id,
      slotId: slot.id,
      start: slot.start,
      booker: newCaller,
      participant: daughter,
    });
    expect(booked.end).toBe(slot.end);

    const { made, altered } = changes(before);
    expect(altered).toEqual([]);
    expect(made).toEqual([
      expect.objectContaining({ id: idOf(booked.bookingId), staffId: idOf(slot.agentId), start: Date.parse(slot.start), length: 40 * 60, comment: expect.stringContaining('Erika Mustermann (born 2015-06-01') }),
    ]);
  });

  it('moves an existing appointment: finds the caller, their booking, a new slot, and moves the one record', async () => {
    // An earlier call booked Tuesday 10:00.
    const { type, products } = await greetAndChoose('Massage');
    const first = (await ok('getSlots', { appointmentTypeId: type.id, productId: products[0]!.id, dateTime: '2026-03-03T10:00:00+01:00', timezone: 'Europe/Berlin' }))[0];
    await ok('bookAppointment', { appointmentTypeId: type.id, productId: products[0]!.id, slotId: first.id, start: first.start, booker: newCaller });
    const before = snapshot();

    const users = await ok('findExistingUser', { participant: { firstName: 'Max', lastName: 'Mustermann' } });
    expect(users).toHaveLength(1);
    const bookings = await ok('findExistingBooking', { id: users[0].id });
    expect(bookings).toHaveLength(1);
    const booking = bookings[0];
    expect(booking).toMatchObject({ slotId: first.id, start: first.start, productName: 'Massage 30 Minuten', appointmentTypeName: 'Massage' });
    const offered = await ok('getSlots', { appointmentTypeId: booking.appointmentTypeId, productId: booking.productId, agentId: null, dateTime: '2026-03-06', timezone: 'Europe/Berlin' });
    const next = offered.at(-1);
    const moved = await ok('modifyAppointment', { bookingId: booking.bookingId, slotIdOld: booking.slotId, slotIdNew: next.id, start: next.start });
    expect(moved).toMatchObject({ bookingId: booking.bookingId, slotId: next.id, start: next.start });

    const { made, altered } = changes(before);
    expect(made).toEqual([]);
    expect(altered).toEqual([
      expect.objectContaining({ id: idOf(booking.bookingId), staffId: idOf(next.agentId), start: Date.parse(next.start), deleted: false, clientId: before.get(idOf(booking.bookingId))!.clientId }),
    ]);
    expect((await ok('findExistingBooking', { id: users[0].id })).map((b: { slotId: string }) => b.slotId)).toEqual([next.id]);
  });

  it('cancels an appointment of one of two namesakes, told apart by birth date', async () => {
    const clients = [...tables().clients.values()].filter((c) => c.companyId === 1001);
    const patient = clients.find((c) => clients.some((o) => o !== c && o.name === c.name && o.surname === c.surname))!;
    const { type, products } = await greetAndChoose('Massage');
    const slot = (await ok('getSlots', { appointmentTypeId: type.id, productId: products[0]!.id, dateTime: '2026-03-06', timezone: 'Europe/Berlin' }))[0];
    const self = { firstName: patient.name, lastName: patient.surname, phone: patient.phone };
    const booked = await ok('bookAppointment', { appointmentTypeId: type.id, productId: products[0]!.id, slotId: slot.id, start: slot.start, booker: self });
    const before = snapshot();

    const byName = await ok('findExistingUser', { participant: { firstName: patient.name, lastName: patient.surname } });
    expect(byName).toHaveLength(2);
    expect(new Set(byName.map((u: { birthDate: string }) => u.birthDate)).size).toBe(2);
    const [user] = await ok('findExistingUser', { participant: { firstName: patient.name, lastName: patient.surname, birthDate: patient.birthDate } });
    expect(user.id).toBe(`us_1001_${patient.id}`);
    const bookings = await ok('findExistingBooking', { id: user.id });
    const booking = bookings.find((b: { bookingId: string }) => b.bookingId === booked.bookingId);
    const cancelled = await ok('cancelAppointment', { bookingId: booking.bookingId, slotId: booking.slotId, start: booking.start });
    expect(cancelled).toMatchObject({ success: true, bookingId: booked.bookingId });

    const { made, altered } = changes(before);
    expect(made).toEqual([]);
    expect(altered).toEqual([expect.objectContaining({ id: idOf(booked.bookingId), deleted: true, start: Date.parse(slot.start) })]);
    expect((await ok('findExistingBooking', { id: user.id })).map((b: { bookingId: string }) => b.bookingId)).not.toContain(booked.bookingId);
  });
});
