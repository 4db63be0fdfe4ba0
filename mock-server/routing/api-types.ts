/** A request as the fake's logic sees it: no Express, no sockets. */
export interface ApiRequest {
  readonly method: string;
  /** Path below the API's mount point, e.g. `/records/1001`. */
  readonly path: string;
  /** Raw query pairs; a repeated key keeps every value. */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The body exactly as received (signatures are computed over it). */
  readonly rawBody: string;
  /** The peer's address, when the request came over a socket. */
  readonly remoteAddress?: string;
}

export interface ApiResponse {
  readonly status: number;
  /** Sent as JSON; absent for 204 and empty 201s. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a handler gets once the router has matched, coerced and validated the request. */
export interface RouteInput {
  readonly operationId: string;
  /** Security schemes the spec names for the operation (its first requirement). */
  readonly security: readonly string[];
  readonly params: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  readonly request: ApiRequest;
}

export type Handler<Ctx> = (input: RouteInput, ctx: Ctx) => ApiResponse | Promise<ApiResponse>;

export const json = (status: number, body?: unknown, headers?: Record<string, string>): ApiResponse =>
  body === undefined ? { status, ...(headers && { headers }) } : { status, body, ...(headers && { headers }) };
