import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSlotcheck, serveSlotcheck } from '../scripts/slotcheck-process.ts';
import { demo } from './altegio/demo-data.ts';
import { mockOptions } from './cli.ts';

// The real command in a child process: what `npx slotcheck mock` does for a user.
const children: ChildProcessWithoutNullStreams[] = [];
const env = { ...process.env, SLOTCHECK_ADMIN_TOKEN: '' };

function start(args: string[]) {
  const serving = serveSlotcheck(['mock', '--port', '0', ...args], env);
  children.push(serving.child);
  return serving;
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Whether a process still runs (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const auth = { authorization: `Bearer ${demo.partnerToken}, User ${demo.users[0].token}`, 'content-type': 'application/json' };

describe('slotcheck mock', () => {
  it('prints the URL, the demo credentials and the locations, serves, and stops cleanly on SIGTERM', async () => {
    const run = start(['--now', '2026-03-02T07:00:00Z', '--frozen']);
    const url = await run.url;
    expect(run.output()).toContain(demo.partnerToken);
    expect(run.output()).toContain(demo.users[0].login);
    expect(run.output()).toMatch(/location 1001 +Physiotherapie Gleichgewicht \(Europe\/Berlin, EUR\)/);
    const res = await fetch(`${url}/api/v1/company/1001`, { headers: auth });
    expect(res.status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.output()).toContain('slotcheck mock stopped.');
  });

  it('wraps a command: serves while it runs, stops after, and exits with its code', async () => {
    // The wrapped command reads the server's URL from SLOTCHECK_URL, checks readiness, and leaves the URL behind.
    const dir = mkdtempSync(join(tmpdir(), 'slotcheck-wrap-'));
    const seen = join(dir, 'url');
    const script = `const u = process.env.SLOTCHECK_URL; require('fs').writeFileSync(${JSON.stringify(seen)}, u); fetch(u + '/__admin/health').then((r) => process.exit(r.status === 200 ? 7 : 1), () => process.exit(1));`;
    const run = await runSlotcheck(['mock', '--port', '0', '--', process.execPath, '-e', script], env);
    expect(run.code).toBe(7);
    expect(run.stdout).toContain('slotcheck mock stopped.');
    const url = readFileSync(seen, 'utf8');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // Nothing left running: the port no longer answers.
    await expect(fetch(`${url}/__admin/health`)).rejects.toThrow();
  });

  it('stops when whatever started it dies without passing on the signal, as npx does', async () => {
    // A middle process starts the server (as npx does through sh -c) and is then killed outright.
    const bin = fileURLToPath(new URL('../scripts/slotcheck.mjs', import.meta.url));
    const middle = spawn(process.execPath, ['-e', `const c = require('child_process').spawn(process.execPath, [${JSON.stringify(bin)}, 'mock', '--port', '0'], { stdio: ['ignore', 'inherit', 'inherit'] }); console.log('server pid', c.pid);`], { env });
    let out = '';
    middle.stdout.on('data', (d: Buffer) => (out += d));
    await vi.waitFor(() => expect(out).toMatch(/listening on/), { timeout: 20_000, interval: 100 });
    const pid = Number(/server pid (\d+)/.exec(out)![1]);
    middle.kill('SIGKILL');
    await vi.waitFor(() => expect(alive(pid)).toBe(false), { timeout: 10_000, interval: 100 });
  });

  it('says why it could not run a wrapped command that does not exist, and exits 2', async () => {
    const run = await runSlotcheck(['mock', '--port', '0', '--', 'slotcheck-no-such-command-4711'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could not run: could not start "slotcheck-no-such-command-4711" \(no such command\)/);
  });

  it('keeps an acknowledged booking through kill -9 with --data', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'slotcheck-cli-')), 'state.jsonl');
    const first = start(['--data', data, '--now', '2026-03-02T07:00:00Z', '--frozen']);
    const url = await first.url;
    const staff = (await (await fetch(`${url}/api/v1/company/1001/staff`, { headers: auth })).json()).data[0].id;
    const services = (await (await fetch(`${url}/api/v1/company/1001/services`, { headers: auth })).json()).data;
    const created = await fetch(`${url}/api/v1/records/1001`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ staff_id: staff, services: [{ id: services[0].id }], client: { phone: '+491709876543', name: 'Durable' }, datetime: '2026-03-03T08:00:00+01:00', seance_length: 1800, save_if_busy: true }),
    });
    expect(created.status).toBe(201);
    const id = (await created.json()).data.id;
    first.child.kill('SIGKILL');
    await first.exit;

    const second = start(['--data', data]);
    const again = await second.url;
    const record = await fetch(`${again}/api/v1/record/1001/${id}`, { headers: auth });
    expect(record.status).toBe(200);
    expect((await record.json()).data).toMatchObject({ id, client: { phone: '+491709876543' } });
  });

  it('answers a partner retry after kill -9 with --data 200 with the original booking', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'slotcheck-cli-')), 'state.jsonl');
    const clock = ['--data', data, '--now', '2026-03-02T07:00:00Z', '--frozen'];
    const body = JSON.stringify({ bot_id: 'bot_gleichgewicht', booking: { start_at: '2026-03-02T10:00:00+01:00', duration_minutes: 30, customer: { phone: '+15551234567', name: 'Kill Nine' } } });
    const book = (url: string) =>
      fetch(`${url}/partner/bookings`, { method: 'POST', headers: { authorization: 'Bearer sk_ptnr_demo_gleichgewicht_a1b2c3', 'idempotency-key': 'kill-9', 'content-type': 'application/json' }, body });
    const first = start(clock);
    const created = await book(await first.url);
    expect(created.status).toBe(201);
    const booking = await created.json();
    first.child.kill('SIGKILL');
    await first.exit;

    const second = start(clock);
    const url = await second.url;
    const again = await book(url);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(booking);
    const { tables } = await (await fetch(`${url}/__admin/state`)).json();
    expect(tables.records.filter((r: { start: number }) => r.start === Date.parse('2026-03-02T09:00:00Z'))).toHaveLength(1);
  });

  it('says on stderr that it dropped a torn last line of --data', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'slotcheck-cli-')), 'state.jsonl');
    const first = start(['--data', data]);
    await first.url;
    first.child.kill('SIGKILL');
    await first.exit;
    appendFileSync(data, '{"change":{"table":"clients"');
    const second = start(['--data', data]);
    await second.url;
    expect(second.output()).toContain(`slotcheck mock: dropped an unfinished last line of ${data}\n`);
  });

  it('exits 2 with one line naming the file and the line when --data is damaged', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'slotcheck-cli-')), 'state.jsonl');
    writeFileSync(data, '{"snapshot":{"format":"slotcheck-altegio/1","partnerTokens":[]}}\n');
    const run = await runSlotcheck(['mock', '--port', '0', '--data', data], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`slotcheck mock: could not start: ${data} line 1: snapshot.tables must be object, not undefined.\n`);
  });

  it('exits 2 with one line when the port is taken', async () => {
    const run = start([]);
    const url = new URL(await run.url);
    const clash = await runSlotcheck(['mock', '--port', url.port], env);
    expect(clash.code).toBe(2);
    expect(clash.stderr.trim()).toBe(`slotcheck mock: could not start: port ${url.port} is in use (try --port 0).`);
  });
});

describe('mock flags', () => {
  it.each([
    [['--port', 'x'], /--port must be a whole number from 0 to 65535; got "x"/],
    [['--seed=-1'], /--seed must be a whole number/],
    [['--dataset', 'huge'], /--dataset must be one of demo, empty/],
    [['--now', 'yesterday'], /--now must be an ISO 8601 date-time/],
    [['--frozen'], /--frozen needs --now/],
    [['--colour'], /Unknown option '--colour'/],
    [['--frozne'], /Unknown option '--frozne'.* Did you mean "--frozen"\?/],
  ])('%j is refused: %s', (args, message) => {
    expect(() => mockOptions(args, {})).toThrow(message);
  });

  it('reads every flag, and the admin token from the environment', () => {
    expect(mockOptions(['--port', '0', '--host', '::1', '--seed', '7', '--dataset', 'empty', '--data', 'x.jsonl', '--now', '2026-03-02T07:00:00Z', '--frozen'], { SLOTCHECK_ADMIN_TOKEN: 't' })).toEqual({
      port: 0, host: '::1', seed: 7, dataset: 'empty', dataFile: 'x.jsonl', now: Date.parse('2026-03-02T07:00:00Z'), frozen: true, adminToken: 't',
    });
  });
});
