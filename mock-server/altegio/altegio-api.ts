import { createSpecRouter, type Handler, type ResponseViolation } from '../routing/index.ts';
import type { HttpApi } from '../server/express-adapter.ts';
import { authorize } from './auth.ts';
import { renderAltegioError } from './errors.ts';
import type { FakeAltegio } from './fake-altegio.ts';
import * as catalog from './handlers/catalog.ts';
import * as clients from './handlers/clients.ts';
import type { AltegioInput } from './handlers/input.ts';
import * as booking from './handlers/online-booking.ts';
import * as records from './handlers/records.ts';
import * as schedules from './handlers/schedules.ts';

type AnyHandler = (input: AltegioInput<never, never, never>, fake: FakeAltegio) => ReturnType<Handler<FakeAltegio>>;

/** Current and legacy spellings share one handler; legacy lists answer `meta: []`. */
const legacy =
  <I, R>(handler: (input: I, fake: FakeAltegio, legacy: boolean) => R) =>
  (input: I, fake: FakeAltegio) =>
    handler(input, fake, true);

// operationId (from specs/altegio.openapi.yaml) → handler.
const operations: Record<string, AnyHandler> = {
  authorizeUser: catalog.authorizeUser,
  listLocations: catalog.listLocations,
  getLocation: catalog.getLocation,
  listServiceCategories: catalog.listCategories,
  getServiceCategory: catalog.listCategories,
  listServiceCategoriesLegacy: legacy(catalog.listCategories),
  getServiceCategoryLegacy: legacy(catalog.listCategories),
  listServices: catalog.listServices,
  getService: catalog.listServices,
  listServicesLegacy: legacy(catalog.listServices),
  getServiceLegacy: legacy(catalog.listServices),
  listStaff: catalog.listStaff,
  getStaffMember: catalog.listStaff,
  listStaffLegacy: legacy(catalog.listStaff),
  getStaffMemberLegacy: legacy(catalog.listStaff),
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
};

/**
 * The fake Altegio as an API: the spec routes and validates, `authorize` checks the
 * tokens the spec's security names, and the handlers are plain functions over the state.
 * @example await createAltegioApi(fake).handle({ method: 'GET', path: '/company/1001', query: {}, headers, rawBody: '' })
 */
export function createAltegioApi(fake: FakeAltegio, options: { onResponseViolation?: (v: ResponseViolation) => void } = {}): HttpApi {
  const router = createSpecRouter<FakeAltegio>({
    spec: 'altegio',
    handlers: operations as unknown as Record<string, Handler<FakeAltegio>>,
    renderError: renderAltegioError,
    authenticate: ({ security, pathValues, request }, ctx) => {
      const companyId = /^\d+$/.test(pathValues.company_id ?? '') ? Number(pathValues.company_id) : undefined;
      authorize(ctx.db, { header: request.headers.authorization, scheme: security[0], ...(companyId !== undefined && { companyId }) });
    },
    ...options,
  });
  return { renderError: renderAltegioError, handle: (request) => router.handle(request, fake) };
}
