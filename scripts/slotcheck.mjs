#!/usr/bin/env node
// The `slotcheck` command. A clone has the TypeScript sources and runs them through tsx,
// so an edit needs no build; the published package ships only the JavaScript that
// `npm pack` compiled into dist/.
import { existsSync } from 'node:fs';

let cli;
if (existsSync(new URL('cli.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('./cli.ts');
} else {
  cli = await import('../dist/scripts/cli.js');
}
process.exitCode = await cli.main(process.argv.slice(2));
