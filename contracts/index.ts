// Contract gates besides the simulator: Pact (consumer pacts, provider verification with
// states set through /__admin, agreement with the specs) and Prism (mock and proxy).
export { pactCommand, prismCommand } from './cli.ts';
export { ContractsError } from './errors.ts';
export { startPrism } from './prism/prism.ts';
export type { PrismOptions, PrismViolation, RunningPrism } from './prism/prism.ts';
export { providerStates, pactNow } from './provider-states/provider-states.ts';
export type { StateSetup } from './provider-states/provider-states.ts';
export { pactApis, pactFiles, verifyPacts } from './provider/verify-pacts.ts';
export type { InteractionResult, Mismatch, PactApi, VerifyOptions, VerifyOutcome } from './provider/verify-pacts.ts';
export { pactJunitXml } from './provider/pact-junit.ts';
export { disagreements } from './spec-agreement/spec-agreement.ts';
export type { PactInteraction } from './spec-agreement/spec-agreement.ts';
