import type { RequestTemplate, Scenario, Step } from '../scenario/scenario.ts';
import type { Suite } from './suite.ts';

// Seed 001's General Workflow as scripted calls: the router and greeting, booking with
// and without an agent preference, the single-product and single-type skips,
// getAppointmentTypesWithProducts, modifying and cancelling after finding the caller,
// and telling namesakes apart by the next attribute. Starting vars: sipId,
// singleTypeSipId, date, timezone, runId (digits: keeps the test people unique per run).

const action = (name: string, fields: Record<string, unknown> = {}): RequestTemplate => ({ method: 'POST', path: '', body: { action: name, ...fields } });
const step = (name: string, op: string, fields: Record<string, unknown>, more: Partial<Step> = {}): Step => ({
  name,
  operation: op,
  request: action(op, fields),
  ...more,
});

// A caller for each scenario: unique per run so bookings of earlier runs never match.
const person = (tag: string, extra: Record<string, unknown> = {}) => ({
  firstName: 'Robin',
  lastName: `Slotcheck-${tag}-{{runId}}`,
  // One digit per caller (a → 1 …): Altegio tells clients apart by phone.
  phone: `+4917${'abcdefrx'.indexOf(tag) + 1}{{runId}}`,
  email: `robin.${tag}.{{runId}}@example.com`,
  birthDate: '1984-05-17',
  gender: 'diverse',
  insurance: 'statutory',
  street: 'Teststraße 1',
  zip: '10115',
  city: 'Berlin',
  ...extra,
});

const greet = (sip = '{{sipId}}'): Step[] => [
  step('getEntityForSipId', 'getEntityForSipId', { sipId: sip }, { capture: { entityId: '/entityId' } }),
  step('getBusinessName', 'getBusinessName', { entityId: '{{entityId}}' }),
];

const chooseType = step('getAppointmentTypes', 'getAppointmentTypes', { entityId: '{{entityId}}' }, {
  assert: [{ name: 'flow.has-appointment-types', that: '', minLength: 1 }],
  capture: { type: { pick: '' } },
});

const chooseProduct = step('getProducts', 'getProducts', { entityId: '{{entityId}}', appointmentTypeId: '{{type.id}}' }, {
  assert: [{ name: 'flow.has-products', that: '', minLength: 1 }],
  capture: { product: { pick: '' } },
});

const slotsOf = (agent: string, more: Partial<Step> = {}): Step =>
  step(
    `getSlots (${agent === 'null' ? 'any agent' : 'the chosen agent'})`,
    'getSlots',
    {
      entityId: '{{entityId}}',
      appointmentTypeId: '{{type.id}}',
      productId: '{{product.id}}',
      agentId: agent === 'null' ? null : agent,
      dateTime: '{{date}}',
      timezone: '{{timezone}}',
    },
    more,
  );

const requiredInfo = step('getRequiredInfo', 'getRequiredInfo', { entityId: '{{entityId}}', productId: '{{product.id}}' });

const book = (slot: string, who: Record<string, unknown>, more: Partial<Step> = {}): Step =>
  step(
    'bookAppointment',
    'bookAppointment',
    { entityId: '{{entityId}}', appointmentTypeId: '{{type.id}}', productId: '{{product.id}}', slotId: `{{${slot}.id}}`, start: `{{${slot}.start}}`, booker: who },
    {
      capture: { booking: '' },
      assert: [
        { name: 'flow.booking-succeeded', that: '/success', equals: true },
        { name: 'flow.booked-as-asked', that: '/start', sameInstant: `{{${slot}.start}}` },
      ],
      oracle: [{ name: 'oracle.record-created', records: { start: `{{${slot}.start}}`, clientPhone: who.phone, deleted: false }, count: 1 }],
      ...more,
    },
  );

/**
 * The steps up to a booked slot with a preferred agent, for the caller `who`. The caller
 * prefers an agent who works that day: one of getAgents who has a slot among any agent's.
 */
