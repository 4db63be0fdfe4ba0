import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { createAltegioClient, demo, type AltegioClient } from '../../mock-server/index.ts';
import { mockServerRace, useConsumerPact } from './consumer-pact.ts';

const { like, eachLike, integer, string, regex, datetime, date, fromProviderState } = MatchersV3;

// The AI agent of seed 000 is the consumer: its nine Altegio actions, made by the typed
// Altegio client against Pact's mock, write the pact the fake Altegio (and the real
// Altegio, given its URL) is verified against.
const pact = useConsumerPact('ai-agent', 'altegio');

const L = demo.berlinId;
const massage = { companyId: L, serviceId: 10009, staffId: 10001, minutes: 30 };
const T = '2026-03-03T10:00:00+01:00';
const T2 = '2026-03-04T11:00:00+01:00';
const erika = { clientName: 'Erika Mustermann', clientPhone: '+491701234567' };
const partnerAuth = regex(/^Bearer \S+$/, `Bearer ${demo.partnerToken}`);
const userAuth = regex(/^Bearer \S+, User \S+$/, `Bearer ${demo.partnerToken}, User ${demo.users[0].token}`);
// Pact's core matches a header regex against the whole value (charset included).
const json = { 'Content-Type': regex('^application/json(;.*)?$', 'application/json') };
const offsetTime = (example: string) => datetime("yyyy-MM-dd'T'HH:mm:ssXXX", example);

const agent = (url: string, withUser = true): AltegioClient =>
  createAltegioClient({ baseUrl: url, partnerToken: demo.partnerToken, ...(withUser && { userToken: demo.users[0].token }) });

