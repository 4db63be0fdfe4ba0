import type { components } from '../../specs/generated/unified.ts';
import type { AltegioClient } from '../altegio-client/index.ts';
import type { ReferenceConfig, ReferenceContext } from '../reference/index.ts';
import { sameSecret, type ApiRequest } from '../routing/index.ts';
import { internal, must, refuse } from './errors.ts';
import type { Speaker } from './speech.ts';

// Who is calling and for which agent: the API key, the agent it reaches, and the
// agent's location as Altegio describes it. An action runs on a Session and needs
// nothing else.

export type ActionRequest = components['schemas']['ActionRequest'];
export type SuccessResponse = components['schemas']['SuccessResponse'];

/** What every success says: the sentence to speak, the developer's message, the short label. */
export interface Spoken {
  readonly say: string;
  readonly message: string;
  readonly summary: string;
}

/** The success envelope of the seed: `success` twice, the action echoed, plus the action's own fields. */
export function success(session: Session, out: Spoken, fields: Omit<SuccessResponse['data'], 'success' | 'message' | 'summary' | 'action'>): SuccessResponse {
  return {
    success: true,
    message: out.say,
    data: { success: true, message: out.message, summary: out.summary, action: session.request.action, ...fields },
  };
}
export type Agent = ReferenceConfig['unified']['agents'][number];

export interface Session extends Speaker {
  readonly request: ActionRequest;
  /** `appointment_datetime` as an instant, once checked (book and reschedule). */
  readonly at: number | undefined;
  readonly agent: Agent;
  readonly altegio: AltegioClient;
  readonly location: { readonly title: string; readonly timeZone: string };
}

type ApiKey = ReferenceConfig['unified']['apiKeys'][number];

/** The configured key the request carries in `X-Api-Key`, or UNAUTHORIZED. */
export function apiKeyOf(config: ReferenceConfig, request: ApiRequest): ApiKey {
  const sent = request.headers['x-api-key'];
  const key = sent === undefined ? undefined : config.unified.apiKeys.find((k) => sameSecret(sent, k.key));
  if (!key) throw refuse('UNAUTHORIZED', { message: 'Missing or invalid X-Api-Key header', say: "Sorry, I can't reach the booking system right now." });
  return key;
}

/**
 * The agent of the request, if the key reaches it (an agent of another key is
 * answered like an unknown one), with its location read from Altegio.
 */
export async function openSession(
  ctx: ReferenceContext,
  input: { key: ApiKey; request: ActionRequest; at: number | undefined; now: number },
): Promise<Session> {
  const agentId = input.request.agent_id.toLowerCase();
  const agent = input.key.agents.some((a) => a.toLowerCase() === agentId)
    ? ctx.config.unified.agents.find((a) => a.agentId.toLowerCase() === agentId)
    : undefined;
  if (!agent) {
    throw refuse('NOT_FOUND', { message: `Agent ${input.request.agent_id} not found`, say: "Sorry, I can't book appointments right now." });
  }
  const altegio = ctx.altegio(agent.companyId);
  const location = must(await altegio.getLocation(agent.companyId), `read location ${agent.companyId}`);
  return {
    request: input.request,
    at: input.at,
    agent,
    altegio,
    location: { title: location.title, timeZone: location.timezone_name },
    zone: input.request.timezone ?? location.timezone_name,
    now: input.now,
  };
}

/**
 * Who the caller's appointments are with: the agent's staff member, or the location
 * when the agent books any of its staff. `subject` opens a spoken offer.
 */
export async function teamOf(session: Session): Promise<{ agentName: string; subject: string }> {
  if (session.agent.staffId === 0) return { agentName: session.location.title, subject: 'We' };
  const staff = must(await session.altegio.getStaff(session.agent.companyId), `read the staff of location ${session.agent.companyId}`);
  const member = staff.find((s) => s.id === session.agent.staffId);
  if (!member) throw internal(`Agent ${session.agent.agentId} books staff member ${session.agent.staffId}, who is not in location ${session.agent.companyId}`);
  return { agentName: member.name, subject: member.name };
}
