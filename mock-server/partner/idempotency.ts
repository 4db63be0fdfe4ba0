import type { KeyMemory } from '../platform-webhook/key-memory.ts';
import { json, type ApiResponse } from '../routing/index.ts';
import { partnerError } from './errors.ts';

// `Idempotency-Key` on POST /bookings: the first request binds the key (per partner key)
// to its body; a success is replayed as 200 without calling the platform again; a failure
// leaves the key bound but open, so a retry is relayed again with the same key.

export interface KeyUse {
  /** The body as canonical JSON: whitespace and key order do not matter. */
  readonly fingerprint: string;
  /** The booking body of the 201 (or 200), once there is one. */
  readonly booking?: unknown;
}

export interface IdempotentRequest {
  readonly memory: KeyMemory<KeyUse>;
  /** The partner's API key: keys of two partners never meet. */
  readonly scope: string;
  readonly key: string;
  readonly body: unknown;
}

/**
 * Runs `relayBooking` at most once per successful key; requests with one key run one
 * after the other, so concurrent retries answer as repeats.
 * @example await idempotent({ memory, scope: partner.key, key: 'booking-req-1', body }, () => relay(ref, request))
 */
export function idempotent(request: IdempotentRequest, relayBooking: () => Promise<ApiResponse>): Promise<ApiResponse> {
  const { memory, key } = request;
  const id = `${request.scope}\n${key}`;
  const fingerprint = canonicalJson(request.body);
  return memory.serialize(id, async () => {
    const use = memory.recall(id);
    if (use && use.fingerprint !== fingerprint) {
      throw partnerError(422, `Idempotency-Key ${key} was already used with a different request body.`);
    }
    if (use?.booking !== undefined) return json(200, use.booking);
    if (!use) memory.remember(id, { fingerprint });
    const response = await relayBooking();
    if (response.status === 200 || response.status === 201) memory.remember(id, { fingerprint, booking: response.body });
    return response;
  });
}

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
