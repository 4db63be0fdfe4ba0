import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A subcommand of `slotcheck`: takes its own arguments, returns the exit code. */
export interface Command {
  readonly usage: string;
  run(args: readonly string[]): Promise<number>;
}

/** Exit codes shared by every command: 0 all passed, 1 a check failed, 2 could not run. */
export const exitCodes = { passed: 0, failed: 1, couldNotRun: 2 } as const;

/** The command line was wrong: say what, then exit 2. */
export class UsageError extends Error {
  readonly code = 'SLOTCHECK_USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command was right but something it needs was not there (a server, a file): exit 2. */
export class CouldNotRunError extends Error {
  readonly code = 'SLOTCHECK_COULD_NOT_RUN';
  constructor(message: string) {
    super(message);
    this.name = 'CouldNotRunError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;
/** What `parseFlags` returns for a set of options, spelt out so declarations can name it. */
type Flags<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>>['values'];

/** `util.parseArgs` with its errors turned into one-line usage errors. */
export function parseFlags<O extends Options>(args: readonly string[], options: O): Flags<O> {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    // An unknown flag that is a typo of a known one gets the known one suggested.
    const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'--([^'=]+)/.exec(message)?.[1] : undefined;
    const hint = unknown ? didYouMean(unknown, Object.keys(options)).replace(/"(.+)"/, '"--$1"') : '';
    throw new UsageError(`${message}${hint}`);
  }
}

/** An http(s) URL flag without its trailing slash, or a usage error naming the flag. */
export function urlFlag(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.host === '') {
    throw new UsageError(`--${name} must be an http(s) URL; got "${value}".`);
  }
  return value.replace(/\/$/, '');
}

/**
 * Options given as an object, written back as the command line a command parses, so a
 * program's options go through the same checks as a user's flags. `--name=value` keeps a
 * value that starts with a dash a value; true is a bare flag; a list repeats the flag.
 * @example flagArgs({ port: 0, frozen: true, header: ['a: 1'] }) // ['--port=0', '--frozen', '--header=a: 1']
 */
export function flagArgs(flags: Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>): string[] {
  return Object.entries(flags).flatMap(([name, value]) => {
    if (value === undefined || value === false) return [];
    if (value === true) return [`--${name}`];
    return (Array.isArray(value) ? value : [value]).map((v) => `--${name}=${v}`);
  });
}

/** A whole number flag within bounds, or a usage error naming the flag. */
export function intFlag(name: string, value: string | undefined, bounds: { min: number; max: number }): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) {
    throw new UsageError(`--${name} must be a whole number from ${bounds.min} to ${bounds.max}; got "${value}".`);
  }
  return n;
}

/** ` Did you mean "mock"?` when one candidate is a small typo away from what was typed, else ''. */
export function didYouMean(typed: string, candidates: readonly string[]): string {
  const near = candidates.map((c) => ({ c, d: distance(typed.toLowerCase(), c.toLowerCase()) })).sort((a, b) => a.d - b.d)[0];
  return near && near.d <= Math.max(2, Math.floor(near.c.length / 3)) ? ` Did you mean "${near.c}"?` : '';
}

/** Edit distance (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Whether a command may colour what it writes to `stream`: never with `--no-color` or a
 * non-empty `NO_COLOR` (no-color.org), otherwise only on a terminal.
 * @example const color = colorEnabled(flags, process.stdout)
 */
export function colorEnabled(flags: { readonly 'no-color'?: boolean }, stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flags['no-color'] === true || (env.NO_COLOR ?? '') !== '') return false;
  return stream.isTTY === true;
}
