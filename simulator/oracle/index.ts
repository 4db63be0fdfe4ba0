// The fake Altegio as the truth: its state before and after each step (effects), its
// slot engine (offers) and its catalog (content), read over its admin API.
export { checkOffers, type Offer, type OfferTruth } from './availability.ts';
export { contentChecks } from './content.ts';
export { checkEffect, diffStates, type Booked, type RowChange } from './effects.ts';
export { createOracle, NoFreeTimeError, OracleError, type FreeTime, type FreeTimesQuery, type Oracle } from './oracle-client.ts';
export { Truth, type TruthState } from './truth.ts';