const unwrap = <T>(result: { ok: true; data: T } | { ok: false; status: number; message: string }): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.status}: ${result.message}`);
  return result.data;
};

/** Interactions Pact's mock answers together, for consumer actions that make several requests. */
const together = <T>(...interactions: T[]): T => interactions.at(-1)!;

const recordShape = (start: string) =>
  like({ id: integer(20001), company_id: integer(L), staff_id: integer(massage.staffId), datetime: offsetTime(start), seance_length: integer(1800) });
const errorShape = (message: string) => ({ success: false, meta: { message: string(message) } });

describe('the AI agent → Altegio', mockServerRace, () => {
  const opened = ['location L is open with its catalogue and staff', { companyId: L }] as const;
  const freeSlot = ['location L has a free 30-minute massage slot at T', { ...massage, start: T }] as const;
  const booked = ['client C has a massage booked in location L at T', { ...massage, start: T, ...erika }] as const;
  const recordPath = fromProviderState(`/record/${L}/\${recordId}`, `/record/${L}/20001`);
  const recordBody = (datetime: string) => ({
    staff_id: massage.staffId,
    services: [{ id: massage.serviceId }],
    client: { name: erika.clientName, phone: erika.clientPhone },
    datetime,
    seance_length: 1800,
    save_if_busy: false,
    send_sms: false,
    sms_remain_hours: 1,
    email_remain_hours: 12,
    attendance: 0,
  });
  const booking = (datetime: string) => ({ staffId: massage.staffId, serviceId: massage.serviceId, ...erika, datetime, seanceLength: 1800 });

  it('reads the service categories', async () => {
    await pact
      .addInteraction()
      .given(...opened)
      .uponReceiving('a request for the service categories of a location')
      .withRequest('GET', `/company/${L}/service_categories`, (b) => b.headers({ Authorization: partnerAuth }))
      .willRespondWith(200, (b) => b.headers(json).jsonBody({ success: true, data: eachLike({ id: integer(10006), title: string('Massage') }) }))
      .executeTest(async (server) => {
        expect(unwrap(await agent(server.url, false).getServiceCategories(L))).toEqual([{ id: 10006, title: 'Massage' }]);
      });
  });

  it('reads the services of one category', async () => {
    await pact
      .addInteraction()
      .given(...opened)
      .uponReceiving('a request for the services of one category')
      .withRequest('GET', `/company/${L}/services`, (b) => b.headers({ Authorization: partnerAuth }).query({ category_id: '10006' }))
      .willRespondWith(200, (b) => b.headers(json).jsonBody({ success: true, data: eachLike({ id: integer(massage.serviceId), title: string('Massage 30 Minuten') }) }))
      .executeTest(async (server) => {
        expect(unwrap(await agent(server.url, false).getServices(L, { categoryId: 10006 }))[0]!.title).toBe('Massage 30 Minuten');
      });
  });

  it('finds the staff who provide a service, each with their own length', async () => {
    await together(
      pact
        .addInteraction()
        .given(...opened)
        .uponReceiving('a request for the services of a location')
        .withRequest('GET', `/company/${L}/services`, (b) => b.headers({ Authorization: partnerAuth }))
        .willRespondWith(200, (b) =>
          b.headers(json).jsonBody({
            success: true,
            data: eachLike({ id: integer(massage.serviceId), title: string('Massage 30 Minuten'), staff: eachLike({ id: integer(massage.staffId), seance_length: integer(1800) }) }),
          }),
        ),
      pact
        .addInteraction()
        .given(...opened)
        .uponReceiving('a request for the staff of a location')
        .withRequest('GET', `/company/${L}/staff`, (b) => b.headers({ Authorization: partnerAuth }))
        .willRespondWith(200, (b) => b.headers(json).jsonBody({ success: true, data: eachLike({ id: integer(massage.staffId), name: string('Devin Hasse') }) })),
    ).executeTest(async (server) => {
      const staff = unwrap(await agent(server.url, false).getStaffByService(L, 'massage 30'));
      expect(staff).toEqual([expect.objectContaining({ id: massage.staffId, name: 'Devin Hasse', seanceLength: 1800 })]);
    });
  });

  it('finds the free slots of a service between two dates', async () => {
    await together(
      pact
        .addInteraction()
        .given(...freeSlot)
        .uponReceiving('a request for the bookable dates of a service in a month')
        .withRequest('GET', `/book_dates/${L}`, (b) => b.headers({ Authorization: partnerAuth }).query({ 'service_ids[]': String(massage.serviceId), staff_id: '0', date: '2026-03-01' }))
        .willRespondWith(200, (b) => b.headers(json).jsonBody({ success: true, data: like({ booking_dates: eachLike(date('yyyy-MM-dd', '2026-03-03')) }) })),
      pact
        .addInteraction()
        .given(...freeSlot)
        .uponReceiving('a request for the free times of a service on a day')
        .withRequest('GET', `/book_times/${L}/0/2026-03-03`, (b) => b.headers({ Authorization: partnerAuth }).query({ 'service_ids[]': String(massage.serviceId) }))
        .willRespondWith(200, (b) =>
          b.headers(json).jsonBody({ success: true, data: eachLike({ time: regex(/^\d{2}:\d{2}$/, '10:00'), seance_length: integer(1800), datetime: offsetTime(T) }) }),
        ),
    ).executeTest(async (server) => {
      const slots = unwrap(await agent(server.url, false).getAvailableSlots(L, { startDate: '2026-03-03', endDate: '2026-03-03', serviceId: massage.serviceId }));
      expect(slots).toEqual([{ date: '2026-03-03', time: '10:00', datetime: T, seanceLength: 1800 }]);
    });
  });

  it('books a free slot', async () => {
    await pact
      .addInteraction()
      .given(...freeSlot)
      .uponReceiving('a booking of a free slot')
      .withRequest('POST', `/records/${L}`, (b) => b.headers({ Authorization: userAuth, ...json }).jsonBody(recordBody(T)))
      .willRespondWith(201, (b) => b.headers(json).jsonBody({ success: true, data: recordShape(T) }))
      .executeTest(async (server) => {
        expect(unwrap(await agent(server.url).createAppointment(L, booking(T)))).toMatchObject({ id: 20001, datetime: T });
      });
  });

  it('is told when the slot it books is taken', async () => {
    await pact
      .addInteraction()
      .given('the massage slot at T in location L is already booked', { ...massage, start: T, clientName: 'Max Muster', clientPhone: '+491709999999' })
      .uponReceiving('a booking of a slot that is already taken')
      .withRequest('POST', `/records/${L}`, (b) => b.headers({ Authorization: userAuth, ...json }).jsonBody(recordBody(T)))
      .willRespondWith(422, (b) => b.headers(json).jsonBody(errorShape('Devin Hasse (10001) cannot be booked on 2026-03-03T10:00:00+01:00.')))
      .executeTest(async (server) => {
        const taken = await agent(server.url).createAppointment(L, booking(T));
        expect(taken).toMatchObject({ ok: false, status: 422, message: expect.stringContaining('cannot be booked') });
      });
  });

  it('lists a client’s bookings from a day on', async () => {
    await pact
      .addInteraction()
      .given(...booked)
      .uponReceiving('a request for the bookings of a client from a day on')
      .withRequest('GET', `/records/${L}`, (b) =>
        b.headers({ Authorization: userAuth }).query({ page: '1', count: '200', client_id: fromProviderState('${clientId}', '20001'), start_date: '2026-03-02' }),
      )
      .willRespondWith(200, (b) => b.headers(json).jsonBody({ success: true, data: eachLike(recordShape(T)), meta: like({ total_count: integer(1) }) }))
      .executeTest(async (server) => {
        const mine = unwrap(await agent(server.url).getAppointments(L, { clientId: 20001, startDate: '2026-03-02' }));
        expect(mine.map((r) => r.id)).toEqual([20001]);
      });
  });

  it('moves a booking to another free time', async () => {
    await pact
      .addInteraction()
      .given(...booked)
      .uponReceiving('a move of a booking to another free time')
      .withRequest('PUT', recordPath, (b) => b.headers({ Authorization: userAuth, ...json }).jsonBody(recordBody(T2)))
      .willRespondWith(201, (b) => b.headers(json).jsonBody({ success: true, data: recordShape(T2) }))
      .executeTest(async (server) => {
        expect(unwrap(await agent(server.url).updateAppointment(L, 20001, booking(T2))).datetime).toBe(T2);
      });
  });

  it('cancels a booking', async () => {
    await pact
      .addInteraction()
      .given(...booked)
      .uponReceiving('a cancellation of a booking')
      .withRequest('DELETE', recordPath, (b) => b.headers({ Authorization: userAuth }))
      .willRespondWith(204)
      .executeTest(async (server) => {
        expect(await agent(server.url).cancelAppointment(L, 20001)).toMatchObject({ ok: true });
      });
  });

  it('is told when the booking it cancels does not exist', async () => {
    await pact
      .addInteraction()
      .given(...opened)
      .uponReceiving('a cancellation of a booking that does not exist')
      .withRequest('DELETE', `/record/${L}/99999`, (b) => b.headers({ Authorization: userAuth }))
      .willRespondWith(404, (b) => b.headers(json).jsonBody(errorShape('Record 99999 not found in location 1001.')))
      .executeTest(async (server) => {
        expect(await agent(server.url).cancelAppointment(L, 99999)).toMatchObject({ ok: false, status: 404, message: 'Record 99999 not found in location 1001.' });
      });
  });
});
