import type { RequestTemplate, Scenario, Step } from '../scenario/scenario.ts';
import { nextWeekdays, weekdaysFrom, type Suite } from './suite.ts';

// Seed 001's General Workflow as scripted calls: the router and greeting, booking with
// and without an agent preference, the single-product and single-type skips,
// getAppointmentTypesWithProducts, modifying and cancelling after finding the caller, a
// caller with two bookings, times someone else holds, and namesakes told apart by the
// next attribute. Each scenario books on its own weekday, callers sit in several zones,
// and requests are shaped as the seed's samples show them (`--request-shape seed`: no
// entityId after the greeting) unless `full` is asked for. With --altegio every offer,
// every effect and what the business is called are held against the fake Altegio.

/** The actions whose seed samples carry `entityId`; the others must work without it. */
const seedEntityActions = new Set(['getBusinessName', 'getAppointmentTypes', 'getAgents', 'getProducts', 'getAppointmentTypesWithProducts']);

const action = (name: string, fields: Record<string, unknown> = {}): RequestTemplate => ({ method: 'POST', path: '', body: { action: name, ...fields } });
const step = (name: string, op: string, fields: Record<string, unknown>, more: Partial<Step> = {}): Step => ({
  name,
  operation: op,
  request: action(op, { entityId: '{{entityId}}', ...fields }),
  ...more,
});

/** What a scenario needs to know of its call: the day it books on, the caller's zone, the location the number reaches. */
interface Call {
  readonly day: string;
  readonly zone: string;
  readonly location?: string;
}

// A caller for each scenario: unique per run so bookings of earlier runs never match.
const person = (tag: string, extra: Record<string, unknown> = {}) => ({
  firstName: 'Robin',
  lastName: `Slotcheck-${tag}-{{runId}}`,
  // One digit per caller (a → 1 …): Altegio tells clients apart by phone.
  phone: `+4917${'abcdefrxyzst'.indexOf(tag) + 1}{{runId}}`,
  email: `robin.${tag}.{{runId}}@example.com`,
  birthDate: '1984-05-17',
  gender: 'diverse',
  insurance: 'statutory',
  street: 'Teststraße 1',
  zip: '10115',
  city: 'Berlin',
  ...extra,
});
type Person = ReturnType<typeof person>;

const greet = (call: Call, sip = '{{sipId}}'): Step[] => [
  { name: 'getEntityForSipId', operation: 'getEntityForSipId', request: action('getEntityForSipId', { sipId: sip }), capture: { entityId: '/entityId' } },
  step('getBusinessName', 'getBusinessName', {}, { content: [{ check: 'business-name', args: { location: call.location ?? '{{location}}' } }] }),
];

const chooseType = (): Step =>
  step('getAppointmentTypes', 'getAppointmentTypes', {}, {
    assert: [{ name: 'flow.has-appointment-types', that: '', minLength: 1 }],
    capture: { type: { pick: '' } },
  });

const chooseProduct = (call: Call): Step =>
  step('getProducts', 'getProducts', { appointmentTypeId: '{{type.id}}' }, {
    assert: [{ name: 'flow.has-products', that: '', minLength: 1 }],
    capture: { product: { pick: '' } },
    content: [{ check: 'products', args: { location: call.location ?? '{{location}}', type: '{{type.name}}' } }],
  });

/**
 * getSlots of the call's day in the caller's zone, for one agent (by the name of a
 * captured slot's agent) or any; with --altegio every slot is checked against the
 * fake's free times, and all of them must be offered.
 */
const slotsOf = (call: Call, agent: string | null, more: Partial<Step> & { product?: string; after?: string } = {}): Step => {
  const { product = 'product', after, ...rest } = more;
  return step(
    `getSlots (${agent === null ? 'any agent' : 'the chosen agent'})`,
    'getSlots',
    {
      appointmentTypeId: '{{type.id}}',
      productId: `{{${product}.id}}`,
      agentId: agent === null ? null : `{{${agent}.agentId}}`,
      dateTime: after ?? call.day,
      timezone: call.zone,
    },
    {
      offers: {
        read: 'slots',
        at: '',
        location: call.location ?? '{{location}}',
        service: { name: `{{${product}.name}}` },
        ...(agent !== null && { staff: { name: `{{${agent}.agentName}}` } }),
        zone: call.zone,
        window: { date: call.day, zone: call.zone, ...(after && { after }) },
        complete: 'all',
      },
      ...rest,
    },
  );
};

