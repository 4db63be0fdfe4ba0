import { exitCodes, intFlag, parseFlags, UsageError, type Command } from '../kit/cli-kit.ts';
import { specNames, type SpecName } from '../specs/index.ts';
import { ContractsError } from './errors.ts';
import { startPrism, type PrismOptions, type PrismViolation } from './prism/prism.ts';
import { pactApis, verifyPacts, type PactApi, type VerifyOptions } from './provider/verify-pacts.ts';

const pactUsage = `Usage: slotcheck pact verify --api ${pactApis.join('|')} --target URL [--states-url URL]

Replays the checked-in pact of an API (contracts/pacts/) against an implementation.
  --target URL      the implementation's base URL (e.g. http://127.0.0.1:4010/api/v1)
  --states-url URL  the slotcheck mock whose /__admin sets each provider state (default: the
                    target's origin); the implementation must book into that mock's Altegio

Exit: 0 every interaction passed, 1 an interaction failed, 2 could not run.`;

const prismUsage = `Usage: slotcheck prism mock --api ${specNames.join('|')} [--port N] [--host H] [--dynamic] [--seed N]
       slotcheck prism proxy --api NAME --target URL [--port N] [--host H]

mock   serves the spec's examples with Prism (--dynamic: answers generated from the schemas,
       seeded by --seed, default 1, so they repeat)
proxy  forwards to --target and prints every request or answer that breaks the spec
  --port N   default 4011; 0 picks a free port

Runs until stopped (Ctrl-C or SIGTERM). Exit: proxy 1 when it saw a violation, else 0; 2 could not run.`;

function url(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^/]/.test(value) || !URL.canParse(value)) throw new UsageError(`--${name} must be an http(s) URL; got "${value}".`);
  return value.replace(/\/$/, '');
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (!value || !allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}${value ? `; got "${value}"` : ''}.`);
  return value as T;
}

export function pactOptions(args: readonly string[]): VerifyOptions {
  const [sub, ...rest] = args;
  if (sub !== 'verify') throw new UsageError(`the pact command has one subcommand, verify; got ${sub ? `"${sub}"` : 'none'}.`);
  const flags = parseFlags(rest, { api: { type: 'string' }, target: { type: 'string' }, 'states-url': { type: 'string' } });
  const api = oneOf<PactApi>('api', flags.api, pactApis);
  const target = url('target', flags.target);
  if (!target) throw new UsageError('--target URL is required: the base URL of the implementation to verify.');
  return { api, target, statesUrl: url('states-url', flags['states-url']) ?? new URL(target).origin };
}

export function prismOptions(args: readonly string[]): PrismOptions {
  const [mode, ...rest] = args;
  if (mode !== 'mock' && mode !== 'proxy') throw new UsageError(`prism takes mock or proxy; got ${mode ? `"${mode}"` : 'none'}.`);
  const flags = parseFlags(rest, {
    api: { type: 'string' },
    target: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    dynamic: { type: 'boolean' },
    seed: { type: 'string' },
  });
  const api = oneOf<SpecName>('api', flags.api, specNames);
  const common = { api, host: flags.host ?? '127.0.0.1', port: intFlag('port', flags.port, { min: 0, max: 65535 }) ?? 4011 };
  if (mode === 'mock') {
    if (flags.target !== undefined) throw new UsageError('--target belongs to prism proxy; prism mock answers from the spec alone.');
    return { mode, ...common, dynamic: flags.dynamic === true, seed: intFlag('seed', flags.seed, { min: 0, max: 2 ** 31 - 1 }) ?? 1 };
  }
  if (flags.dynamic !== undefined || flags.seed !== undefined) throw new UsageError('--dynamic and --seed belong to prism mock.');
  const target = url('target', flags.target);
  if (!target) throw new UsageError('--target URL is required: the implementation the proxy forwards to.');
  return { mode, ...common, target };
}

export const pactCommand: Command = {
  usage: pactUsage,
  async run(args) {
    const options = pactOptions(args);
    try {
      const outcome = await verifyPacts(options);
      if (outcome.passed) {
        console.log(`slotcheck pact verify: every interaction of the ${options.api} pact passed against ${options.target}.`);
        return exitCodes.passed;
      }
      console.error(`slotcheck pact verify: failed:\n${outcome.reason}`);
      return exitCodes.failed;
    } catch (error) {
      if (!(error instanceof ContractsError)) throw error;
      console.error(`slotcheck pact verify: could not run: ${error.message}`);
      return exitCodes.couldNotRun;
    }
  },
};

const describeViolation = (v: PrismViolation) => `violation  ${v.request}  ${v.location || v.side}  ${v.message}`;

export const prismCommand: Command = {
  usage: prismUsage,
  async run(args) {
    const options = prismOptions(args);
    let prism;
    try {
      prism = await startPrism(options);
    } catch (error) {
      if (!(error instanceof ContractsError)) throw error;
      console.error(`slotcheck prism: could not run: ${error.message}`);
      return exitCodes.couldNotRun;
    }
    prism.onViolation((v) => console.log(describeViolation(v)));
    console.log(`slotcheck prism ${options.mode} listening on ${prism.url} (${options.api}${options.mode === 'proxy' ? ` → ${options.target}` : ''})`);
    const signal = await Promise.race([
      new Promise<string>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      }),
      prism.stopped.then(() => undefined),
    ]);
    await prism.close();
    if (signal === undefined) {
      console.error('slotcheck prism: Prism stopped on its own.');
      return exitCodes.couldNotRun;
    }
    const seen = prism.violations.length;
    console.log(`slotcheck prism ${options.mode} stopped: ${seen} violation${seen === 1 ? '' : 's'}.`);
    return options.mode === 'proxy' && seen > 0 ? exitCodes.failed : exitCodes.passed;
  },
};
