import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startMockServer, type RunningMock } from '../mock-server/server/create-server.ts';
import { apiProfiles, checkScenario, runScenarios } from '../simulator/index.ts';
import { altegioSuite } from '../simulator/suites/altegio.ts';
import { suiteFlags } from '../simulator/suites/suite.ts';

// The README promises curl lines that work as written: run them, against a fake started the
// way the README says (clock pinned), on a free port.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const run = promisify(execFile);
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T08:00:00+01:00'), frozen: true });
});
afterAll(() => mock.close());
// Each walk-through starts from the demo data, as a fresh `slotcheck mock` would.
beforeEach(() => mock.apis.admin.handle({ method: 'POST', path: '/reset', query: {}, headers: {}, rawBody: '' }));

/** The shell block after `<!-- marker -->`: its variable lines, and each curl command. */
function block(marker: string) {
  const text = new RegExp(`<!-- ${marker} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1] ?? '';
  const lines = text.replace(/\\\n\s*/g, '').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  return { prelude: lines.filter((l) => /^[A-Z]+=/.test(l)).join('\n'), commands: lines.filter((l) => l.startsWith('curl ')) };
}

async function answers(marker: string): Promise<any[]> {
  const { prelude, commands } = block(marker);
  const out = [];
  // Async: the fake answers from this very process, so a blocking exec would deadlock.
  for (const command of commands) {
    const script = `${prelude.replaceAll('http://127.0.0.1:4010', mock.url)}\n${command.replaceAll('http://127.0.0.1:4010', mock.url)}`;
    out.push(JSON.parse((await run('bash', ['-c', script])).stdout));
  }
  return out;
}

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

  it('the fake Altegio: log in, read the catalog, find times, book and see the booking', async () => {
    expect(block('readme-walkthrough').commands.map((c) => /\/api\/v1\/(\w+)/.exec(c)?.[1])).toEqual(['auth', 'company', 'book_times', 'book_record', 'records']);
    const outputs = await answers('readme-walkthrough');
    for (const out of outputs) expect(out.success).toBe(true);
    const [, services, times, booked, records] = outputs;
    expect(services.data.find((s: { id: number }) => s.id === 10009).title).toBe('Massage 30 Minuten');
    expect(times.data.map((t: { time: string }) => t.time)).toContain('10:00');
    expect(records.data.map((r: { id: number }) => r.id)).toContain(booked.data[0].record_id);
  });

  it('one phone call: from the number called to a booking and finding the caller again', async () => {
    const outputs = await answers('readme-phone-call');
    expect(outputs).toHaveLength(9);
    const [entity, name, , , , slots, , booked, users] = outputs;
    expect(entity).toEqual({ entityId: 'ent_gleichgewicht' });
    expect(name).toEqual({ name: 'Physiotherapie Gleichgewicht' });
    expect(slots.map((s: { id: string }) => s.id)).toContain('sl_1001_10009_10001_20260303T0900Z');
    expect(booked).toMatchObject({ success: true, start: '2026-03-03T10:00:00+01:00' });
    expect(users).toEqual([expect.objectContaining({ firstName: 'Max', lastName: 'Mustermann', phone: '+4915112345678' })]);
  });
});
