import fc from 'fast-check';
import type { Step } from '../scenario/scenario.ts';
import type { Dialect } from './dialect.ts';
import { choose, maxLiveBookings, pickRange, type Booking, type ExploreModel } from './model.ts';

// What a caller can do next, as fast-check commands: each one is allowed only in a state
// where a voice bot could do it (`check`), and writes its steps with the expectations the
// model derives (`run`). fast-check generates, interleaves and shrinks them; the sequence
// of steps they wrote is then played as one scenario.

/** The scenario a sequence of commands writes. */
export interface Sequence {
  readonly steps: Step[];
  /** Numbers refused attempts and races, whose idempotency keys must differ. */
  attempts: number;
}

type Command = fc.AsyncCommand<ExploreModel, Sequence>;

abstract class Base implements Command {
  constructor(protected readonly dialect: Dialect) {}
  abstract check(model: Readonly<ExploreModel>): boolean;
  abstract write(model: ExploreModel, sequence: Sequence): void;
  abstract toString(): string;
  async run(model: ExploreModel, sequence: Sequence): Promise<void> {
    this.write(model, sequence);
  }
}

/** The newest offers, heard first when none are fresh: booking or moving takes "an offered time". */
function freshList(model: ExploreModel, s: Sequence, dialect: Dialect, caller: number): string {
  if (model.fresh === undefined) s.steps.push(dialect.lookup(caller, model.newList()));
  return model.fresh!;
}

class Lookup extends Base {
  constructor(dialect: Dialect, private readonly caller: number) {
    super(dialect);
  }
  check = () => true;
  write(model: ExploreModel, s: Sequence) {
    s.steps.push(this.dialect.lookup(this.caller, model.newList()));
  }
  toString = () => `lookup(caller ${this.caller + 1})`;
}

/**
 * Books the time a cancellation just freed, when there is one and the caller does not ask to
 * `hear` the offers; else an offer (hearing them first when none are fresh). fast-check shrinks
 * `hear` to false: a shrunk sequence books a freed time rather than look up again.
 */
class Book extends Base {
  constructor(dialect: Dialect, private readonly caller: number, private readonly offer: { index: number; hear: boolean; forOther: number }) {
    super(dialect);
  }
  private client = (model: Readonly<ExploreModel>) => (this.caller + this.offer.forOther) % model.callers;
  check = (model: Readonly<ExploreModel>) => model.held().length < maxLiveBookings && (this.offer.forOther === 0 || model.callers > 1);
  write(model: ExploreModel, s: Sequence) {
    const slot = !this.offer.hear && model.freed ? model.freed : { list: freshList(model, s, this.dialect, this.caller), index: this.offer.index };
    s.steps.push(this.dialect.book(model.book(this.caller, this.client(model), slot)));
  }
  toString = () => `book(caller ${this.caller + 1}, ${this.offer.hear ? '' : 'the freed time or '}offer ${this.offer.index}${this.offer.forOther ? `, for caller +${this.offer.forOther}` : ''})`;
}

class BookTaken extends Base {
  constructor(dialect: Dialect, private readonly caller: number, private readonly pick: number) {
    super(dialect);
  }
  private target = (model: Readonly<ExploreModel>) => choose(model.held().filter((b) => b.client !== this.caller), this.pick);
  check = (model: Readonly<ExploreModel>) => this.target(model) !== undefined;
  write(model: ExploreModel, s: Sequence) {
    s.steps.push(this.dialect.bookTaken(this.caller, this.target(model)!.slot, ++s.attempts));
  }
  toString = () => `bookTaken(caller ${this.caller + 1}, #${this.pick})`;
}

/** A booking still at the time it was booked: the same request again is a retry. */
const unmoved = (model: Readonly<ExploreModel>) => model.live().filter((b) => b.slot === b.bookedAt);

class Retry extends Base {
  constructor(dialect: Dialect, private readonly pick: number) {
    super(dialect);
  }
  check = (model: Readonly<ExploreModel>) => unmoved(model).length > 0;
  write(model: ExploreModel, s: Sequence) {
    s.steps.push(this.dialect.retry(choose(unmoved(model), this.pick)!));
  }
  toString = () => `retry(#${this.pick})`;
}

class Race extends Base {
  constructor(dialect: Dialect, private readonly index: number, private readonly copies: number) {
    super(dialect);
  }
  check = (model: Readonly<ExploreModel>) => model.held().length < maxLiveBookings;
  write(model: ExploreModel, s: Sequence) {
    const won = model.book(-1, -1, { list: freshList(model, s, this.dialect, 0), index: this.index });
    s.steps.push(this.dialect.race(won.slot, this.copies, ++s.attempts));
  }
  toString = () => `race(offer ${this.index})`;
}

