import type { operations } from '../../specs/generated/voicebot.ts';
import type { ApiOptions, ReferenceContext } from '../reference/index.ts';
import { ApiError, createSpecRouter, json, sameSecret, typedHandlers, type ApiRequest, type ApiResponse } from '../routing/index.ts';
import type { HttpApi } from '../server/express-adapter.ts';
import { bookAppointment, cancelAppointment, findExistingBooking, modifyAppointment } from './booking.ts';
import {
  getAgents,
  getAppointmentTypes,
  getAppointmentTypesWithProducts,
  getBusinessName,
  getEntityForSipId,
  getProducts,
  getRequiredInfo,
} from './catalog.ts';
import type { Action, ActionName, ActionRequest } from './contract.ts';
import { readId } from './ids.ts';
import { internal, invalid, renderVoicebotError } from './errors.ts';
import { findExistingUser } from './people.ts';
import { getSlots } from './slots.ts';

// The webhook: one POST whose `action` picks one of 13 plain functions. The spec router
// matches, validates the body against that action's own schema and fills defaults;
// the token is checked before the body is looked at, and every refusal, ours or the
// router's, goes out in the contract's error shape.

const actions: { readonly [A in ActionName]: Action<A> } = {
  getEntityForSipId,
  getBusinessName,
  getAppointmentTypes,
  getAgents,
  getProducts,
  getAppointmentTypesWithProducts,
  getSlots,
  getRequiredInfo,
  bookAppointment,
  modifyAppointment,
  cancelAppointment,
  findExistingUser,
  findExistingBooking,
};

/** The contract lets implementations set their own limit; this one takes 100 kB. */
export const bodyLimitBytes = 100 * 1024;

/**
 * The VoiceBot webhook over Altegio, as the reference implementation integrators read.
 * @example app.use('/voicebot', expressAdapter(createVoicebotApi(reference)))
 */
export function createVoicebotApi(ctx: ReferenceContext, options: ApiOptions = {}): HttpApi {
  const router = createSpecRouter<ReferenceContext>({
    spec: 'voicebot',
    handlers: typedHandlers<operations, ReferenceContext>({ handleVoiceBotAction: ({ body }, context) => answer(body, context) }),
    renderError: renderVoicebotError,
    authenticate: ({ request }, context) => admit(request, context),
    maxBodyBytes: bodyLimitBytes,
    ...options,
  });
  return { renderError: renderVoicebotError, handle: (request) => router.handle(request, ctx) };
}

async function answer(request: ActionRequest, ctx: ReferenceContext): Promise<ApiResponse> {
  const action = actions[request.action] as Action<ActionName>;
  // A move or a cancel waits for any other on the same booking (an unreadable id is refused inside).
  const record = 'bookingId' in request ? readId('booking', request.bookingId) : undefined;
  try {
    return json(200, await (record ? ctx.oneAtATime(record, () => action(request as never, ctx)) : action(request as never, ctx)));
  } catch (error) {
    // A bug must still answer in the contract's shape; the message says where it broke.
    const refusal = error instanceof ApiError ? error : internal(`${request.action} failed: ${(error as Error).message}`);
    throw new ApiError(refusal.status, refusal.code, refusal.message, { ...refusal.details, action: request.action });
  }
}

/** The bearer token first (401 before any 400), then the media type. */
function admit(request: ApiRequest, ctx: ReferenceContext): void {
  const header = request.headers.authorization;
  if (!header) throw new ApiError(401, 'unauthorized', 'This webhook needs an "Authorization: Bearer <token>" header.');
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (!token || !ctx.config.voicebot.tokens.some((known) => sameSecret(known, token))) {
    throw new ApiError(401, 'unauthorized', 'The bearer token is not valid for this webhook.');
  }
  const type = request.headers['content-type'];
  if (type !== undefined && !/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
    throw invalid(`The request body must be application/json, not ${type}.`);
  }
}

