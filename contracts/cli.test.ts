import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../mock-server/index.ts';
import { jsonAnswer, startBrokenProxy } from '../simulator/testing/broken-proxy.ts';
import { runSlotcheck, serveSlotcheck } from '../scripts/slotcheck-process.ts';
import { pactOptions, prismOptions } from './cli.ts';
import { freePort } from './prism/free-port.ts';

// `npx slotcheck pact|prism` as a user runs them: child processes, real flags, exit codes.
// Spawned asynchronously, because the implementation under test answers from this process.
let mock: RunningMock;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(() => mock.close());
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

const run = (args: string[]) => runSlotcheck(args);

function serve(args: string[]) {
  const serving = serveSlotcheck(args);
  children.push(serving.child);
  return serving;
}

describe('slotcheck pact verify', () => {
  it.each([
    ['altegio', '/api/v1'],
    ['partner', '/partner'],
    ['voicebot', '/voicebot'],
  ])('exits 0 when the %s implementation honours its pact', async (api, path) => {
    const result = await run(['pact', 'verify', '--api', api, '--target', `${mock.url}${path}`]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`every interaction of the ${api} pact passed`);
  });

  it('exits 1 and names the interaction when one fails', async () => {
    const broken = await startBrokenProxy(`${mock.url}/api/v1`, async (req, forward) =>
      req.method === 'DELETE' ? jsonAnswer(200, { success: true, data: null, meta: [] }) : forward(req),
    );
    try {
      const result = await run(['pact', 'verify', '--api', 'altegio', '--target', broken.url, '--states-url', mock.url]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('a cancellation of a booking: expected 204 but was 200');
    } finally {
      await broken.close();
    }
  });

  it('exits 2 when the target does not answer', async () => {
    const port = await freePort('127.0.0.1');
    const result = await run(['pact', 'verify', '--api', 'altegio', '--target', `http://127.0.0.1:${port}/api/v1`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('could not run: the target');
  });

  it.each([
    [['verify', '--api', 'soap', '--target', 'http://x'], '--api must be one of altegio, unified, partner, voicebot; got "soap".'],
    [['verify', '--api', 'altegio'], '--target URL is required'],
    [['publish'], 'the pact command has one subcommand, verify; got "publish".'],
  ])('refuses %j with a usage error', (args, message) => {
    expect(() => pactOptions(args)).toThrow(message);
  });

  it('takes the provider states from the target’s origin unless --states-url says otherwise', () => {
    expect(pactOptions(['verify', '--api', 'unified', '--target', 'http://127.0.0.1:4010/unified/']).statesUrl).toBe('http://127.0.0.1:4010');
    expect(pactOptions(['verify', '--api', 'unified', '--target', 'https://bot.example/hook', '--states-url', 'http://127.0.0.1:4010']).statesUrl).toBe('http://127.0.0.1:4010');
  });
});

describe('slotcheck prism', () => {
  it('mock: serves the spec’s example and stops cleanly', async () => {
    const prism = serve(['prism', 'mock', '--api', 'voicebot', '--port', '0']);
    const url = await prism.url;
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: 'Bearer any', 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'getEntityForSipId', sipId: 'phoneSipId12345678' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ entityId: 'xyzBusinessEntityId' });
    prism.child.kill('SIGTERM');
    expect(await prism.exit).toBe(0);
  });

  it('proxy: prints each violation of a broken implementation and exits 1 when stopped', async () => {
    const broken = await startBrokenProxy(`${mock.url}/unified`, async (req, forward) => {
      const res = await forward(req);
      return { ...res, body: res.body.replace('"success":true', '"success":"yes"') };
    });
    try {
      const prism = serve(['prism', 'proxy', '--api', 'unified', '--target', broken.url, '--port', '0']);
      const url = await prism.url;
      await fetch(url, {
        method: 'POST',
        headers: { 'x-api-key': 'uk_demo_key_3b9f1c', 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'suggest', agent_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }),
      });
      prism.child.kill('SIGTERM');
      expect(await prism.exit).toBe(1);
      expect(prism.output()).toMatch(/violation {2}POST \/ {2}response\.body\.success .*boolean/);
    } finally {
      await broken.close();
    }
  });

  it.each([
    [['serve', '--api', 'altegio'], 'prism takes mock or proxy; got "serve".'],
    [['proxy', '--api', 'altegio'], '--target URL is required'],
    [['mock', '--api', 'altegio', '--target', 'http://x'], '--target belongs to prism proxy'],
    [['mock', '--api', 'graphql'], '--api must be one of'],
  ])('refuses %j with a usage error', (args, message) => {
    expect(() => prismOptions(args)).toThrow(message);
  });
});
