import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CouldNotRunError, loadScenario, ScenarioError, simulate, startMock, UsageError, validateScenario, type Mock, type Reporter } from './index.ts';

// The programmatic API as an integrator's test uses it: in-process, port 0, a pinned clock.
// (scripts/package.test.ts runs the same API from the packed and installed package.)
let mock: Mock;
const dir = mkdtempSync(join(tmpdir(), 'slotcheck-api-'));

beforeAll(async () => {
  mock = await startMock({ now: '2026-03-02T08:00:00+01:00', frozen: true });
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startMock', () => {
  it('serves every API on one free port, with a typed admin client on the same clock', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.apis.voicebot).toBe(`${mock.url}/voicebot`);
    const clock = await mock.admin.GET('/clock');
    expect(clock.response.status).toBe(200);
    expect(clock.data).toMatchObject({ now: '2026-03-02T07:00:00.000Z' });
  });
});

describe('simulate', () => {
  it('runs the named scenarios and resolves with the result every reporter of its own heard', async () => {
    const heard: string[] = [];
    const mine: Reporter = { onScenarioResult: (s) => void heard.push(`${s.scenario}:${s.state}`) };
    const result = await simulate({ api: 'voicebot', target: mock.apis.voicebot, altegio: mock.apis.altegio, scenarios: ['book-any-agent', 'cancel'], reporters: [mine] });
    expect(result.counts).toMatchObject({ scenarios: 2, failedScenarios: 0 });
    expect(heard).toEqual(['book-any-agent:passed', 'cancel:passed']);
    // Its requests were tagged with the run and each scenario, so the fake can tell its bookings apart.
    const runs = await mock.admin.GET('/runs');
    expect(runs.data?.at(-1)).toMatchObject({ scenarios: ['book-any-agent', 'cancel'] });
    expect(runs.data?.at(-1)?.recordIds.length).toBeGreaterThan(0);
  });

  it('takes a scenario loaded from a file beside the built-in ones, in the order given', async () => {
    const file = join(dir, 'catalog.yaml');
    writeFileSync(file, 'name: my-catalog\ndescription: the services\nsteps:\n  - name: services\n    operation: listServices\n    request:\n      method: GET\n      path: /company/{{companyId}}/services\n    status: 200\n');
    const scenario = loadScenario(file, 'altegio');
    const result = await simulate({ api: 'altegio', target: mock.apis.altegio, scenarios: [scenario, 'catalog'] });
    expect(result.scenarios.map((s) => [s.scenario, s.state])).toEqual([
      ['my-catalog', 'passed'],
      ['catalog', 'passed'],
    ]);
  });

  it('waits for a target that comes up late, and gives up on one that never does', async () => {
    // A port that was free a moment ago; the server starts there only after the run began.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const late = new Promise<Mock>((resolve) => setTimeout(() => resolve(startMock({ port, now: '2026-03-02T08:00:00+01:00', frozen: true })), 700));
    try {
      const result = await simulate({ api: 'altegio', target: `http://127.0.0.1:${port}/api/v1`, scenarios: ['catalog'], waitForTargetSeconds: 20 });
      expect(result.counts).toMatchObject({ scenarios: 1, failedScenarios: 0 });
    } finally {
      await (await late).close();
    }
    await expect(simulate({ api: 'altegio', target: `http://127.0.0.1:${port}/api/v1`, waitForTargetSeconds: 1 })).rejects.toThrow(
      new CouldNotRunError(`the target http://127.0.0.1:${port}/api/v1 is unreachable after waiting 1 s (ECONNREFUSED)`),
    );
  });

  it('throws a UsageError, naming the option, for options the command line would refuse', async () => {
    await expect(simulate({ api: 'voicebot', target: 'ftp://x' })).rejects.toThrow(UsageError);
    await expect(simulate({ api: 'voicebot', target: mock.apis.voicebot, seed: -1 })).rejects.toThrow(/--seed must be a whole number/);
  });
});

describe('validateScenario', () => {
  it('throws a ScenarioError listing every problem, not the first', () => {
    const attempt = () => validateScenario({ name: 'x', steps: [{ request: { operation: 'nope' } }, {}] }, 'altegio');
    expect(attempt).toThrow(ScenarioError);
    try {
      attempt();
    } catch (error) {
      expect((error as ScenarioError).problems.length).toBeGreaterThan(1);
    }
  });
});
