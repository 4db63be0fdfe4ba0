import type { operations } from '../../specs/generated/partner-webhook.ts';
import type { ApiOptions, ReferenceContext } from '../reference/index.ts';
import { createSpecRouter, typedHandlers } from '../routing/index.ts';
import type { HttpApi } from '../server/express-adapter.ts';
import { authenticateRequest } from './accounts.ts';
import { searchAvailability } from './availability.ts';
import { createBooking } from './bookings.ts';
import { lookupCustomer } from './customers.ts';
import { platformError, renderPlatformError } from './errors.ts';
import { createKeyMemory } from './key-memory.ts';
import type { PlatformContext } from './platform-context.ts';

/** Bodies over this are refused before anything else (the spec's 100 KiB). */
const webhookBodyLimitBytes = 102_400;

const handlers = typedHandlers<operations, PlatformContext>({ lookupCustomer, searchAvailability, createBooking });

/**
 * The reference booking platform behind the partner API: checks in the spec's order
 * (size, signature and account, JSON and schema, then the operation) and books through
 * the typed Altegio client of each account's location.
 * @example app.use('/platform-webhook', expressAdapter(createPlatformWebhookApi(reference)))
 */
export function createPlatformWebhookApi(ref: ReferenceContext, options: ApiOptions = {}): HttpApi {
  const ctx: PlatformContext = { ref, bookings: createKeyMemory(ref.clock, { name: 'platform-webhook', store: ref.keys }) };
  ref.onReset(ctx.bookings.forget);
  const router = createSpecRouter<PlatformContext>({
    spec: 'partner-webhook',
    handlers,
    renderError: renderPlatformError,
    // The router runs this before it parses the body: an unsigned body is never read.
    authenticate: ({ request }) => authenticateRequest(ref.config, request, ref.clock.now()),
    maxBodyBytes: webhookBodyLimitBytes,
    ...options,
  });
  return { renderError: renderPlatformError, handle: (request) => router.handle(request, ctx) };
}
