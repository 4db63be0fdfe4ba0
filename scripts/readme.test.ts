import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../mock-server/server/create-server.ts';

// The README's walk-through promises curl lines that work as written: run them, against
// a fake started the way the README says (clock pinned), on a free port.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const block = /<!-- readme-walkthrough -->\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const lines = block.replace(/\\\n\s*/g, '').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const prelude = lines.filter((l) => /^[A-Z]+=/.test(l)).join('\n');
const commands = lines.filter((l) => l.startsWith('curl '));

const run = promisify(execFile);
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T08:00:00+01:00'), frozen: true });
});
afterAll(() => mock.close());

describe('README walk-through', () => {
  it('has the lines to log in, read the catalog, find times, book and see the booking', () => {
    expect(commands.map((c) => /\/api\/v1\/(\w+)/.exec(c)?.[1])).toEqual(['auth', 'company', 'book_times', 'book_record', 'records']);
  });

  it('runs as written: every line answers success, and the booking shows up', async () => {
    const outputs = [];
    for (const command of commands) {
      // Async: the fake answers from this very process, so a blocking exec would deadlock.
      const script = `${prelude}\n${command.replaceAll('http://127.0.0.1:4010', mock.url)}`;
      outputs.push(JSON.parse((await run('bash', ['-c', script])).stdout));
    }
    for (const out of outputs) expect(out.success).toBe(true);
    const [, services, times, booked, records] = outputs;
    expect(services.data.find((s: { id: number }) => s.id === 10009).title).toBe('Massage 30 Minuten');
    expect(times.data.map((t: { time: string }) => t.time)).toContain('10:00');
    expect(records.data.map((r: { id: number }) => r.id)).toContain(booked.data[0].record_id);
  });
});
