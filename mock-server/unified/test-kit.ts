import { expect } from 'vitest';
import { loadConfig, type ReferenceConfig } from '../reference/index.ts';
import type { useTestServer } from '../testing/test-server.ts';

// What the unified tests share: the demo agents and key, a call that sends the key,
// and reads of the fake's records (tests only: the API itself never sees them).

export const agents = {
  berlin: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  brooklyn: '0b7a1c52-4a3e-4f1d-9c55-2f6d1e8a9b10',
} as const;

export const apiKey = 'uk_demo_key_3b9f1c';

/** An agent that books Anna (10001) only, and a key that reaches Brooklyn only: test-only additions. */
export const annaAgent = '5d2c8a47-1b3e-4f60-9a7d-3c8e2f1b6a90';
export const brooklynKey = 'uk_test_brooklyn_only';

/**
 * The default configuration with the Berlin agent booking any therapist (the demo binds it
 * to Anna), plus the Anna-only test agent and the Brooklyn-only key above.
 */
export function testConfig(): ReferenceConfig {
  const base = loadConfig();
  return {
    ...base,
    unified: {
      apiKeys: [
        ...base.unified.apiKeys.map((k) => (k.key === apiKey ? { ...k, agents: [...k.agents, annaAgent] } : k)),
        { key: brooklynKey, agents: [agents.brooklyn] },
      ],
      agents: [
        ...base.unified.agents.map((a) => (a.agentId === agents.berlin ? { ...a, staffId: 0 } : a)),
        { agentId: annaAgent, companyId: 1001, serviceId: 10009, staffId: 10001 },
      ],
    },
  };
}

export type Server = ReturnType<typeof useTestServer>;

/** POST /unified with the demo key (or `key`, or none). */
export function act(server: Server, body: unknown, options: { key?: string | null } = {}) {
  const key = options.key === undefined ? apiKey : options.key;
  return server.call('POST', '/unified', { auth: 'none', headers: key === null ? {} : { 'x-api-key': key }, body });
}

/** Live records of a location, as the fake holds them. */
export function liveRecords(server: Server, companyId = 1001) {
  return [...server.mock.fake.db.tables.records.values()].filter((r) => r.companyId === companyId && !r.deleted);
}

/** Every record row, deleted ones included, to prove that nothing was written. */
export function recordRows(server: Server) {
  return [...server.mock.fake.db.tables.records.values()];
}

/** Books through the API and returns the answer's data, failing the test on anything but 200. */
export async function booked(server: Server, fields: Record<string, unknown>) {
  const res = await act(server, { action: 'book', agent_id: agents.berlin, name: 'Jane Smith', phone: '+4915112345678', ...fields });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data as { appointment_id: string; date_time: string; agent_name: string };
}

/** Moves the fake's clock (frozen) for the rest of the test. */
export function setClock(server: Server, iso: string) {
  server.mock.fake.clock.set(Date.parse(iso), { frozen: true });
}

/** Free starts Altegio offers for the massage on a date (staff 0: anyone), as ISO date-times. */
export async function altegioFreeStarts(server: Server, query: { staffId: number; date: string }): Promise<string[]> {
  const res = await server.call('GET', `/api/v1/book_times/1001/${query.staffId}/${query.date}?service_ids[]=10009`, { auth: 'partner' });
  expect(res.status).toBe(200);
  return (res.body.data as { datetime: string }[]).map((t) => t.datetime);
}

/** The local wall time of an ISO date-time on the 12-hour clock: `…T08:45:00+01:00` → `8:45 AM`. */
export function twelveHour(iso: string): string {
  const [h, m] = iso.slice(11, 16).split(':').map(Number) as [number, number];
  return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}
