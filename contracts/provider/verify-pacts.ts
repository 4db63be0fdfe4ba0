import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Verifier, type VerifierOptions } from '@pact-foundation/pact';
import { pactsDir } from '../pacts-dir.ts';
import { ContractsError } from '../errors.ts';
import { providerStates } from '../provider-states/provider-states.ts';

/** The pact of each API, by the consumer that wrote it. */
export const pactFiles = {
  altegio: 'ai-agent-altegio.json',
  unified: 'voice-agent-unified.json',
  partner: 'partner-bot-partner.json',
  voicebot: 'voice-bot-voicebot.json',
} as const;

export type PactApi = keyof typeof pactFiles;
export const pactApis = Object.keys(pactFiles) as PactApi[];

export interface VerifyOptions {
  readonly api: PactApi;
  /** The implementation's base URL: `http://127.0.0.1:4010/api/v1`, `…/unified`, … */
  readonly target: string;
  /** The origin of the slotcheck mock whose `/__admin` sets the provider states. */
  readonly statesUrl: string;
}

export type VerifyOutcome = { readonly passed: true } | { readonly passed: false; readonly reason: string };

/**
 * Replays the checked-in pact of an API against an implementation, with each interaction's
 * provider state set first. A mismatch is an outcome; a target or admin API that does not
 * answer, or a missing pact, is a ContractsError (the run could not happen).
 * @example await verifyPacts({ api: 'altegio', target: 'http://127.0.0.1:4010/api/v1', statesUrl: 'http://127.0.0.1:4010' })
 */
export async function verifyPacts(options: VerifyOptions): Promise<VerifyOutcome> {
  const pact = join(pactsDir, pactFiles[options.api]);
  if (!existsSync(pact)) throw new ContractsError('CONTRACTS_PACT_MISSING', `There is no pact for --api ${options.api} yet (${pact}).`);
  await reachable(options.target, 'the target');
  await reachable(`${options.statesUrl}/__admin/clock`, "the provider states' admin API");
  const states = providerStates(`${options.statesUrl}/__admin`, options.target);
  const verifier = new Verifier({
    provider: options.api,
    providerBaseUrl: options.target,
    pactUrls: [pact],
    // Pact's type for this map also demands the message-pact signature; these are HTTP states.
    stateHandlers: Object.fromEntries(
      Object.entries(states).map(([name, setup]) => [name, { setup: (params?: unknown) => setup((params ?? {}) as Record<string, unknown>) }]),
    ) as VerifierOptions['stateHandlers'],
    logLevel: 'warn',
  });
  try {
    await verifier.verifyProvider();
    return { passed: true };
  } catch (error) {
    return { passed: false, reason: describeFailure((error as Error).message) };
  }
}

// The core rejects with its whole report as JSON; one line per broken interaction is what
// a person reads (the full report has already been printed above it).
function describeFailure(message: string): string {
  try {
    const report = JSON.parse(message) as { errors?: { interaction: string; mismatch?: { mismatches?: { mismatch: string }[] } }[] };
    return (report.errors ?? []).map((e) => `${e.interaction}: ${(e.mismatch?.mismatches ?? []).map((m) => m.mismatch).join('; ')}`).join('\n') || message;
  } catch {
    return message;
  }
}

async function reachable(url: string, what: string): Promise<void> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    const why = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new ContractsError('CONTRACTS_TARGET_UNREACHABLE', `${what} ${url} is unreachable (${why}).`, { cause: error });
  }
}
