import type { KeyStore } from '../persistence/data-file.ts';
import type { Clock } from '../time/clock.ts';

// Idempotency on both sides of the relay needs the same two things: tasks with one key
// run one after the other (so concurrent retries see each other's result), and what a
// key produced is remembered for at least a day, across restarts when a store keeps it.

export const keyLifetimeMs = 24 * 60 * 60 * 1000;

export interface KeyMemory<T> {
  /** Runs the task once every earlier task with this key has settled. */
  serialize<R>(key: string, task: () => Promise<R>): Promise<R>;
  recall(key: string): T | undefined;
  /** Remembers durably when kept in a store: throws, before remembering, if the store refuses. */
  remember(key: string, value: T): void;
  /** Forgets every key (the admin reset: the bookings they named are gone too). */
  forget(): void;
}

/** Where a memory keeps its keys, under a name of its own. */
export interface KeptIn {
  readonly name: string;
  readonly store: KeyStore;
}

/** @example const memory = createKeyMemory<Booking>(clock, { name: 'platform-webhook', store: ref.keys }); await memory.serialize(key, async () => memory.recall(key) ?? book()) */
export function createKeyMemory<T>(clock: Clock, keptIn?: KeptIn): KeyMemory<T> {
  const tails = new Map<string, Promise<unknown>>();
  const values = new Map<string, { readonly value: T; readonly expires: number }>();
  // The store lists keys in the order of their first use, so insertion order stays age order.
  for (const saved of keptIn?.store.saved ?? []) {
    if (saved.memory === keptIn!.name) values.set(saved.key, { value: saved.value as T, expires: saved.expires });
  }

  // Insertion order is age order, so the sweep stops at the first entry young enough.
  const forgetExpired = () => {
    const now = clock.now();
    for (const [key, entry] of values) {
      if (entry.expires > now) break;
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
      const expires = values.get(key)?.expires ?? clock.now() + keyLifetimeMs;
      keptIn?.store.save({ memory: keptIn.name, key, value, expires });
      values.set(key, { value, expires });
    },
  };
}
