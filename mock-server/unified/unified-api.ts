import type { operations } from '../../specs/generated/unified.ts';
import type { ApiOptions, ReferenceContext } from '../reference/index.ts';
import { ApiError, createSpecRouter, json, typedHandlers } from '../routing/index.ts';
import type { HttpApi } from '../server/express-adapter.ts';
import { recordIdOf } from './appointment-id.ts';
import { book, cancel, changedMeanwhile, reschedule } from './booking.ts';
import { internal, maxBodyBytes, renderUnifiedError } from './errors.ts';
import { availability, suggest } from './free-times.ts';
import { checkRequest } from './request-checks.ts';
import { apiKeyOf, openSession, type ActionRequest, type Session, type SuccessResponse } from './session.ts';

// The unified action endpoint: one POST, the action picks the function. The spec's
// check order is kept by construction: body size and key in `authenticate` (before
// the router parses anything), the schema in the router, then checkRequest, the agent
// in openSession, and the appointment and the slot inside the action.

const actions: Readonly<Record<ActionRequest['action'], (session: Session) => Promise<SuccessResponse>>> = {
  book,
  reschedule,
  cancel,
  suggest,
  availability,
};

const handlers = typedHandlers<operations, ReferenceContext>({
  async performAppointmentAction({ body, request }, ctx) {
    try {
      const now = ctx.clock.now();
      const { at } = checkRequest(body, now);
      const session = await openSession(ctx, { key: apiKeyOf(ctx.config, request), request: body, at, now });
      const act = () => actions[body.action](session);
      // A reschedule or a cancel waits for any other on the same booking (an unknown id is refused inside);
      // a reschedule that had to wait for one is refused: it asked to move a booking that was being changed.
      const id = body.appointment_id === undefined ? undefined : recordIdOf(body.appointment_id, session.agent.companyId);
      if (id === undefined || body.action === 'book') return json(200, await act());
      return json(200, await ctx.oneAtATime({ companyId: session.agent.companyId, id }, (waited) => (waited && body.action === 'reschedule' ? Promise.reject(changedMeanwhile(session)) : act())));
    } catch (error) {
      // A bug must still answer in the spec's envelope, never as a crash.
      if (error instanceof ApiError) throw error;
      throw internal(`Unexpected failure: ${(error as Error).message}`);
    }
  },
});

/**
 * `/unified`: book, reschedule, cancel, suggest and availability against Altegio,
 * for the agents each `X-Api-Key` reaches.
 * @example app.use('/unified', expressAdapter(createUnifiedApi(reference)))
 */
export function createUnifiedApi(ctx: ReferenceContext, options: ApiOptions = {}): HttpApi {
  const router = createSpecRouter<ReferenceContext>({
    spec: 'unified',
    handlers,
    renderError: renderUnifiedError,
    authenticate: ({ request }, context) => void apiKeyOf(context.config, request),
    maxBodyBytes,
    ...options,
  });
  return { renderError: renderUnifiedError, handle: (request) => router.handle(request, ctx) };
}
