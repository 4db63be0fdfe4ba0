import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (scripts/ensure-chromium.mjs installs it), or SLOTCHECK_CHROMIUM. */
export const chromiumPath = process.env.SLOTCHECK_CHROMIUM ?? '/usr/bin/chromium';

// Headless, and quiet on a machine with no network: no background fetches, no updates.
const flags = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * A fresh headless Chromium with its own new profile directory, removed on close.
 * @example const browser = await launchChromium(); const page = await browser.newPage()
 */
export async function launchChromium(): Promise<BrowserContext & { dispose(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'slotcheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: flags });
  return Object.assign(context, {
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  });
}
