import { CouldNotRunError } from '../../kit/cli-kit.ts';
import type { components } from '../../specs/generated/voicebot.ts';
import { field, names, type Dialect, type DialectContext } from './dialect.ts';
import type { Booking, SlotRef } from './model.ts';

// The VoiceBot webhooks as the explorer speaks them: requests shaped as seed 001's samples
// (no entityId after the greeting), slots of any agent on the suite's first day in each
// caller's zone, bookings read back through findExistingUser and findExistingBooking.

type Schemas = components['schemas'];


/**
 * Caller k, or (-1) the racer: one person on several lines at once, as the suites race, since
 * a refused booking must change nothing and a new client is a change. Unique per run.
 */
function person(k: number) {
  const tag = k < 0 ? 'Racer' : `Caller${k + 1}`;
  return {
    firstName: 'Robin',
    lastName: `Explore-${tag}-{{runId}}`,
    phone: `+4918${k + 1}{{runId}}`,
    email: `robin.${tag.toLowerCase()}.{{runId}}@example.com`,
    birthDate: '1984-05-17',
    gender: 'diverse',
    insurance: 'statutory',
    street: 'Teststraße 1',
    zip: '10115',
    city: 'Berlin',
  };
}
const fullName = (p: ReturnType<typeof person>) => `${p.firstName} ${p.lastName}`;

const call = (action: string, fields: Record<string, unknown>) => ({ method: 'POST' as const, path: '', body: { action, ...fields } });

