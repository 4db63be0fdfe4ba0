import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { afterAll } from 'vitest';
import { pactsDir } from '../pacts-dir.ts';

// Test-only: it runs inside vitest. What the `slotcheck` command needs of the pacts is in ../pacts-dir.ts.

// Pact's anonymous telemetry stays off in the consumer tests too, unless the user opted in.
process.env.PACT_DO_NOT_TRACK ??= 'true';

/**
 * A V4 pact for one consumer test file. Pact writes into a private folder while the tests
 * run; after the last test the finished file replaces the checked-in one in one rename, so
 * a verification running in parallel never reads half a pact, and an interaction removed
 * from the test is removed from the file.
 * @example const pact = useConsumerPact('ai-agent', 'altegio')
 */
export function useConsumerPact(consumer: string, provider: string): PactV4 {
  const work = mkdtempSync(join(pactsDir, '.writing-'));
  afterAll(() => {
    const file = `${consumer}-${provider}.json`;
    // Pact writes nothing when an interaction failed; the checked-in pact then stays as it was.
    if (existsSync(join(work, file))) renameSync(join(work, file), join(pactsDir, file));
    rmSync(work, { recursive: true, force: true });
  });
  return new PactV4({ consumer, provider, dir: work, logLevel: 'warn' });
}

/**
 * Suite options that retry a consumer test only when Pact's mock server reports a request it
 * did answer as never received: pact-core records matches on a separate task, and under CPU
 * load its check can run first (pact-foundation/pact-core-mock-server#13). Any other failure
 * fails at once.
 * @example describe('the AI agent → Altegio', mockServerRace, () => { … })
 */
export const mockServerRace = { retry: { count: 2, condition: /expected but not received/ } };