const bookWithAgent = (who: Record<string, unknown>): Step[] => [
  ...greet(),
  chooseType,
  step('getAgents', 'getAgents', { entityId: '{{entityId}}', appointmentTypeId: '{{type.id}}' }, {
    assert: [{ name: 'flow.has-agents', that: '', minLength: 1 }],
    capture: { agents: '' },
  }),
  chooseProduct,
  slotsOf('null', { capture: { any: { pick: '' } } }),
  slotsOf('{{any.agentId}}', {
    assert: [
      { name: 'flow.agent-is-listed', of: 'agents', that: '/*/id', contains: '{{any.agentId}}' },
      { name: 'flow.slots-of-the-chosen-agent', that: '/*/agentId', every: '{{any.agentId}}' },
      { name: 'flow.slots-in-the-caller-zone', that: '/*/start', inZone: '{{timezone}}' },
    ],
    capture: { slot: { pick: '' } },
  }),
  requiredInfo,
  book('slot', who),
];

const find = (who: Record<string, unknown>): Step[] => [
  step('findExistingUser', 'findExistingUser', { entityId: '{{entityId}}', participant: { firstName: who.firstName, lastName: who.lastName, birthDate: who.birthDate } }, {
    assert: [{ name: 'flow.caller-found', that: '', length: 1 }],
    capture: { user: '/0' },
  }),
  step('findExistingBooking', 'findExistingBooking', { entityId: '{{entityId}}', id: '{{user.id}}' }, {
    assert: [{ name: 'flow.booking-found', that: '/*/bookingId', contains: '{{booking.bookingId}}' }],
    capture: { existing: { pick: '', where: { bookingId: '{{booking.bookingId}}' } } },
  }),
];

const a = person('a');
const bookWithAgentPreference: Scenario = {
  name: 'book-with-agent',
  description: 'Greeting, appointment type, the caller’s preferred agent, product, slots of that agent, required info, booking.',
  steps: [
    ...bookWithAgent(a),
    slotsOf('{{any.agentId}}', { assert: [{ name: 'flow.booked-slot-not-offered', that: '/*/id', notContains: '{{slot.id}}' }] }),
  ],
};

const b = person('b');
const bookAnyAgent: Scenario = {
  name: 'book-any-agent',
  description: 'No agent preference (agentId null): slots of any agent, each naming its agent; book one.',
  steps: [
    ...greet(),
    chooseType,
    chooseProduct,
    slotsOf('null', { assert: [{ name: 'flow.has-slots', that: '', minLength: 1 }], capture: { slot: { pick: '' } } }),
    requiredInfo,
    book('slot', b),
    slotsOf('null', { assert: [{ name: 'flow.booked-slot-not-offered', that: '/*/id', notContains: '{{slot.id}}' }] }),
  ],
};

const c = person('c');
const singleProductSkip: Scenario = {
  name: 'single-product-skip',
  description: 'getAppointmentTypesWithProducts, then a type with one product: the product question is skipped and it is booked.',
  steps: [
    ...greet(),
    step('getAppointmentTypesWithProducts', 'getAppointmentTypesWithProducts', { entityId: '{{entityId}}' }, {
      capture: { type: { pick: '', where: { products: { length: 1 } } } },
    }),
    { ...slotsOf('null', { capture: { slot: { pick: '' } } }), request: action('getSlots', { entityId: '{{entityId}}', appointmentTypeId: '{{type.id}}', productId: '{{type.products.0.id}}', agentId: null, dateTime: '{{date}}', timezone: '{{timezone}}' }) },
    {
      ...book('slot', c),
      request: action('bookAppointment', { entityId: '{{entityId}}', appointmentTypeId: '{{type.id}}', productId: '{{type.products.0.id}}', slotId: '{{slot.id}}', start: '{{slot.start}}', booker: c }),
    },
  ],
};

const d = person('d');
const singleTypeSkip: Scenario = {
  name: 'single-type-skip',
  description: 'A business with one appointment type: the type question is skipped, the call goes on to products and slots.',
  steps: [
    ...greet('{{singleTypeSipId}}'),
    step('getAppointmentTypes', 'getAppointmentTypes', { entityId: '{{entityId}}' }, {
      assert: [{ name: 'flow.single-type', that: '', length: 1 }],
      capture: { type: '/0' },
    }),
    chooseProduct,
    slotsOf('null', { capture: { slot: { pick: '' } } }),
    book('slot', d),
  ],
};

