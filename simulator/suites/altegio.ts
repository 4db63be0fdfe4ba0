import type { Scenario, Step } from '../scenario/scenario.ts';
import type { Suite } from './suite.ts';

// Seed 000's nine Altegio actions as scripted calls, runnable against any Altegio (the
// fake, or the real one with tokens): categories, services (all, by staff, by category),
// staff, staff by service, free slots, then create, read, update and cancel an
// appointment, with the flow checked at each step; then what a setup reads (positions,
// settings, booking forms, resources, "0 means all") and the `/locations/…` spellings.
// Starting vars: companyId.

// A caller per run, so a booking of an earlier run is never taken for this one's.
const phone = '+4917099{{runId}}';

const location: Step = {
  name: 'read the location',
  operation: 'getLocation',
  request: { method: 'GET', path: '/company/{{companyId}}', query: { forBooking: 1 } },
};

/** A day on which the chosen service can be booked, from the month a week ahead (so a month's last days still find one). */
const bookableDay: Step = {
  name: 'get the dates the service can be booked',
  operation: 'listBookableDates',
  request: { method: 'GET', path: '/book_dates/{{companyId}}', query: { 'service_ids[]': '{{service.id}}', date: '{{searchMonth}}' } },
  capture: { date: { pick: '/data/booking_dates' } },
};

const service: Step = {
  name: 'get services',
  operation: 'listServices',
  request: { method: 'GET', path: '/company/{{companyId}}/services' },
  assert: [{ name: 'flow.has-services', that: '/data', minLength: 1 }],
  capture: { service: { pick: '/data', where: { active: 1 } } },
};

/** book_times of a day, every time held against the fake's free times (with --altegio): all of them, and only free ones. */
const freeTimes = (name: string, staff: string, capture?: Step['capture'], assert?: Step['assert']): Step => ({
  name,
  operation: 'listBookableTimes',
  request: { method: 'GET', path: `/book_times/{{companyId}}/${staff}/{{date}}`, query: { 'service_ids[]': '{{service.id}}' } },
  offers: {
    read: 'book-times',
    at: '/data',
    location: '{{companyId}}',
    service: { id: '{{service.id}}' },
    ...(staff !== '0' && { staff: { id: staff } }),
    window: { date: '{{date}}' },
    complete: 'all',
  },
  ...(capture && { capture }),
  ...(assert && { assert }),
});

const freeStaff: Step = {
  name: 'get staff who are free then',
  operation: 'listBookableStaff',
  request: { method: 'GET', path: '/book_staff/{{companyId}}', query: { 'service_ids[]': '{{service.id}}', datetime: '{{slot.datetime}}' } },
  capture: { staff: { pick: '/data', where: { bookable: true } } },
};

// No seance_length: a time offered for any staff member carries one staff member's length, and
// the one free then may take another; left out, Altegio books the chosen one's own length.
const recordBody = (slot: string) => ({
  staff_id: '{{staff.id}}',
  services: [{ id: '{{service.id}}' }],
  client: { name: 'slotcheck caller', phone },
  datetime: `{{${slot}.datetime}}`,
});

const catalog: Scenario = {
  name: 'catalog',
  description: 'Get service categories, services (all, of a category, of a staff member), staff and staff by service.',
  steps: [
    {
      name: 'get service categories',
      operation: 'listServiceCategories',
      request: { method: 'GET', path: '/company/{{companyId}}/service_categories' },
      assert: [{ name: 'flow.has-categories', that: '/data', minLength: 1 }],
      capture: { category: { pick: '/data' } },
    },
    service,
    {
      name: 'get services of a category',
      operation: 'listServices',
      request: { method: 'GET', path: '/company/{{companyId}}/services', query: { category_id: '{{category.id}}' } },
      assert: [{ name: 'flow.services-of-the-category', that: '/data/*/category_id', every: '{{category.id}}' }],
    },
    {
      name: 'get staff',
      operation: 'listStaff',
      request: { method: 'GET', path: '/company/{{companyId}}/staff' },
      assert: [{ name: 'flow.has-staff', that: '/data', minLength: 1 }],
      capture: { member: { pick: '/data' } },
    },
    {
      name: 'get services of a staff member',
      operation: 'listServices',
      request: { method: 'GET', path: '/company/{{companyId}}/services', query: { staff_id: '{{member.id}}' } },
    },
    {
      name: 'get staff by service',
      operation: 'listBookableStaff',
      request: { method: 'GET', path: '/book_staff/{{companyId}}', query: { 'service_ids[]': '{{service.id}}' } },
      assert: [{ name: 'flow.someone-provides-the-service', that: '/data/*/bookable', contains: true }],
    },
  ],
};

