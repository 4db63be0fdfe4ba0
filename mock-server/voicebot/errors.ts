import type { AltegioResult } from '../altegio-client/index.ts';
import { ApiError, json, type ApiResponse } from '../routing/index.ts';

// The contract's one error shape, `{error: {code, message, details?: {field, action}}}`,
// with the status each code is fixed to. Handlers throw these; Altegio failures that
// are not the caller's fault become `internal_error`, never a crash.

export const invalid = (message: string, field?: string) => new ApiError(400, 'invalid_request', message, field ? { field } : {});
export const notFound = (message: string, field?: string) => new ApiError(404, 'not_found', message, field ? { field } : {});
export const slotUnavailable = (message: string, field?: string) => new ApiError(409, 'slot_unavailable', message, field ? { field } : {});
export const internal = (message: string) => new ApiError(500, 'internal_error', message);

/** The data of an Altegio answer, or the internal_error its failure is for the bot. */
export function unwrap<T>(result: AltegioResult<T>, what: string): T {
  if (result.ok) return result.data;
  const why = result.status === 0 ? 'did not answer' : `answered ${result.status}`;
  throw internal(`The booking system ${why} while ${what}: ${result.message}`);
}

// The router's own codes, in this contract's vocabulary.
const codes: Readonly<Record<string, string>> = { malformed_json: 'invalid_request', no_route: 'not_found', method_not_allowed: 'invalid_request' };

/** Renders any ApiError (the router's or a handler's) in the contract's shape. */
export function renderVoicebotError(error: ApiError): ApiResponse {
  const field = typeof error.details.field === 'string' ? error.details.field : fieldOfViolation(error);
  const action = typeof error.details.action === 'string' ? error.details.action : undefined;
  const details = { ...(field && { field }), ...(action && { action }) };
  const headers: Record<string, string> = {
    ...(error.status === 401 && { 'WWW-Authenticate': 'Bearer realm="voicebot"' }),
    ...(error.status === 405 && { Allow: 'POST' }),
  };
  const body = { error: { code: codes[error.code] ?? error.code, message: error.message, ...(Object.keys(details).length > 0 && { details }) } };
  return json(error.status, body, Object.keys(headers).length > 0 ? headers : undefined);
}

// The router's schema messages start with the dotted path of the field at fault
// (`booker.lastName is required`, `action must be one of …`); `body …` names no field.
function fieldOfViolation(error: ApiError): string | undefined {
  if (error.code !== 'invalid_request') return undefined;
  const violations = (error.details.violations ?? []) as readonly { message: string }[];
  const text = violations[0]?.message ?? (error.message.startsWith('action ') ? error.message : '');
  const first = /^([A-Za-z_][\w.]*)\s/.exec(text)?.[1];
  return first && first !== 'body' ? first : undefined;
}
