import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripAnsi } from '../ansi.ts';
import { ContractsError } from '../errors.ts';

// Pact's core writes its report straight to its process's stdout, in colour, whatever the
// terminal; so Pact runs in a worker process whose stdout this side reads and passes on.
// The worker stays up between verifications (Pact takes a while to load) but never keeps
// this process alive: idle, it is unreferenced, and it ends when this process does.

/** What a verification asks of the worker: the pact and where to replay it. */
export interface WorkerRequest {
  readonly provider: string;
  readonly pact: string;
  readonly target: string;
  readonly statesUrl: string;
}

/** What the worker answers: Pact's JSON report, or the message of a run that could not finish. */
export type WorkerAnswer = { readonly report: string } | { readonly crashed: string };

/** Starts the worker's answer line on its stdout, after everything Pact printed for the request. */
export const answerMark = '\u001eslotcheck-answer ';

/** Where Pact's output goes while one verification runs. */
export interface Relay {
  readonly output: NodeJS.WritableStream;
  readonly color: boolean;
}

interface Busy extends Relay {
  resolve(answer: WorkerAnswer): void;
  reject(error: Error): void;
}

const ownExtension = extname(fileURLToPath(import.meta.url));
const workerFile = fileURLToPath(new URL(`verify-worker${ownExtension}`, import.meta.url));
// A clone runs the TypeScript sources: the worker then needs tsx, as the command itself does.
const loader = ownExtension === '.ts' ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];

let worker: { readonly child: ChildProcessWithoutNullStreams; busy: Busy | undefined } | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** Calls `onLine` with each whole line of a stream. */
function lines(stream: Readable, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop()!;
    for (const part of parts) onLine(part);
  });
  stream.on('end', () => pending && onLine(pending));
}

function hold(child: ChildProcessWithoutNullStreams, busy: boolean): void {
  for (const handle of [child, child.stdin, child.stdout, child.stderr] as unknown as Pick<Socket, 'ref' | 'unref'>[]) {
    if (busy) handle.ref();
    else handle.unref();
  }
}

function start(): NonNullable<typeof worker> {
  const child = spawn(process.execPath, [...loader, workerFile], {
    env: { ...process.env, PACT_DO_NOT_TRACK: process.env.PACT_DO_NOT_TRACK ?? 'true' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const state: NonNullable<typeof worker> = { child, busy: undefined };
  const write = (line: string) => state.busy && state.busy.output.write(`${state.busy.color ? line : stripAnsi(line)}\n`);
  lines(child.stdout, (line) => {
    if (!line.startsWith(answerMark)) return write(line);
    const busy = state.busy;
    state.busy = undefined;
    hold(child, false);
    busy?.resolve(JSON.parse(line.slice(answerMark.length)) as WorkerAnswer);
  });
  lines(child.stderr, write);
  // A write to a worker that just died: its exit says so.
  child.stdin.on('error', () => undefined);
  const fail = (error: Error) => {
    if (worker === state) worker = undefined;
    state.busy?.reject(error);
    state.busy = undefined;
  };
  child.once('error', (error) => fail(new ContractsError('CONTRACTS_VERIFIER', `Pact's verifier could not start: ${error.message}`, { cause: error })));
  child.once('exit', (code, signal) => fail(new ContractsError('CONTRACTS_VERIFIER', `Pact's verifier stopped (${signal ?? code}) before it reported.`)));
  return state;
}

/**
 * Runs one verification in the worker (one at a time), Pact's output passed on to
 * `relay.output`, without colour codes unless `relay.color`.
 */
export function runInWorker(request: WorkerRequest, relay: Relay): Promise<WorkerAnswer> {
  const run = () =>
    new Promise<WorkerAnswer>((resolve, reject) => {
      worker ??= start();
      worker.busy = { ...relay, resolve, reject };
      hold(worker.child, true);
      worker.child.stdin.write(`${JSON.stringify(request)}\n`);
    });
  const result = queue.then(run);
  queue = result.catch(() => undefined);
  return result;
}
