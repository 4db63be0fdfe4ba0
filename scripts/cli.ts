import { pactCommand, prismCommand } from '../contracts/index.ts';
import { mockCommand } from '../mock-server/index.ts';
import { simulateCommand } from '../simulator/index.ts';
import { readFileSync } from 'node:fs';
import { didYouMean, exitCodes, UsageError, type Command } from '../kit/cli-kit.ts';

export const commands: Record<string, Command> = {
  mock: mockCommand,
  simulate: simulateCommand,
  pact: pactCommand,
  prism: prismCommand,
};

/** The installed package's version, as `npm ls` would name it. */
const version = () => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['Usage: slotcheck <command> [options]', '', 'Commands:', ...lines, '', '  --version  the version of slotcheck'].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return exitCodes.passed;
  }
  if (name === '--version' || name === '-v') {
    console.log(version());
    return exitCodes.passed;
  }
  const command = commands[name];
  if (!command) {
    console.error(`slotcheck: unknown command "${name}".${didYouMean(name, Object.keys(commands))}\n\n${usage()}`);
    return exitCodes.couldNotRun;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage || command.summary);
    return exitCodes.passed;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`slotcheck ${name}: ${error.message}`);
    return exitCodes.couldNotRun;
  }
}
