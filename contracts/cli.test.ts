import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../mock-server/index.ts';
import { jsonAnswer, startBrokenProxy } from '../simulator/testing/broken-proxy.ts';
import { runSlotcheck, serveSlotcheck } from '../scripts/slotcheck-process.ts';
import { pactOptions, prismOptions } from './cli.ts';
import { pactsDir } from './pacts-dir.ts';
import { freePort } from './prism/free-port.ts';

// `npx slotcheck pact|prism` as a user runs them: child processes, real flags, exit codes.
// Spawned asynchronously, because the implementation under test answers from this process.
let mock: RunningMock;
const reports = mkdtempSync(join(tmpdir(), 'slotcheck-contracts-'));
afterAll(() => rmSync(reports, { recursive: true, force: true }));
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
  // Each API's pact passing is verify-pacts.test.ts's; this is the command around it.
  it('exits 0 when the implementation honours its pact, says which pact, and prints Pact’s report without colour when piped', async () => {
    const [api, path] = ['altegio', '/api/v1'];
    const result = await run(['pact', 'verify', '--api', api, '--target', `${mock.url}${path}`]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`every interaction of the ${api} pact passed`);
    expect(result.stdout).toMatch(new RegExp(`^Pact: contracts/pacts/[a-z-]+-${api}\\.json$`, 'm'));
    // Piped, so Pact's report comes without colour.
    expect(result.stdout).toContain('Verifying a pact between');
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('exits 1, names the interaction when one fails, and writes the JUnit report asked for', async () => {
    const broken = await startBrokenProxy(`${mock.url}/api/v1`, async (req, forward) =>
      req.method === 'DELETE' ? jsonAnswer(200, { success: true, data: null, meta: [] }) : forward(req),
    );
    const out = join(reports, 'deep', 'pact <altegio>.xml');
    try {
      const result = await run(['pact', 'verify', '--api', 'altegio', '--target', broken.url, '--states-url', mock.url, '--reporter', 'junit', '--out', out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('a cancellation of a booking: expected 204 but was 200');
      expect(result.stdout).toContain(`Reports: ${out}`);
      const xml = readFileSync(out, 'utf8');
      const interactions = (JSON.parse(readFileSync(join(pactsDir, 'ai-agent-altegio.json'), 'utf8')) as { interactions: unknown[] }).interactions.length;
      expect(xml.match(/<testcase /g)).toHaveLength(interactions);
      expect(xml).toMatch(new RegExp(`<testsuites name="slotcheck pact verify altegio" tests="${interactions}" failures="2" errors="0"`));
      expect(xml).toMatch(/<testcase classname="pact\.altegio" name="a cancellation of a booking" time="\d+\.\d{3}">\s*<failure type="mismatch" message="expected 204 but was 200">expected 204 but was 200\n {2}expected: 204\n {2}given: 200/);
      expect(xml).toMatch(/<testcase classname="pact\.altegio" name="a booking of a free slot" time="\d+\.\d{3}"\/>/);
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
    [['verify', '--api', 'altegio', '--target', 'http://x', '--reporter', 'junitt'], '--reporter must be one of junit; got "junitt". Did you mean "junit"?'],
    [['verify', '--api', 'altegio', '--target', 'http://x', '--out', 'r.xml'], '--out names the JUnit report: give --reporter junit with it.'],
    [['verify', '--api', 'altegio', '--target', 'http://x', '--reporter', 'junit', '--out', ''], '--out must name a file.'],
  ])('refuses %j with a usage error', (args, message) => {
    expect(() => pactOptions(args)).toThrow(message);
  });

  it('takes the provider states from the target’s origin unless --states-url says otherwise', () => {
    expect(pactOptions(['verify', '--api', 'unified', '--target', 'http://127.0.0.1:4010/unified/']).verify.statesUrl).toBe('http://127.0.0.1:4010');
    expect(pactOptions(['verify', '--api', 'unified', '--target', 'https://bot.example/hook', '--states-url', 'http://127.0.0.1:4010']).verify.statesUrl).toBe('http://127.0.0.1:4010');
  });

  it('writes the JUnit report to slotcheck-report/ by default, and colours only when allowed', () => {
    expect(pactOptions(['verify', '--api', 'partner', '--target', 'http://x', '--reporter', 'junit']).junit).toBe(join('slotcheck-report', 'pact-partner-junit.xml'));
    expect(pactOptions(['verify', '--api', 'partner', '--target', 'http://x']).junit).toBeUndefined();
    expect(pactOptions(['verify', '--api', 'partner', '--target', 'http://x', '--no-color']).verify.color).toBe(false);
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

  it('proxy -- <command>: runs the command against the proxy, prints each violation, exits 1 and leaves nothing running', async () => {
    const broken = await startBrokenProxy(`${mock.url}/unified`, async (req, forward) => {
      const res = await forward(req);
      return { ...res, body: res.body.replace('"success":true', '"success":"yes"') };
    });
    // The command itself passes (exit 0): the proxy's violation alone fails the run.
    const request = `fetch(process.env.SLOTCHECK_URL, { method: 'POST', headers: { 'x-api-key': 'uk_demo_key_3b9f1c', 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'suggest', agent_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }) }).then((r) => process.exit(r.ok ? 0 : 9))`;
    try {
      const result = await run(['prism', 'proxy', '--api', 'unified', '--target', broken.url, '--port', '0', '--', process.execPath, '-e', request]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toMatch(/violation {2}POST \/ {2}response\.body\.success .*boolean/);
      expect(result.stdout).toMatch(/stopped: 2 violations \(spec specs\/unified-action\.openapi\.yaml/);
      const url = /listening on (http:\/\/\S+)/.exec(result.stdout)![1]!;
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      await broken.close();
    }
  });

  it('mock -- <command>: a SIGTERM to slotcheck stops the command, then Prism, and slotcheck exits with the command’s code', async () => {
    const command = "console.log('wrapped ' + process.pid + ' ' + process.env.SLOTCHECK_URL); setTimeout(() => {}, 20000)";
    const prism = serve(['prism', 'mock', '--api', 'voicebot', '--port', '0', '--', process.execPath, '-e', command]);
    const url = await prism.url;
    const wrapped = await new Promise<number>((resolve) => {
      const look = () => {
        const m = /wrapped (\d+) (\S+)/.exec(prism.output());
        if (m) resolve(Number(m[1]));
        else setTimeout(look, 20);
      };
      look();
    });
    expect(prism.output()).toContain(`wrapped ${wrapped} ${url}`);
    prism.child.kill('SIGTERM');
    expect(await prism.exit).toBe(128 + 15);
    await expect(fetch(url)).rejects.toThrow();
    expect(() => process.kill(wrapped, 0)).toThrow();
  });

  it.each([
    [['serve', '--api', 'altegio'], 'prism takes mock or proxy; got "serve".'],
    [['proxy', '--api', 'altegio'], '--target URL is required'],
    [['mock', '--api', 'altegio', '--target', 'http://x'], '--target belongs to prism proxy'],
    [['mock', '--api', 'graphql'], '--api must be one of'],
    [['mock', '--api', 'voicebot', '--'], '-- must be followed by the command to run'],
  ])('refuses %j with a usage error', (args, message) => {
    expect(() => prismOptions(args)).toThrow(message);
  });
});
