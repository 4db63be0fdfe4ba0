import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { mockServerRace, useConsumerPact } from './consumer-pact.ts';

const { eachLike, integer, boolean, string, regex, datetime, fromProviderState, reify } = MatchersV3;

// The VoiceBot of seed 001 is the consumer of the webhook: its 13 actions in the order of
// a call, each with the fields it reads, and the refusals it acts on. Catalogue ids are the
// reference's (an implementation chooses its own, and the bot carries them from answer to
// request); ids of a booking made by a provider state come from that state.
const pact = useConsumerPact('voice-bot', 'voicebot');

const token = 'vb_demo_token_5e2d7a';
const entityId = 'ent_gleichgewicht';
const massage = 'at_1001_10006';
const massage30 = 'pr_1001_10009';
const agentId = 'ag_1001_10001';
const T = '2026-03-03T10:00:00+01:00';
const T2 = '2026-03-04T11:00:00+01:00';
const slotAtT = 'sl_1001_10009_10001_20260303T0900Z';
const slotAtT2 = 'sl_1001_10009_10001_20260304T1000Z';
const L = { companyId: 1001, serviceId: 10009, staffId: 10001, minutes: 30 };
const erika = { clientName: 'Erika Mustermann', clientPhone: '+491701234567' };
const json = { 'Content-Type': regex('^application/json(;.*)?$', 'application/json') };
const offsetTime = (example: string) => datetime("yyyy-MM-dd'T'HH:mm:ssXXX", example);
const bookingId = fromProviderState('bk_1001_${recordId}', 'bk_1001_20001');
const userId = fromProviderState('us_1001_${clientId}', 'us_1001_20001');
const errorShape = (code: string, message: string) => ({ error: { code, message: string(message) } });
const result = (slotId: string, start: string, end: string) => ({
  success: true,
  bookingId: string('bk_1001_20001'),
  slotId: string(slotId),
  start: offsetTime(start),
  end: offsetTime(end),
  message: string('Your appointment is booked.'),
});

