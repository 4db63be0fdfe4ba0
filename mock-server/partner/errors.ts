import { ApiError, json, type ApiResponse } from '../routing/index.ts';

// The partner API's eight codes, each with its one status. The router's own codes and
// injected faults are folded into them, so every refusal has the spec's shape.

export const partnerBodyLimitBytes = 102_400;

const codeByStatus = {
  400: 'invalid_request',
  401: 'unauthorized',
  404: 'bot_not_found',
  409: 'slot_unavailable',
  413: 'payload_too_large',
  422: 'idempotency_key_reused',
  502: 'webhook_failed',
  504: 'webhook_timeout',
} as const;

type PartnerStatus = keyof typeof codeByStatus;

const ownCodes = new Set<string>(Object.values(codeByStatus));

/** The router's codes: a request that does not fit the spec is always `invalid_request`. */
const routerCodes: Readonly<Record<string, string>> = {
  malformed_json: 'invalid_request',
  no_route: 'invalid_request',
  method_not_allowed: 'invalid_request',
};

/** @example throw partnerError(404, 'Bot bot_x not found.') */
export const partnerError = (status: PartnerStatus, message: string): ApiError => new ApiError(status, codeByStatus[status], message);

export const tooLarge = () => partnerError(413, `Request body exceeds ${partnerBodyLimitBytes} bytes.`);

export function renderPartnerError(error: ApiError): ApiResponse {
  // The HTTP adapter's own cut (1 MiB) speaks of its limit; the partner's is smaller.
  const { status, message } = error.code === 'payload_too_large' ? tooLarge() : error;
  return json(status, { error: { code: codeOf(error), message } });
}

function codeOf(error: ApiError): string {
  if (ownCodes.has(error.code)) return error.code;
  // Injected faults carry any status: name them after the status, or as a failure upstream.
  return routerCodes[error.code] ?? codeByStatus[error.status as PartnerStatus] ?? (error.status >= 500 ? 'webhook_failed' : 'invalid_request');
}
