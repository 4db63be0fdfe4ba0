/** Something the contract gates need could not be started or reached: exit 2, not a failed check. */
export class ContractsError extends Error {
  constructor(
    readonly code: 'CONTRACTS_PRISM_START' | 'CONTRACTS_TARGET_UNREACHABLE' | 'CONTRACTS_PACT_MISSING' | 'CONTRACTS_STATE_SETUP' | 'CONTRACTS_VERIFIER',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ContractsError';
  }
}