const bookUpdateCancel: Scenario = {
  name: 'book-update-cancel',
  description: 'Get available slots, create an appointment, find it, update it to another time, cancel it; each effect checked.',
  steps: [
    location,
    service,
    bookableDay,
    freeTimes('get available slots', '0', { slot: { pick: '/data' } }),
    freeStaff,
    {
      name: 'create appointment',
      operation: 'createRecord',
      request: { method: 'POST', path: '/records/{{companyId}}', body: recordBody('slot') },
      status: 201,
      capture: { record: '/data' },
      assert: [
        { name: 'flow.booked-as-asked', that: '/data/datetime', equals: '{{slot.datetime}}' },
        { name: 'flow.booked-with-the-staff-member', that: '/data/staff_id', equals: '{{staff.id}}' },
      ],
      effect: {
        create: { location: '{{companyId}}', staff: { id: '{{staff.id}}' }, service: { id: '{{service.id}}' }, start: '{{slot.datetime}}', client: { name: 'slotcheck caller', phone } },
        as: 'booked',
      },
      undo: { method: 'DELETE', path: '/record/{{companyId}}/{{answer.data.id}}' },
    },
    {
      name: 'another appointment at the taken time is refused',
      operation: 'createRecord',
      request: { method: 'POST', path: '/records/{{companyId}}', body: { ...recordBody('slot'), client: { name: 'second caller', phone: '+4917098{{runId}}' } } },
      status: 422,
    },
    freeTimes('the booked time is no longer offered', '{{staff.id}}', undefined, [
      { name: 'flow.booked-slot-not-offered', that: '/data/*/datetime', notContains: '{{slot.datetime}}' },
    ]),
    {
      name: 'get appointments',
      operation: 'listRecords',
      request: { method: 'GET', path: '/records/{{companyId}}', query: { start_date: '{{date}}', end_date: '{{date}}', staff_id: '{{staff.id}}' } },
      assert: [{ name: 'flow.appointment-listed', that: '/data/*/id', contains: '{{record.id}}' }],
    },
    freeTimes('pick another time with the same staff member', '{{staff.id}}', { newSlot: { pick: '/data' } }),
    {
      name: 'update appointment',
      operation: 'replaceRecord',
      // PUT replaces the record and must name its length: the staff member's own, offered with this time.
      request: { method: 'PUT', path: '/record/{{companyId}}/{{record.id}}', body: { ...recordBody('newSlot'), seance_length: '{{newSlot.seance_length}}' } },
      status: 201,
      assert: [{ name: 'flow.moved', that: '/data/datetime', equals: '{{newSlot.datetime}}' }],
      effect: { move: { record: '{{booked.id}}', to: { start: '{{newSlot.datetime}}', staff: { id: '{{staff.id}}' } } } },
    },
    freeTimes('the old time is offered again, the new one is not', '{{staff.id}}', undefined, [
      { name: 'flow.old-slot-offered-again', that: '/data/*/datetime', contains: '{{slot.datetime}}' },
      { name: 'flow.new-slot-not-offered', that: '/data/*/datetime', notContains: '{{newSlot.datetime}}' },
    ]),
    {
      name: 'cancel appointment',
      operation: 'deleteRecord',
      request: { method: 'DELETE', path: '/record/{{companyId}}/{{record.id}}' },
      status: 204,
      effect: { cancel: { record: '{{booked.id}}' } },
    },
    freeTimes('the cancelled time is offered again', '{{staff.id}}', undefined, [
      { name: 'flow.cancelled-slot-offered-again', that: '/data/*/datetime', contains: '{{newSlot.datetime}}' },
    ]),
    {
      name: 'the cancelled appointment is gone',
      operation: 'getRecord',
      request: { method: 'GET', path: '/record/{{companyId}}/{{record.id}}' },
      status: 404,
    },
  ],
};

