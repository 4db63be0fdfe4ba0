import { expect } from 'vitest';
import { createSpecValidator, loadSpec } from '../../specs/index.ts';
import { useTestServer, type TestResponse } from '../testing/test-server.ts';

// The VoiceBot tests talk to the webhook over real HTTP on a whole `slotcheck mock`
// (demo data, clock frozen at Monday 2 March 2026 08:00 Berlin, reset before each
// test). The router holds every answer to the spec's status and union of answers;
// `act` also holds a 200 to the schema of the action that was asked.

export const bearer = 'Bearer vb_demo_token_5e2d7a';

/** Ids of the demo data (seed 42 and any other: they come from fixed Altegio ids). */
export const ids = {
  berlin: 'ent_gleichgewicht',
  brooklyn: 'ent_brooklyn_smile',
  massage: 'at_1001_10006',
  gymnastics: 'at_1001_10007',
  dentalHygiene: 'at_1002_10008',
  massage30: 'pr_1001_10009',
  massage45: 'pr_1001_10010',
  gymnasticsProduct: 'pr_1001_10011',
  /** Mon–Fri 08–16. */
  anna: 'ag_1001_10001',
  /** Mon/Wed/Fri 12–20, massage only. */
  jonas: 'ag_1001_10002',
  /** Tue/Thu 09–13 and 14–18, Sat 09–13; 40 minutes for Krankengymnastik. */
  lea: 'ag_1001_10003',
} as const;

const operation = loadSpec('voicebot').paths['/']!.post as { 'x-action-responses': Record<string, { $ref: string }> };
const answers = operation['x-action-responses'];
const validator = createSpecValidator('voicebot');

export function useVoicebot() {
  const server = useTestServer();

  /** Posts any body (or raw text) with the demo token unless other headers are given. */
  const post = (body: unknown, headers: Record<string, string> = { authorization: bearer }): Promise<TestResponse> =>
    server.call('POST', '/voicebot', { auth: 'none', headers, ...(typeof body === 'string' ? { raw: body } : { body }) });

  /** One action; a 200 must match that action's own answer schema. */
  async function act(action: string, fields: Record<string, unknown> = {}): Promise<TestResponse> {
    const res = await post({ action, ...fields });
    if (res.status === 200) expect(validator.validate(answers[action]!.$ref, res.body), action).toEqual({ valid: true });
    return res;
  }

  const tables = () => server.mock.fake.db.tables;
  /** Records that are not deleted, by id. */
  const liveRecords = () => [...tables().records.values()].filter((r) => !r.deleted);

  return { server, post, act, tables, liveRecords };
}

/** A booker who is new to the demo location. */
export const newCaller = { firstName: 'Max', lastName: 'Mustermann', phone: '+4915112345678', birthDate: '1985-04-12' } as const;