const e = person('e');
const modify: Scenario = {
  name: 'modify',
  description: 'Book, then as a new call: find the caller, find the booking, negotiate a new slot, modify; still one booking.',
  steps: [
    ...bookWithAgent(e),
    ...find(e),
    slotsOf('{{any.agentId}}', { capture: { newSlot: { pick: '' } } }),
    step('modifyAppointment', 'modifyAppointment', { entityId: '{{entityId}}', bookingId: '{{existing.bookingId}}', slotIdOld: '{{existing.slotId}}', slotIdNew: '{{newSlot.id}}', start: '{{newSlot.start}}' }, {
      assert: [
        { name: 'flow.modify-succeeded', that: '/success', equals: true },
        { name: 'flow.moved', that: '/start', sameInstant: '{{newSlot.start}}' },
      ],
      oracle: [
        { name: 'oracle.record-moved', records: { start: '{{newSlot.start}}', clientPhone: e.phone, deleted: false }, count: 1 },
        { name: 'oracle.old-time-released', records: { start: '{{slot.start}}', clientPhone: e.phone, deleted: false }, count: 0 },
      ],
    }),
    slotsOf('{{any.agentId}}', {
      assert: [
        { name: 'flow.old-slot-offered-again', that: '/*/id', contains: '{{existing.slotId}}' },
        { name: 'flow.new-slot-not-offered', that: '/*/id', notContains: '{{newSlot.id}}' },
      ],
    }),
    step('findExistingBooking (after the move)', 'findExistingBooking', { entityId: '{{entityId}}', id: '{{user.id}}' }, {
      assert: [{ name: 'flow.modify-keeps-one-booking', that: '', length: 1 }],
    }),
  ],
};

const f = person('f', { birthDate: '1979-11-02' });
const cancel: Scenario = {
  name: 'cancel',
  description: 'Book, then as a new call: find the caller and the booking, cancel it; the slot is offered again.',
  steps: [
    ...bookWithAgent(f),
    ...find(f),
    step('cancelAppointment', 'cancelAppointment', { entityId: '{{entityId}}', bookingId: '{{existing.bookingId}}', slotId: '{{existing.slotId}}', start: '{{existing.start}}' }, {
      assert: [{ name: 'flow.cancel-succeeded', that: '/success', equals: true }],
      oracle: [{ name: 'oracle.record-cancelled', records: { start: '{{slot.start}}', clientPhone: f.phone, deleted: false }, count: 0 }],
    }),
    slotsOf('{{any.agentId}}', { assert: [{ name: 'flow.cancelled-slot-offered-again', that: '/*/id', contains: '{{slot.id}}' }] }),
    step('findExistingBooking (after the cancellation)', 'findExistingBooking', { entityId: '{{entityId}}', id: '{{user.id}}' }, {
      assert: [{ name: 'flow.cancelled-booking-gone', that: '/*/bookingId', notContains: '{{booking.bookingId}}' }],
    }),
  ],
};

// Two callers with the same name, told apart by birth date (and phone).
const twinA = { ...person('a'), firstName: 'Kim', lastName: 'Namesake-{{runId}}', phone: '+4916{{runId}}1', birthDate: '1970-01-15' };
const twinB = { ...twinA, phone: '+4916{{runId}}2', birthDate: '1992-08-30', email: 'kim.b.{{runId}}@example.com' };
const namesakes: Scenario = {
  name: 'namesakes',
  description: 'Two callers share a first and last name: findExistingUser returns both, and the birth date picks one.',
  steps: [
    ...greet(),
    chooseType,
    chooseProduct,
    slotsOf('null', { capture: { slot: { pick: '' } } }),
    { ...book('slot', twinA), capture: {} },
    slotsOf('null', { capture: { slot2: { pick: '' } } }),
    { ...book('slot2', twinB), capture: {} },
    step('findExistingUser by name', 'findExistingUser', { entityId: '{{entityId}}', participant: { firstName: twinA.firstName, lastName: twinA.lastName } }, {
      assert: [{ name: 'flow.all-namesakes-returned', that: '', length: 2 }],
    }),
    step('findExistingUser by name and birth date', 'findExistingUser', { entityId: '{{entityId}}', participant: { firstName: twinA.firstName, lastName: twinA.lastName, birthDate: twinB.birthDate } }, {
      assert: [
        { name: 'flow.next-attribute-discriminates', that: '', length: 1 },
        { name: 'flow.the-right-namesake', that: '/0/birthDate', equals: twinB.birthDate },
      ],
    }),
  ],
};

