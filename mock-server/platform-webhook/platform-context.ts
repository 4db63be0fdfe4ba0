import type { components } from '../../specs/generated/partner-webhook.ts';
import type { ReferenceContext } from '../reference/index.ts';
import type { KeyMemory } from './key-memory.ts';

export type WebhookSchemas = components['schemas'];

/** What the webhook's handlers share: the reference context and the bookings made per key. */
export interface PlatformContext {
  readonly ref: ReferenceContext;
  /** `<account>\n<idempotency_key>` → the booking it produced. */
  readonly bookings: KeyMemory<WebhookSchemas['BookingResponse']>;
}
