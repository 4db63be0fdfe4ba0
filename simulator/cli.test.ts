import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../mock-server/index.ts';
import { runSlotcheck } from '../scripts/slotcheck-process.ts';
import { simulateOptions } from './options.ts';

// `npx slotcheck simulate` as a user runs it: a child process, real flags, exit codes.
const dir = mkdtempSync(join(tmpdir(), 'slotcheck-sim-cli-'));
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

const simulate = (args: string[]) => runSlotcheck(['simulate', ...args]);

const yamlScenario = (status: number) => `name: my-staff-check
description: A user's own scenario, in YAML.
steps:
  - name: list the staff
    operation: listStaff
    request:
      method: GET
      path: /company/{{companyId}}/staff
    status: ${status}
    capture:
      first: /data/0
    assert:
      - name: flow.has-staff
        that: /data
        minLength: 3
  - name: read the first one
    operation: getStaffMember
    request:
      method: GET
      path: /company/{{companyId}}/staff/{{first.id}}
    assert:
      - name: flow.same-staff-member
        that: /data/name
        equals: "{{first.name}}"
`;

describe('slotcheck simulate', () => {
  it('exits 0 when every check passed, and writes the JUnit report asked for', async () => {
    const out = join(dir, 'pass');
    const run = await simulate(['--api', 'altegio', '--target', `${mock.url}/api/v1`, '--altegio', `${mock.url}/api/v1`, '--reporter', 'console,junit', '--out', out]);
    expect(run.stdout).toContain('All 7 scenarios passed');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'slotcheck-junit.xml'), 'utf8')).toContain('failures="0"');
  });

  it('verifies the platform webhook with signed requests, t from the fake’s frozen clock', async () => {
    const run = await simulate(['--api', 'platform-webhook', '--target', `${mock.url}/platform-webhook`, '--altegio', `${mock.url}/api/v1`]);
    expect(run.stdout).toContain('All 8 scenarios passed');
    expect(run.code).toBe(0);
  });

  it.each([
    ['voicebot', '/voicebot', 12],
    ['unified', '/unified', 6],
    ['partner', '/partner', 6],
  ])('runs the %s suite against a frozen fake with no date flags: the days follow the fake’s clock', async (api, mount, scenarios) => {
    const run = await simulate(['--api', api, '--target', `${mock.url}${mount}`, '--altegio', `${mock.url}/api/v1`]);
    expect(run.stdout).toContain(`All ${scenarios} scenarios passed`);
    expect(run.code).toBe(0);
  });

  it('exits 2 with one line when --altegio is unreachable or no slotcheck fake', async () => {
    const stranger = createServer((_req, res) => res.writeHead(404).end('not here'));
    await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
    const port = (stranger.address() as AddressInfo).port;
    try {
      for (const [altegio, message] of [
        ['http://127.0.0.1:9/api/v1', /could not run: the fake Altegio at http:\/\/127\.0\.0\.1:9\/api\/v1 is unreachable \(bad port\)/],
        [`http://127.0.0.1:${port}/api/v1`, /could not run: http:\/\/127\.0\.0\.1:\d+ is not a slotcheck fake Altegio: GET \/__admin\/clock answered 404/],
      ] as const) {
        const run = await simulate(['--api', 'unified', '--target', `${mock.url}/unified`, '--altegio', altegio]);
        expect(run.code).toBe(2);
        expect(run.stderr.trim()).toMatch(message);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
      }
    } finally {
      stranger.close();
    }
  });

  it('exits 2, blaming no one, when the fake has no free time for a scenario', async () => {
    // Weekdays a month before the fake's now: nothing there is free, in the fake as in the target.
    const run = await simulate(['--api', 'voicebot', '--target', `${mock.url}/voicebot`, '--altegio', `${mock.url}/api/v1`, '--date', '2026-02-02']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^slotcheck simulate: could not run: no free time for .+ 2026-02-0\d 00:00 .+ in the fake Altegio\.$/);
  });

  it('runs a YAML scenario file, and exits 1 when one of its checks fails', async () => {
    const good = join(dir, 'good.yaml');
    writeFileSync(good, yamlScenario(200));
    const passed = await simulate(['--api', 'altegio', '--target', `${mock.url}/api/v1`, '--scenario', good]);
    expect(passed.stdout).toMatch(/PASS {2}my-staff-check {2}\(2 steps/);
    expect(passed.code).toBe(0);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, yamlScenario(201));
    const failed = await simulate(['--api', 'altegio', '--target', `${mock.url}/api/v1`, '--scenario', bad]);
    expect(failed.stdout).toContain('status: expected status 201, got 200');
    expect(failed.code).toBe(1);
  });

  it.each([
    [['--api', 'soap', '--target', 'http://127.0.0.1:1'], /--api must be one of voicebot, unified, partner, altegio, platform-webhook; got "soap"/],
    [['--api', 'altegio'], /--target URL is required/],
    [['--api', 'altegio', '--target', 'ftp://x'], /--target must be an http\(s\) URL/],
    [['--api', 'altegio', '--target', 'http://127.0.0.1:1', '--reporter', 'pdf'], /--reporter takes console, junit, json, html or none; got "pdf"/],
    [['--api', 'altegio', '--target', 'http://127.0.0.1:1', '--scenario', 'nope'], /--scenario "nope" is neither a built-in scenario \(catalog, book-update-cancel, setup-reads, locations-spelling, race, bad-input, auth\) nor a file/],
    [['--api', 'altegio', '--target', 'http://127.0.0.1:1', '--header', 'no-colon'], /--header takes "Name: value"/],
  ])('exits 2 with one line for bad flags: %j', async (args, message) => {
    const run = await simulate(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 when the target is unreachable', async () => {
    const run = await simulate(['--api', 'altegio', '--target', 'http://127.0.0.1:9/api/v1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could not run: the target http:\/\/127\.0\.0\.1:9\/api\/v1 is unreachable/);
  });

  it('exits 2 for a scenario file that breaks the scenario schema, naming the place', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, yamlScenario(200).replace('operation: getStaffMember', 'operation: getStaffMembre'));
    const run = await simulate(['--api', 'altegio', '--target', `${mock.url}/api/v1`, '--scenario', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/steps\.1\.operation "getStaffMembre" is not an operation of the altegio spec/);
    writeFileSync(broken, yamlScenario(200).replace('    status: 200\n', '    status: ok\n'));
    expect((await simulate(['--api', 'altegio', '--target', `${mock.url}/api/v1`, '--scenario', broken])).stderr).toMatch(/steps\.0\.status/);
  });
});

describe('simulate options', () => {
  it('normalises flags once: API flags, headers, defaults', () => {
    const options = simulateOptions(['--api', 'altegio', '--target', 'http://x.test/api/v1/', '--location', '1002', '--header', 'X-Trace: 1', '--concurrency', '20']);
    expect(options.run).toMatchObject({ target: 'http://x.test/api/v1', seed: 1, budgetMs: 5000, concurrency: 20, vars: { companyId: 1002 }, headers: { 'x-trace': '1' } });
  });

  it('refuses a flag of another API', () => {
    expect(() => simulateOptions(['--api', 'voicebot', '--target', 'http://x.test', '--bot-id', 'b'])).toThrow(/--bot-id is not a flag of --api voicebot/);
  });
});