const requiredInfo = step('getRequiredInfo', 'getRequiredInfo', { productId: '{{product.id}}' });

const fullName = (p: Person) => `${p.firstName} ${p.lastName}`;

/** Books a captured slot for `who` (and, when given, `participant`); the booking is cancelled when the run closes. */
const book = (call: Call, slot: string, who: Person, more: Partial<Step> & { product?: string; as?: string; participant?: Person } = {}): Step => {
  const { product = 'product', as = 'booked', participant, ...rest } = more;
  const client = participant ?? who;
  return step(
    'bookAppointment',
    'bookAppointment',
    { appointmentTypeId: '{{type.id}}', productId: `{{${product}.id}}`, slotId: `{{${slot}.id}}`, start: `{{${slot}.start}}`, booker: who, ...(participant && { participant }) },
    {
      capture: { booking: '' },
      assert: [
        { name: 'flow.booking-succeeded', that: '/success', equals: true },
        { name: 'flow.booked-as-asked', that: '/start', sameInstant: `{{${slot}.start}}` },
        { name: 'flow.booked-as-asked', that: '/end', sameInstant: `{{${slot}.end}}` },
      ],
      effect: {
        create: {
          location: call.location ?? '{{location}}',
          staff: { name: `{{${slot}.agentName}}` },
          service: { name: `{{${product}.name}}` },
          start: `{{${slot}.start}}`,
          client: { name: fullName(client), phone: client.phone },
          ...(participant && { booker: { phone: who.phone } }),
        },
        as,
      },
      undo: action('cancelAppointment', { bookingId: '{{answer.bookingId}}', slotId: '{{answer.slotId}}', start: '{{answer.start}}' }),
      ...rest,
    },
  );
};

/**
 * The steps up to a booked slot with a preferred agent, for the caller `who`. The caller
 * prefers an agent who works that day: one of getAgents who has a slot among any agent's.
 */
const bookWithAgent = (call: Call, who: Person): Step[] => [
  ...greet(call),
  chooseType(),
  step('getAgents', 'getAgents', { appointmentTypeId: '{{type.id}}' }, {
    assert: [{ name: 'flow.has-agents', that: '', minLength: 1 }],
    capture: { agents: '' },
    content: [{ check: 'agents', args: { location: call.location ?? '{{location}}', type: '{{type.name}}' } }],
  }),
  chooseProduct(call),
  slotsOf(call, null, { capture: { any: { pick: '' } } }),
  slotsOf(call, 'any', {
    assert: [
      { name: 'flow.agent-is-listed', of: 'agents', that: '/*/id', contains: '{{any.agentId}}' },
      { name: 'flow.slots-of-the-chosen-agent', that: '/*/agentId', every: '{{any.agentId}}' },
      { name: 'flow.slots-in-the-caller-zone', that: '/*/start', inZone: call.zone },
    ],
    capture: { slot: { pick: '' } },
  }),
  requiredInfo,
  book(call, 'slot', who),
];

const find = (who: Person, booking = 'booking'): Step[] => [
  step('findExistingUser', 'findExistingUser', { participant: { firstName: who.firstName, lastName: who.lastName, birthDate: who.birthDate } }, {
    assert: [{ name: 'flow.caller-found', that: '', length: 1 }],
    capture: { user: '/0' },
  }),
  step('findExistingBooking', 'findExistingBooking', { id: '{{user.id}}' }, {
    assert: [
      { name: 'flow.booking-found', that: '/*/bookingId', contains: `{{${booking}.bookingId}}` },
      // What the bot reads back is what was booked: the same slot, time and end.
      { name: 'flow.booking-as-booked', of: 'existing', that: '/slotId', equals: `{{${booking}.slotId}}` },
      { name: 'flow.booking-as-booked', of: 'existing', that: '/start', sameInstant: `{{${booking}.start}}` },
      { name: 'flow.booking-as-booked', of: 'existing', that: '/end', sameInstant: `{{${booking}.end}}` },
    ],
    capture: { existing: { pick: '', where: { bookingId: `{{${booking}.bookingId}}` } } },
  }),
];

const cancelStep = (record: string, more: Partial<Step> = {}): Step =>
  step('cancelAppointment', 'cancelAppointment', { bookingId: '{{existing.bookingId}}', slotId: '{{existing.slotId}}', start: '{{existing.start}}' }, {
    assert: [{ name: 'flow.cancel-succeeded', that: '/success', equals: true }],
    effect: { cancel: { record: `{{${record}.id}}` } },
    ...more,
  });

