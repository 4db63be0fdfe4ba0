#!/usr/bin/env node
// The `slotcheck` command. The published package runs the JavaScript that `npm pack`
// compiled into dist/; a clone has no dist/ and runs its TypeScript through tsx.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/scripts/cli.js', import.meta.url);
let cli;
if (existsSync(compiled)) {
  cli = await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('./cli.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
