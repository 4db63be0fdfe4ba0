import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { jsonAnswer, startBrokenProxy, type Breakage, type BrokenProxy } from '../testing/broken-proxy.ts';
import { runScenarios } from '../runner.ts';
import type { RunResult } from '../types.ts';
import { altegioSuite } from './altegio.ts';
import { suiteFlags } from './suite.ts';

// The altegio suite passes 100% against the fake Altegio, and each realistic fault put
// in front of it fails the run with the check that names that fault.
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(() => mock.close());

async function simulate(target: string, overrides: { budgetMs?: number } = {}): Promise<RunResult> {
  mock.fake.reset();
  const { vars, headers } = altegioSuite.start(suiteFlags(altegioSuite), Date.parse('2026-03-02T07:00:00Z'));
  return runScenarios(altegioSuite.scenarios(vars), {
    api: 'altegio',
    target,
    fetch,
    headers,
    seed: 7,
    budgetMs: overrides.budgetMs ?? 5000,
    timeoutMs: 10_000,
    concurrency: 10,
    runId: '1234567',
    altegio: `${mock.url}/api/v1`,
    vars,
  }, []);
}

const failedChecks = (result: RunResult) =>
  [...new Set(result.scenarios.flatMap((s) => s.steps.flatMap((st) => st.checks.filter((c) => c.state === 'failed').map((c) => c.check))))];

const isRecordsPost = (method: string, path: string) => method === 'POST' && /^\/records\/\d+$/.test(path);

const breakages: [string, Breakage, string][] = [
  [
    'answers success but keeps no record',
    async (req, forward) => {
      const res = await forward(req);
      if (!isRecordsPost(req.method, req.path) || res.status !== 201) return res;
      const id = JSON.parse(res.body).data.id;
      await forward({ ...req, method: 'DELETE', path: req.path.replace('/records/', '/record/') + `/${id}`, body: '' });
      return res;
    },
    'oracle.record-created',
  ],
  [
    'double-books under a race',
    (req, forward) => {
      if (!isRecordsPost(req.method, req.path)) return forward(req);
      try {
        return forward({ ...req, body: JSON.stringify({ ...JSON.parse(req.body), save_if_busy: true }) });
      } catch {
        return forward(req);
      }
    },
    'race.one-winner',
  ],
  [
    '500 on bad input',
    async (req, forward) => {
      const res = await forward(req);
      return isRecordsPost(req.method, req.path) && res.status >= 400 && res.status < 500 ? jsonAnswer(500, { error: 'Internal Server Error' }) : res;
    },
    'bad-input.malformed-json',
  ],
  [
    'wrong error shape',
    async (req, forward) => {
      const res = await forward(req);
      return res.status >= 400 ? jsonAnswer(res.status, { error: 'request failed' }) : res;
    },
    'bad-input.missing-field',
  ],
  [
    'cancel leaves the slot taken',
    async (req, forward) => (req.method === 'DELETE' ? { status: 204, headers: {}, body: '' } : forward(req)),
    'oracle.record-cancelled',
  ],
  [
    'update creates a second booking',
    async (req, forward) => {
      if (req.method !== 'PUT') return forward(req);
      const created = await forward({ ...req, method: 'POST', path: req.path.replace(/^\/record\/(\d+)\/\d+/, '/records/$1') });
      return created;
    },
    'oracle.record-moved',
  ],
  [
    'a field of the wrong type',
    async (req, forward) => {
      const res = await forward(req);
      if (!/\/services(\?|$)/.test(req.path) || res.status !== 200) return res;
      const body = JSON.parse(res.body);
      return jsonAnswer(200, { ...body, data: body.data.map((s: { price_min: number }) => ({ ...s, price_min: String(s.price_min) })) });
    },
    'schema',
  ],
  [
    'answers times in UTC instead of the location’s zone',
    async (req, forward) => {
      const res = await forward(req);
      if (!req.path.startsWith('/book_times/') || res.status !== 200) return res;
      const body = JSON.parse(res.body);
      return jsonAnswer(200, { ...body, data: body.data.map((t: { datetime: string }) => ({ ...t, datetime: new Date(t.datetime).toISOString().replace('.000', '') })) });
    },
    'flow.booked-as-asked',
  ],
  [
    'ignores the category filter',
    (req, forward) => forward({ ...req, path: req.path.replace(/category_id=\d+&?/, '') }),
    'flow.services-of-the-category',
  ],
  [
    'reads category 0 as no category instead of every category',
    async (req, forward) => (/^\/service_categories\/\d+\/0(\?|$)/.test(req.path) ? jsonAnswer(200, { success: true, data: [], meta: [] }) : forward(req)),
    'flow.category-zero-lists-all',
  ],
  [
    'answers too slowly for a phone call',
    async (req, forward) => {
      await new Promise((r) => setTimeout(r, 80));
      return forward(req);
    },
    'time-budget',
  ],
];

describe('the altegio suite', () => {
  it('passes every check against the fake Altegio, effects confirmed by its state', async () => {
    const result = await simulate(`${mock.url}/api/v1`);
    expect(failedChecks(result)).toEqual([]);
    expect(result.counts.failedScenarios).toBe(0);
    // The oracle really ran: its checks passed, not skipped.
    const oracle = result.scenarios.flatMap((s) => s.steps.flatMap((st) => st.checks.filter((c) => c.check.startsWith('oracle.'))));
    expect(oracle.length).toBeGreaterThan(4);
    expect(oracle.every((c) => c.state === 'passed')).toBe(true);
  });

  describe.each(breakages)('catches an Altegio that %s', (_name, breakage, check) => {
    let proxy: BrokenProxy;
    beforeAll(async () => {
      proxy = await startBrokenProxy(`${mock.url}/api/v1`, breakage);
    });
    afterAll(() => proxy.close());

    it(`fails ${check}`, async () => {
      const result = await simulate(proxy.url, check === 'time-budget' ? { budgetMs: 50 } : {});
      expect(result.counts.failedScenarios).toBeGreaterThan(0);
      expect(failedChecks(result)).toContain(check);
    });
  });

  it('repeats its choices exactly for the same seed', async () => {
    const picks = (r: RunResult) => r.scenarios.flatMap((s) => s.steps.flatMap((st) => st.exchanges.map((e) => `${e.request.method} ${e.request.url}`)));
    const a = await simulate(`${mock.url}/api/v1`);
    const b = await simulate(`${mock.url}/api/v1`);
    expect(picks(b)).toEqual(picks(a));
  });
});