/** The bot's call: one POST with its token, the answer as the bot reads it. */
async function act(url: string, body: Record<string, unknown>, bearer = token) {
  const res = await fetch(`${url}/`, { method: 'POST', headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('the VoiceBot → the VoiceBot webhook', mockServerRace, () => {
  const opened = ['location L is open with its catalogue and staff', { companyId: L.companyId }] as const;
  const freeSlot = ['location L has a free 30-minute massage slot at T', { ...L, start: T }] as const;
  const booked = ['client C has a massage booked in location L at T', { ...L, start: T, ...erika }] as const;
  const bookAtT = {
    action: 'bookAppointment',
    appointmentTypeId: massage,
    productId: massage30,
    slotId: slotAtT,
    start: T,
    booker: { firstName: 'Max', lastName: 'Mustermann', phone: '+4915112345678' },
  };

  /** One action the bot sends and the answer it expects, with what it checks on that answer. */
  async function expectAction(
    given: readonly [string, Record<string, string | number>],
    description: string,
    exchange: { body: Record<string, unknown>; status: number; answer: unknown; check: (answer: { status: number; body: any }) => void },
  ) {
    await pact
      .addInteraction()
      .given(...given)
      .uponReceiving(description)
      .withRequest('POST', '/', (b) => b.headers({ Authorization: regex(/^Bearer \S+$/, `Bearer ${token}`), ...json }).jsonBody(exchange.body))
      .willRespondWith(exchange.status, (b) => b.headers(json).jsonBody(exchange.answer))
      .executeTest(async (server) => exchange.check(await act(server.url, reify(exchange.body) as Record<string, unknown>)));
  }

  it('routes the called number to its business entity', async () => {
    await expectAction(opened, 'a getEntityForSipId action', {
      body: { action: 'getEntityForSipId', sipId: 'phoneSipId12345678' },
      status: 200,
      answer: { entityId: string(entityId) },
      check: (a) => expect(a.body.entityId).toBe(entityId),
    });
  });

  it('is told when the called number belongs to no business', async () => {
    await expectAction(opened, 'a getEntityForSipId action for an unknown number', {
      body: { action: 'getEntityForSipId', sipId: 'phoneSipId00000000' },
      status: 404,
      answer: errorShape('not_found', 'No business entity is configured for sipId "phoneSipId00000000".'),
      check: (a) => expect(a).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } }),
    });
  });

  it('asks for the business name for its greeting', async () => {
    await expectAction(opened, 'a getBusinessName action', {
      body: { action: 'getBusinessName', entityId },
      status: 200,
      answer: { name: string('Physiotherapie Gleichgewicht') },
      check: (a) => expect(a.body.name).toBe('Physiotherapie Gleichgewicht'),
    });
  });

  it('lists the appointment types', async () => {
    await expectAction(opened, 'a getAppointmentTypes action', {
      body: { action: 'getAppointmentTypes', entityId },
      status: 200,
      answer: eachLike({ id: string(massage), name: string('Massage') }),
      check: (a) => expect(a.body).toEqual([{ id: massage, name: 'Massage' }]),
    });
  });

  it('lists the agents of an appointment type', async () => {
    await expectAction(opened, 'a getAgents action', {
      body: { action: 'getAgents', entityId, appointmentTypeId: massage },
      status: 200,
      answer: eachLike({ id: string(agentId), name: string('Devin Hasse') }),
      check: (a) => expect(a.body[0].id).toBe(agentId),
    });
  });

  it('lists the products of an appointment type', async () => {
    await expectAction(opened, 'a getProducts action', {
      body: { action: 'getProducts', entityId, appointmentTypeId: massage },
      status: 200,
      answer: eachLike({ id: string(massage30), name: string('Massage 30 Minuten'), duration: integer(30) }),
      check: (a) => expect(a.body[0]).toEqual({ id: massage30, name: 'Massage 30 Minuten', duration: 30 }),
    });
  });

  it('lists the appointment types with their products at once', async () => {
    await expectAction(opened, 'a getAppointmentTypesWithProducts action', {
      body: { action: 'getAppointmentTypesWithProducts', entityId },
      status: 200,
      answer: eachLike({ id: string(massage), name: string('Massage'), products: eachLike({ id: string(massage30), name: string('Massage 30 Minuten'), duration: integer(30) }) }),
      check: (a) => expect(a.body[0].products[0].id).toBe(massage30),
    });
  });

  it('asks for the free slots of a day with the agent the caller prefers', async () => {
    await expectAction(freeSlot, 'a getSlots action', {
      body: { action: 'getSlots', appointmentTypeId: massage, productId: massage30, agentId, dateTime: '2026-03-03', timezone: 'Europe/Berlin' },
      status: 200,
      answer: eachLike({
        id: string(slotAtT),
        start: offsetTime(T),
        end: offsetTime('2026-03-03T10:30:00+01:00'),
        duration: integer(30),
        agentId: string(agentId),
        agentName: string('Devin Hasse'),
      }),
      check: (a) => expect(a.body[0]).toMatchObject({ id: slotAtT, start: T, agentId }),
    });
  });

  it('asks what to ask the caller before booking', async () => {
    const field = { name: string('firstName'), type: string('string'), required: boolean(true) };
    await expectAction(opened, 'a getRequiredInfo action', {
      body: { action: 'getRequiredInfo', productId: massage30 },
      status: 200,
      answer: { bookerInfo: eachLike(field), participantInfo: eachLike(field) },
      check: (a) => expect(a.body.bookerInfo[0]).toEqual({ name: 'firstName', type: 'string', required: true }),
    });
  });

  it('books a free slot', async () => {
    await expectAction(freeSlot, 'a bookAppointment action for a free slot', {
      body: bookAtT,
      status: 200,
      answer: result(slotAtT, T, '2026-03-03T10:30:00+01:00'),
      check: (a) => expect(a.body).toMatchObject({ success: true, bookingId: 'bk_1001_20001', slotId: slotAtT }),
    });
  });

  it('is told when the slot it books was taken', async () => {
    const taken = ['the massage slot at T in location L is already booked', { ...L, start: T, ...erika }] as const;
    await expectAction(taken, 'a bookAppointment action for a slot that is taken', {
      body: bookAtT,
      status: 409,
      answer: errorShape('slot_unavailable', 'The slot on 2026-03-03 at 10:00 with Devin Hasse is no longer free.'),
      check: (a) => expect(a).toMatchObject({ status: 409, body: { error: { code: 'slot_unavailable' } } }),
    });
  });

  it('is told when the start it sends is not the slot’s', async () => {
    await expectAction(freeSlot, 'a bookAppointment action whose start is not the slot’s', {
      body: { ...bookAtT, start: T2 },
      status: 400,
      answer: errorShape('invalid_request', `start "${T2}" is not the start of the chosen slot.`),
      check: (a) => expect(a).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } }),
    });
  });

  it('finds the caller by name', async () => {
    await expectAction(booked, 'a findExistingUser action', {
      body: { action: 'findExistingUser', participant: { firstName: 'Erika', lastName: 'Mustermann' } },
      status: 200,
      answer: eachLike({ id: userId, firstName: string('Erika'), lastName: string('Mustermann') }),
      check: (a) => expect(a.body[0].id).toBe('us_1001_20001'),
    });
  });

  it('finds the caller’s future bookings', async () => {
    await expectAction(booked, 'a findExistingBooking action', {
      body: { action: 'findExistingBooking', id: userId },
      status: 200,
      answer: eachLike({ bookingId: string('bk_1001_20001'), slotId: string(slotAtT), start: offsetTime(T), end: offsetTime('2026-03-03T10:30:00+01:00') }),
      check: (a) => expect(a.body[0]).toMatchObject({ bookingId: 'bk_1001_20001', slotId: slotAtT }),
    });
  });

  it('moves a booking to another free slot', async () => {
    await expectAction(booked, 'a modifyAppointment action', {
      body: { action: 'modifyAppointment', bookingId, slotIdOld: slotAtT, slotIdNew: slotAtT2, start: T2 },
      status: 200,
      answer: result(slotAtT2, T2, '2026-03-04T11:30:00+01:00'),
      check: (a) => expect(a.body).toMatchObject({ success: true, slotId: slotAtT2, start: T2 }),
    });
  });

  it('cancels a booking', async () => {
    await expectAction(booked, 'a cancelAppointment action', {
      body: { action: 'cancelAppointment', bookingId, slotId: slotAtT, start: T },
      status: 200,
      answer: { success: true, bookingId: string('bk_1001_20001') },
      check: (a) => expect(a.body).toMatchObject({ success: true, bookingId: 'bk_1001_20001' }),
    });
  });

  it('is told when the booking it cancels does not exist', async () => {
    await expectAction(opened, 'a cancelAppointment action for a booking that does not exist', {
      body: { action: 'cancelAppointment', bookingId: 'bk_1001_99999', slotId: slotAtT, start: T },
      status: 404,
      answer: errorShape('not_found', 'There is no booking "bk_1001_99999"; it may have been cancelled.'),
      check: (a) => expect(a).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } }),
    });
  });

  it('is refused with a wrong token', async () => {
    const body = { action: 'getEntityForSipId', sipId: 'phoneSipId12345678' };
    await pact
      .addInteraction()
      .given(...opened)
      .uponReceiving('an action with a wrong token')
      .withRequest('POST', '/', (b) => b.headers({ Authorization: 'Bearer vb_wrong', ...json }).jsonBody(body))
      .willRespondWith(401, (b) =>
        b.headers({ ...json, 'WWW-Authenticate': regex(/^Bearer\b.*/, 'Bearer realm="voicebot"') }).jsonBody(errorShape('unauthorized', 'The bearer token is not valid for this webhook.')),
      )
      .executeTest(async (server) => {
        expect(await act(server.url, body, 'vb_wrong')).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
      });
  });
});
