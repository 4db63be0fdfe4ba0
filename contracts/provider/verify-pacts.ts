import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContractsError } from '../errors.ts';
import { pactsDir } from '../pacts-dir.ts';
import { runInWorker } from './verifier-process.ts';

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
  /** Keep the colour of Pact's report (default false: plain text). */
  readonly color?: boolean;
  /** Where Pact's own report and log go (default this process's stdout). */
  readonly output?: NodeJS.WritableStream;
}

/** One way an answer differed from the pact. */
export interface Mismatch {
  readonly message: string;
  readonly expected?: unknown;
  readonly given?: unknown;
}

export type InteractionResult =
  | { readonly state: 'passed'; readonly description: string; readonly durationMs: number }
  | { readonly state: 'failed'; readonly description: string; readonly durationMs: number; readonly mismatches: readonly Mismatch[] };

export type VerifyOutcome =
  | { readonly passed: true; readonly pact: string; readonly interactions: readonly InteractionResult[] }
  | { readonly passed: false; readonly pact: string; readonly interactions: readonly InteractionResult[]; readonly reason: string };

// Pact's JSON report, as far as it is read here.
interface PactReport {
  readonly errors?: readonly {
    readonly interaction: string;
    readonly mismatch?: { readonly message?: string; readonly mismatches?: readonly { mismatch: string; expected?: unknown; actual?: unknown }[] };
  }[];
  readonly interactionResults?: readonly { readonly description: string; readonly duration?: string; readonly result: string }[];
}

/**
 * Replays the checked-in pact of an API against an implementation, with each interaction's
 * provider state set first. A mismatch is an outcome; a target or admin API that does not
 * answer, or a missing pact, is a ContractsError (the run could not happen). Pact runs in a
 * worker process, with its anonymous telemetry off unless PACT_DO_NOT_TRACK says otherwise.
 * @example await verifyPacts({ api: 'altegio', target: 'http://127.0.0.1:4010/api/v1', statesUrl: 'http://127.0.0.1:4010' })
 */
export async function verifyPacts(options: VerifyOptions): Promise<VerifyOutcome> {
  const pact = join(pactsDir, pactFiles[options.api]);
  if (!existsSync(pact)) throw new ContractsError('CONTRACTS_PACT_MISSING', `There is no pact for --api ${options.api} yet (${pact}).`);
  await reachable(options.target, 'the target');
  await reachable(`${options.statesUrl}/__admin/clock`, "the provider states' admin API");
  const request = { provider: options.api, pact, target: options.target, statesUrl: options.statesUrl };
  const answer = await runInWorker(request, { output: options.output ?? process.stdout, color: options.color === true });
  if ('crashed' in answer) return { passed: false, pact, interactions: [], reason: answer.crashed };
  return outcome(pact, JSON.parse(answer.report) as PactReport);
}

const units: Record<string, number> = { ns: 1e-6, µs: 1e-3, us: 1e-3, ms: 1, s: 1000, m: 60_000 };

/** `1s 20ms` → 1020. */
function milliseconds(duration: string | undefined): number {
  let total = 0;
  for (const [, n, unit] of (duration ?? '').matchAll(/(\d+(?:\.\d+)?)\s*(ns|µs|us|ms|s|m)\b/g)) total += Number(n) * units[unit!]!;
  return total;
}

function outcome(pact: string, report: PactReport): VerifyOutcome {
  const errors = report.errors ?? [];
  const errorOf = (description: string) => errors.find((e) => e.interaction === description || e.interaction.endsWith(` - ${description}`));
  const interactions = (report.interactionResults ?? []).map((r): InteractionResult => {
    const base = { description: r.description, durationMs: milliseconds(r.duration) };
    const error = errorOf(r.description);
    if (r.result === 'OK' && !error) return { state: 'passed', ...base };
    const listed = error?.mismatch?.mismatches ?? [];
    const mismatches = listed.length
      ? listed.map((m) => ({ message: m.mismatch, expected: m.expected, given: m.actual }))
      : [{ message: error?.mismatch?.message ?? `Pact reported ${r.result}` }];
    return { state: 'failed', ...base, mismatches };
  });
  if (errors.length === 0 && interactions.every((i) => i.state === 'passed')) return { passed: true, pact, interactions };
  // One line per broken interaction is what a person reads (Pact's full report is above it).
  const reason = errors.map((e) => `${e.interaction}: ${(e.mismatch?.mismatches ?? []).map((m) => m.mismatch).join('; ') || e.mismatch?.message || 'failed'}`).join('\n');
  return { passed: false, pact, interactions, reason: reason || 'Pact reported a failed interaction.' };
}

async function reachable(url: string, what: string): Promise<void> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    const why = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new ContractsError('CONTRACTS_TARGET_UNREACHABLE', `${what} ${url} is unreachable (${why}).`, { cause: error });
  }
}
