import { openDataFile, readDataFile, type DataFile, type KeyStore } from '../persistence/data-file.ts';
import type { SettableClock } from '../time/clock.ts';
import { demoSnapshot, type DemoDataset } from './demo-data.ts';
import { createDb, type Db, type Snapshot } from './state.ts';

export interface FakeAltegioOptions {
  readonly clock: SettableClock;
  readonly seed: number;
  readonly dataset: DemoDataset;
  /** Keep state in this file across restarts. */
  readonly dataFile?: string;
  /** Told what start-up had to leave out of the data file (a torn last line). */
  readonly onNotice?: (message: string) => void;
}

/**
 * The fake Altegio's world: its state, its clock and where the state is kept.
 * Handlers read `db` at call time, because reset and restore replace it.
 */
export interface FakeAltegio {
  readonly db: Db;
  readonly clock: SettableClock;
  readonly seed: number;
  readonly dataset: DemoDataset;
  /** The reference implementations' idempotency keys, kept in the data file beside the state. */
  readonly keys: KeyStore;
  /** Back to freshly generated data of the current seed and dataset, from the clock's now. */
  reset(): void;
  reseed(seed: number, dataset: DemoDataset): void;
  restore(snapshot: Snapshot): void;
  close(): void;
}

/** @example const fake = createFakeAltegio({ clock: createClock(now, { frozen: true }), seed: 42, dataset: 'demo' }) */
export function createFakeAltegio(options: FakeAltegioOptions): FakeAltegio {
  let seed = options.seed;
  let dataset = options.dataset;
  const generate = () => demoSnapshot({ seed, dataset, now: options.clock.now() });
  const loaded = options.dataFile ? readDataFile(options.dataFile) : undefined;
  if (loaded?.droppedTornLine) options.onNotice?.(`dropped an unfinished last line of ${options.dataFile}`);
  const initial = loaded?.snapshot ?? generate();
  // Expired keys are dropped here, so the rewrite below leaves them out of the file too.
  const saved = (loaded?.keys ?? []).filter((key) => key.expires > options.clock.now());
  const file: DataFile | undefined = options.dataFile ? openDataFile(options.dataFile, { snapshot: initial, keys: saved, ...(loaded && { loaded }) }) : undefined;
  const open = (snapshot: Snapshot) => createDb(snapshot, file ? { onChange: (c) => file.append(c) } : {});
  let db = open(initial);

  const replace = (snapshot: Snapshot) => {
    file?.rewrite(snapshot);
    db = open(snapshot);
  };
  return {
    get db() {
      return db;
    },
    clock: options.clock,
    keys: { saved, save: (key) => file?.appendKey(key) },
    get seed() {
      return seed;
    },
    get dataset() {
      return dataset;
    },
    reset: () => replace(generate()),
    reseed(nextSeed, nextDataset) {
      seed = nextSeed;
      dataset = nextDataset;
      replace(generate());
    },
    restore: replace,
    close: () => file?.close(),
  };
}
