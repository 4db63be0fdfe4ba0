import type { Clock } from '../time/clock.ts';

// Idempotency on both sides of the relay needs the same two things: tasks with one key
// run one after the other (so concurrent retries see each other's result), and what a
// key produced is remembered for at least a day.

export const keyLifetimeMs = 24 * 60 * 60 * 1000;

export interface KeyMemory<T> {
  /** Runs the task once every earlier task with this key has settled. */
  serialize<R>(key: string, task: () => Promise<R>): Promise<R>;
  recall(key: string): T | undefined;
  remember(key: string, value: T): void;
  /** Forgets every key (the admin reset: the bookings they named are gone too). */
  forget(): void;
}

/** @example const memory = createKeyMemory<Booking>(clock); await memory.serialize(key, async () => memory.recall(key) ?? book()) */
export function createKeyMemory<T>(clock: Clock): KeyMemory<T> {
  const tails = new Map<string, Promise<unknown>>();
  const values = new Map<string, { readonly value: T; readonly at: number }>();

  // Insertion order is age order, so the sweep stops at the first entry young enough.
  const forgetExpired = () => {
    const cutoff = clock.now() - keyLifetimeMs;
    for (const [key, entry] of values) {
      if (entry.at > cutoff) break;
      values.delete(key);
    }
  };

  return {
    serialize(key, task) {
      const run = (tails.get(key) ?? Promise.resolve()).then(task);
      const tail = run.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return run;
    },
    forget() {
      values.clear();
    },
    recall(key) {
      forgetExpired();
      return values.get(key)?.value;
    },
    remember(key, value) {
      const first = values.get(key)?.at ?? clock.now();
      values.set(key, { value, at: first });
    },
  };
}
