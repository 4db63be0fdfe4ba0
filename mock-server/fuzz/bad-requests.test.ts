import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpecValidator, findOperation, responseSchemaPointer } from '../../specs/index.ts';
import { signatureFor, unixSeconds } from '../platform-webhook/signature.ts';
import type { ResponseViolation } from '../routing/index.ts';
import { startMockServer, type RunningMock } from '../server/create-server.ts';
import { baseRequests, bodyValidator, makeBadRequests, seeded, type ApiPlan, type BadRequest } from './bad-request-cases.ts';

// Seeded, bounded fuzzing of every mounted API with requests the specs do not allow: each
// starts from a valid request (the spec's named body examples, real demo ids) and one
// mutation makes it bad. Every answer must be a documented non-5xx status whose body the
// spec's schema for that status accepts, and the whole run must leave the fake as it was.

const seed = 20260302;
const now = Date.parse('2026-03-02T07:00:00Z');
/** Requests per API: 6,000 in all. */
const perApi = { altegio: 1500, voicebot: 1000, unified: 800, partner: 800, platformWebhook: 900, admin: 1000 } as const;
/** Stop sending (and fail) rather than run past this. */
const budgetMs = 40_000;
const concurrency = 8;
const webhookSecret = 'whsec_demo_gleichgewicht_91f0';

let mock: RunningMock;
const routerViolations: ResponseViolation[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0, now, frozen: true, onResponseViolation: (v) => routerViolations.push(v) });
});
afterAll(() => mock?.close());

function plans(): ApiPlan[] {
  const db = mock.fake.db.tables;
  const first = <T extends { companyId: number }>(rows: Iterable<T>, ok: (r: T) => boolean = () => true) => [...rows].find((r) => r.companyId === 1001 && ok(r))!;
  const record = first(db.records.values(), (r) => !r.deleted);
  const ids: Record<string, string> = {
    company_id: '1001',
    category_id: String(first(db.categories.values()).id),
    service_id: String(first(db.services.values()).id),
    staff_id: String(first(db.staff.values()).id),
    record_id: String(record.id),
    client_id: String(first(db.clients.values()).id),
    date: '2026-03-03',
    start_date: '2026-03-02',
    end_date: '2026-03-08',
    recordId: String(record.id),
  };
  const query: Record<string, string> = { ...ids, companyId: '1001', serviceId: ids.service_id!, from: '2026-03-03T00:00:00Z', to: '2026-03-04T00:00:00Z' };
  const replace = (pairs: Record<string, string>) => (_op: string, body: unknown) => {
    let text = JSON.stringify(body);
    for (const [from, to] of Object.entries(pairs)) text = text.replaceAll(from, to);
    return JSON.parse(text) as unknown;
  };
  const common = { pathValue: (n: string) => ids[n] ?? '1', queryValue: (n: string) => query[n] ?? '1' };
  return [
    { api: 'altegio', spec: 'altegio', mount: '/api/v1', bodyLimit: 1024 * 1024, fill: (_op, body) => body, ...common },
    {
      api: 'voicebot',
      spec: 'voicebot',
      mount: '/voicebot',
      bodyLimit: 100 * 1024,
      fill: replace({ xyzBusinessEntityId: 'ent_gleichgewicht', abcAppointmentTypeId: 'at_1001_10006', abcProductTypeId: 'pr_1001_10009', abcAgentId: 'ag_1001_10001' }),
      ...common,
    },
    { api: 'unified', spec: 'unified', mount: '/unified', bodyLimit: 102_400, fill: replace({ '8f14e45f-ceea-467a-9575-5ab1d9e3c9a2': '7c9e6679-7425-40de-944b-e07fc1f90ae7' }), ...common },
    { api: 'partner', spec: 'partner', mount: '/partner', bodyLimit: 102_400, fill: replace({ bot_01h2xcejqtf2nbrexx3vqjhp41: 'bot_gleichgewicht' }), ...common },
    { api: 'platformWebhook', spec: 'partner-webhook', mount: '/platform-webhook', bodyLimit: 102_400, fill: replace({ acct_1MqG7hLkdIwHu7ix: 'acct_gleichgewicht' }), ...common },
    {
      api: 'admin',
      spec: 'admin',
      mount: '/__admin',
      bodyLimit: 1024 * 1024,
      fill: (_op, body) => body,
      ...common,
      // Without a body or parameters they have no bad spelling (a body they do not take is ignored).
      skip: { readState: 'no input', takeSnapshot: 'no input', resetState: 'no input', readClock: 'no input', listFaults: 'no input', clearFaults: 'no input', clearRequests: 'no input' },
    },
  ];
}

/** The API's credentials and media type around a bad request. */
function headersFor(bad: BadRequest, idempotencyKey: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (bad.rawBody !== undefined) headers['content-type'] = 'application/json';
  switch (bad.base.api) {
    case 'altegio':
      headers.authorization = 'Bearer sc_partner_demo_7f3a9c, User sc_user_berlin_4d1e8b';
      headers.accept = 'application/vnd.api.v2+json';
      break;
    case 'voicebot':
      headers.authorization = 'Bearer vb_demo_token_5e2d7a';
      break;
    case 'unified':
      headers['x-api-key'] = 'uk_demo_key_3b9f1c';
      break;
    case 'partner':
      headers.authorization = 'Bearer sk_ptnr_demo_gleichgewicht_a1b2c3';
      headers['idempotency-key'] = idempotencyKey;
      break;
    case 'platformWebhook':
      headers['x-dialstack-account-id'] = 'acct_gleichgewicht';
      headers['x-dialstack-signature'] = signatureFor({ secret: webhookSecret, timestamp: unixSeconds(mock.fake.clock.now()), body: bad.rawBody ?? '' });
      break;
  }
  if (bad.contentType !== undefined) {
    headers['content-type'] = bad.contentType;
  }
  return headers;
}

