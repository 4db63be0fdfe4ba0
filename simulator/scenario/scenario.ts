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

/** What the fake Altegio's state must show after the step (with `--altegio`). */
export interface OracleExpectation {
  readonly name: string;
  /** Records matching these fields (values may be templates). */
  readonly records: Readonly<Record<string, unknown>>;
  readonly count: number;
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
  readonly oracle?: readonly OracleExpectation[];
  /** Send copies at once (default: the run's --concurrency): exactly one must win, the rest get the documented conflict. */
  readonly race?: { readonly copies?: number; readonly conflictStatus: number };
  /**
   * Send identical copies at once (one idempotency key; default: the run's --concurrency):
   * at most one creates, every copy answers the same resource (the value at `idPointer`) with a 2xx.
   */
  readonly replay?: { readonly copies?: number; readonly idPointer: string };
  /** Send bad variants of this request (derived from the spec) instead: each must get a 4xx in the API's error shape. */
  readonly badInput?: boolean;
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly steps: readonly Step[];
}
