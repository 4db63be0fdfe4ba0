// `npm run bench`: the figures DESIGN.md asks for, measured on this machine and written to
// reports/bench.json — start-up, requests per second of the fake against a bare Express
// route and Prism in the same run, simulator calls per second, memory and slot-search time
// at 100k records. Every loop is bounded in count and time, and traffic stays on loopback.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startPrism } from '../contracts/prism/prism.ts';
import { demo, demoSnapshot } from '../mock-server/altegio/demo-data.ts';
import { freeSlots } from '../mock-server/altegio/slot-engine.ts';
import { createDb, type BookingRecord, type Snapshot } from '../mock-server/altegio/state.ts';
import { runScenarios } from '../simulator/runner.ts';
import { altegioSuite } from '../simulator/suites/altegio.ts';
import { suiteFlags } from '../simulator/suites/suite.ts';

const bin = fileURLToPath(new URL('slotcheck.mjs', import.meta.url));
const now = Date.parse('2026-03-02T07:00:00Z');
const auth = { authorization: `Bearer ${demo.partnerToken}, User ${demo.users[0].token}` };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Spawns a server that prints its URL; resolves with the URL, the time it took, and a stop. */
function spawnServer(args: string[], pattern: RegExp): Promise<{ url: string; ms: number; stop: () => void }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      const m = pattern.exec(out);
      if (m) resolve({ url: m[1]!, ms: performance.now() - started, stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

/** Closed-loop load: `connections` callers, each sending the next request when its answer came. */
async function load(url: string, headers: Record<string, string>, options = { connections: 32, seconds: 5, max: 200_000 }) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < deadline && latencies.length < options.max) {
        const t = performance.now();
        const res = await fetch(url, { headers }).catch(() => undefined);
        if (!res?.ok) errors++;
        await res?.arrayBuffer();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { requestsPerSecond: Math.round(latencies.length / seconds), p50Ms: round(percentile(latencies, 50), 2), p99Ms: round(percentile(latencies, 99), 2), requests: latencies.length, errors };
}

async function startup() {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const server = await spawnServer([bin, 'mock', '--port', '0', '--now', new Date(now).toISOString(), '--frozen'], /listening on (http:\S+)/);
    runs.push(server.ms);
    server.stop();
  }
  return { medianMs: Math.round(median(runs)), runsMs: runs.map(Math.round) };
}

async function throughput() {
  const express = await spawnServer(
    ['--input-type=module', '-e', "import e from 'express'; const a = e(); a.get('/ping', (q, r) => r.json({ ok: true })); const s = a.listen(0, '127.0.0.1', () => console.log('at http://127.0.0.1:' + s.address().port));"],
    /at (http:\S+)/,
  );
  const mock = await spawnServer([bin, 'mock', '--port', '0', '--now', new Date(now).toISOString(), '--frozen'], /listening on (http:\S+)/);
  const prism = await startPrism({ mode: 'mock', api: 'altegio', host: '127.0.0.1', port: 0, dynamic: false, seed: 1 });
  try {
    return {
      bareExpressRoute: await load(`${express.url}/ping`, {}),
      fakeAltegioServices: await load(`${mock.url}/api/v1/company/1001/services`, auth),
      fakeAltegioBookTimes: await load(`${mock.url}/api/v1/book_times/1001/0/2026-03-03?service_ids[]=10009`, auth),
      prismMockServices: await load(`${prism.url}/company/1001/services`, auth),
    };
  } finally {
    express.stop();
    mock.stop();
    await prism.close();
  }
}

async function simulator() {
  const mock = await spawnServer([bin, 'mock', '--port', '0', '--now', new Date(now).toISOString(), '--frozen'], /listening on (http:\S+)/);
  try {
    const { vars, headers } = altegioSuite.start(suiteFlags(altegioSuite), now);
    const started = performance.now();
    let calls = 0;
    for (let run = 0; run < 5; run++) {
      const result = await runScenarios(altegioSuite.scenarios(vars), {
        api: 'altegio', target: `${mock.url}/api/v1`, fetch, headers, vars, seed: run, budgetMs: 5000, timeoutMs: 10_000, concurrency: 10, runId: String(1_000_000 + run), altegio: `${mock.url}/api/v1`,
      }, []);
      calls += result.scenarios.reduce((n, s) => n + s.steps.reduce((m, st) => m + st.exchanges.length, 0), 0);
      await fetch(`${mock.url}/__admin/reset`, { method: 'POST' });
    }
    const seconds = (performance.now() - started) / 1000;
    return { callsPerSecond: Math.round(calls / seconds), calls, seconds: round(seconds, 2), note: 'altegio suite, oracle on, 5 runs' };
  } finally {
    mock.stop();
  }
}

function hundredThousandRecords() {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const base = demoSnapshot({ seed: 42, now, dataset: 'empty' });
  const staff = base.tables.staff.filter((s) => s.companyId === demo.berlinId);
  const records: BookingRecord[] = [];
  // 100k live records, 30 minutes each, back to back over the staff's calendars.
  for (let i = 0; i < 100_000; i++) {
    const start = now - 400 * 86_400_000 + i * 30 * 60_000;
    records.push({
      id: 1_000_000 + i, companyId: demo.berlinId, staffId: staff[i % staff.length]!.id, clientId: null,
      services: [{ id: 10009, firstCost: 35, discount: 0, cost: 35 }], start, length: 1800,
      comment: '', online: false, attendance: 0, apiId: '', deleted: false, createdAt: now, changedAt: now, createdUserId: 0, hash: '', smsRemainHours: 0, emailRemainHours: 0,
    });
  }
  const snapshot: Snapshot = { ...base, tables: { ...base.tables, records } };
  const db = createDb(snapshot);
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    freeSlots(db, { companyId: demo.berlinId, staffId: 0, serviceIds: [10009], date: '2026-03-03', now });
    times.push(performance.now() - t);
  }
  // The state (rows and tables) of a fake holding 100k records, and one book_times computation over it.
  return { records: db.tables.records.size, heapMb: round(heapMb), gcExposed: gc !== undefined, bookTimesComputeMedianMs: round(median(times), 2) };
}

const results = {
  machine: {
    node: process.version,
    cpus: cpus().length,
    // On a small machine the fetch-based load generator is the limit: compare rows of one run, not runs.
    note: 'load generator and servers share the machine; closed loop, 32 connections, 5 s per target',
  },
  startup: await startup(),
  throughput: await throughput(),
  simulator: await simulator(),
  memoryAt100kRecords: hundredThousandRecords(),
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
console.log('\nwritten to reports/bench.json');
process.exit(0);
