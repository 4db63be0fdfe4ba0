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

// operationId → handler, checked against the spec's operations at compile time.
// Current and legacy spellings of a catalog read share one function.
const handlers = typedHandlers<operations, FakeAltegio>({
  authorizeUser: catalog.authorizeUser,
  listLocations: catalog.listLocations,
  getLocation: catalog.getLocation,
  listServiceCategories: ({ params, query }, fake) => catalog.categories(fake, { companyId: params.company_id, staffId: query.staff_id, legacy: false }),
  getServiceCategory: ({ params, query }, fake) =>
    catalog.categories(fake, { companyId: params.company_id, id: params.category_id, staffId: query.staff_id, legacy: false }),
  listServiceCategoriesLegacy: ({ params, query }, fake) => catalog.categories(fake, { companyId: params.company_id, staffId: query.staff_id, legacy: true }),
  getServiceCategoryLegacy: ({ params, query }, fake) =>
    catalog.categories(fake, { companyId: params.company_id, id: params.category_id, staffId: query.staff_id, legacy: true }),
  listServices: ({ params, query }, fake) =>
    catalog.services(fake, { companyId: params.company_id, staffId: query.staff_id, categoryId: query.category_id, legacy: false }),
  getService: ({ params, query }, fake) => catalog.services(fake, { companyId: params.company_id, id: params.service_id, staffId: query.staff_id, legacy: false }),
  listServicesLegacy: ({ params, query }, fake) =>
    catalog.services(fake, { companyId: params.company_id, staffId: query.staff_id, categoryId: query.category_id, legacy: true }),
  getServiceLegacy: ({ params }, fake) => catalog.services(fake, { companyId: params.company_id, id: params.service_id, legacy: true }),
  listStaff: ({ params }, fake) => catalog.staff(fake, { companyId: params.company_id, legacy: false }),
  getStaffMember: ({ params }, fake) => catalog.staff(fake, { companyId: params.company_id, id: params.staff_id, legacy: false }),
  listStaffLegacy: ({ params }, fake) => catalog.staff(fake, { companyId: params.company_id, legacy: true }),
  getStaffMemberLegacy: ({ params }, fake) => catalog.staff(fake, { companyId: params.company_id, id: params.staff_id, legacy: true }),
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
