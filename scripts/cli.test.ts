import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runSlotcheck } from './slotcheck-process.ts';

// The `slotcheck` command's own conventions: its version, and a hint for a typo.
describe('slotcheck', () => {
  it('prints its version with --version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = await runSlotcheck(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each([
    ['mcok', 'Did you mean "mock"?'],
    ['simluate', 'Did you mean "simulate"?'],
  ])('answers the unknown command %s with exit 2 and a suggestion', async (typed, hint) => {
    const run = await runSlotcheck([typed]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`slotcheck: unknown command "${typed}". ${hint}`);
  });

  it('suggests nothing when nothing is near', async () => {
    const run = await runSlotcheck(['deploy']);
    expect(run.stderr.split('\n')[0]).toBe('slotcheck: unknown command "deploy".');
  });
});
