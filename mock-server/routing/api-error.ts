/** The codes the router itself raises before a handler runs; each API renders them its own way. */
export type RouterErrorCode = 'invalid_request' | 'malformed_json' | 'payload_too_large' | 'no_route' | 'method_not_allowed';

/**
 * A refusal with an HTTP status, a stable code and a message a person can act on.
 * Handlers throw it; each API's `renderError` turns it into that API's error body.
 * @example throw new ApiError(404, 'not_found', 'Record 7 not found in location 1001.')
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
