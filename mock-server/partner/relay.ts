import { createSpecValidator } from '../../specs/index.ts';
import { accountHeader, signatureFor, signatureHeader, unixSeconds } from '../platform-webhook/signature.ts';
import type { ReferenceContext } from '../reference/index.ts';
import { json, type ApiResponse } from '../routing/index.ts';
import { partnerError } from './errors.ts';
import type { Bot } from './partner-keys.ts';

// The relay: sign the platform request, POST it to the bot's webhook, and map the answer
// as the partner spec's table says. Only answers the webhook spec documents for success
// (and 409 slot_unavailable) pass through; everything else is the platform's failure.

const webhookSpec = createSpecValidator('partner-webhook');

/** Status → the webhook schema its body must meet to be passed through. */
export type Passable = Readonly<Record<number, string>>;

export const searchAnswers: Passable = { 200: '#/components/schemas/AvailabilitySearchResponse' };

export const bookingAnswers: Passable = {
  201: '#/components/schemas/BookingResponse',
  200: '#/components/schemas/BookingResponse',
  409: '#/components/schemas/SlotUnavailableResponse',
};

export interface RelayRequest {
  readonly bot: Bot;
  readonly path: '/availability/search' | '/bookings';
  /** The platform request body, `account_id` in place of `bot_id`. */
  readonly payload: Readonly<Record<string, unknown>>;
  readonly passable: Passable;
}

/** @example await relay(ref, { bot, path: '/availability/search', payload: { account_id, query }, passable: searchAnswers }) */
export async function relay(ref: ReferenceContext, request: RelayRequest): Promise<ApiResponse> {
  const { bot, path } = request;
  const body = JSON.stringify(request.payload);
  const timeoutMs = ref.config.partner.timeoutMs;
  const base = (bot.webhookUrl ?? `${ref.selfUrl()}/platform-webhook`).replace(/\/+$/, '');
  let status: number;
  let text: string;
  try {
    const answer = await ref.fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [accountHeader]: bot.accountId,
        [signatureHeader]: signatureFor({ secret: bot.secret, timestamp: unixSeconds(ref.clock.now()), body }),
      },
      body,
      // A redirect is an answer like any other status: not followed, not passed through.
      redirect: 'manual',
      // One deadline for the headers and the body alike.
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = answer.status;
    text = await answer.text();
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw partnerError(504, `Platform webhook did not answer within ${timeoutMs} ms.`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw partnerError(502, `Platform webhook could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message}).`);
  }
  return passThrough({ status, text, passable: request.passable });
}

function passThrough(answer: { status: number; text: string; passable: Passable }): ApiResponse {
  const { status, text } = answer;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw partnerError(502, `Platform webhook answered ${status} with a body that is not JSON.`);
  }
  const schema = answer.passable[status];
  if (!schema) throw partnerError(502, `Platform webhook answered ${status}${errorSummary(body)}.`);
  const check = webhookSpec.validate(schema, body);
  if (!check.valid) {
    throw partnerError(502, `Platform webhook answered ${status} with a body that breaks the webhook spec: ${check.violations[0]!.message}.`);
  }
  return json(status, body);
}

/** ` (configuration_error: No location configured)` when the platform sent the spec's error shape. */
function errorSummary(body: unknown): string {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string' ? ` (${error.code}: ${error.message})` : '';
}
