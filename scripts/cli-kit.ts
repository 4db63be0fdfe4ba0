import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A subcommand of `slotcheck`: takes its own arguments, returns the exit code. */
export interface Command {
  readonly summary: string;
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

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs` with its errors turned into one-line usage errors. */
export function parseFlags<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
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
