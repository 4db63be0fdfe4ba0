import { describe, expect, it } from 'vitest';
import { ids, newCaller, useVoicebot } from './testing.ts';

const { act, tables, liveRecords } = useVoicebot();

interface Slot {
  id: string;
  start: string;
  end: string;
  agentId: string;
}

interface Product {
  appointmentTypeId: string;
  productId: string;
}
const massage: Product = { appointmentTypeId: ids.massage, productId: ids.massage30 };
const gymnastics: Product = { appointmentTypeId: ids.gymnastics, productId: ids.gymnasticsProduct };

async function slots(product: Product, fields: Record<string, unknown> = {}): Promise<Slot[]> {
  const res = await act('getSlots', { ...product, agentId: ids.anna, dateTime: '2026-03-03', timezone: 'Europe/Berlin', ...fields });
  return res.body;
}

const book = (slot: Slot, fields: Record<string, unknown> = {}) =>
  act('bookAppointment', { ...massage, slotId: slot.id, start: slot.start, booker: newCaller, ...fields });

const clientByPhone = (phone: string) => [...tables().clients.values()].find((c) => c.phone === phone);
const counts = () => ({ records: tables().records.size, clients: tables().clients.size });

describe('bookAppointment', () => {
  it('writes one record for the slot’s agent and time, and a client with the caller’s details', async () => {
    const slot = (await slots(massage))[8]!;
    const before = counts();
    const res = await book(slot);
    expect(res.body).toEqual({
      success: true,
      bookingId: expect.stringMatching(/^bk_1001_\d+$/),
      slotId: slot.id,
      start: slot.start,
      end: slot.end,
      message: expect.stringMatching(/^Your appointment on Tuesday, 3 March at 10:00 with .+ is booked\.$/),
    });
    expect(counts()).toEqual({ records: before.records + 1, clients: before.clients + 1 });
    const record = tables().records.get(Number(res.body.bookingId.split('_')[2]))!;
    const client = clientByPhone(newCaller.phone)!;
    expect(record).toMatchObject({
      staffId: 10001,
      clientId: client.id,
      services: [{ id: 10009 }],
      start: Date.parse(slot.start),
      length: 1800,
      deleted: false,
      comment: 'VoiceBot booking for Max Mustermann (born 1985-04-12, +4915112345678).',
    });
    expect(client).toMatchObject({ name: 'Max', surname: 'Mustermann', birthDate: '1985-04-12' });
  });

  it('books for a participant without a phone (a child) under the booker, naming the child', async () => {
    const slot = (await slots(gymnastics))[0]!;
    const child = { firstName: 'Erika', lastName: 'Mustermann', birthDate: '2015-06-01', insurance: 'statutory' };
    const res = await act('bookAppointment', { ...gymnastics, slotId: slot.id, start: slot.start, booker: newCaller, participant: child });
    expect(res.status).toBe(200);
    const record = tables().records.get(Number(res.body.bookingId.split('_')[2]))!;
    expect(record.clientId).toBe(clientByPhone(newCaller.phone)!.id);
    expect(record.comment).toBe(
      'VoiceBot booking for Erika Mustermann (born 2015-06-01, insurance: statutory); booked by Max Mustermann (born 1985-04-12, +4915112345678).',
    );
  });

  it('files a participant with a phone under their own client, and reuses a known phone', async () => {
    const known = [...tables().clients.values()].find((c) => c.companyId === 1001)!;
    const slot = (await slots(massage))[8]!;
    const participant = { firstName: known.name, lastName: known.surname, phone: known.phone };
    const before = counts();
    const res = await book(slot, { participant });
    expect(res.status).toBe(200);
    // The booker becomes a client too (a new one here), so they can find the booking later.
    expect(counts()).toEqual({ records: before.records + 1, clients: before.clients + 1 });
    expect(tables().records.get(Number(res.body.bookingId.split('_')[2]))!.clientId).toBe(known.id);
    expect(clientByPhone(newCaller.phone)).toMatchObject({ name: 'Max', surname: 'Mustermann' });
  });

  it('finds a booking made for someone else as either person, naming who it is for', async () => {
    const slot = (await slots(massage))[8]!;
    const partner = { firstName: 'Petra', lastName: 'Probe', phone: '+4915100000077' };
    const res = await book(slot, { participant: partner });
    expect(res.status).toBe(200);
    for (const who of [newCaller, partner]) {
      const [user] = (await act('findExistingUser', { participant: { firstName: who.firstName, lastName: who.lastName } })).body;
      const bookings = (await act('findExistingBooking', { id: user.id })).body;
      expect(bookings.map((b: { bookingId: string }) => b.bookingId)).toEqual([res.body.bookingId]);
      expect(bookings[0].participant).toMatchObject({ firstName: 'Petra', lastName: 'Probe' });
    }
  });

  it('files a known user (by id) under that client', async () => {
    const known = [...tables().clients.values()].find((c) => c.companyId === 1001)!;
    const slot = (await slots(massage))[8]!;
    const res = await book(slot, { booker: { firstName: known.name, lastName: known.surname, id: `us_1001_${known.id}`, phone: known.phone } });
    expect(tables().records.get(Number(res.body.bookingId.split('_')[2]))!.clientId).toBe(known.id);
  });

  it('answers 409 for a taken slot and writes nothing', async () => {
    const slot = (await slots(massage))[8]!;
    expect((await book(slot)).status).toBe(200);
    const before = counts();
    const again = await book(slot, { booker: { ...newCaller, phone: '+4915199999999' } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'slot_unavailable', message: expect.stringMatching(/^The slot on 2026-03-03 at 10:00 with .+ is no longer free\.$/) });
    expect(counts()).toEqual(before);
  });

  it('books exactly one of several requests racing for one slot', async () => {
    const slot = (await slots(massage))[8]!;
    const before = counts();
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => book(slot, { booker: { ...newCaller, phone: `+49151000000${i}0` } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect(tables().records.size).toBe(before.records + 1);
    expect(liveRecords().filter((r) => r.staffId === 10001 && r.start === Date.parse(slot.start))).toHaveLength(1);
  });

  it.each([
    ['a required detail missing', gymnastics, { participant: { firstName: 'Erika', lastName: 'Mustermann', insurance: 'private' } }, 'participant.birthDate'],
    ['a required detail of the booker missing', massage, { booker: { firstName: 'Max', lastName: 'Mustermann' } }, 'booker.phone'],
    ['no last name', massage, { booker: { firstName: 'Max', phone: newCaller.phone } }, 'booker.lastName'],
    ['a start that is not the slot’s', massage, { start: '2026-03-03T11:00:00+01:00' }, 'start'],
    ['a phone Altegio cannot file', massage, { booker: { ...newCaller, phone: '+4912345' } }, 'booker.phone'],
    ['an invented slot id', massage, { slotId: 'abcSlotId' }, 'slotId'],
    ['a slot id of an impossible date', massage, { slotId: 'sl_1001_10009_10001_20260230T0900Z' }, 'slotId'],
  ])('answers 400 for %s and writes nothing', async (_name, product, fields, field) => {
    const slot = (await slots(product))[8]!;
    const before = counts();
    const res = await book(slot, { ...product, ...fields });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', details: { field } });
    expect(counts()).toEqual(before);
  });

  it.each([
    ['an unknown product', { productId: 'pr_1001_99999' }, 'productId'],
    ['a product of another type', { appointmentTypeId: ids.gymnastics }, 'productId'],
    ['a slot of another product', { productId: ids.massage45 }, 'slotId'],
    ['an unknown known-user id', { booker: { ...newCaller, id: 'us_1001_99999' } }, 'booker.id'],
  ])('answers 404 for %s and writes nothing', async (_name, fields, field) => {
    const slot = (await slots(massage))[8]!;
    const before = counts();
    const res = await book(slot, fields);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'not_found', details: { field } });
    expect(counts()).toEqual(before);
  });

  it('answers 409 for a slot in the past or outside working hours', async () => {
    const past = { id: 'sl_1001_10009_10001_20260302T0600Z', start: '2026-03-02T07:00:00+01:00', end: '', agentId: ids.anna };
    const night = { id: 'sl_1001_10009_10001_20260303T2200Z', start: '2026-03-03T23:00:00+01:00', end: '', agentId: ids.anna };
    for (const slot of [past, night]) expect((await book(slot)).body.error).toMatchObject({ code: 'slot_unavailable' });
  });
});

