import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Servers and commands the benchmark starts: timed from spawn, their memory read from
// /proc (the resident set the kernel counts, what a machine running them pays).

export interface Served {
  readonly url: string;
  readonly pid: number;
  /** From spawn to the line that names the URL. */
  readonly startMs: number;
  stop(): Promise<void>;
}

/** Spawns `node args…` and resolves once its output matches `pattern` (group 1: the URL). */
export function serve(args: readonly string[], pattern: RegExp, env: NodeJS.ProcessEnv = process.env): Promise<Served> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const read = (d: Buffer) => {
      out += d;
      const m = pattern.exec(out);
      if (m) {
        child.stdout.off('data', read);
        resolve({
          url: m[1]!,
          pid: child.pid!,
          startMs: performance.now() - started,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code} before serving: ${out.slice(-500)}`)));
  });
}

/** Resident set size of a process, in MB. */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : Number.NaN;
}

/** Runs `node args…` to its end; the wall time from spawn to exit. */
export function timed(args: readonly string[]): Promise<{ ms: number; code: number; stdout: string; stderr: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ ms: performance.now() - started, code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
