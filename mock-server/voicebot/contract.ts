import type { components } from '../../specs/generated/voicebot.ts';
import type { ReferenceContext } from '../reference/index.ts';

// The contract's types, from the spec's generated schemas: each action's request is the
// branch of ActionRequest with that `action`, and its answer is `<Action>Response`.

export type Schemas = components['schemas'];
export type ActionRequest = Schemas['ActionRequest'];
export type ActionName = ActionRequest['action'];
export type RequestOf<A extends ActionName> = Extract<ActionRequest, { action: A }>;
export type AnswerOf<A extends ActionName> = Schemas[`${Capitalize<A>}Response`];

/** One action: its validated request in, its answer out; refusals are thrown ApiErrors. */
export type Action<A extends ActionName> = (request: RequestOf<A>, ctx: ReferenceContext) => Promise<AnswerOf<A>>;