export async function voicebotDialect({ vars, http }: DialectContext): Promise<Dialect> {
  const catalog = await discover({ vars, http });
  const day = '{{days.0}}';
  // Callers in the zones the flags name (most callers', far callers'), then farther still.
  const zones = [...new Set([String(vars.timezone), String(vars.awayTimezone), 'America/New_York', 'Pacific/Auckland'])];
  const zone = (caller: number) => zones[caller % zones.length]!;
  const product = { appointmentTypeId: catalog.typeId, productId: catalog.productId };

  const bookRequest = (b: Pick<Booking, 'booker' | 'client'>, slot: SlotRef) => {
    const booker = person(b.booker);
    return call('bookAppointment', {
      ...product,
      slotId: field(slot, 'id'),
      start: field(slot, 'start'),
      booker,
      ...(b.client !== b.booker && { participant: person(b.client) }),
    });
  };
  const refusedAsTaken = { status: 409, assert: [{ name: 'flow.slot-unavailable', that: '/error/code', equals: 'slot_unavailable' }], effect: { none: true as const } };
  const cancelRequest = (b: Booking) => {
    const { answer } = names(b);
    return call('cancelAppointment', { bookingId: `{{${answer}.bookingId}}`, slotId: `{{${answer}.slotId}}`, start: `{{${answer}.start}}` });
  };
  const moveRequest = (b: Booking, to: SlotRef) => {
    const { answer } = names(b);
    return call('modifyAppointment', { bookingId: `{{${answer}.bookingId}}`, slotIdOld: `{{${answer}.slotId}}`, slotIdNew: field(to, 'id'), start: field(to, 'start') });
  };

  return {
    api: 'voicebot',
    abilities: new Set(['find', 'modify', 'cancel', 'forOther']),
    lookup: (caller, list) => ({
      name: `caller ${caller + 1} hears the free slots (${list})`,
      operation: 'getSlots',
      request: call('getSlots', { ...product, agentId: null, dateTime: day, timezone: zone(caller) }),
      capture: { [list]: '' },
      assert: [{ name: 'flow.slots-in-the-caller-zone', that: '/*/start', inZone: zone(caller) }],
      offers: { read: 'slots', at: '', location: '{{location}}', service: { name: catalog.productName }, zone: zone(caller), window: { date: day, zone: zone(caller) }, complete: 'all' },
    }),
    book(b) {
      const { answer, record } = names(b);
      const client = person(b.client);
      return {
        name: `caller ${b.booker + 1} books ${b.slot.list}[${b.slot.index}]${b.client === b.booker ? '' : ` for caller ${b.client + 1}`} (booking ${b.n})`,
        operation: 'bookAppointment',
        request: bookRequest(b, b.slot),
        capture: { [answer]: '' },
        assert: [
          { name: 'flow.booking-succeeded', that: '/success', equals: true },
          { name: 'flow.booked-as-asked', that: '/start', sameInstant: field(b.slot, 'start') },
        ],
        effect: {
          create: {
            location: '{{location}}',
            staff: { name: field(b.slot, 'agentName') },
            service: { name: catalog.productName },
            start: field(b.slot, 'start'),
            client: { name: fullName(client), phone: client.phone },
            ...(b.client !== b.booker && { booker: { phone: person(b.booker).phone } }),
          },
          as: record,
        },
        undo: call('cancelAppointment', { bookingId: '{{answer.bookingId}}', slotId: '{{answer.slotId}}', start: '{{answer.start}}' }),
      };
    },
    bookTaken: (caller, slot) => ({
      name: `caller ${caller + 1} asks for ${slot.list}[${slot.index}], which another booking holds`,
      operation: 'bookAppointment',
      request: bookRequest({ booker: caller, client: caller }, slot),
      ...refusedAsTaken,
    }),
    retry: (b) => ({
      name: `caller ${b.booker + 1} sends booking ${b.n} again (a retry)`,
      operation: 'bookAppointment',
      request: bookRequest(b, b.bookedAt),
      ...refusedAsTaken,
    }),
    race: (slot, copies) => ({
      name: `${copies} callers book ${slot.list}[${slot.index}] at once`,
      operation: 'bookAppointment',
      request: call('bookAppointment', { ...product, slotId: field(slot, 'id'), start: field(slot, 'start'), booker: person(-1) }),
      race: { copies, conflictStatus: 409 },
      effect: { create: { start: field(slot, 'start') } },
    }),
    find: (caller, { live, gone, user }) => {
      const p = person(caller);
      return [
        {
          name: `caller ${caller + 1} is found by name and birth date`,
          operation: 'findExistingUser',
          request: call('findExistingUser', { participant: { firstName: p.firstName, lastName: p.lastName, birthDate: p.birthDate } }),
          assert: [{ name: 'flow.caller-found', that: '', length: 1 }],
          capture: { [user]: '/0' },
        },
        {
          name: `caller ${caller + 1}'s bookings are listed: ${live.map((b) => b.n).join(', ') || 'none'}`,
          operation: 'findExistingBooking',
          request: call('findExistingBooking', { id: `{{${user}.id}}` }),
          assert: [
            { name: 'flow.all-bookings-found', that: '', length: live.length },
            ...live.map((b) => ({ name: 'flow.booking-found', that: '/*/bookingId', contains: `{{${names(b).answer}.bookingId}}` })),
            ...gone.map((b) => ({ name: 'flow.cancelled-booking-gone', that: '/*/bookingId', notContains: `{{${names(b).answer}.bookingId}}` })),
          ],
        },
      ];
    },
    modify(b, to) {
      const { answer, record } = names(b);
      return {
        name: `booking ${b.n} moves to ${to.list}[${to.index}]`,
        operation: 'modifyAppointment',
        request: moveRequest(b, to),
        capture: { [answer]: '' },
        assert: [
          { name: 'flow.modify-succeeded', that: '/success', equals: true },
          { name: 'flow.moved', that: '/start', sameInstant: field(to, 'start') },
        ],
        effect: { move: { record: `{{${record}.id}}`, to: { start: field(to, 'start'), staff: { name: field(to, 'agentName') } } }, as: record },
      };
    },
    modifyTaken: (b, to) => ({
      name: `booking ${b.n} asks to move onto ${to.list}[${to.index}], which another booking holds`,
      operation: 'modifyAppointment',
      request: moveRequest(b, to),
      ...refusedAsTaken,
    }),
    cancel: (b) => ({
      name: `booking ${b.n} is cancelled`,
      operation: 'cancelAppointment',
      request: cancelRequest(b),
      assert: [{ name: 'flow.cancel-succeeded', that: '/success', equals: true }],
      effect: { cancel: { record: `{{${names(b).record}.id}}` } },
    }),
    cancelAgain: (b) => ({
      name: `booking ${b.n} is cancelled again`,
      operation: 'cancelAppointment',
      request: cancelRequest(b),
      status: 404,
      assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'not_found' }],
      effect: { none: true },
    }),
  } satisfies Dialect & Required<Pick<Dialect, 'find' | 'modify' | 'modifyTaken' | 'cancel' | 'cancelAgain'>>;
}

/** The type and product the explorer books, from the target's own catalog (the first of each): its ids are the target's. */
async function discover({ vars, http }: DialectContext): Promise<{ typeId: string; productId: string; productName: string }> {
  const ask = async <T>(body: Record<string, unknown>): Promise<T> => {
    const exchange = await http.send({ method: 'POST', path: '', body });
    if (exchange.response?.status !== 200) {
      throw new CouldNotRunError(`the target did not answer ${String(body.action)} (${exchange.error ?? `status ${exchange.response?.status}`}), which the explorer needs to learn its catalog`);
    }
    return exchange.response.body as T;
  };
  const entity = await ask<Schemas['GetEntityForSipIdResponse']>({ action: 'getEntityForSipId', sipId: vars.sipId });
  const types = await ask<Schemas['GetAppointmentTypesWithProductsResponse']>({ action: 'getAppointmentTypesWithProducts', entityId: entity?.entityId });
  const type = Array.isArray(types) ? types.find((t) => (t.products?.length ?? 0) > 0) : undefined;
  const product = type?.products[0];
  if (!type || !product) throw new CouldNotRunError(`the target lists no appointment type with a product for sipId ${String(vars.sipId)}`);
  return { typeId: type.id, productId: product.id, productName: product.name };
}
