import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { UsageError } from './cli-kit.ts';

// `slotcheck <server command> [flags] -- <command>`: the server runs exactly as long as the
// command does, so a CI step needs no background job, no kill and no lost exit code.

/** A command line split at its first `--`: slotcheck's own arguments, then the command to wrap. */
export interface SplitCommandLine {
  readonly own: readonly string[];
  /** What follows `--`; undefined when there is no `--`. */
  readonly command: readonly string[] | undefined;
}

/**
 * Splits the arguments at the first `--`; a `--` with nothing after it is a usage error.
 * @example splitAtDoubleDash(['--api', 'voicebot', '--', 'npm', 'test']) // { own: ['--api', 'voicebot'], command: ['npm', 'test'] }
 */
export function splitAtDoubleDash(args: readonly string[]): SplitCommandLine {
  const at = args.indexOf('--');
  if (at === -1) return { own: args, command: undefined };
  const command = args.slice(at + 1);
  if (command.length === 0) throw new UsageError('-- must be followed by the command to run, e.g. -- npm test.');
  return { own: args.slice(0, at), command };
}

/** The wrapped command could not be started at all (not found, not executable): exit 2. */
export class WrappedCommandError extends Error {
  readonly code = 'SLOTCHECK_WRAPPED_COMMAND';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WrappedCommandError';
  }
}

export interface RunCommandOptions {
  /** Added to this process's environment for the command (e.g. the server's URL). */
  readonly env?: Readonly<Record<string, string>>;
  /** Aborting stops the command with SIGTERM (e.g. when the server it needs died). */
  readonly signal?: AbortSignal;
}

const forwarded = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs a command with this process's terminal (stdin, stdout, stderr inherited) and settles
 * with its exit code; killed by a signal, it settles with 128 + the signal's number, as a
 * shell reports it. SIGINT and SIGTERM that reach this process while the command runs are
 * passed on to it, so the caller gets to stop its server after the command is gone.
 * @example const code = await runCommand(['npm', 'test'], { env: { SLOTCHECK_URL: url } })
 */
export function runCommand(command: readonly string[], options: RunCommandOptions = {}): Promise<number> {
  const [file, ...args] = command;
  if (file === undefined) throw new UsageError('there is no command to run.');
  const child = spawn(file, args, { stdio: 'inherit', env: { ...process.env, ...options.env } });
  const pass = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const stop = () => pass('SIGTERM');
  for (const signal of forwarded) process.on(signal, pass);
  options.signal?.addEventListener('abort', stop, { once: true });
  const cleanUp = () => {
    for (const signal of forwarded) process.off(signal, pass);
    options.signal?.removeEventListener('abort', stop);
  };
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      cleanUp();
      const why = error.code === 'ENOENT' ? 'no such command' : error.message;
      reject(new WrappedCommandError(`could not start "${command.join(' ')}" (${why})`, { cause: error }));
    });
    child.once('exit', (code, signal) => {
      cleanUp();
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
