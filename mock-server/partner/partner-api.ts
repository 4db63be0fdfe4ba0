import type { operations } from '../../specs/generated/partner.ts';
import { createKeyMemory, type KeyMemory } from '../platform-webhook/key-memory.ts';
import { readRange } from '../platform-webhook/time-range.ts';
import type { ApiOptions, ReferenceContext } from '../reference/index.ts';
import { createSpecRouter, typedHandlers } from '../routing/index.ts';
import type { HttpApi } from '../server/express-adapter.ts';
import { partnerBodyLimitBytes, partnerError, renderPartnerError } from './errors.ts';
import { idempotent, type KeyUse } from './idempotency.ts';
import { botOf, partnerOf } from './partner-keys.ts';
import { bookingAnswers, relay, searchAnswers } from './relay.ts';

interface PartnerContext {
  readonly ref: ReferenceContext;
  readonly keys: KeyMemory<KeyUse>;
}

// Checks run in the spec's order: 413 (handle), 401 (authenticate), 400 (router, then the
// range), 404 (the bot), 422 or the replay (idempotent), then the relay.
const handlers = typedHandlers<operations, PartnerContext>({
  searchAvailability: async ({ body, request }, { ref }) => {
    const partner = partnerOf(ref.config, request.headers.authorization);
    const range = readRange(body.query.filter.start_at_range);
    if (!range.ok) throw partnerError(400, range.message);
    const { bot_id, ...search } = body;
    const bot = botOf(ref.config, partner, bot_id);
    return relay(ref, { bot, path: '/availability/search', payload: { account_id: bot.accountId, ...search }, passable: searchAnswers });
  },
  createBooking: async ({ body, request }, { ref, keys }) => {
    const partner = partnerOf(ref.config, request.headers.authorization);
    const bot = botOf(ref.config, partner, body.bot_id);
    // The router has checked the header against the spec's pattern.
    const key = request.headers['idempotency-key']!;
    const payload = { account_id: bot.accountId, idempotency_key: key, booking: body.booking };
    return idempotent({ memory: keys, scope: partner.key, key, body }, () => relay(ref, { bot, path: '/bookings', payload, passable: bookingAnswers }));
  },
});

/**
 * The partner API for voice AI bots: `sk_ptnr_` keys reach their own bots, whose
 * requests are relayed, signed, to their account's platform webhook.
 * @example app.use('/partner', expressAdapter(createPartnerApi(reference)))
 */
export function createPartnerApi(ref: ReferenceContext, options: ApiOptions = {}): HttpApi {
  const ctx: PartnerContext = { ref, keys: createKeyMemory(ref.clock, { name: 'partner', store: ref.keys }) };
  ref.onReset(ctx.keys.forget);
  const router = createSpecRouter<PartnerContext>({
    spec: 'partner',
    handlers,
    renderError: renderPartnerError,
    authenticate: ({ request }) => void partnerOf(ref.config, request.headers.authorization),
    maxBodyBytes: partnerBodyLimitBytes,
    ...options,
  });
  return { renderError: renderPartnerError, handle: (request) => router.handle(request, ctx) };
}
