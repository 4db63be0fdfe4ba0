import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The `slotcheck` command as a user runs it, for tests and the benchmark: a child process.
// Always asynchronous, because the server a command talks to may answer from the caller's process.

const clonedBin = fileURLToPath(new URL('slotcheck.mjs', import.meta.url));

/** Runs a command to its end: exit code and output (`bin`: another install's `slotcheck`). */
export function runSlotcheck(args: readonly string[], env: NodeJS.ProcessEnv = process.env, bin = clonedBin): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr });
    });
  });
}

export interface ServingProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** The URL the command printed as `listening on …`. */
  readonly url: Promise<string>;
  readonly exit: Promise<number | null>;
  output(): string;
}

/** Starts a long-running command (`mock`) and reads the URL it prints. */
export function serveSlotcheck(args: readonly string[], env: NodeJS.ProcessEnv = process.env, bin = clonedBin): ServingProcess {
  const child = spawn(process.execPath, [bin, ...args], { env });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (out += d));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${out}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url, exit, output: () => out };
}
