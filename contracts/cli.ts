import { isAbsolute, join, relative } from 'node:path';
import { createColors } from 'picocolors';
import { colorEnabled, didYouMean, exitCodes, intFlag, parseFlags, urlFlag, UsageError, type Command } from '../kit/cli-kit.ts';
import { runCommand, splitAtDoubleDash } from '../kit/wrap-command.ts';
import { specNames, type SpecName } from '../specs/index.ts';
import { ContractsError } from './errors.ts';
import { startPrism, type PrismOptions, type PrismViolation, type RunningPrism } from './prism/prism.ts';
import { writePactJunit } from './provider/pact-junit.ts';
import { pactApis, verifyPacts, type PactApi, type VerifyOptions } from './provider/verify-pacts.ts';

const pactUsage = `Usage: slotcheck pact verify --api ${pactApis.join('|')} --target URL [--states-url URL]
                              [--reporter junit] [--out FILE] [--no-color]

Replays the checked-in pact of an API (contracts/pacts/) against an implementation.
  --target URL       the implementation's base URL (e.g. http://127.0.0.1:4010/api/v1)
  --states-url URL   the slotcheck mock whose /__admin sets each provider state (default: the
                     target's origin); the implementation must book into that mock's Altegio
  --reporter junit   also write JUnit XML: a testcase per interaction, a failure per mismatch
  --out FILE         where the JUnit report goes (default slotcheck-report/pact-<api>-junit.xml)
  --no-color         no colour in Pact's report (also NO_COLOR=1, or when not on a terminal)

Pact's anonymous telemetry is off (PACT_DO_NOT_TRACK=true) unless PACT_DO_NOT_TRACK is set.
Exit: 0 every interaction passed, 1 an interaction failed, 2 could not run.`;