const modifyStep = (record: string, newSlot: string): Step =>
  step('modifyAppointment', 'modifyAppointment', { bookingId: '{{existing.bookingId}}', slotIdOld: '{{existing.slotId}}', slotIdNew: `{{${newSlot}.id}}`, start: `{{${newSlot}.start}}` }, {
    assert: [
      { name: 'flow.modify-succeeded', that: '/success', equals: true },
      { name: 'flow.moved', that: '/start', sameInstant: `{{${newSlot}.start}}` },
    ],
    effect: { move: { record: `{{${record}.id}}`, to: { start: `{{${newSlot}.start}}`, staff: { name: `{{${newSlot}.agentName}}` } } }, as: record },
  });

type Days = readonly string[];

function buildScenarios(days: Days, zones: { home: string; away: string }): Scenario[] {
  const on = (i: number, zone = zones.home): Call => ({ day: days[i % days.length]!, zone });

  const a = person('a');
  const withAgent = on(0);
  const bookWithAgentPreference: Scenario = {
    name: 'book-with-agent',
    description: 'Greeting, appointment type, the caller’s preferred agent, product, slots of that agent, required info, booking.',
    steps: [...bookWithAgent(withAgent, a), slotsOf(withAgent, 'any', { assert: [{ name: 'flow.booked-slot-not-offered', that: '/*/id', notContains: '{{slot.id}}' }] })],
  };

  const b = person('b');
  const away = on(1, zones.away);
  const bookAnyAgent: Scenario = {
    name: 'book-any-agent',
    description: `A caller in ${zones.away} with no agent preference (agentId null): slots of any agent in the caller’s zone, each naming its agent; book one.`,
    steps: [
      ...greet(away),
      chooseType(),
      chooseProduct(away),
      slotsOf(away, null, {
        assert: [
          { name: 'flow.has-slots', that: '', minLength: 1 },
          { name: 'flow.slots-in-the-caller-zone', that: '/*/start', inZone: away.zone },
        ],
        capture: { slot: { pick: '' } },
      }),
      requiredInfo,
      book(away, 'slot', b),
      slotsOf(away, null, { assert: [{ name: 'flow.booked-slot-not-offered', that: '/*/id', notContains: '{{slot.id}}' }] }),
    ],
  };

  const c = person('c');
  const skip = on(2);
  const singleProductSkip: Scenario = {
    name: 'single-product-skip',
    description: 'getAppointmentTypesWithProducts, then a type with one product: the product question is skipped, slots after midday are asked for, one is booked.',
    steps: [
      ...greet(skip),
      step('getAppointmentTypesWithProducts', 'getAppointmentTypesWithProducts', {}, { capture: { type: { pick: '', where: { products: { length: 1 } } } } }),
      slotsOf(skip, null, { product: 'type.products.0', after: `${skip.day}T11:00:00Z`, capture: { slot: { pick: '' } } }),
      book(skip, 'slot', c, { product: 'type.products.0' }),
    ],
  };

  const d = person('d');
  const single: Call = { ...on(3), location: '{{singleTypeLocation}}' };
  const singleTypeSkip: Scenario = {
    name: 'single-type-skip',
    description: 'A business with one appointment type: the type question is skipped, the call goes on to products and slots.',
    steps: [
      ...greet(single, '{{singleTypeSipId}}'),
      step('getAppointmentTypes', 'getAppointmentTypes', {}, {
        assert: [{ name: 'flow.single-type', that: '', length: 1 }],
        capture: { type: '/0' },
      }),
      chooseProduct(single),
      slotsOf(single, null, { capture: { slot: { pick: '' } } }),
      book(single, 'slot', d),
    ],
  };

  const e = person('e');
  const moving = on(4);
  const modify: Scenario = {
    name: 'modify',
    description: 'Book, then as a new call: find the caller, find the booking, negotiate a new slot, modify; still one booking.',
    steps: [
      ...bookWithAgent(moving, e),
      ...find(e),
      slotsOf(moving, 'any', { capture: { newSlot: { pick: '' } } }),
      modifyStep('booked', 'newSlot'),
      slotsOf(moving, 'any', {
        assert: [
          { name: 'flow.old-slot-offered-again', that: '/*/id', contains: '{{existing.slotId}}' },
          { name: 'flow.new-slot-not-offered', that: '/*/id', notContains: '{{newSlot.id}}' },
        ],
      }),
      step('findExistingBooking (after the move)', 'findExistingBooking', { id: '{{user.id}}' }, {
        assert: [{ name: 'flow.modify-keeps-one-booking', that: '', length: 1 }],
      }),
    ],
  };

  const f = person('f', { birthDate: '1979-11-02' });
  const cancelling = on(5);
  const cancel: Scenario = {
    name: 'cancel',
    description: 'Book, then as a new call: find the caller and the booking, cancel it; the slot is offered again.',
    steps: [
      ...bookWithAgent(cancelling, f),
      ...find(f),
      cancelStep('booked'),
      slotsOf(cancelling, 'any', { assert: [{ name: 'flow.cancelled-slot-offered-again', that: '/*/id', contains: '{{slot.id}}' }] }),
      step('findExistingBooking (after the cancellation)', 'findExistingBooking', { id: '{{user.id}}' }, {
        assert: [{ name: 'flow.cancelled-booking-gone', that: '/*/bookingId', notContains: '{{booking.bookingId}}' }],
      }),
    ],
  };

  // One caller, two bookings on two days: the bot asks which one, and only that one moves or goes.
  const y = person('y');
  const first = on(6);
  const second = on(7, zones.away);
  const twoBookings: Scenario = {
    name: 'two-bookings',
    description: 'A caller holds two bookings: findExistingBooking lists both, the second is moved and the first cancelled, each alone.',
    steps: [
      ...greet(first),
      chooseType(),
      chooseProduct(first),
      slotsOf(first, null, { capture: { slot: { pick: '' } } }),
      { ...book(first, 'slot', y, { as: 'bookedFirst' }), capture: { booking: '' } },
      slotsOf(second, null, { capture: { slot2: { pick: '' } } }),
      { ...book(second, 'slot2', y, { as: 'bookedSecond' }), capture: { booking2: '' } },
      step('findExistingUser', 'findExistingUser', { participant: { firstName: y.firstName, lastName: y.lastName } }, {
        assert: [{ name: 'flow.caller-found', that: '', length: 1 }],
        capture: { user: '/0' },
      }),
      step('findExistingBooking', 'findExistingBooking', { id: '{{user.id}}' }, {
        assert: [
          { name: 'flow.all-bookings-found', that: '', length: 2 },
          { name: 'flow.booking-found', that: '/*/bookingId', contains: '{{booking2.bookingId}}' },
        ],
        capture: { existing: { pick: '', where: { bookingId: '{{booking2.bookingId}}' } } },
      }),
      slotsOf(second, null, { capture: { newSlot: { pick: '' } } }),
      modifyStep('bookedSecond', 'newSlot'),
      step('findExistingBooking (which is the first)', 'findExistingBooking', { id: '{{user.id}}' }, {
        assert: [{ name: 'flow.all-bookings-found', that: '', length: 2 }],
        capture: { existing: { pick: '', where: { bookingId: '{{booking.bookingId}}' } } },
      }),
      cancelStep('bookedFirst'),
      step('findExistingBooking (one is left)', 'findExistingBooking', { id: '{{user.id}}' }, {
        assert: [{ name: 'flow.cancelled-booking-gone', that: '/*/bookingId', notContains: '{{booking.bookingId}}' }, { name: 'flow.other-booking-kept', that: '', length: 1 }],
      }),
    ],
  };

  // Times someone else holds: booking them, or moving onto them, is refused and changes nothing.
  const holder = person('x');
  const mover = person('z');
  const held = on(8);
  const takenTimes: Scenario = {
    name: 'taken-times',
    description: 'Another caller’s slot is refused with slot_unavailable, and a booking cannot be moved onto a time someone else holds.',
    steps: [
      ...greet(held),
      chooseType(),
      chooseProduct(held),
      slotsOf(held, null, { capture: { slot: { pick: '' }, slot2: { pick: '' } } }),
      { ...book(held, 'slot', holder, { as: 'holderBooking' }), capture: {} },
      {
        ...book(held, 'slot', mover),
        name: 'bookAppointment of the slot another caller holds',
        status: 409,
        assert: [{ name: 'flow.slot-unavailable', that: '/error/code', equals: 'slot_unavailable' }],
        effect: { none: true },
        capture: {},
      },
      slotsOf(held, null, { capture: { free: { pick: '' } } }),
      { ...book(held, 'free', mover, { as: 'moverBooking' }), capture: { booking: '' } },
      ...find(mover),
      {
        ...step('modifyAppointment onto the held slot', 'modifyAppointment', { bookingId: '{{existing.bookingId}}', slotIdOld: '{{existing.slotId}}', slotIdNew: '{{slot.id}}', start: '{{slot.start}}' }),
        status: 409,
        assert: [{ name: 'flow.slot-unavailable', that: '/error/code', equals: 'slot_unavailable' }],
      },
    ],
  };

  // A daughter books for her father: the booking is his, and either of them finds it again.
  const daughter = person('s', { firstName: 'Alex' });
  const father = person('t', { firstName: 'Chris', birthDate: '1948-02-29' });
  const forOther = on(12, zones.away);
  const findAs = (who: Person, label: string): Step[] => [
    step(`findExistingUser (the ${label})`, 'findExistingUser', { participant: { firstName: who.firstName, lastName: who.lastName } }, {
      assert: [{ name: 'flow.caller-found', that: '', length: 1 }],
      capture: { user: '/0' },
    }),
    step(`findExistingBooking (the ${label})`, 'findExistingBooking', { id: '{{user.id}}' }, {
      assert: [
        { name: 'flow.booking-found', that: '/*/bookingId', contains: '{{booking.bookingId}}' },
        { name: 'flow.booking-names-the-participant', that: '/0/participant/lastName', equals: father.lastName },
      ],
    }),
  ];
  const forSomeoneElse: Scenario = {
    name: 'for-someone-else',
    description: 'The caller books for someone else (booker ≠ participant): the booking is the participant’s, and both find it again.',
    steps: [
      ...greet(forOther),
      chooseType(),
      chooseProduct(forOther),
      slotsOf(forOther, null, { capture: { slot: { pick: '' } } }),
      book(forOther, 'slot', daughter, { participant: father }),
      ...findAs(father, 'participant'),
      ...findAs(daughter, 'booker'),
    ],
  };

  // Two callers with the same name, told apart by birth date (and phone).
  const twinA = { ...person('a'), firstName: 'Kim', lastName: 'Namesake-{{runId}}', phone: '+4916{{runId}}1', birthDate: '1970-01-15' };
  const twinB = { ...twinA, phone: '+4916{{runId}}2', birthDate: '1992-08-30', email: 'kim.b.{{runId}}@example.com' };
  const twins = on(9);
  const namesakes: Scenario = {
    name: 'namesakes',
    description: 'Two callers share a first and last name: findExistingUser returns both, and the birth date picks one.',
    steps: [
      ...greet(twins),
      chooseType(),
      chooseProduct(twins),
      slotsOf(twins, null, { capture: { slot: { pick: '' } } }),
      { ...book(twins, 'slot', twinA, { as: 'twinA' }), capture: {} },
      slotsOf(twins, null, { capture: { slot2: { pick: '' } } }),
      { ...book(twins, 'slot2', twinB, { as: 'twinB' }), capture: {} },
      step('findExistingUser by name', 'findExistingUser', { participant: { firstName: twinA.firstName, lastName: twinA.lastName } }, {
        assert: [{ name: 'flow.all-namesakes-returned', that: '', length: 2 }],
      }),
      step('findExistingUser by name and birth date', 'findExistingUser', { participant: { firstName: twinA.firstName, lastName: twinA.lastName, birthDate: twinB.birthDate } }, {
        assert: [
          { name: 'flow.next-attribute-discriminates', that: '', length: 1 },
          { name: 'flow.the-right-namesake', that: '/0/birthDate', equals: twinB.birthDate },
        ],
      }),
    ],
  };

  const r = person('r');
  const racing = on(10);
  const race: Scenario = {
    name: 'race',
    description: 'Many bookings of one slot of one agent at once: exactly one succeeds, the rest slot_unavailable.',
    steps: [...bookWithAgent(racing, r).slice(0, -2), { ...book(racing, 'slot', r), race: { conflictStatus: 409 }, assert: [], capture: {}, effect: { create: { start: '{{slot.start}}' } }, undo: undefined }],
  };

  const broken = on(11);
  const errors: Scenario = {
    name: 'errors',
    description: 'No token, an unknown number, an unknown action, impossible input, unknown ids, and bad booking requests.',
    steps: [
      ...greet(broken),
      chooseType(),
      chooseProduct(broken),
      slotsOf(broken, null, { capture: { slot: { pick: '' } } }),
      { ...book(broken, 'slot', person('x')), name: 'bad bookings', badInput: true, assert: [], capture: {}, effect: { none: true }, undo: undefined },
      { ...step('no token', 'getAppointmentTypes', {}), request: { ...action('getAppointmentTypes', { entityId: '{{entityId}}' }), headers: { authorization: '' } }, status: 401 },
      { name: 'an unknown sipId', operation: 'getEntityForSipId', request: action('getEntityForSipId', { sipId: 'sip-that-no-one-called-{{runId}}' }), status: 404, assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'not_found' }] },
      { ...step('an unknown action', 'getEntityForSipId', {}), request: action('bookEverything', { sipId: '{{sipId}}' }), status: 400 },
      step('an impossible date', 'getSlots', { appointmentTypeId: '{{type.id}}', productId: '{{product.id}}', agentId: null, dateTime: '2026-02-30', timezone: broken.zone }, { status: 400 }),
      step('an unknown time zone', 'getSlots', { appointmentTypeId: '{{type.id}}', productId: '{{product.id}}', agentId: null, dateTime: broken.day, timezone: 'Mars/Olympus_Mons' }, { status: 400 }),
      step('findExistingBooking of an unknown user', 'findExistingBooking', { id: 'no-such-user-{{runId}}' }, { status: [400, 404] }),
      step('cancel an unknown booking', 'cancelAppointment', { bookingId: 'no-such-booking-{{runId}}', slotId: '{{slot.id}}', start: '{{slot.start}}' }, { status: [400, 404] }),
    ],
  };

  return [bookWithAgentPreference, bookAnyAgent, singleProductSkip, singleTypeSkip, modify, cancel, twoBookings, takenTimes, forSomeoneElse, namesakes, race, errors];
}

