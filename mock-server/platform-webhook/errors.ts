import type { AltegioResult } from '../altegio-client/index.ts';
import { ApiError, json, type ApiResponse } from '../routing/index.ts';

// The webhook's four codes, each with its one status. Everything else that reaches
// renderError (the router's own codes, injected faults) is folded into them.

export type PlatformErrorCode = 'invalid_payload' | 'invalid_signature' | 'slot_unavailable' | 'configuration_error';

export const platformError = (status: 400 | 401 | 409 | 500, message: string): ApiError =>
  new ApiError(status, { 400: 'invalid_payload', 401: 'invalid_signature', 409: 'slot_unavailable', 500: 'configuration_error' }[status], message);

const ownCodes = new Set<string>(['invalid_payload', 'invalid_signature', 'slot_unavailable', 'configuration_error']);

function codeFor(status: number): PlatformErrorCode {
  if (status === 401) return 'invalid_signature';
  if (status === 409) return 'slot_unavailable';
  return status >= 500 ? 'configuration_error' : 'invalid_payload';
}

export function renderPlatformError(error: ApiError): ApiResponse {
  // The spec has no 413: a body over the limit is an invalid payload.
  const status = error.code === 'payload_too_large' ? 400 : error.status;
  const code = ownCodes.has(error.code) ? error.code : codeFor(status);
  return json(status, { error: { code, message: error.message } });
}

/**
 * The data of an Altegio answer, or a 500: when Altegio refuses what the account's own
 * setup asks for, the platform cannot serve the account.
 * @example const location = need(await altegio.getLocation(1001), 'location 1001')
 */
export function need<T>(result: AltegioResult<T>, what: string): T {
  if (result.ok) return result.data;
  throw altegioFailure(result, what);
}

export function altegioFailure(result: { status: number; message: string }, what: string): ApiError {
  const status = result.status === 0 ? 'no answer' : String(result.status);
  return platformError(500, `Altegio could not give ${what} (${status}: ${result.message})`);
}
