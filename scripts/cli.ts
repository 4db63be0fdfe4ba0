import { pactCommand, prismCommand } from '../contracts/index.ts';
import { mockCommand } from '../mock-server/index.ts';
import { simulateCommand } from '../simulator/index.ts';
import { exitCodes, UsageError, type Command } from './cli-kit.ts';

export const commands: Record<string, Command> = {
  mock: mockCommand,
  simulate: simulateCommand,
  pact: pactCommand,
  prism: prismCommand,
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['Usage: slotcheck <command> [options]', '', 'Commands:', ...lines].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return exitCodes.passed;
  }
  const command = commands[name];
  if (!command) {
    console.error(`slotcheck: unknown command "${name}".\n\n${usage()}`);
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
