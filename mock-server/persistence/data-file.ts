import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import type { Change, Snapshot } from '../altegio/state.ts';

// `--data FILE`: JSON Lines, a snapshot first and then one change a line. Each change
// is written and fsynced before the write it belongs to is acknowledged, so a 2xx
// survives `kill -9` (and a power cut). A torn last line, left by a kill in the middle
// of a write that was never acknowledged, is dropped on load.

export interface DataFile {
  /** Appends one change durably; throws if the disk refuses. */
  append(change: Change): void;
  /** Replaces the whole file with a snapshot (start-up, reset, restore). */
  rewrite(snapshot: Snapshot): void;
  close(): void;
}

export class DataFileError extends Error {
  readonly code = 'SLOTCHECK_DATA_FILE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataFileError';
  }
}

/**
 * Reads a data file: its snapshot with every journalled change applied, or undefined
 * when the file does not exist yet.
 */
export function readDataFile(path: string): Snapshot | undefined {
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const entries: unknown[] = [];
  for (const [i, line] of lines.entries()) {
    try {
      entries.push(JSON.parse(line));
    } catch (cause) {
      if (i === lines.length - 1) break;
      throw new DataFileError(`${path}: line ${i + 1} is not JSON; the file is damaged.`, { cause });
    }
  }
  const [head, ...changes] = entries as [{ snapshot?: Snapshot }, ...{ change: Change }[]];
  if (!head?.snapshot || head.snapshot.format !== 'slotcheck-altegio/1') {
    throw new DataFileError(`${path} is not a slotcheck data file (its first line holds no snapshot).`);
  }
  const tables = Object.fromEntries(
    Object.entries(head.snapshot.tables).map(([name, rows]) => [name, new Map((rows as readonly { id: number }[]).map((r) => [r.id, r]))]),
  ) as Record<string, Map<number, unknown>>;
  for (const { change } of changes) tables[change.table]?.set(change.row.id, change.row);
  return {
    ...head.snapshot,
    tables: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, [...rows.values()]])) as unknown as Snapshot['tables'],
  };
}

/** Opens a data file for appending, starting it afresh from a snapshot. */
export function openDataFile(path: string, snapshot: Snapshot): DataFile {
  let fd = -1;
  const rewrite = (next: Snapshot) => {
    if (fd >= 0) closeSync(fd);
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ snapshot: next })}\n`);
    const tmpFd = openSync(tmp, 'r+');
    fsyncSync(tmpFd);
    closeSync(tmpFd);
    renameSync(tmp, path);
    fd = openSync(path, 'a');
  };
  rewrite(snapshot);
  return {
    append(change) {
      writeSync(fd, `${JSON.stringify({ change })}\n`);
      fsyncSync(fd);
    },
    rewrite,
    close() {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}
