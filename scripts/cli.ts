import { createRequire } from 'node:module';
import { CouldNotRunError, didYouMean, exitCodes, UsageError, type Command } from '../kit/cli-kit.ts';
import { stopWhenOrphaned } from '../kit/orphan-watch.ts';
import { WrappedCommandError } from '../kit/wrap-command.ts';

/** A command, loaded only when it runs: `mock` never loads Pact, Prism or Playwright. */
interface CommandEntry {
  readonly summary: string;
  load(): Promise<Command>;
}

export const commands: Record<string, CommandEntry> = {
  mock: {
    summary: 'serve the fake Altegio, the reference implementations, the admin API and a dashboard on one port',
    load: async () => (await import('../mock-server/cli.ts')).mockCommand,
  },
  simulate: {
    summary: 'play scripted calls against an implementation and check every step',
    load: async () => (await import('../simulator/cli.ts')).simulateCommand,
  },
  explore: {
    summary: 'random call sequences against an implementation, invariants checked, a failure shrunk to a scenario',
    load: async () => (await import('../simulator/explore/index.ts')).exploreCommand,
  },
  pact: {
    summary: 'verify the checked-in Pact contracts against an implementation',
    load: async () => (await import('../contracts/cli.ts')).pactCommand,
  },
  prism: {
    summary: 'Prism static mock of a spec, or a validation proxy in front of an implementation',
    load: async () => (await import('../contracts/cli.ts')).prismCommand,
  },
  export: {
    summary: "write the suite's calls as an Artillery script, to load a target past one machine",
    load: async () => (await import('../simulator/export/index.ts')).exportCommand,
  },
};

/** The installed package's version, read through the package's own name so it works compiled too. */
const version = () => (createRequire(import.meta.url)('slotcheck/package.json') as { version: string }).version;

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: slotcheck <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    '  --version   the version of slotcheck',
    '  --no-color  no colour (also NO_COLOR=1, or when the output is not a terminal)',
    '',
    'slotcheck <command> --help tells a command\'s options.',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  // --no-color is said once, for every command and the tools they start (Pact, Prism), through NO_COLOR.
  const wrapAt = argv.includes('--') ? argv.indexOf('--') : argv.length;
  if (argv.slice(0, wrapAt).includes('--no-color')) process.env.NO_COLOR = '1';
  const [name, ...rest] = [...argv.slice(0, wrapAt).filter((a) => a !== '--no-color'), ...argv.slice(wrapAt)];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return exitCodes.passed;
  }
  if (name === '--version' || name === '-v') {
    console.log(version());
    return exitCodes.passed;
  }
  const entry = commands[name];
  if (!entry) {
    console.error(`slotcheck: unknown command "${name}".${didYouMean(name, Object.keys(commands))}\n\n${usage()}`);
    return exitCodes.couldNotRun;
  }
  const command = await entry.load();
  stopWhenOrphaned();
  // Everything after `--` is a command to wrap, not this command's help.
  if (argv.slice(1, wrapAt).some((a) => a === '--help' || a === '-h')) {
    console.log(command.usage || entry.summary);
    return exitCodes.passed;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) console.error(`slotcheck ${name}: ${error.message}`);
    else if (error instanceof CouldNotRunError || error instanceof WrappedCommandError) console.error(`slotcheck ${name}: could not run: ${error.message}.`);
    else throw error;
    return exitCodes.couldNotRun;
  }
}
