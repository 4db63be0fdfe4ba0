import type { operations } from '../../specs/generated/altegio.ts';
import { createSpecRouter, typedHandlers, type ResponseViolation } from '../routing/index.ts';
import type { HttpApi } from '../server/express-adapter.ts';
import { authorize } from './auth.ts';
import { renderAltegioError } from './errors.ts';
import type { FakeAltegio } from './fake-altegio.ts';
import * as catalog from './handlers/catalog.ts';
import * as clients from './handlers/clients.ts';
import * as booking from './handlers/online-booking.ts';
import * as records from './handlers/records.ts';
import * as schedules from './handlers/schedules.ts';
import * as settings from './handlers/location-settings.ts';
import * as setup from './handlers/setup.ts';

// operationId → handler, checked against the spec's operations at compile time.
// Every spelling of a path (`x-path-aliases`) reaches the same operation; a catalog read
// answers `meta: []` on the legacy spellings and a count on `/company/…` and `/locations/…`.
const isLegacy = (path: string) => !/^\/(company|locations)\//.test(path);

const handlers = typedHandlers<operations, FakeAltegio>({
  authorizeUser: catalog.authorizeUser,
  listLocations: catalog.listLocations,
  getLocation: catalog.getLocation,
  listServiceCategories: ({ params, query, request }, fake) => catalog.categories(fake, { companyId: params.company_id, staffId: query.staff_id, legacy: isLegacy(request.path) }),
  getServiceCategory: ({ params, query, request }, fake) =>
    catalog.categories(fake, { companyId: params.company_id, id: params.category_id, staffId: query.staff_id, legacy: isLegacy(request.path) }),
  listServices: ({ params, query, request }, fake) =>
    catalog.services(fake, { companyId: params.company_id, staffId: query.staff_id, categoryId: query.category_id, legacy: isLegacy(request.path) }),
  getService: ({ params, query, request }, fake) =>
    catalog.services(fake, { companyId: params.company_id, id: params.service_id, staffId: query.staff_id, legacy: isLegacy(request.path) }),
  listStaff: ({ params, request }, fake) => catalog.staff(fake, { companyId: params.company_id, legacy: isLegacy(request.path) }),
  getStaffMember: ({ params, request }, fake) => catalog.staff(fake, { companyId: params.company_id, id: params.staff_id, legacy: isLegacy(request.path) }),
  createServiceCategory: setup.createServiceCategory,
  updateServiceCategory: setup.updateServiceCategory,
  deleteServiceCategory: setup.deleteServiceCategory,
  createService: setup.createService,
  replaceService: setup.replaceService,
  updateService: setup.updateService,
  deleteService: setup.deleteService,
  createStaffMember: setup.createStaffMember,
  updateStaffMember: setup.updateStaffMember,
  deleteStaffMember: setup.deleteStaffMember,
  listPositions: setup.listPositions,
  createPosition: setup.createPosition,
  listResources: settings.listResources,
  getTimetableSettings: settings.getTimetableSettings,
  getOnlineBookingSettings: settings.getOnlineBookingSettings,
  listBookingForms: settings.listBookingForms,
  updateClient: clients.updateClient,
  deleteClient: clients.deleteClient,
  setStaffScheduleRange: schedules.setStaffScheduleRange,
  listBookableServices: booking.bookServices,
  listBookableStaff: booking.bookStaff,
  listBookableDates: booking.bookDates,
  listBookableTimes: booking.bookTimes,
  checkBooking: booking.bookCheck,
  createOnlineBooking: booking.bookRecord,
  listRecords: records.listRecords,
  createRecord: records.createRecord,
  getRecord: records.getRecord,
  replaceRecord: records.replaceRecord,
  deleteRecord: records.deleteRecord,
  listClients: clients.listClients,
  createClient: clients.createClient,
  searchClients: clients.searchClients,
  getClient: clients.getClient,
  getStaffSchedule: schedules.getStaffSchedule,
  listStaffSchedules: schedules.listStaffSchedules,
  setStaffSchedules: schedules.setStaffSchedules,
  listTimetableSeances: schedules.listTimetableSeances,
});

/**
 * The fake Altegio as an API: the spec routes and validates, `authorize` checks the
 * tokens the spec's security names, and the handlers are plain functions over the state.
 * @example await createAltegioApi(fake).handle({ method: 'GET', path: '/company/1001', query: {}, headers, rawBody: '' })
 */
export function createAltegioApi(fake: FakeAltegio, options: { onResponseViolation?: (v: ResponseViolation) => void } = {}): HttpApi {
  const router = createSpecRouter<FakeAltegio>({
    spec: 'altegio',
    handlers,
    renderError: renderAltegioError,
    authenticate: ({ security, pathValues, request }, ctx) => {
      // A company id that is no integer is refused by validation next; here it reaches no location.
      const companyId = typeof pathValues.company_id === 'number' ? pathValues.company_id : undefined;
      authorize(ctx.db, { header: request.headers.authorization, scheme: security[0], ...(companyId !== undefined && { companyId }) });
    },
    ...options,
  });
  return { renderError: renderAltegioError, handle: (request) => router.handle(request, fake) };
}