const r = person('r');
const race: Scenario = {
  name: 'race',
  description: 'Many bookings of one slot of one agent at once: exactly one succeeds, the rest slot_unavailable.',
  steps: [
    ...bookWithAgent(r).slice(0, -2),
    { ...book('slot', r), race: { conflictStatus: 409 }, assert: [], capture: {} },
  ],
};

const errors: Scenario = {
  name: 'errors',
  description: 'No token, an unknown number, an unknown action, impossible input, unknown ids, and bad booking requests.',
  steps: [
    ...greet(),
    chooseType,
    chooseProduct,
    slotsOf('null', { capture: { slot: { pick: '' } } }),
    { ...book('slot', person('x')), name: 'bad bookings', badInput: true, assert: [], capture: {}, oracle: [] },
    { ...step('no token', 'getAppointmentTypes', { entityId: '{{entityId}}' }), request: { ...action('getAppointmentTypes', { entityId: '{{entityId}}' }), headers: { authorization: '' } }, status: 401 },
    step('an unknown sipId', 'getEntityForSipId', { sipId: 'sip-that-no-one-called-{{runId}}' }, { status: 404, assert: [{ name: 'flow.error-code', that: '/error/code', equals: 'not_found' }] }),
    { ...step('an unknown action', 'getEntityForSipId', {}), request: action('bookEverything', { sipId: '{{sipId}}' }), status: 400 },
    step('an impossible date', 'getSlots', { entityId: '{{entityId}}', appointmentTypeId: '{{type.id}}', productId: '{{product.id}}', agentId: null, dateTime: '2026-02-30', timezone: '{{timezone}}' }, { status: 400 }),
    step('an unknown time zone', 'getSlots', { entityId: '{{entityId}}', appointmentTypeId: '{{type.id}}', productId: '{{product.id}}', agentId: null, dateTime: '{{date}}', timezone: 'Mars/Olympus_Mons' }, { status: 400 }),
    step('findExistingBooking of an unknown user', 'findExistingBooking', { entityId: '{{entityId}}', id: 'no-such-user-{{runId}}' }, { status: [400, 404] }),
    step('cancel an unknown booking', 'cancelAppointment', { entityId: '{{entityId}}', bookingId: 'no-such-booking-{{runId}}', slotId: '{{slot.id}}', start: '{{slot.start}}' }, { status: [400, 404] }),
  ],
};

/** The next Monday-to-Friday after today by the machine's clock: the default day to look for slots (practices rest at weekends). */
export function nextWeekday(now: number): string {
  let day = new Date(now + 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = new Date(day.getTime() + 86_400_000);
  return day.toISOString().slice(0, 10);
}

export const voicebotSuite: Suite = {
  api: 'voicebot',
  flags: {
    token: { description: 'the bearer token the bot sends (use --header for another scheme)', default: 'vb_demo_token_5e2d7a' },
    'sip-id': { description: 'the number (sipId) the call comes in on', default: 'phoneSipId12345678' },
    'single-type-sip-id': { description: 'a number whose business has one appointment type ("" leaves that scenario out)', default: 'sip_brooklyn_front_desk' },
    date: { description: 'the day to look for slots (YYYY-MM-DD); "next-weekday": the next Monday to Friday by this machine’s clock', default: 'next-weekday' },
    timezone: { description: 'the caller’s time zone for getSlots', default: 'Europe/Berlin' },
  },
  start: (flags) => ({
    vars: {
      sipId: flags['sip-id'],
      singleTypeSipId: flags['single-type-sip-id'],
      date: flags.date === 'next-weekday' ? nextWeekday(Date.now()) : flags.date,
      timezone: flags.timezone,
    },
    headers: { authorization: `Bearer ${flags.token}` },
  }),
  scenarios: (vars) =>
    [
      bookWithAgentPreference,
      bookAnyAgent,
      singleProductSkip,
      ...(vars.singleTypeSipId ? [singleTypeSkip] : []),
      modify,
      cancel,
      namesakes,
      race,
      errors,
    ],
};
