import { Verifier, type VerifierOptions } from '@pact-foundation/pact';
import { providerStates } from '../provider-states/provider-states.ts';

// Runs one provider verification in a process of its own (started by verify-pacts.ts):
// Pact's core writes its report straight to this process's stdout, in colour, whatever
// the terminal, so only a parent reading that stdout can decide what reaches the user.

/** What the parent sends: the pact and where to replay it. */
export interface WorkerRequest {
  readonly provider: string;
  readonly pact: string;
  readonly target: string;
  readonly statesUrl: string;
}

/** What the worker answers: Pact's JSON report, or the message of a run that could not finish. */
export type WorkerAnswer = { readonly report: string } | { readonly crashed: string };

async function verify(request: WorkerRequest): Promise<WorkerAnswer> {
  const states = providerStates(`${request.statesUrl}/__admin`, request.target);
  const verifier = new Verifier({
    provider: request.provider,
    providerBaseUrl: request.target,
    pactUrls: [request.pact],
    // Pact's type for this map also demands the message-pact signature; these are HTTP states.
    stateHandlers: Object.fromEntries(
      Object.entries(states).map(([name, setup]) => [name, { setup: (params?: unknown) => setup((params ?? {}) as Record<string, unknown>) }]),
    ) as VerifierOptions['stateHandlers'],
    logLevel: 'warn',
  });
  try {
    return { report: String(await verifier.verifyProvider()) };
  } catch (error) {
    // A failed verification rejects with the JSON report as its message.
    const message = (error as Error).message;
    return message.startsWith('{') ? { report: message } : { crashed: message };
  }
}

process.once('message', (request: WorkerRequest) => {
  void verify(request).then((answer) => process.send!(answer, () => process.disconnect()));
});
