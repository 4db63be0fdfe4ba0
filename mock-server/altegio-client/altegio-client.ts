import createClient from 'openapi-fetch';
import type { components, paths } from '../../specs/generated/altegio.ts';
import { addDays } from '../../kit/zoned-time.ts';

// A typed Altegio client over HTTP, generated from specs/altegio.openapi.yaml. The
// reference implementations and the simulator reach Altegio only through it, so the
// same code runs against the fake and against https://api.alteg.io/api/v1.
// Its surface is seed 000's nine actions (plus log-in) and the setup calls an integration
// makes before it books (catalog, staff, positions, settings); every answer is a value.

export type AltegioSchemas = components['schemas'];

export type AltegioResult<T> =
  | { readonly ok: true; readonly status: number; readonly data: T }
  | {
      readonly ok: false;
      /** 0 when no HTTP answer came (refused, reset, not JSON). */
      readonly status: number;
      readonly message: string;
      /** The coded booking error (433 taken, 436 no staff …), when there is one. */
      readonly code?: number;
    };

export interface AltegioClientOptions {
  /** `http://127.0.0.1:4010/api/v1` or `https://api.alteg.io/api/v1`. */
  readonly baseUrl: string;
  readonly partnerToken: string;
  readonly userToken?: string;
  readonly fetch?: typeof fetch;
}

export interface AppointmentInput {
  readonly staffId: number;
  readonly serviceId: number;
  readonly clientName: string;
  readonly clientPhone: string;
  /** ISO 8601, with an offset or in the location's local time. */
  readonly datetime: string;
  readonly clientEmail?: string;
  readonly firstCost?: number;
  readonly cost?: number;
  readonly discount?: number;
  /** Seconds; when absent, the staff member's own length for the service. */
  readonly seanceLength?: number;
  readonly comment?: string;
  readonly smsRemainHours?: number;
  readonly emailRemainHours?: number;
  readonly saveIfBusy?: boolean;
  readonly sendSms?: boolean;
}

export interface AvailableSlot {
  readonly date: string;
  readonly time: string;
  readonly datetime: string;
  /** Seconds. */
  readonly seanceLength: number;
}

/**
 * @example
 * const altegio = createAltegioClient({ baseUrl: 'http://127.0.0.1:4010/api/v1', partnerToken, userToken })
 * const slots = await altegio.getAvailableSlots(1001, { startDate: '2026-03-02', endDate: '2026-03-06', serviceId: 10009 })
 */
