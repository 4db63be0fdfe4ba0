// A scenario is data: the steps of one scripted call, what each step captures from its
// answer for the next ones, and what must hold. Built-in suites write it in TypeScript,
// users in YAML; both come through `checkScenario`, so both are held to the same shape.

/** Values a scenario carries between steps: options, captures, seeded picks. */
export type Vars = Readonly<Record<string, unknown>>;

/** A request with `{{name}}` placeholders; a string that is exactly `{{name}}` takes the value itself (a number stays a number). */
export interface RequestTemplate {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** The body's exact text, placeholders filled in (JSON spelled another way, or not JSON); wins over `body`. */
  readonly rawBody?: string;
}

/**
 * Where a capture reads: a JSON pointer into the answer's body (`/data/0/id`); with
 * `pick`, one element of the array there, chosen by the run's seed (with `where`, among
 * the elements whose fields equal the given values).
 */
export type CaptureSource =
  | string
  | { readonly pick: string; readonly where?: Readonly<Record<string, unknown>> }
  /** The calendar date (`YYYY-MM-DD`) of the date-time at a pointer. */
  | { readonly date: string }
  /** An instant (a template over earlier captures, `{{slot.start_at}}`) written with another offset (`Z`, `+05:30`): the same time, spelled as another client would. */
  | { readonly instant: string; readonly offset: string }
  /**
   * Slots grouped by day (`[{date, slots: ["9:00 AM", …]}]`) at a pointer, read in a
   * time zone, as a list of `{date, time, datetime}` (datetime: an ISO instant); with
   * `pick`, one of them, chosen by the run's seed.
   */
  | { readonly daySlots: string; readonly timeZone: string; readonly pick?: boolean };

/**
 * A `where` value: equal to it, or for `{length: n}` an array of that length.
 * @example { where: { bookable: true } }, { where: { products: { length: 1 } } }
 */
export type WhereValue = unknown;

/** A flow assertion over the answer (or a captured value): `that` is a pointer, `*` maps over an array. */
export type Assertion = {
  /** Stable check name, e.g. `flow.booked-slot-not-offered`. */
  readonly name: string;
  readonly that: string;
  /** Read `that` in this captured value instead of the answer's body. */
  readonly of?: string;
} & (
  | { readonly equals: unknown }
  | { readonly contains: unknown }
  | { readonly notContains: unknown }
  /** Every element equals this. */
  | { readonly every: unknown }
  | { readonly length: number }
  | { readonly minLength: number }
  | { readonly maxLength: number }
  /** The same instant as this date-time, whatever the offset it is written with. */
  | { readonly sameInstant: string }
  /** Every date-time there is written with the offset this IANA zone has at that instant. */
  | { readonly inZone: string }
);

/** A location's staff member or service: by its Altegio id, or by name (how an implementation's own ids are tied to Altegio's). */
export type RefTemplate = { readonly id: unknown } | { readonly name: string };

/** How an answer lists the times it offers. */
export type OfferFormat = 'slots' | 'day-slots' | 'availabilities' | 'book-times';

/** The time span offers must lie in. */
export type OfferWindow =
  /** One day in a zone (default: the location's), from an instant on with `after`. */
  | { readonly date: string; readonly zone?: string; readonly after?: string }
  /** Instants, `to` exclusive. */
  | { readonly from: string; readonly to: string }
  /** From now (or the day of `from`) to the end of the day `daysAhead` days later, in the location's zone. */
  | { readonly daysAhead: unknown; readonly from?: string };

/** The times an answer offers, held against the fake Altegio's free times (with `--altegio`). */
export interface OffersExpectation {
  readonly read: OfferFormat;
  /** Pointer to the offers in the answer. */
  readonly at: string;
  /** The Altegio location (company id). */
  readonly location: unknown;
  readonly service: RefTemplate;
  /** The one staff member asked for; absent: any who provides the service. */
  readonly staff?: RefTemplate;
  /** The zone the request asked for: offsets must be this zone's, wall times are read in it (default: the location's). */
  readonly zone?: string;
  readonly window: OfferWindow;
  /** `all`: every free time in the window is offered; `earliest`: exactly the earliest (3 days, 3 times each). */
  readonly complete?: 'all' | 'earliest';
}

/** A booking as the fake Altegio must hold it. */
export interface BookingExpectation {
  readonly start: string;
  readonly location?: unknown;
  readonly staff?: RefTemplate;
  readonly service?: RefTemplate;
  /** Minutes; by default the service's length for the booked staff member. */
  readonly length?: unknown;
  readonly client?: { readonly name?: string; readonly phone?: string; readonly email?: string };
  /** Who booked it for the client, when someone else: a client with this phone may be made or updated too. */
  readonly booker?: { readonly phone: string };
  /** Text the record's comment must contain. */
  readonly notes?: string;
}

/**
 * What a step must change in the fake Altegio, and nothing else (with `--altegio`). A
 * step without one must change nothing. `as` captures the booked record (`id`, `start`,
 * `staffId`) for later steps.
 */
export type EffectExpectation =
  | { readonly create: BookingExpectation; readonly count?: number; readonly as?: string }
  | { readonly move: { readonly record: unknown; readonly to: Omit<BookingExpectation, 'client' | 'notes'> }; readonly as?: string }
  | { readonly cancel: { readonly record: unknown } }
  | { readonly none: true };

/** A content check by name, with its arguments (templates). */
export interface ContentExpectation {
  readonly check: string;
  readonly args?: Readonly<Record<string, unknown>>;
}

export interface Step {
  readonly name: string;
  /** The spec operation (operationId, or the VoiceBot action) the answer is checked against. */
  readonly operation: string;
  readonly request: RequestTemplate;
  /** Expected status(es); by default any 2xx the operation documents. */
  readonly status?: number | readonly number[];
  readonly capture?: Readonly<Record<string, CaptureSource>>;
  readonly assert?: readonly Assertion[];
  /** The times the answer offers, checked against the fake's free times. */
  readonly offers?: OffersExpectation;
  /** What the step must change in the fake Altegio (default: nothing). */
  readonly effect?: EffectExpectation;
  /** Named checks of the answer against what the fake Altegio holds (see oracle/content.ts). */
  readonly content?: readonly ContentExpectation[];
  /** After a successful step: the request that undoes it, sent when the run closes (a run leaves no trace). */
  readonly undo?: RequestTemplate;
  /** Send copies at once (default: the run's --concurrency): exactly one must win, the rest get the documented conflict. */
  readonly race?: { readonly copies?: number; readonly conflictStatus: number };
  /**
   * Send identical copies at once (one idempotency key; default: the run's --concurrency):
   * at most one creates, every copy answers the same resource (the value at `idPointer`) with a 2xx.
   */
  readonly replay?: { readonly copies?: number; readonly idPointer: string };
  /** Send bad variants of this request (derived from the spec) instead: each must get a 4xx in the API's error shape. */
  readonly badInput?: boolean;
  /** How the step signs, when the API signs its requests (default: validly, at the run's clock). */
  readonly sign?: StepSigning;
}

/**
 * A step's signature: `false` sends none (the request's own headers may carry one as is, a
 * malformed one); `skewSeconds` moves `t` off the run's clock (stale, from the future);
 * `secret` signs with another key; `replayOf` sends the very signature headers the named
 * earlier step of the scenario sent with its first request (with the same request: a replay;
 * with another body: a signature that does not sign it).
 */
export type StepSigning = false | { readonly skewSeconds?: number; readonly secret?: string } | { readonly replayOf: string };

export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly steps: readonly Step[];
}
