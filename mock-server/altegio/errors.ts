import { ApiError, json, type ApiResponse } from '../routing/index.ts';

// Altegio's error envelope: `{success:false, data:null, meta:{message}}`. Coded booking
// errors also carry the code in the two places live clients read it from
// (`meta.errors[]` and a top-level `errors`), so parsers of either shape work.

/** The coded booking errors of book_check / book_record (and busy slots on records). */
export const bookingCodes = {
  431: { status: 422, meaning: 'phone in a wrong format' },
  432: { status: 422, meaning: 'wrong SMS confirmation code' },
  433: { status: 422, meaning: 'the selected time is already taken' },
  434: { status: 403, meaning: 'client phone is blacklisted' },
  435: { status: 422, meaning: 'client name missing' },
  436: { status: 422, meaning: 'no staff available' },
  437: { status: 422, meaning: 'appointments in one request overlap' },
  438: { status: 422, meaning: 'service not bookable' },
} as const;

export type BookingCode = keyof typeof bookingCodes;

/**
 * @example throw bookingError(433, 'Anna Schmidt cannot be booked on 2 March 2026 at 10:00: the time is taken or not working time.')
 */
export function bookingError(code: BookingCode, message: string, extra: Record<string, unknown> = {}): ApiError {
  return new ApiError(bookingCodes[code].status, `booking_${code}`, message, { bookingCode: code, ...extra });
}

export const authenticationNeeded = () => new ApiError(401, 'unauthorized', 'Authentication needed.');
export const accessDenied = () => new ApiError(403, 'forbidden', 'Access denied.');
export const notFound = (message: string) => new ApiError(404, 'not_found', message);
/**
 * A request the spec allows but the data does not (a staff member of another location,
 * an impossible date): 422 for a body field, 400 for a query or path parameter.
 */
export const invalidField = (where: 'body' | 'query' | 'path', field: string, message: string) =>
  new ApiError(where === 'body' ? 422 : 400, 'invalid_request', message, { in: where, violations: [{ path: `/${field}`, message }] });

export function renderAltegioError(error: ApiError): ApiResponse {
  const code = error.details.bookingCode as BookingCode | undefined;
  if (code !== undefined) {
    const coded = { code, message: error.message };
    return json(error.status, { success: false, data: null, meta: { message: error.message, errors: [coded] }, errors: coded });
  }
  switch (error.code) {
    case 'invalid_request': {
      // A body that breaks the spec is a 422 in Altegio; a bad query or path, a 400.
      const status = error.status === 400 && error.details.in === 'body' ? 422 : error.status;
      const errors = fieldErrors(error);
      return json(status, { success: false, data: null, meta: { message: error.message, ...(errors && { errors }) } });
    }
    case 'no_route':
      return json(404, { success: false, data: null, meta: { message: error.message } });
    default:
      return json(error.status, { success: false, data: null, meta: { message: error.message } });
  }
}

function fieldErrors(error: ApiError): Record<string, string[]> | undefined {
  const violations = (error.details.violations ?? []) as { path: string; message: string }[];
  if (violations.length === 0) return undefined;
  const out: Record<string, string[]> = {};
  for (const v of violations) {
    const field = v.path === '/' ? 'body' : v.path.slice(1).replaceAll('/', '.');
    (out[field] ??= []).push(v.message);
  }
  return out;
}