interface Outcome {
  readonly bad: BadRequest;
  readonly status: number;
  readonly text: string;
}

const excerpt = (text: string | undefined, n = 160) => (text === undefined ? '' : text.length > n ? `${text.slice(0, n)}… (${text.length} chars)` : text);

function check(outcome: Outcome): string | undefined {
  const { bad, status, text } = outcome;
  if (status === 599) return text;
  if (status >= 500) return `status ${status} (5xx)`;
  const operation = findOperation(bad.base.spec, bad.base.operationId)!;
  const pointer = responseSchemaPointer(bad.base.spec, operation, status);
  if (pointer === undefined) return `status ${status} is not documented for ${bad.base.operationId}`;
  if (pointer === null) return text === '' ? undefined : `status ${status} is documented without a body, got one`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `status ${status}: the body is not JSON`;
  }
  const result = createSpecValidator(bad.base.spec).validate(pointer, body);
  return result.valid ? undefined : `status ${status}: the body breaks ${pointer}: ${result.violations.map((v) => `${v.path} ${v.message}`).slice(0, 3).join('; ')}`;
}

async function observed() {
  const faults = await fetch(`${mock.url}/__admin/faults`).then((r) => r.text());
  const clock = await fetch(`${mock.url}/__admin/clock`).then((r) => r.text());
  return { db: JSON.stringify(mock.fake.db.snapshot()), faults, clock, now: mock.fake.clock.now() };
}

describe('bad requests to every API', () => {
  it('answer a documented 4xx in the documented error shape and change nothing', { timeout: 60_000 }, async () => {
    const generating = performance.now();
    const rng = seeded(seed);
    const requests: BadRequest[] = [];
    const counts: Record<string, number> = {};
    for (const plan of plans()) {
      const bases = baseRequests(plan);
      const made = makeBadRequests(bases, perApi[plan.api as keyof typeof perApi], rng, bodyValidator(plan.spec));
      counts[plan.api] = made.length;
      requests.push(...made);
    }
    expect(requests.length).toBeGreaterThanOrEqual(5000);
    const generated = Math.round(performance.now() - generating);

    const before = await observed();
    const started = performance.now();
    const outcomes: Outcome[] = [];
    let next = 0;
    let outOfTime = false;
    const worker = async () => {
      while (next < requests.length) {
        if (performance.now() - started > budgetMs) {
          outOfTime = true;
          return;
        }
        const i = next++;
        const bad = requests[i]!;
        try {
          const res = await fetch(`${mock.url}${bad.base.mount}${bad.path}`, {
            method: bad.method,
            headers: headersFor(bad, `fuzz-${seed}-${i}`),
            ...(bad.rawBody !== undefined && { body: bad.rawBody }),
          });
          outcomes.push({ bad, status: res.status, text: await res.text() });
        } catch (error) {
          // A dropped connection is a finding too, not a crash of the run.
          outcomes.push({ bad, status: 599, text: `no answer: ${(error as Error).message}` });
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsed = Math.round(performance.now() - started);
    const after = await observed();

    const checking = performance.now();
    const violations: string[] = [];
    for (const outcome of outcomes) {
      const problem = check(outcome);
      if (problem) {
        const { bad } = outcome;
        violations.push(`${bad.method} ${bad.base.mount}${excerpt(bad.path, 120)} [${bad.kind}${bad.contentType !== undefined ? `, content-type "${bad.contentType}"` : ''}] body ${excerpt(bad.rawBody)} → ${problem}; answered ${excerpt(outcome.text, 200)}`);
      }
    }
    for (const v of routerViolations) violations.push(`router check: ${v.operationId} ${v.status}: ${JSON.stringify(v.violations.slice(0, 3))}`);
    if (after.db !== before.db) violations.push('the fake’s data changed during the run');
    if (after.faults !== before.faults) violations.push(`the fault rules changed: ${excerpt(before.faults)} → ${excerpt(after.faults)}`);
    if (after.clock !== before.clock || after.now !== before.now) violations.push(`the clock changed: ${before.clock} → ${after.clock}`);
    if (outOfTime) violations.push(`out of time: ${outcomes.length} of ${requests.length} requests sent in ${budgetMs} ms`);

    const checked = Math.round(performance.now() - checking);
    const statuses: Record<string, Record<number, number>> = {};
    const kinds: Record<string, number> = {};
    for (const { bad, status } of outcomes) {
      const byStatus = (statuses[bad.base.api] ??= {});
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      const kind = bad.kind.replace(/:.*/, '');
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    console.info(`bad requests: ${outcomes.length} made in ${generated} ms, sent in ${elapsed} ms, checked in ${checked} ms (seed ${seed}); per API ${JSON.stringify(counts)}; kinds ${JSON.stringify(kinds)}; statuses ${JSON.stringify(statuses)}`);
    if (violations.length > 0) {
      const shown = process.env.SLOTCHECK_FUZZ_VERBOSE ? violations : violations.slice(0, 20);
      console.error(`${violations.length} violations, the first ${shown.length}:\n${shown.join('\n')}`);
    }
    if (process.env.SLOTCHECK_FUZZ_VERBOSE) {
      for (const { bad, status, text } of outcomes) if (status < 300) console.error(`ACCEPTED ${status} ${bad.method} ${bad.base.mount}${excerpt(bad.path, 120)} [${bad.kind}] ${excerpt(bad.rawBody, 400)} → ${excerpt(text, 200)}`);
    }
    expect(violations.slice(0, 20)).toEqual([]);
    expect(violations.length).toBe(0);
  });
});
