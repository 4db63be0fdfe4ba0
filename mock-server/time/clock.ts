/** The fake's sense of now; injected everywhere so no test depends on the real date. */
export interface Clock {
  now(): number;
}

/**
 * A clock that runs from a set instant (or the system clock) and can be set again,
 * as `--now` and `PUT /__admin/clock` do.
 * @example const clock = createClock(Date.parse('2026-03-02T08:00:00Z'))
 */
export interface SettableClock extends Clock {
  /** Jumps to an instant; with `frozen` time stands still there. */
  set(instant: number, options?: { frozen?: boolean }): void;
  readonly frozen: boolean;
}

export function createClock(start?: number, options: { frozen?: boolean; system?: () => number } = {}): SettableClock {
  const system = options.system ?? Date.now;
  let base = start ?? system();
  let setAt = system();
  let frozen = options.frozen ?? false;
  return {
    now: () => (frozen ? base : base + (system() - setAt)),
    set(instant, opts = {}) {
      base = instant;
      setAt = system();
      frozen = opts.frozen ?? frozen;
    },
    get frozen() {
      return frozen;
    },
  };
}