class Find extends Base {
  constructor(dialect: Dialect, private readonly caller: number) {
    super(dialect);
  }
  check = (model: Readonly<ExploreModel>) => model.isKnown(this.caller);
  write(model: ExploreModel, s: Sequence) {
    const theirs = (b: Booking) => b.client === this.caller || b.booker === this.caller;
    s.attempts += 1;
    s.steps.push(...this.dialect.find!(this.caller, { live: model.live().filter(theirs), gone: model.cancelled().filter(theirs), user: `user${s.attempts}` }));
  }
  toString = () => `find(caller ${this.caller + 1})`;
}

class Modify extends Base {
  constructor(dialect: Dialect, private readonly pick: number, private readonly index: number) {
    super(dialect);
  }
  check = (model: Readonly<ExploreModel>) => model.live().length > 0;
  write(model: ExploreModel, s: Sequence) {
    const booking = choose(model.live(), this.pick)!;
    booking.slot = { list: freshList(model, s, this.dialect, booking.booker), index: this.index };
    model.written();
    s.steps.push(this.dialect.modify!(booking, booking.slot));
  }
  toString = () => `modify(#${this.pick}, offer ${this.index})`;
}

class ModifyTaken extends Base {
  constructor(dialect: Dialect, private readonly pick: number, private readonly other: number) {
    super(dialect);
  }
  private pair(model: Readonly<ExploreModel>): [Booking, Booking] | undefined {
    const booking = choose(model.live(), this.pick);
    const holder = booking && choose(model.held().filter((b) => b !== booking), this.other);
    return booking && holder ? [booking, holder] : undefined;
  }
  check = (model: Readonly<ExploreModel>) => this.pair(model) !== undefined;
  write(model: ExploreModel, s: Sequence) {
    const [booking, holder] = this.pair(model)!;
    s.steps.push(this.dialect.modifyTaken!(booking, holder.slot));
  }
  toString = () => `modifyTaken(#${this.pick}, onto #${this.other})`;
}

class Cancel extends Base {
  constructor(dialect: Dialect, private readonly pick: number) {
    super(dialect);
  }
  check = (model: Readonly<ExploreModel>) => model.live().length > 0;
  write(model: ExploreModel, s: Sequence) {
    const booking = choose(model.live(), this.pick)!;
    booking.live = false;
    model.freed = booking.slot;
    s.steps.push(this.dialect.cancel!(booking));
  }
  toString = () => `cancel(#${this.pick})`;
}

class CancelAgain extends Base {
  constructor(dialect: Dialect, private readonly pick: number) {
    super(dialect);
  }
  check = (model: Readonly<ExploreModel>) => model.cancelled().length > 0;
  write(model: ExploreModel, s: Sequence) {
    s.steps.push(this.dialect.cancelAgain!(choose(model.cancelled(), this.pick)!));
  }
  toString = () => `cancelAgain(#${this.pick})`;
}

/**
 * Every command the dialect can speak over `callers` callers, weighted: bookings most, as most
 * others need one, and the follow-ups where state goes wrong (retries, cancellations) next.
 */
export function commandArbitrary(dialect: Dialect, callers: number): fc.Arbitrary<Command> {
  const caller = fc.nat({ max: callers - 1 });
  const offer = fc.nat({ max: pickRange - 1 });
  const pick = fc.nat({ max: maxLiveBookings - 1 });
  const can = (ability: Parameters<Dialect['abilities']['has']>[0]) => dialect.abilities.has(ability);
  const weighted = (weight: number, arbitrary: fc.Arbitrary<Command>) => ({ weight, arbitrary });
  return fc.oneof(
    weighted(1, caller.map((c) => new Lookup(dialect, c))),
    weighted(4, fc.tuple(caller, offer, fc.boolean()).map(([c, index, hear]) => new Book(dialect, c, { index, hear, forOther: 0 }))),
    weighted(2, fc.tuple(caller, pick).map(([c, p]) => new BookTaken(dialect, c, p))),
    weighted(2, pick.map((p) => new Retry(dialect, p))),
    weighted(1, offer.map((i) => new Race(dialect, i, Math.max(2, callers)))),
    ...(can('forOther') ? [weighted(1, fc.tuple(caller, offer, fc.boolean(), fc.integer({ min: 1, max: Math.max(1, callers - 1) })).map(([c, index, hear, forOther]) => new Book(dialect, c, { index, hear, forOther })))] : []),
    ...(can('find') ? [weighted(2, caller.map((c) => new Find(dialect, c)))] : []),
    ...(can('modify') ? [weighted(2, fc.tuple(pick, offer).map(([p, i]) => new Modify(dialect, p, i))), weighted(2, fc.tuple(pick, pick).map(([p, o]) => new ModifyTaken(dialect, p, o)))] : []),
    ...(can('cancel') ? [weighted(3, pick.map((p) => new Cancel(dialect, p))), weighted(3, pick.map((p) => new CancelAgain(dialect, p)))] : []),
  );
}