const setupReads: Scenario = {
  name: 'setup-reads',
  description: 'What an integration reads to set itself up: every category with id 0, services and records with staff 0, positions, settings, booking forms, resources, a schedule.',
  steps: [
    {
      name: 'get every category the way Altegio’s own client does (/service_categories/{id}/0)',
      operation: 'getServiceCategory',
      request: { method: 'GET', path: '/service_categories/{{companyId}}/0' },
      assert: [{ name: 'flow.category-zero-lists-all', that: '/data', minLength: 1 }],
      capture: { category: { pick: '/data' } },
    },
    {
      name: 'services with staff 0 and category 0 are all services',
      operation: 'listServices',
      request: { method: 'GET', path: '/services/{{companyId}}', query: { staff_id: 0, category_id: 0 } },
      assert: [{ name: 'flow.zero-means-all', that: '/data/*/category_id', contains: '{{category.id}}' }],
    },
    {
      name: 'get staff on the team_members spelling',
      operation: 'listStaff',
      request: { method: 'GET', path: '/locations/{{companyId}}/team_members' },
      assert: [{ name: 'flow.has-staff', that: '/data', minLength: 1 }],
      capture: { member: { pick: '/data' } },
    },
    { name: 'get positions', operation: 'listPositions', request: { method: 'GET', path: '/locations/{{companyId}}/team_members/positions' } },
    { name: 'get the calendar settings', operation: 'getTimetableSettings', request: { method: 'GET', path: '/locations/{{companyId}}/settings/timetable' } },
    { name: 'get the online booking settings', operation: 'getOnlineBookingSettings', request: { method: 'GET', path: '/locations/{{companyId}}/settings/online' } },
    { name: 'get booking forms', operation: 'listBookingForms', request: { method: 'GET', path: '/locations/{{companyId}}/booking_forms' } },
    { name: 'get resources', operation: 'listResources', request: { method: 'GET', path: '/resources/{{companyId}}' } },
    {
      name: 'get a staff member’s schedule for a day',
      operation: 'getStaffSchedule',
      request: { method: 'GET', path: '/schedule/{{companyId}}/{{member.id}}/{{searchMonth}}/{{searchMonth}}' },
      assert: [{ name: 'flow.one-day-asked-one-day-answered', that: '/data', length: 1 }],
    },
    {
      name: 'appointments with staff 0 are everyone’s',
      operation: 'listRecords',
      request: { method: 'GET', path: '/locations/{{companyId}}/appointments', query: { team_member_id: 0, count: 5 } },
    },
  ],
};

