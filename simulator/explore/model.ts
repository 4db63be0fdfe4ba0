// What the explorer believes the target holds, symbolically: the answers it will get are
// unknown until the sequence runs, so a slot is "the i-th of the list a lookup captured"
// and a booking is the names its answer and its Altegio record are captured under. Every
// step the explorer writes is an expectation derived from this model; the run checks it.

/** The `index`-th offer of the list captured as `list` (`{{list.index.…}}` in a template). */
export interface SlotRef {
  readonly list: string;
  readonly index: number;
}

export interface Booking {
  /** Its number in the sequence: names its captures (`booking3`, `record3`) and its idempotency key. */
  readonly n: number;
  /** The caller who booked it; -1 for the winner of a race (unknown until the run). */
  readonly booker: number;
  /** Whose booking it is (the booker, unless they booked for someone else). */
  readonly client: number;
  /** The offer it was booked at (its request's time, which a retry repeats). */
  readonly bookedAt: SlotRef;
  /** Where it is now. */
  slot: SlotRef;
  live: boolean;
}

/** How many live bookings a sequence holds at most: every lookup must still offer enough free times. */
export const maxLiveBookings = 6;
/** Offers are picked among the first few of a list, so a shrunk step keeps its meaning. */
export const pickRange = 4;

export class ExploreModel {
  readonly bookings: Booking[] = [];
  /** The newest list, while no booking or move since could have taken one of its times. */
  fresh: string | undefined;
  /** The time a cancellation just released, while no booking or move since could have taken it. */
  freed: SlotRef | undefined;
  private lists = 0;

  constructor(readonly callers: number) {}

  newList(): string {
    this.lists += 1;
    this.fresh = `slots${this.lists}`;
    return this.fresh;
  }

  /** A booking of an offer of the fresh list, or of the time just released. */
  book(booker: number, client: number, slot: SlotRef): Booking {
    const booking: Booking = { n: this.bookings.length + 1, booker, client, bookedAt: slot, slot, live: true };
    this.bookings.push(booking);
    this.written();
    return booking;
  }

  /** A booking or a move may have taken any time this model knew to be free. */
  written(): void {
    this.fresh = undefined;
    this.freed = undefined;
  }

  /** Bookings a caller made that are still live (a race's winner belongs to no one). */
  live(): Booking[] {
    return this.bookings.filter((b) => b.live && b.booker >= 0);
  }

  /** Every live booking, the race winners' too: each holds its time. */
  held(): Booking[] {
    return this.bookings.filter((b) => b.live);
  }

  cancelled(): Booking[] {
    return this.bookings.filter((b) => !b.live && b.booker >= 0);
  }

  /** Who has been a client: findExistingUser must find them. */
  isKnown(caller: number): boolean {
    return this.bookings.some((b) => b.client === caller);
  }
}

/** Picks one of a list by a generated number, stable while the list is the same. */
export const choose = <T>(list: readonly T[], pick: number): T | undefined => (list.length === 0 ? undefined : list[pick % list.length]);
