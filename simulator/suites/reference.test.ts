import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { signatureFor, unixSeconds } from '../../mock-server/platform-webhook/signature.ts';
import { runScenarios } from '../runner.ts';
import { jsonAnswer, startBrokenProxy, type Breakage, type BrokenProxy, type ProxiedRequest } from '../testing/broken-proxy.ts';
import type { ApiName, RunResult } from '../types.ts';
import { suiteFlags, suites } from './index.ts';

// The reference implementations pass every built-in suite at 100%, their effects confirmed
// by the fake Altegio's state; and each deliberately broken variant (one realistic fault
// in front of a reference implementation) fails with the check that names the fault.

let mock: RunningMock;
let runs = 0;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(() => mock.close());

const mounts: Record<ApiName, string> = { voicebot: '/voicebot', unified: '/unified', partner: '/partner', altegio: '/api/v1', 'platform-webhook': '/platform-webhook' };

async function simulate(api: ApiName, target: string, options: { budgetMs?: number; oracle?: boolean } = {}): Promise<RunResult> {
  mock.fake.reset();
  const suite = suites[api]!;
  // Default days follow the fake's clock, as `slotcheck simulate --altegio` does.
  const { vars, headers, signer } = suite.start(suiteFlags(suite), mock.fake.clock.now());
  runs += 1;
  return runScenarios(
    suite.scenarios(vars),
    {
      api,
      target,
      fetch,
      headers,
      vars,
      seed: 11,
      budgetMs: options.budgetMs ?? 5000,
      timeoutMs: 15_000,
      concurrency: 8,
      runId: String(1_000_000 + runs),
      ...(signer && { signer }),
      ...(options.oracle !== false && { altegio: `${mock.url}/api/v1` }),
    },
    [],
  );
}

const failed = (result: RunResult) => [...new Set(result.scenarios.flatMap((s) => s.steps.flatMap((st) => st.checks.filter((c) => c.state === 'failed').map((c) => c.check))))];

describe.each(['voicebot', 'unified', 'partner', 'altegio', 'platform-webhook'] as const)('the %s reference implementation', (api) => {
  it('passes every built-in scenario, every effect confirmed in Altegio', async () => {
    const result = await simulate(api, mock.url + mounts[api]);
    expect(failed(result)).toEqual([]);
    const oracle = result.scenarios.flatMap((s) => s.steps.flatMap((st) => st.checks.filter((c) => c.check.startsWith('oracle.'))));
    expect(oracle.length).toBeGreaterThan(0);
    expect(oracle.filter((c) => c.state !== 'passed')).toEqual([]);
  });
});

// --- the broken variants -------------------------------------------------------------

const parse = (req: ProxiedRequest): Record<string, any> => {
  try {
    return JSON.parse(req.body);
  } catch {
    return {};
  }
};
const actionOf = (req: ProxiedRequest) => parse(req).action as string | undefined;
const withBody = (req: ProxiedRequest, body: unknown): ProxiedRequest => ({ ...req, body: JSON.stringify(body) });

/** Answers every booking of a slot with the first one's answer, from a cache keyed by slot. */
function cachedBookings(): Breakage {
  const bySlot = new Map<string, ReturnType<Parameters<Breakage>[1]>>();
  return (req, forward) => {
    const body = parse(req);
    if (body.action !== 'bookAppointment') return forward(req);
    const pending = bySlot.get(body.slotId) ?? forward(req);
    bySlot.set(body.slotId, pending);
    return pending;
  };
}

/** Moves a booking by booking the new slot again (and leaving the old one). */
function modifyBooksAgain(): Breakage {
  let lastBooking: Record<string, unknown> | undefined;
  return async (req, forward) => {
    const body = parse(req);
    if (body.action === 'bookAppointment') lastBooking = body;
    if (body.action !== 'modifyAppointment' || !lastBooking) return forward(req);
    return forward(withBody(req, { ...lastBooking, slotId: body.slotIdNew, start: body.start }));
  };
}

/** Says a booking is cancelled without telling Altegio. */
const cancelWithoutAltegio: Breakage = async (req, forward) => {
  const body = parse(req);
  return body.action === 'cancelAppointment' ? jsonAnswer(200, { success: true, bookingId: body.bookingId, message: 'Cancelled.' }) : forward(req);
};

