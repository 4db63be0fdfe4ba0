import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { apiProfiles } from '../api-profiles.ts';
import { runScenarios } from '../runner.ts';
import { checkScenario, ScenarioError } from '../scenario/load-scenario.ts';
import type { Step } from '../scenario/scenario.ts';
import { suiteFlags } from './index.ts';
import { dialStackSigner, platformWebhookSuite } from './platform-webhook.ts';

describe('the platform webhook suite', () => {
  it('signs as the spec’s worked example does', () => {
    const body = '{"account_id":"acct_1MqG7hLkdIwHu7ix","query":{"filter":{"start_at_range":{"start_at":"2024-01-15T09:00:00Z","end_at":"2024-01-15T17:00:00Z"}}}}';
    expect(dialStackSigner('whsec_slotcheck_example')({ payload: body, unixSeconds: 1705309200 })).toEqual({
      'x-dialstack-signature': 't=1705309200,v1=b8a822959eb917d78504f5bf0dc433f6ab5a56696d8463b9cc3dcfc22260c214',
    });
  });

  it('writes its scenarios in the scenario schema, so a YAML file can sign the same ways', () => {
    const { vars } = platformWebhookSuite.start(suiteFlags(platformWebhookSuite), Date.parse('2026-03-02T07:00:00Z'));
    const profile = apiProfiles['platform-webhook']();
    for (const scenario of platformWebhookSuite.scenarios(vars)) expect(checkScenario(JSON.parse(JSON.stringify(scenario)), profile, scenario.name)).toBeTruthy();
    const replayAndSkew = { name: 'x', description: 'x', steps: [{ name: 'a', operation: 'lookupCustomer', request: { method: 'POST', path: '/customers/lookup' }, sign: { replayOf: 'b', skewSeconds: 1 } }] };
    expect(() => checkScenario(replayAndSkew, profile, 'file')).toThrow(ScenarioError);
  });
});

describe('signed runs against the reference platform', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
  });
  afterAll(() => mock.close());

  const run = async (scenario: string) => {
    const { vars, headers, signer } = platformWebhookSuite.start(suiteFlags(platformWebhookSuite), mock.fake.clock.now());
    const scenarios = platformWebhookSuite.scenarios(vars).filter((s) => s.name === scenario);
    const ctx = { api: 'platform-webhook' as const, target: `${mock.url}/platform-webhook`, fetch, headers, vars, seed: 1, budgetMs: 5000, timeoutMs: 15_000, concurrency: 4, runId: '2000001', altegio: `${mock.url}/api/v1` };
    return runScenarios(scenarios, { ...ctx, ...(signer && { signer }) }, []);
  };

  it('signs every bad variant over its own bytes, so each reaches the platform’s payload checks (400, never 401)', async () => {
    const result = await run('bad-input');
    const variants = result.scenarios[0]!.steps.filter((s) => s.step.startsWith('bad ')).flatMap((s) => s.exchanges);
    expect(variants.length).toBeGreaterThan(10);
    expect(new Set(variants.map((e) => e.response?.status))).toEqual(new Set([400]));
  });

  it('replays the very headers an earlier step sent, and the replay is answered as the original', async () => {
    const steps = (await run('search-and-book')).scenarios[0]!.steps;
    const sent = (name: string) => steps.find((s) => s.step === name)!.exchanges[0]!;
    expect(sent('the same signed request replayed').request.headers['x-dialstack-signature']).toBe(sent('book a slot').request.headers['x-dialstack-signature']);
    expect(sent('the same signed request replayed').response!.status).toBe(200);
  });
});

describe('step signing', () => {
  it('signs at the run’s clock moved by skewSeconds, replays an earlier step’s headers, or sends none', async () => {
    const seen: Headers[] = [];
    const fetchStub = (async (_url: unknown, init?: RequestInit) => {
      seen.push(new Headers(init?.headers));
      return new Response('{"found":false}', { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const step = (name: string, sign?: Step['sign']): Step => ({ name, operation: 'lookupCustomer', request: { method: 'POST', path: '/customers/lookup', body: { n: 1 } }, ...(sign !== undefined && { sign }) });
    const scenario = { name: 'signing', description: 'signing', steps: [step('old', { skewSeconds: -100 }), step('fresh'), step('replay', { replayOf: 'old' }), step('unsigned', false)] };
    const before = Math.floor(Date.now() / 1000);
    const result = await runScenarios([scenario], { api: 'platform-webhook', target: 'http://platform.test', fetch: fetchStub, headers: {}, vars: {}, seed: 1, budgetMs: 5000, timeoutMs: 5000, concurrency: 2, runId: '1', signer: dialStackSigner('s') }, []);
    expect(result.counts.failedChecks).toBe(0);
    const t = (h: Headers) => Number(/^t=(\d+),/.exec(h.get('x-dialstack-signature') ?? '')?.[1]);
    expect(t(seen[0]!) - before).toBeLessThanOrEqual(-99);
    expect(t(seen[1]!) - before).toBeGreaterThanOrEqual(0);
    expect(seen[2]!.get('x-dialstack-signature')).toBe(seen[0]!.get('x-dialstack-signature'));
    expect(seen[3]!.has('x-dialstack-signature')).toBe(false);
  });
});