describe('modifyAppointment and cancelAppointment', () => {
  async function booked() {
    const all = await slots(massage);
    const res = await book(all[8]!);
    return { booking: res.body as { bookingId: string; slotId: string; start: string }, all };
  }
  const recordOf = (bookingId: string) => tables().records.get(Number(bookingId.split('_')[2]))!;

  it('moves the one record to the new slot’s time and agent; the old time is free again', async () => {
    const { booking } = await booked();
    const target = (await slots(massage, { agentId: ids.lea }))[2]!;
    const before = counts();
    const res = await act('modifyAppointment', { bookingId: booking.bookingId, slotIdOld: booking.slotId, slotIdNew: target.id, start: target.start });
    expect(res.body).toEqual({
      success: true,
      bookingId: booking.bookingId,
      slotId: target.id,
      start: target.start,
      end: target.end,
      message: expect.stringMatching(/^Your appointment is moved to Tuesday, 3 March at \d+:\d\d\.$/),
    });
    expect(counts()).toEqual(before);
    expect(recordOf(booking.bookingId)).toMatchObject({ staffId: 10003, start: Date.parse(target.start), length: 1800, deleted: false, services: [{ id: 10009 }] });
    expect((await slots(massage)).map((s) => s.id)).toContain(booking.slotId);
    expect((await slots(massage, { agentId: ids.lea })).map((s) => s.id)).not.toContain(target.id);
  });

  it('moves a booking by less than its length with the same agent', async () => {
    const { booking, all } = await booked();
    const next = all[9]!;
    const res = await act('modifyAppointment', { bookingId: booking.bookingId, slotIdOld: booking.slotId, slotIdNew: next.id, start: next.start });
    expect(res.status).toBe(200);
    expect(recordOf(booking.bookingId).start).toBe(Date.parse(next.start));
  });

  it('answers 409 when the new slot is taken and leaves the booking as it was', async () => {
    const { booking } = await booked();
    const other = (await slots(massage))[0]!;
    expect((await book(other, { booker: { ...newCaller, phone: '+4915199999999' } })).status).toBe(200);
    const before = structuredClone(recordOf(booking.bookingId));
    const res = await act('modifyAppointment', { bookingId: booking.bookingId, slotIdOld: booking.slotId, slotIdNew: other.id, start: other.start });
    expect(res.body.error).toMatchObject({ code: 'slot_unavailable', details: { action: 'modifyAppointment' } });
    expect(recordOf(booking.bookingId)).toEqual(before);
  });

  it.each([
    ['a slotIdOld the booking does not hold', (b: { slotId: string }, s: Slot) => ({ slotIdOld: s.id }), 404, 'slotIdOld'],
    ['an unknown booking', () => ({ bookingId: 'bk_1001_99999' }), 404, 'bookingId'],
    ['a new slot of another product', (_b: unknown, s: Slot) => ({ slotIdNew: s.id.replace('_10009_', '_10010_') }), 404, 'slotIdNew'],
    ['a start that is not the new slot’s', () => ({ start: '2026-03-03T23:00:00+01:00' }), 400, 'start'],
    ['an invented new slot id', () => ({ slotIdNew: 'abcSlotIdNew' }), 400, 'slotIdNew'],
  ])('answers %s without a change', async (_name, change, status, field) => {
    const { booking, all } = await booked();
    const target = all[0]!;
    const before = structuredClone(recordOf(booking.bookingId));
    const body = { bookingId: booking.bookingId, slotIdOld: booking.slotId, slotIdNew: target.id, start: target.start, ...change(booking, target) };
    const res = await act('modifyAppointment', body);
    expect(res.status).toBe(status);
    expect(res.body.error.details.field).toBe(field);
    expect(recordOf(booking.bookingId)).toEqual(before);
  });

  it('cancels by deleting the record; the slot is offered again; a second cancel is 404', async () => {
    const { booking } = await booked();
    const request = { bookingId: booking.bookingId, slotId: booking.slotId, start: booking.start };
    const res = await act('cancelAppointment', request);
    expect(res.body).toMatchObject({ success: true, bookingId: booking.bookingId, slotId: booking.slotId, message: expect.stringMatching(/is cancelled\.$/) });
    expect(recordOf(booking.bookingId).deleted).toBe(true);
    expect((await slots(massage)).map((s) => s.id)).toContain(booking.slotId);
    expect((await act('cancelAppointment', request)).body.error).toMatchObject({ code: 'not_found', details: { field: 'bookingId' } });
    const move = await act('modifyAppointment', { bookingId: booking.bookingId, slotIdOld: booking.slotId, slotIdNew: booking.slotId, start: booking.start });
    expect(move.status).toBe(404);
  });

  it('refuses to cancel with a slot the booking does not hold or another start', async () => {
    const { booking, all } = await booked();
    expect((await act('cancelAppointment', { bookingId: booking.bookingId, slotId: all[0]!.id, start: booking.start })).status).toBe(404);
    expect((await act('cancelAppointment', { bookingId: booking.bookingId, slotId: booking.slotId, start: all[0]!.start })).status).toBe(400);
    expect(recordOf(booking.bookingId).deleted).toBe(false);
  });
});