export function createAltegioClient(options: AltegioClientOptions) {
  const authorization = options.userToken ? `Bearer ${options.partnerToken}, User ${options.userToken}` : `Bearer ${options.partnerToken}`;
  const http = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { authorization, accept: 'application/vnd.api.v2+json' },
    ...(options.fetch && { fetch: options.fetch }),
  });

  const client = {
    /** `POST /auth`: the user token for records, clients and schedules. */
    login: (login: string, password: string) =>
      settle(http.POST('/auth', { body: { login, password } }), (d) => ({ userToken: d.data.user_token, name: d.data.name })),

    /** The same client, acting as the user with this token. */
    withUserToken: (userToken: string) => createAltegioClient({ ...options, userToken }),

    getLocation: (companyId: number) => settle(http.GET('/company/{company_id}', { params: { path: { company_id: companyId } } }), (d) => d.data),

    getServiceCategories: (companyId: number) =>
      settle(http.GET('/company/{company_id}/service_categories', { params: { path: { company_id: companyId } } }), (d) => d.data),

    /** Services, optionally of one staff member or category (0 means all, as in seed 000). */
    getServices: (companyId: number, filter: { staffId?: number; categoryId?: number } = {}) =>
      settle(
        http.GET('/company/{company_id}/services', {
          params: { path: { company_id: companyId }, query: { ...(filter.staffId && { staff_id: filter.staffId }), ...(filter.categoryId && { category_id: filter.categoryId }) } },
        }),
        (d) => d.data,
      ),

    getStaff: (companyId: number) => settle(http.GET('/company/{company_id}/staff', { params: { path: { company_id: companyId } } }), (d) => d.data),

    /** The staff members who provide the service of that name (case-insensitive), with their own length. */
    async getStaffByService(companyId: number, serviceName: string): Promise<AltegioResult<(AltegioSchemas['StaffMember'] & { seanceLength: number })[]>> {
      const [services, staff] = await Promise.all([client.getServices(companyId), client.getStaff(companyId)]);
      if (!services.ok) return services;
      if (!staff.ok) return staff;
      const wanted = serviceName.trim().toLowerCase();
      const service = services.data.find((s) => s.title.toLowerCase() === wanted) ?? services.data.find((s) => s.title.toLowerCase().includes(wanted));
      if (!service) return { ok: false, status: 404, message: `No service named "${serviceName}" in location ${companyId}.` };
      const lengths = new Map(service.staff.map((s) => [s.id, s.seance_length]));
      return { ok: true, status: 200, data: staff.data.filter((s) => lengths.has(s.id)).map((s) => ({ ...s, seanceLength: lengths.get(s.id)! })) };
    },

    /** Free start times between two dates (inclusive), for a service and a staff member (any when absent). */
    async getAvailableSlots(
      companyId: number,
      query: { startDate: string; endDate: string; serviceId?: number; staffId?: number },
    ): Promise<AltegioResult<AvailableSlot[]>> {
      const serviceIds = query.serviceId ? [query.serviceId] : [];
      const staffId = query.staffId ?? 0;
      const months = new Set<string>();
      for (let d = query.startDate; d <= query.endDate; d = addDays(d, 1)) months.add(`${d.slice(0, 7)}-01`);
      const dates: string[] = [];
      for (const month of months) {
        const res = await settle(
          http.GET('/book_dates/{company_id}', { params: { path: { company_id: companyId }, query: { 'service_ids[]': serviceIds, staff_id: staffId, date: month } } }),
          (d) => d.data.booking_dates,
        );
        if (!res.ok) return res;
        dates.push(...res.data.filter((d) => d >= query.startDate && d <= query.endDate));
      }
      const slots: AvailableSlot[] = [];
      for (const date of dates) {
        const res = await settle(
          http.GET('/book_times/{company_id}/{staff_id}/{date}', {
            params: { path: { company_id: companyId, staff_id: staffId, date }, query: { 'service_ids[]': serviceIds } },
          }),
          (d) => d.data,
        );
        if (!res.ok) return res;
        slots.push(...res.data.map((t) => ({ date, time: t.time, datetime: t.datetime, seanceLength: t.seance_length })));
      }
      return { ok: true, status: 200, data: slots };
    },

    /** Appointments (every page), optionally of one client or staff member, from a date on. */
    async getAppointments(
      companyId: number,
      filter: { clientId?: number; staffId?: number; startDate?: string; endDate?: string } = {},
    ): Promise<AltegioResult<AltegioSchemas['Record'][]>> {
      const all: AltegioSchemas['Record'][] = [];
      for (let page = 1; ; page++) {
        const res = await settle(
          http.GET('/records/{company_id}', {
            params: {
              path: { company_id: companyId },
              query: {
                page,
                count: 200,
                ...(filter.clientId && { client_id: filter.clientId }),
                ...(filter.staffId && { staff_id: filter.staffId }),
                ...(filter.startDate && { start_date: filter.startDate }),
                ...(filter.endDate && { end_date: filter.endDate }),
              },
            },
          }),
          (d) => d,
        );
        if (!res.ok) return res;
        all.push(...res.data.data);
        if (all.length >= res.data.meta.total_count || res.data.data.length === 0) return { ok: true, status: 200, data: all };
      }
    },

    async createAppointment(companyId: number, input: AppointmentInput): Promise<AltegioResult<AltegioSchemas['Record']>> {
      const body = await recordBody(companyId, input);
      if (!body.ok) return body;
      return settle(http.POST('/records/{company_id}', { params: { path: { company_id: companyId } }, body: body.data }), (d) => d.data);
    },

    /** A full replacement, as Altegio's `PUT /record` is: every field is sent again. */
    async updateAppointment(companyId: number, recordId: number, input: AppointmentInput): Promise<AltegioResult<AltegioSchemas['Record']>> {
      const body = await recordBody(companyId, input);
      if (!body.ok) return body;
      return settle(
        http.PUT('/record/{company_id}/{record_id}', { params: { path: { company_id: companyId, record_id: recordId } }, body: body.data }),
        (d) => d.data,
      );
    },

    cancelAppointment: (companyId: number, recordId: number) =>
      settle(http.DELETE('/record/{company_id}/{record_id}', { params: { path: { company_id: companyId, record_id: recordId } } }), () => null),

    // Beyond seed 000: the calls the reference implementations need as well.

    getAppointment: (companyId: number, recordId: number) =>
      settle(http.GET('/record/{company_id}/{record_id}', { params: { path: { company_id: companyId, record_id: recordId } } }), (d) => d.data),

    /** `book_times`: free start times of one date for a staff member (0: any). */
    getBookableTimes: (companyId: number, query: { staffId: number; date: string; serviceIds: readonly number[] }) =>
      settle(
        http.GET('/book_times/{company_id}/{staff_id}/{date}', {
          params: { path: { company_id: companyId, staff_id: query.staffId, date: query.date }, query: { 'service_ids[]': [...query.serviceIds] } },
        }),
        (d) => d.data,
      ),

    /** `book_staff`: staff with `bookable` for the services (at a time, when given). */
    getBookableStaff: (companyId: number, query: { serviceIds: readonly number[]; datetime?: string }) =>
      settle(
        http.GET('/book_staff/{company_id}', {
          params: { path: { company_id: companyId }, query: { 'service_ids[]': [...query.serviceIds], ...(query.datetime && { datetime: query.datetime }) } },
        }),
        (d) => d.data,
      ),

    /** `book_record`: online booking with the partner token; all appointments or none. */
    bookOnline: (companyId: number, body: AltegioSchemas['BookRecordRequest']) =>
      settle(http.POST('/book_record/{company_id}', { params: { path: { company_id: companyId } }, body }), (d) => d.data),

    searchClients: (companyId: number, body: Partial<AltegioSchemas['ClientSearchRequest']>) =>
      settle(
        http.POST('/company/{company_id}/clients/search', {
          params: { path: { company_id: companyId } },
          body: body as AltegioSchemas['ClientSearchRequest'],
        }),
        (d) => d.data,
      ),

    getClient: (companyId: number, clientId: number) =>
      settle(http.GET('/client/{company_id}/{client_id}', { params: { path: { company_id: companyId, client_id: clientId } } }), (d) => d.data),

    createClient: (companyId: number, body: AltegioSchemas['ClientCreateRequest']) =>
      settle(http.POST('/clients/{company_id}', { params: { path: { company_id: companyId } }, body }), (d) => d.data),

    updateClient: (companyId: number, clientId: number, body: AltegioSchemas['ClientCreateRequest']) =>
      settle(http.PUT('/client/{company_id}/{client_id}', { params: { path: { company_id: companyId, client_id: clientId } }, body }), (d) => d.data),

    deleteClient: (companyId: number, clientId: number) =>
      settle(http.DELETE('/client/{company_id}/{client_id}', { params: { path: { company_id: companyId, client_id: clientId } } }), () => null),

    // Setting a location up: what an integration creates before it books, each on the
    // spelling Altegio documents for it, so the same calls work against the real API.

    createServiceCategory: (companyId: number, body: AltegioSchemas['CategoryRequest']) =>
      settle(http.POST('/service_categories/{company_id}', { params: { path: { company_id: companyId } }, body }), (d) => d.data),

    updateServiceCategory: (companyId: number, categoryId: number, body: AltegioSchemas['CategoryRequest']) =>
      settle(
        http.PUT('/service_category/{company_id}/{category_id}', { params: { path: { company_id: companyId, category_id: categoryId } }, body }),
        (d) => d.data,
      ),

    deleteServiceCategory: (companyId: number, categoryId: number) =>
      settle(
        http.DELETE('/service_category/{company_id}/{category_id}', { params: { path: { company_id: companyId, category_id: categoryId } } }),
        () => null,
      ),

    createService: (companyId: number, body: AltegioSchemas['ServiceCreateRequest']) =>
      settle(http.POST('/services/{company_id}', { params: { path: { company_id: companyId } }, body }), (d) => d.data),

    /** `PATCH`: only the fields sent change. */
    updateService: (companyId: number, serviceId: number, body: AltegioSchemas['ServicePatchRequest']) =>
      settle(http.PATCH('/services/{company_id}/{service_id}', { params: { path: { company_id: companyId, service_id: serviceId } }, body }), (d) => d.data),

    /** `PUT`: the whole service; what is left out (staff links too) takes its default. */
    replaceService: (companyId: number, serviceId: number, body: AltegioSchemas['ServiceCreateRequest']) =>
      settle(http.PUT('/services/{company_id}/{service_id}', { params: { path: { company_id: companyId, service_id: serviceId } }, body }), (d) => d.data),

    deleteService: (companyId: number, serviceId: number) =>
      settle(http.DELETE('/services/{company_id}/{service_id}', { params: { path: { company_id: companyId, service_id: serviceId } } }), () => null),

    createStaffMember: (companyId: number, body: AltegioSchemas['StaffCreateRequest']) =>
      settle(http.POST('/company/{company_id}/staff/quick', { params: { path: { company_id: companyId } }, body }), (d) => d.data),

    updateStaffMember: (companyId: number, staffId: number, body: AltegioSchemas['StaffUpdateRequest']) =>
      settle(http.PUT('/staff/{company_id}/{staff_id}', { params: { path: { company_id: companyId, staff_id: staffId } }, body }), (d) => d.data),

    deleteStaffMember: (companyId: number, staffId: number) =>
      settle(http.DELETE('/staff/{company_id}/{staff_id}', { params: { path: { company_id: companyId, staff_id: staffId } } }), () => null),

    getPositions: (companyId: number) =>
      settle(http.GET('/locations/{company_id}/team_members/positions', { params: { path: { company_id: companyId } } }), (d) => d.data),

    createPosition: (companyId: number, body: AltegioSchemas['PositionRequest']) =>
      settle(http.POST('/locations/{company_id}/positions/quick', { params: { path: { company_id: companyId } }, body }), (d) => d.data),

    getResources: (companyId: number) => settle(http.GET('/resources/{company_id}', { params: { path: { company_id: companyId } } }), (d) => d.data),

    getTimetableSettings: (companyId: number) =>
      settle(http.GET('/locations/{company_id}/settings/timetable', { params: { path: { company_id: companyId } } }), (d) => d.data),

    getOnlineBookingSettings: (companyId: number) =>
      settle(http.GET('/locations/{company_id}/settings/online', { params: { path: { company_id: companyId } } }), (d) => d.data),

    getBookingForms: (companyId: number) =>
      settle(http.GET('/locations/{company_id}/booking_forms', { params: { path: { company_id: companyId } } }), (d) => d.data),

    /** A staff member's working hours per date, `is_working` false on days off. */
    getStaffSchedule: (companyId: number, staffId: number, range: { startDate: string; endDate: string }) =>
      settle(
        http.GET('/schedule/{company_id}/{staff_id}/{start_date}/{end_date}', {
          params: { path: { company_id: companyId, staff_id: staffId, start_date: range.startDate, end_date: range.endDate } },
        }),
        (d) => d.data,
      ),

    /** Every date of the range set to `slots` (`is_working: false` or no slots: days off). */
    setStaffScheduleRange: (companyId: number, staffId: number, range: { startDate: string; endDate: string }, body: AltegioSchemas['ScheduleRangeRequest']) =>
      settle(
        http.PUT('/schedule/{company_id}/{staff_id}/{start_date}/{end_date}', {
          params: { path: { company_id: companyId, staff_id: staffId, start_date: range.startDate, end_date: range.endDate } },
          body,
        }),
        (d) => d.data,
      ),
  };

  async function recordBody(companyId: number, input: AppointmentInput): Promise<AltegioResult<AltegioSchemas['RecordRequest']>> {
    let length = input.seanceLength;
    if (length === undefined) {
      const service = await settle(
        http.GET('/company/{company_id}/services/{service_id}', { params: { path: { company_id: companyId, service_id: input.serviceId } } }),
        (d) => d.data,
      );
      if (!service.ok) return service;
      length = service.data.staff.find((s) => s.id === input.staffId)?.seance_length ?? service.data.duration;
    }
    return {
      ok: true,
      status: 200,
      data: {
        staff_id: input.staffId,
        services: [
          {
            id: input.serviceId,
            ...(input.firstCost !== undefined && { first_cost: input.firstCost }),
            ...(input.discount !== undefined && { discount: input.discount }),
            ...(input.cost !== undefined && { cost: input.cost }),
          },
        ],
        client: { name: input.clientName, phone: input.clientPhone, ...(input.clientEmail && { email: input.clientEmail }) },
        datetime: input.datetime,
        seance_length: length,
        save_if_busy: input.saveIfBusy ?? false,
        send_sms: input.sendSms ?? false,
        sms_remain_hours: input.smsRemainHours ?? 1,
        email_remain_hours: input.emailRemainHours ?? 12,
        attendance: 0,
        ...(input.comment !== undefined && { comment: input.comment }),
      },
    };
  }

  return client;
}

export type AltegioClient = ReturnType<typeof createAltegioClient>;

/** Turns an openapi-fetch answer into a result value; network failures too. */
async function settle<D, E, T>(pending: Promise<{ data?: D; error?: E; response: Response }>, pick: (data: D) => T): Promise<AltegioResult<T>> {
  let answer: { data?: D; error?: E; response: Response };
  try {
    answer = await pending;
  } catch (error) {
    return { ok: false, status: 0, message: `Altegio did not answer: ${(error as Error).message}` };
  }
  const { data, error, response } = answer;
  if (response.ok) return { ok: true, status: response.status, data: pick(data as D) };
  const body = error as { meta?: { message?: string; errors?: unknown }; errors?: { code?: number } } | undefined;
  const code = body?.errors?.code;
  return {
    ok: false,
    status: response.status,
    message: body?.meta?.message ?? `Altegio answered ${response.status}.`,
    ...(typeof code === 'number' && { code }),
  };
}