/** The seed's request shape: `entityId` only where the seed's samples carry it. */
function seedShaped(scenario: Scenario): Scenario {
  const strip = (request: RequestTemplate | undefined): RequestTemplate | undefined => {
    const body = request?.body as Record<string, unknown> | undefined;
    if (!request || !body || typeof body.action !== 'string' || seedEntityActions.has(body.action) || !('entityId' in body)) return request;
    const { entityId: _, ...rest } = body;
    return { ...request, body: rest };
  };
  return { ...scenario, steps: scenario.steps.map((s) => ({ ...s, request: strip(s.request)!, ...(s.undo && { undo: strip(s.undo) }) })) };
}

/** The next Monday-to-Friday after `now`, by UTC date: the default first day to look for slots. */
export const nextWeekday = (now: number): string => nextWeekdays(now, 1)[0]!;

export const voicebotSuite: Suite = {
  api: 'voicebot',
  flags: {
    token: { description: 'the bearer token the bot sends (use --header for another scheme)', default: 'vb_demo_token_5e2d7a' },
    'sip-id': { description: 'the number (sipId) the call comes in on', default: 'phoneSipId12345678' },
    location: { description: 'the Altegio location that number reaches (for --altegio checks)', default: '1001' },
    'single-type-sip-id': { description: 'a number whose business has one appointment type ("" leaves that scenario out)', default: 'sip_brooklyn_front_desk' },
    'single-type-location': { description: 'the Altegio location of that number', default: '1002' },
    date: {
      description: 'the first day to book on (YYYY-MM-DD); scenarios spread over the weekdays from it. "next-weekday": the next Monday to Friday by the fake’s clock (with --altegio) or this machine’s',
      default: 'next-weekday',
      pattern: /^(next-weekday|\d{4}-\d{2}-\d{2})$/,
      patternName: 'a date (YYYY-MM-DD) or next-weekday',
    },
    timezone: { description: 'the time zone of most callers', default: 'Europe/Berlin' },
    'away-timezone': { description: 'the time zone of callers far from the business', default: 'Asia/Kolkata' },
    'request-shape': { description: '"seed": requests exactly as seed 001’s samples (entityId only on the first calls); "full": entityId on every request', default: 'seed', choices: ['seed', 'full'] },
  },
  start: (flags, now) => ({
    vars: {
      sipId: flags['sip-id'],
      location: flags.location,
      singleTypeSipId: flags['single-type-sip-id'],
      singleTypeLocation: flags['single-type-location'],
      days: flags.date === 'next-weekday' ? nextWeekdays(now, 13) : weekdaysFrom(flags.date!, 13),
      timezone: flags.timezone,
      awayTimezone: flags['away-timezone'],
      requestShape: flags['request-shape'],
    },
    headers: { authorization: `Bearer ${flags.token}` },
  }),
  scenarios(vars) {
    const all = buildScenarios(vars.days as Days, { home: String(vars.timezone), away: String(vars.awayTimezone) }).filter(
      (s) => s.name !== 'single-type-skip' || vars.singleTypeSipId,
    );
    return vars.requestShape === 'full' ? all : all.map(seedShaped);
  },
};