const prismUsage = `Usage: slotcheck prism mock --api ${specNames.join('|')} [--port N] [--host H] [--dynamic] [--seed N]
       slotcheck prism proxy --api NAME --target URL [--port N] [--host H]
       slotcheck prism mock|proxy … -- <command> [args…]

mock   serves the spec's examples with Prism (--dynamic: answers generated from the schemas,
       seeded by --seed, default 1, so they repeat)
proxy  forwards to --target and prints every request or answer that breaks the spec; a
       VoiceBot body is checked against the schema of the action it names
  --port N     default 4011; 0 picks a free port
  --no-color   no colour (also NO_COLOR=1, or when not on a terminal)
  -- <command> start Prism, run the command (SLOTCHECK_URL is Prism's URL), stop Prism

Without a command it runs until stopped (Ctrl-C or SIGTERM).
Exit: proxy 1 when it saw a violation, else 0 (or the command's code); 2 could not run.`;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (!value || !allowed.includes(value as T)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}${value ? `; got "${value}".${didYouMean(value, allowed)}` : '.'}`);
  }
  return value as T;
}

/** A path as the user would type it: relative to where they are, unless it lies elsewhere. */
const shown = (path: string) => {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
};

/** `pact verify`, normalised: the verification and where its JUnit report goes, if anywhere. */
export interface PactRun {
  readonly verify: VerifyOptions;
  readonly junit: string | undefined;
}

export function pactOptions(args: readonly string[]): PactRun {
  const [sub, ...rest] = args;
  if (sub !== 'verify') throw new UsageError(`the pact command has one subcommand, verify; got ${sub ? `"${sub}"` : 'none'}.`);
  const flags = parseFlags(rest, {
    api: { type: 'string' },
    target: { type: 'string' },
    'states-url': { type: 'string' },
    reporter: { type: 'string' },
    out: { type: 'string' },
    'no-color': { type: 'boolean' },
  });
  const api = oneOf<PactApi>('api', flags.api, pactApis);
  const target = urlFlag('target', flags.target);
  if (!target) throw new UsageError('--target URL is required: the base URL of the implementation to verify.');
  if (flags.reporter !== undefined) oneOf('reporter', flags.reporter, ['junit']);
  if (flags.out !== undefined && flags.reporter === undefined) throw new UsageError('--out names the JUnit report: give --reporter junit with it.');
  if (flags.out === '') throw new UsageError('--out must name a file.');
  return {
    verify: { api, target, statesUrl: urlFlag('states-url', flags['states-url']) ?? new URL(target).origin, color: colorEnabled(flags, process.stdout) },
    junit: flags.reporter === 'junit' ? (flags.out ?? join('slotcheck-report', `pact-${api}-junit.xml`)) : undefined,
  };
}

/** `prism`, normalised: how to start Prism, whether to colour, and the command to wrap. */
export interface PrismRun {
  readonly prism: PrismOptions;
  readonly color: boolean;
  readonly command: readonly string[] | undefined;
}

export function prismOptions(args: readonly string[]): PrismRun {
  const { own, command } = splitAtDoubleDash(args);
  const [mode, ...rest] = own;
  if (mode !== 'mock' && mode !== 'proxy') throw new UsageError(`prism takes mock or proxy; got ${mode ? `"${mode}"` : 'none'}.`);
  const flags = parseFlags(rest, {
    api: { type: 'string' },
    target: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    dynamic: { type: 'boolean' },
    seed: { type: 'string' },
    'no-color': { type: 'boolean' },
  });
  const api = oneOf<SpecName>('api', flags.api, specNames);
  const common = { api, host: flags.host ?? '127.0.0.1', port: intFlag('port', flags.port, { min: 0, max: 65535 }) ?? 4011 };
  const run = { color: colorEnabled(flags, process.stdout), command };
  if (mode === 'mock') {
    if (flags.target !== undefined) throw new UsageError('--target belongs to prism proxy; prism mock answers from the spec alone.');
    return { ...run, prism: { mode, ...common, dynamic: flags.dynamic === true, seed: intFlag('seed', flags.seed, { min: 0, max: 2 ** 31 - 1 }) ?? 1 } };
  }
  if (flags.dynamic !== undefined || flags.seed !== undefined) throw new UsageError('--dynamic and --seed belong to prism mock.');
  const target = urlFlag('target', flags.target);
  if (!target) throw new UsageError('--target URL is required: the implementation the proxy forwards to.');
  return { ...run, prism: { mode, ...common, target } };
}

export const pactCommand: Command = {
  usage: pactUsage,
  async run(args) {
    const { verify, junit } = pactOptions(args);
    const paint = createColors(verify.color);
    try {
      const outcome = await verifyPacts(verify);
      if (junit) writePactJunit(junit, verify.api, outcome);
      if (outcome.passed) console.log(paint.green(`slotcheck pact verify: every interaction of the ${verify.api} pact passed against ${verify.target}.`));
      else console.error(paint.red(`slotcheck pact verify: failed:\n${outcome.reason}`));
      console.log(`Pact: ${shown(outcome.pact)}${junit ? `\nReports: ${shown(junit)}` : ''}`);
      return outcome.passed ? exitCodes.passed : exitCodes.failed;
    } catch (error) {
      if (!(error instanceof ContractsError)) throw error;
      console.error(`slotcheck pact verify: could not run: ${error.message}`);
      return exitCodes.couldNotRun;
    }
  },
};

/** Until SIGINT or SIGTERM: 'stopped'; or until Prism ends by itself: 'died'. */
async function untilStopped(prism: RunningPrism): Promise<'stopped' | 'died'> {
  let stop = () => {};
  const signalled = new Promise<'stopped'>((resolve) => {
    stop = () => resolve('stopped');
    process.once('SIGINT', stop).once('SIGTERM', stop);
  });
  const ended = await Promise.race([signalled, prism.stopped.then(() => 'died' as const)]);
  process.off('SIGINT', stop).off('SIGTERM', stop);
  return ended;
}

/** Runs the wrapped command against Prism: its exit code, or 'died' when Prism ended first. */
async function wrapped(prism: RunningPrism, command: readonly string[]): Promise<number | 'died'> {
  const died = new AbortController();
  void prism.stopped.then(() => died.abort());
  const code = await runCommand(command, { env: { SLOTCHECK_URL: prism.url }, signal: died.signal });
  return died.signal.aborted ? 'died' : code;
}

export const prismCommand: Command = {
  usage: prismUsage,
  async run(args) {
    const { prism: options, color, command } = prismOptions(args);
    const paint = createColors(color);
    let prism;
    try {
      prism = await startPrism(options);
    } catch (error) {
      if (!(error instanceof ContractsError)) throw error;
      console.error(`slotcheck prism: could not run: ${error.message}`);
      return exitCodes.couldNotRun;
    }
    const running = prism;
    running.onViolation((v: PrismViolation) => console.log(`${paint.red('violation')}  ${v.request}  ${paint.bold(v.location || v.side)}  ${v.message}`));
    console.log(`slotcheck prism ${options.mode} listening on ${running.url} (${options.api}${options.mode === 'proxy' ? ` → ${options.target}` : ''})`);
    let ended: number | 'stopped' | 'died';
    try {
      ended = command ? await wrapped(running, command) : await untilStopped(running);
    } finally {
      await running.close();
    }
    if (ended === 'died') {
      console.error('slotcheck prism: Prism stopped on its own.');
      return exitCodes.couldNotRun;
    }
    const seen = running.violations.length;
    const summary = `${seen} violation${seen === 1 ? '' : 's'}`;
    console.log(`slotcheck prism ${options.mode} stopped: ${seen ? paint.red(summary) : paint.green(summary)} (spec ${shown(running.spec)}).`);
    if (options.mode === 'proxy' && seen > 0) return exitCodes.failed;
    return typeof ended === 'number' ? ended : exitCodes.passed;
  },
};