const locationsSpelling: Scenario = {
  name: 'locations-spelling',
  description: 'Book, find and cancel an appointment on Altegio’s current spelling, /locations/{id}/appointments.',
  steps: [
    { ...location, request: { method: 'GET', path: '/locations/{{companyId}}', query: { forBooking: 1 } } },
    service,
    bookableDay,
    freeTimes('get available slots', '0', { slot: { pick: '/data' } }),
    freeStaff,
    {
      name: 'create appointment on /locations/{id}/appointments',
      operation: 'createRecord',
      request: { method: 'POST', path: '/locations/{{companyId}}/appointments', body: recordBody('slot') },
      status: 201,
      capture: { record: '/data' },
      effect: { create: { location: '{{companyId}}', staff: { id: '{{staff.id}}' }, service: { id: '{{service.id}}' }, start: '{{slot.datetime}}' }, as: 'booked' },
      undo: { method: 'DELETE', path: '/locations/{{companyId}}/appointments/{{answer.data.id}}' },
    },
    {
      name: 'find it with team_member_id',
      operation: 'listRecords',
      request: { method: 'GET', path: '/locations/{{companyId}}/appointments', query: { start_date: '{{date}}', end_date: '{{date}}', team_member_id: '{{staff.id}}' } },
      assert: [
        { name: 'flow.appointment-listed', that: '/data/*/id', contains: '{{record.id}}' },
        { name: 'flow.team-member-filter-honoured', that: '/data/*/staff_id', every: '{{staff.id}}' },
      ],
    },
    {
      name: 'cancel it on /locations/{id}/appointments/{id}',
      operation: 'deleteRecord',
      request: { method: 'DELETE', path: '/locations/{{companyId}}/appointments/{{record.id}}' },
      status: 204,
      effect: { cancel: { record: '{{booked.id}}' } },
    },
  ],
};

const race: Scenario = {
  name: 'race',
  description: 'Many callers book the same time with the same staff member at once: exactly one gets it.',
  steps: [
    location,
    service,
    bookableDay,
    freeTimes('get available slots', '0', { slot: { pick: '/data' } }),
    freeStaff,
    {
      name: 'book one time concurrently',
      operation: 'createRecord',
      request: { method: 'POST', path: '/records/{{companyId}}', body: recordBody('slot') },
      race: { conflictStatus: 422 },
      effect: { create: { start: '{{slot.datetime}}', staff: { id: '{{staff.id}}' } } },
    },
  ],
};

const badInput: Scenario = {
  name: 'bad-input',
  description: 'Malformed, incomplete, wrongly typed and impossible requests, and unknown ids, get a 4xx in Altegio’s envelope.',
  steps: [
    location,
    service,
    bookableDay,
    freeTimes('get available slots', '0', { slot: { pick: '/data' } }),
    freeStaff,
    { name: 'bad appointments', operation: 'createRecord', request: { method: 'POST', path: '/records/{{companyId}}', body: recordBody('slot') }, badInput: true },
    { name: 'an unknown appointment', operation: 'getRecord', request: { method: 'GET', path: '/record/{{companyId}}/987654321' }, status: 404 },
    { name: 'an unknown location', operation: 'getLocation', request: { method: 'GET', path: '/company/987654321' }, status: 404 },
    { name: 'an impossible date', operation: 'listBookableTimes', request: { method: 'GET', path: '/book_times/{{companyId}}/0/2026-02-30' }, status: 400 },
  ],
};

const auth: Scenario = {
  name: 'auth',
  description: 'Without a token, or with a wrong one, Altegio answers 401 Authentication needed.',
  steps: [
    { name: 'no token', operation: 'listStaff', request: { method: 'GET', path: '/company/{{companyId}}/staff', headers: { authorization: '' } }, status: 401 },
    {
      name: 'a wrong partner token',
      operation: 'listRecords',
      request: { method: 'GET', path: '/records/{{companyId}}', headers: { authorization: 'Bearer not-a-partner-token, User not-a-user-token' } },
      status: 401,
    },
  ],
};

export const altegioSuite: Suite = {
  api: 'altegio',
  flags: {
    'partner-token': { description: 'Altegio partner token', default: 'sc_partner_demo_7f3a9c' },
    'user-token': { description: 'Altegio user token of a user of the location', default: 'sc_user_berlin_4d1e8b' },
    location: { description: 'Altegio location (company) id', default: '1001' },
  },
  start: (flags, now) => ({
    vars: { companyId: Number(flags.location), searchMonth: new Date(now + 7 * 86_400_000).toISOString().slice(0, 10) },
    headers: { authorization: `Bearer ${flags['partner-token']}, User ${flags['user-token']}`, accept: 'application/vnd.api.v2+json' },
  }),
  scenarios: () => [catalog, bookUpdateCancel, setupReads, locationsSpelling, race, badInput, auth],
};