// A broken platform re-signs what it changes, as its own verification would have let it through.
const webhookSecret = 'whsec_demo_gleichgewicht_91f0';
const signedAt = (req: ProxiedRequest) => Number(/^t=(\d+),/.exec(req.headers['x-dialstack-signature'] ?? '')?.[1] ?? Number.NaN);
const signed = (req: ProxiedRequest, body: string, timestamp: number): ProxiedRequest => ({
  ...req,
  body,
  headers: { ...req.headers, 'x-dialstack-signature': signatureFor({ secret: webhookSecret, timestamp, body }) },
});
const signsItself = (req: ProxiedRequest) => req.headers['x-dialstack-signature'] === signatureFor({ secret: webhookSecret, timestamp: signedAt(req), body: req.body });
const fakeSeconds = () => unixSeconds(mock.fake.clock.now());

/** Changes the free slots a search answers. */
const availabilities =
  (change: (slots: { start_at: string; duration_minutes: number }[]) => unknown[]): Breakage =>
  async (req, forward) => {
    const res = await forward(req);
    if (!req.path.startsWith('/availability/search') || res.status !== 200) return res;
    return jsonAnswer(200, { availabilities: change(JSON.parse(res.body).availabilities) });
  };

const breakages: [ApiName, string, Breakage, string, { oracle: boolean }?][] = [
  ['voicebot', 'double-books under a race (answers from a cache)', cachedBookings(), 'race.one-winner'],
  ['voicebot', 'ignores agentId', (req, forward) => forward(actionOf(req) === 'getSlots' ? withBody(req, { ...parse(req), agentId: null }) : req), 'flow.slots-of-the-chosen-agent'],
  ['voicebot', 'answers in the wrong time zone', (req, forward) => forward(actionOf(req) === 'getSlots' ? withBody(req, { ...parse(req), timezone: 'UTC' }) : req), 'flow.slots-in-the-caller-zone'],
  [
    'unified',
    '500 on bad input',
    async (req, forward) => {
      const res = await forward(req);
      return res.status >= 400 && res.status < 500 ? jsonAnswer(500, { success: false, message: 'Something went wrong', error: { code: 'INTERNAL_ERROR', message: 'boom' } }) : res;
    },
    'bad-input.malformed-json',
  ],
  [
    'unified',
    'answers every refused body 401 in the right shape (its auth runs after a validation that fails)',
    async (req, forward) => {
      const res = await forward(req);
      return res.status === 400 ? jsonAnswer(401, { success: false, message: 'Please check your access.', error: { code: 'UNAUTHORIZED', message: 'Missing or invalid X-Api-Key header' } }) : res;
    },
    'bad-input.malformed-json',
  ],
  [
    'unified',
    'labels every day after today "Tomorrow"',
    async (req, forward) => {
      const res = await forward(req);
      if (res.status !== 200) return res;
      const body = JSON.parse(res.body);
      const days = body.data.available_slots as { date_label: string }[] | undefined;
      days?.forEach((d, i) => (d.date_label = i === 0 ? d.date_label : 'Tomorrow'));
      return jsonAnswer(200, body);
    },
    'offers.day-labels',
  ],
  [
    'unified',
    'names the agent from its own configuration, not the staff member Altegio booked',
    async (req, forward) => {
      const res = await forward(req);
      if (res.status !== 200 || parse(req).action !== 'book') return res;
      const body = JSON.parse(res.body);
      return jsonAnswer(200, { ...body, data: { ...body.data, agent_name: 'Dr. Rivera' } });
    },
    'content.staff-name',
  ],
  [
    'voicebot',
    'reads bookings back with the product’s usual length, not the booked one',
    async (req, forward) => {
      const res = await forward(req);
      if (actionOf(req) !== 'findExistingBooking' || res.status !== 200) return res;
      return jsonAnswer(200, JSON.parse(res.body).map((b: { start: string; end: string }) => ({ ...b, end: new Date(Date.parse(b.start) + 60 * 60_000).toISOString() })));
    },
    'flow.booking-as-booked',
  ],
  [
    'partner',
    'answers errors in the wrong shape',
    async (req, forward) => {
      const res = await forward(req);
      return res.status >= 400 ? jsonAnswer(res.status, { message: 'Request failed', status: res.status }) : res;
    },
    'bad-input.malformed-json',
  ],
  ['voicebot', 'cancel leaves the slot taken', cancelWithoutAltegio, 'oracle.record-cancelled'],
  ['voicebot', 'cancel leaves the slot taken (seen without the oracle)', cancelWithoutAltegio, 'flow.cancelled-slot-offered-again', { oracle: false }],
  ['voicebot', 'modify creates a second booking', modifyBooksAgain(), 'oracle.old-time-released'],
  [
    'partner',
    'ignores Idempotency-Key',
    (req, forward) => forward({ ...req, headers: { ...req.headers, 'idempotency-key': `ignored-${Math.random().toString(36).slice(2)}` } }),
    'idempotency.same-booking',
  ],
  [
    'unified',
    'answers success but keeps no Altegio record',
    async (req, forward) => {
      const res = await forward(req);
      const body = parse(req);
      if (body.action !== 'book' || res.status !== 200) return res;
      await forward(withBody(req, { action: 'cancel', agent_id: body.agent_id, appointment_id: JSON.parse(res.body).data.appointment_id }));
      return res;
    },
    'oracle.record-created',
  ],
  [
    'voicebot',
    'sends a field of the wrong type',
    async (req, forward) => {
      const res = await forward(req);
      if (actionOf(req) !== 'getProducts' || res.status !== 200) return res;
      return jsonAnswer(200, JSON.parse(res.body).map((p: { duration: number }) => ({ ...p, duration: `${p.duration} min` })));
    },
    'schema',
  ],
  [
    'platform-webhook',
    'accepts stale signatures',
    (req, forward) => forward(signedAt(req) < fakeSeconds() - 300 ? signed(req, req.body, fakeSeconds()) : req),
    'signature.stale-refused',
  ],
  ['platform-webhook', 'ignores the signature', (req, forward) => forward(signed(req, req.body, fakeSeconds())), 'signature.missing-refused'],
  [
    'platform-webhook',
    'verifies the signature over re-serialised JSON, not the bytes received',
    async (req, forward) => {
      let reserialised: string;
      try {
        reserialised = JSON.stringify(JSON.parse(req.body));
      } catch {
        return forward(req);
      }
      const valid = req.headers['x-dialstack-signature'] === signatureFor({ secret: webhookSecret, timestamp: signedAt(req), body: reserialised });
      return valid ? forward(req) : jsonAnswer(401, { error: { code: 'invalid_signature', message: 'Invalid or expired webhook signature' } });
    },
    'signature.over-raw-bytes',
  ],
  [
    'platform-webhook',
    'forgets idempotency keys (a retry books again)',
    (req, forward) => {
      if (!req.path.startsWith('/bookings') || !signsItself(req)) return forward(req);
      const body = parse(req);
      return forward(signed(req, JSON.stringify({ ...body, idempotency_key: `${body.idempotency_key}-${randomUUID()}` }), signedAt(req)));
    },
    'idempotency.same-booking',
  ],
  ['platform-webhook', 'omits a free slot', availabilities((slots) => slots.filter((_, i) => i !== 1)), 'offers.complete'],
  [
    'platform-webhook',
    'offers a time that is not free',
    availabilities(([first, ...rest]) => (first ? [first, { ...first, start_at: new Date(Date.parse(first.start_at) + 7 * 60_000).toISOString() }, ...rest] : [])),
    'offers.free',
  ],
  [
    'unified',
    'answers too slowly for a phone call',
    async (req, forward) => {
      await new Promise((r) => setTimeout(r, 60));
      return forward(req);
    },
    'time-budget',
  ],
];

describe.each(breakages)('a %s implementation that %s', (api, _name, breakage, check, options) => {
  let proxy: BrokenProxy;
  beforeAll(async () => {
    proxy = await startBrokenProxy(mock.url + mounts[api], breakage);
  });
  afterAll(() => proxy.close());

  it(`fails, naming ${check}`, async () => {
    const result = await simulate(api, proxy.url, { ...(check === 'time-budget' && { budgetMs: 40 }), ...options });
    expect(result.counts.failedScenarios).toBeGreaterThan(0);
    expect(failed(result)).toContain(check);
  });
});
