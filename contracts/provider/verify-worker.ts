import { createInterface } from 'node:readline';
import { Verifier, type VerifierOptions } from '@pact-foundation/pact';
import { providerStates } from '../provider-states/provider-states.ts';
import { answerMark, type WorkerAnswer, type WorkerRequest } from './verifier-process.ts';

// The worker verifier-process.ts starts: one request per stdin line, one verification at a
// time; Pact prints its report to stdout, then the answer follows on a line of its own.

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

// Ends when stdin does: when the process that started it ends.
createInterface({ input: process.stdin }).on('line', (line) => {
  void verify(JSON.parse(line) as WorkerRequest).then((answer) => process.stdout.write(`${answerMark}${JSON.stringify(answer)}\n`));
});
