#!/usr/bin/env node
// Browser tests run in Debian's Chromium (no browser download at install time). Run by
// `npm test` first: installs it when it is missing and we are root, else says what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.SLOTCHECK_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
  const root = process.getuid?.() === 0;
  if (!root) {
    console.error(`Chromium is missing at ${chromiumPath}. Install Debian's package (sudo apt-get install -y chromium) or set SLOTCHECK_CHROMIUM to a Chromium binary, then run npm test again.`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests (apt-get install -y chromium)…');
  const run = (args) => execFileSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update', '-qq']);
  run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
}
