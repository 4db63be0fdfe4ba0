#!/usr/bin/env node
// The `slotcheck` command. The project runs its TypeScript directly through tsx,
// so a clone works with `npm ci` alone and there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
