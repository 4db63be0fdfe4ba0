import { describe, expect, it } from 'vitest';
import { ids, newCaller, useVoicebot } from './testing.ts';

const { server, act, tables, liveRecords } = useVoicebot();
const massage30 = { appointmentTypeId: ids.massage, productId: ids.massage30 };

/** Two Berlin clients with the same first and last name (the demo data has such pairs). */
function namesakes() {
  const clients = [...tables().clients.values()].filter((c) => c.companyId === 1001);
  const pair = clients.filter((c) => clients.filter((o) => o.name === c.name && o.surname === c.surname).length === 2);
  const [a, b] = pair.filter((c) => c.name === pair[0]!.name && c.surname === pair[0]!.surname);
  return [a!, b!] as const;
}

describe('findExistingUser', () => {
  it('returns namesakes as two users the bot tells apart by birth date', async () => {
    const [a, b] = namesakes();
    const res = await act('findExistingUser', { participant: { firstName: a.name.toUpperCase(), lastName: a.surname.toLowerCase() } });
    expect(res.body).toEqual([
      { id: `us_1001_${a.id}`, firstName: a.name, lastName: a.surname, phone: a.phone, email: a.email, birthDate: a.birthDate, gender: a.sexId === 1 ? 'male' : 'female' },
      { id: `us_1001_${b.id}`, firstName: b.name, lastName: b.surname, phone: b.phone, email: b.email, birthDate: b.birthDate, gender: b.sexId === 1 ? 'male' : 'female' },
    ]);
    expect(a.birthDate).not.toBe(b.birthDate);
    const narrowed = await act('findExistingUser', { participant: { firstName: a.name, lastName: a.surname, birthDate: b.birthDate } });
    expect(narrowed.body.map((u: { id: string }) => u.id)).toEqual([`us_1001_${b.id}`]);
  });

  it('finds by phone alone, and needs every given field to match', async () => {
    const [a] = namesakes();
    expect((await act('findExistingUser', { participant: { phone: a.phone } })).body.map((u: { id: string }) => u.id)).toEqual([`us_1001_${a.id}`]);
    expect((await act('findExistingUser', { participant: { firstName: a.name, lastName: a.surname, phone: '+4915100000000' } })).body).toEqual([]);
    expect((await act('findExistingUser', { participant: { firstName: a.name, lastName: a.surname.slice(0, 3) } })).body).toEqual([]);
  });

  it('matches nobody for an empty query, an unknown name or a user id of another kind', async () => {
    expect((await act('findExistingUser', { participant: {} })).body).toEqual([]);
    expect((await act('findExistingUser', { participant: { firstName: 'Nobody', lastName: 'Known' } })).body).toEqual([]);
    expect((await act('findExistingUser', { participant: { id: ids.anna } })).body).toEqual([]);
  });

  it('searches the session entity’s location only, when it is given', async () => {
    const [a] = namesakes();
    expect((await act('findExistingUser', { entityId: ids.brooklyn, participant: { phone: a.phone } })).body).toEqual([]);
    expect((await act('findExistingUser', { entityId: 'ent_nowhere', participant: { phone: a.phone } })).status).toBe(404);
  });

  it('finds a caller who booked by the details they gave', async () => {
    const slot = (await act('getSlots', { ...massage30, agentId: null, dateTime: '2026-03-03', timezone: 'Europe/Berlin' })).body[0];
    await act('bookAppointment', { ...massage30, slotId: slot.id, start: slot.start, booker: newCaller });
    const res = await act('findExistingUser', { participant: { firstName: 'Max', lastName: 'Mustermann', birthDate: '1985-04-12' } });
    expect(res.body).toEqual([{ id: expect.stringMatching(/^us_1001_/), firstName: 'Max', lastName: 'Mustermann', phone: newCaller.phone, birthDate: '1985-04-12' }]);
  });
});

describe('findExistingBooking', () => {
  it('returns the user’s future, live bookings, earliest first, with what modify and cancel need', async () => {
    const now = server.mock.fake.clock.now();
    const owner = liveRecords().find((r) => r.companyId === 1001 && r.start > now && r.clientId !== null)!.clientId!;
    const expected = liveRecords()
      .filter((r) => r.clientId === owner && r.start > now)
      .sort((a, b) => a.start - b.start);
    const res = await act('findExistingBooking', { id: `us_1001_${owner}` });
    expect(res.body.map((b: { bookingId: string }) => b.bookingId)).toEqual(expected.map((r) => `bk_1001_${r.id}`));
    const first = expected[0]!;
    const staff = tables().staff.get(first.staffId)!;
    const service = tables().services.get(first.services[0]!.id)!;
    expect(res.body[0]).toMatchObject({
      slotId: expect.stringMatching(new RegExp(`^sl_1001_${service.id}_${staff.id}_\\d{8}T\\d{4}Z$`)),
      agentId: `ag_1001_${staff.id}`,
      agentName: staff.name,
      productId: `pr_1001_${service.id}`,
      productName: service.title,
      appointmentTypeId: `at_1001_${service.categoryId}`,
      participant: { id: `us_1001_${owner}` },
    });
    expect(Date.parse(res.body[0].start)).toBe(first.start);
    expect(res.body[0].start).toMatch(/\+01:00$/);
  });

  it('leaves out past and cancelled bookings', async () => {
    const slot = (await act('getSlots', { ...massage30, agentId: null, dateTime: '2026-03-03', timezone: 'Europe/Berlin' })).body[0];
    const booked = (await act('bookAppointment', { ...massage30, slotId: slot.id, start: slot.start, booker: newCaller })).body;
    const user = (await act('findExistingUser', { participant: { phone: newCaller.phone } })).body[0].id;
    expect((await act('findExistingBooking', { id: user })).body.map((b: { bookingId: string }) => b.bookingId)).toEqual([booked.bookingId]);
    server.mock.fake.clock.set(Date.parse('2026-03-04T07:00:00Z'), { frozen: true });
    expect((await act('findExistingBooking', { id: user })).body).toEqual([]);
    server.mock.fake.clock.set(Date.parse('2026-03-02T07:00:00Z'), { frozen: true });
    await act('cancelAppointment', { bookingId: booked.bookingId, slotId: booked.slotId, start: booked.start });
    expect((await act('findExistingBooking', { id: user })).body).toEqual([]);
  });

  it.each([
    ['an unknown user', 'us_1001_99999'],
    ['an id of another kind', ids.anna],
    ['a user of an unserved location', 'us_1003_10014'],
  ])('answers 404 for %s', async (_name, id) => {
    expect((await act('findExistingBooking', { id })).body.error).toMatchObject({ code: 'not_found', details: { field: 'id' } });
  });
});
