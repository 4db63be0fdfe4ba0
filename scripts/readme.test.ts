import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startMockServer, type RunningMock } from '../mock-server/server/create-server.ts';
import { apiProfiles, checkScenario, runScenarios } from '../simulator/index.ts';
import { altegioSuite } from '../simulator/suites/altegio.ts';
import { suiteFlags } from '../simulator/suites/suite.ts';

// The README promises curl lines that work as written, in order, against one plain `npm start`:
// run them so, against a fake on this machine's real clock (as `npm start` runs it) on a free
// port. The sections set up what they need themselves (pin the clock, reset the data).
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const run = promisify(execFile);
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterAll(() => mock.close());

/** The shell block after `<!-- marker -->`: its variable lines, and each curl command. */
function block(marker: string) {
  const text = new RegExp(`<!-- ${marker} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1] ?? '';
  const lines = text.replace(/\\\n\s*/g, '').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  return { prelude: lines.filter((l) => /^[A-Z]+=/.test(l)).join('\n'), commands: lines.filter((l) => l.startsWith('curl ')) };
}

/** One command of a block with the block's variables, against the test's fake; its output parsed. */
async function answer(prelude: string, command: string): Promise<any> {
  const script = `${prelude.replaceAll('http://127.0.0.1:4010', mock.url)}\n${command.replaceAll('http://127.0.0.1:4010', mock.url)}`;
  // Async: the fake answers from this very process, so a blocking exec would deadlock.
  return JSON.parse((await run('bash', ['-c', script])).stdout);
}

async function answers(marker: string): Promise<any[]> {
  const { prelude, commands } = block(marker);
  const out = [];
  for (const command of commands) out.push(await answer(prelude, command));
  return out;
}

const times = (answer: { data: { time: string }[] }) => answer.data.map((t) => t.time);
const pinned = { now: '2026-03-02T07:00:00.000Z', frozen: true, real: false };

describe('README walk-throughs', () => {
  it('the YAML scenario: loads, and passes against the fake Altegio', async () => {
    const yaml = /<!-- readme-scenario -->\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const scenario = checkScenario(parse(yaml), apiProfiles.altegio(), 'README');
    const { vars, headers } = altegioSuite.start(suiteFlags(altegioSuite), mock.fake.clock.now());
    const result = await runScenarios([scenario], {
      api: 'altegio', target: `${mock.url}/api/v1`, fetch, headers, vars, seed: 1, budgetMs: 5000, timeoutMs: 10_000, concurrency: 2, runId: '1234567',
    }, []);
    expect(result.counts).toMatchObject({ scenarios: 1, failedScenarios: 0 });
    expect(result.counts.checks).toBeGreaterThan(8);
  });

  it('the fake Altegio: pin the clock, reset, log in, read the catalog, find times, book, see the booking and the time gone', async () => {
    expect(mock.fake.clock.frozen).toBe(false);
    const { prelude, commands } = block('readme-walkthrough');
    expect(commands.map((c) => /\/(?:api\/v1|__admin)\/(\w+)/.exec(c)?.[1])).toEqual(['clock', 'reset', 'auth', 'company', 'book_times', 'book_record', 'records', 'book_times']);
    const [clock, reset, auth, services, free, booked, records, annaFree] = await answers('readme-walkthrough');
    expect(clock).toEqual(pinned);
    expect(reset).toMatchObject({ companies: 2, records: 70, users: 2 });
    for (const out of [auth, services, free, booked, records, annaFree]) expect(out.success).toBe(true);
    expect(auth.data.user_token).toBe('sc_user_berlin_4d1e8b');
    expect(services.data.find((s: { id: number }) => s.id === 10009).title).toBe('Massage 30 Minuten');
    expect(times(free)[0]).toBe('08:00');
    expect(times(free)).toContain('10:00');
    expect(booked.data).toEqual([{ id: 1, record_id: expect.any(Number), record_hash: expect.any(String) }]);
    expect(records.data.find((r: { id: number }) => r.id === booked.data[0].record_id)).toMatchObject({ staff_id: 10001, datetime: '2026-03-03T10:00:00+01:00' });
    for (const gone of ['09:45', '10:00', '10:15']) expect(times(annaFree)).not.toContain(gone);
    expect(times(annaFree)).toEqual(expect.arrayContaining(['09:30', '10:30']));
    // The comment's claim: with any therapist, 10:00 is still offered.
    expect(times(await answer(prelude, commands[4]!))).toContain('10:00');
  });

  it('the admin block: a day on, a fault, health, then the real clock and the demo data back', async () => {
    const [advanced, fault, health, real, reset] = await answers('readme-admin');
    expect(advanced).toEqual({ now: '2026-03-03T07:00:00.000Z', frozen: true, real: false });
    expect(fault).toEqual({ id: 1, path: '/api/v1/book_record/*', status: 503, share: 0.5, hits: 0 });
    expect(health).toMatchObject({ status: 'ok', apis: expect.arrayContaining([{ name: 'altegio', path: '/api/v1' }]), clock: advanced });
    expect(real).toMatchObject({ frozen: false, real: true });
    expect(reset).toMatchObject({ companies: 2, users: 2 });
    expect(mock.faults.list()).toEqual([]);
  });

  it('one phone call: pin and reset, from the number called to a booking, finding the caller and their booking again', async () => {
    const outputs = await answers('readme-phone-call');
    expect(outputs).toHaveLength(12);
    const [clock, , entity, name, , , , slots, , booked, users, bookings] = outputs;
    expect(clock).toEqual(pinned);
    expect(entity).toEqual({ entityId: 'ent_gleichgewicht' });
    expect(name).toEqual({ name: 'Physiotherapie Gleichgewicht' });
    expect(slots[0].start).toBe('2026-03-03T08:00:00+01:00');
    expect(slots.map((s: { id: string }) => s.id)).toContain('sl_1001_10009_10001_20260303T0900Z');
    expect(booked).toMatchObject({ success: true, bookingId: 'bk_1001_10129', start: '2026-03-03T10:00:00+01:00' });
    expect(users).toEqual([{ id: 'us_1001_10128', firstName: 'Max', lastName: 'Mustermann', phone: '+4915112345678' }]);
    expect(bookings).toEqual([expect.objectContaining({ bookingId: 'bk_1001_10129' })]);
    // The comment's claim: the booking line again answers 409 slot_unavailable.
    const { prelude, commands } = block('readme-phone-call');
    expect((await answer(prelude, commands.find((c) => c.includes('bookAppointment'))!)).error.code).toBe('slot_unavailable');
  });
});
