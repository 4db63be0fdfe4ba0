import type { HttpClient } from '../http-client.ts';
import type { Step, Vars } from '../scenario/scenario.ts';
import type { ApiName } from '../types.ts';
import type { Booking, SlotRef } from './model.ts';

// How one API says each thing a caller can do, as scenario steps with what must hold: the
// same request shapes, captures, offers and effects as its suite, so a shrunk sequence is
// a scenario `slotcheck simulate --scenario` replays with the same checks.

/** What an API can do beyond looking up, booking, retrying and racing. */
export type Ability = 'find' | 'modify' | 'cancel' | 'forOther';

export interface Dialect {
  readonly api: ApiName;
  readonly abilities: ReadonlySet<Ability>;
  /** Offers a caller hears, captured whole as `list`; all free times must be there. */
  lookup(caller: number, list: string): Step;
  /** Books an offered time (for `booking.client`, when someone else); captures the answer and the record. */
  book(booking: Booking): Step;
  /** Books a time another booking holds: refused, nothing changes (`n` numbers the attempt). */
  bookTaken(caller: number, slot: SlotRef, n: number): Step;
  /** The very request of a booking again: the API's answer to a retry (refused, or the same booking), nothing changes. */
  retry(booking: Booking): Step;
  /** `copies` callers book one offered time at once: one wins (`n` numbers the race). */
  race(slot: SlotRef, copies: number, n: number): Step;
  /** Finds a caller and lists their bookings: exactly the live ones. */
  find?(caller: number, bookings: { readonly live: readonly Booking[]; readonly gone: readonly Booking[]; readonly user: string }): Step[];
  modify?(booking: Booking, to: SlotRef): Step;
  /** Moves a booking onto a time another booking holds: refused, nothing changes. */
  modifyTaken?(booking: Booking, to: SlotRef): Step;
  cancel?(booking: Booking): Step;
  /** Cancels a cancelled booking: refused, nothing changes. */
  cancelAgain?(booking: Booking): Step;
}

/** What a dialect is made from: the suite's starting vars, and the target, to learn its own ids. */
export interface DialectContext {
  readonly vars: Vars;
  readonly http: HttpClient;
}

/** Captures of one booking: its answer and its Altegio record. */
export const names = (b: Booking) => ({ answer: `booking${b.n}`, record: `record${b.n}` });
/** `{{slots2.1.start}}`: a field of an offer. */
export const field = (slot: SlotRef, name: string) => `{{${slot.list}.${slot.index}.${name}}}`;
