import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { jsonType, rowShapeProblem } from '../admin/snapshot-shape.ts';
import { tableNames, type Change, type Snapshot, type TableName } from '../altegio/state.ts';

// `--data FILE`: JSON Lines, a snapshot first and then one change or idempotency key a
// line. Each line is written and fsynced before the answer it belongs to is acknowledged,
// so a 2xx survives `kill -9` (and a power cut). Keys share the file with the rows so that
// one rewrite drops both (reset, restore) and no crash leaves keys naming lost bookings.
// A torn last line, left by a kill in the middle of a write that was never acknowledged,
// is dropped on load; any other damage refuses the file, naming the line.

/** An answer a reference implementation gave for an idempotency key, kept until `expires`. */
export interface SavedKey {
  /** Whose memory it belongs to ('partner', 'platform-webhook'). */
  readonly memory: string;
  readonly key: string;
  readonly value: unknown;
  /** By the fake's clock, ms since the epoch. */
  readonly expires: number;
}

/** Where key memories keep their keys: the data file with `--data`, nowhere without. */
export interface KeyStore {
  /** The unexpired keys the data file held at start-up. */
  readonly saved: readonly SavedKey[];
  /** Journals a key before its answer is acknowledged; throws if the disk refuses. */
  save(key: SavedKey): void;
}

export interface DataFileContents {
  readonly snapshot: Snapshot;
  /** The last line saved of each key, oldest first. */
  readonly keys: readonly SavedKey[];
  /** A torn last line was left out. */
  readonly droppedTornLine: boolean;
  /** Lines after the snapshot (changes and keys): how far the file has grown since it was last written whole. */
  readonly journalLines: number;
  /** The file ends with a whole line and a newline, so lines can be appended to it as it is. */
  readonly appendable: boolean;
}

export interface DataFile {
  /** Appends one change durably; throws if the disk refuses. */
  append(change: Change): void;
  appendKey(key: SavedKey): void;
  /** Replaces the whole file with a snapshot and the keys still kept (none on reset and restore). */
  rewrite(snapshot: Snapshot, keys?: readonly SavedKey[]): void;
  close(): void;
}

export class DataFileError extends Error {
  readonly code = 'SLOTCHECK_DATA_FILE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataFileError';
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => jsonType(value) === 'object';
const must = (what: string, value: unknown, type: string) => (jsonType(value) === type ? undefined : `${what} must be ${type}, not ${jsonType(value)}`);
const isTable = (name: unknown): name is TableName => tableNames.includes(name as TableName);

// What an append writes first: a last line starting like this and not JSON was cut short.
const lineStarts = ['{"change":', '{"key":'];
const isTorn = (line: string) => line !== '' && lineStarts.some((start) => line.startsWith(start) || start.startsWith(line)) && !parses(line);
const parses = (line: string) => {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
};

/**
 * Reads a data file: its snapshot with every journalled change applied and its keys, or
 * undefined when the file does not exist yet. Throws a DataFileError naming the first damaged line.
 */
export function readDataFile(path: string): DataFileContents | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  // A complete file ends with a newline, so split leaves '' last.
  const droppedTornLine = isTorn(lines.at(-1)!);
  if (droppedTornLine) lines.pop();
  const fail = (index: number, what: string, cause?: unknown) => new DataFileError(`${path} line ${index + 1}: ${what}`, { cause });
  const parse = (index: number) => {
    try {
      return JSON.parse(lines[index]!) as unknown;
    } catch (cause) {
      throw fail(index, 'not JSON', cause);
    }
  };

  const head = parse(0);
  const headProblem = snapshotProblem(head);
  if (headProblem) throw fail(0, headProblem);
  const snapshot = (head as { snapshot: Snapshot }).snapshot;
  const journalLines = lines.slice(1).filter((line) => line.trim() !== '').length;
  const appendable = !droppedTornLine && text.endsWith('\n');
  // A file just written whole is its snapshot: no tables to rebuild (a large file starts faster).
  if (journalLines === 0) return { snapshot, keys: [], droppedTornLine, journalLines, appendable };
  const tables = new Map(tableNames.map((name) => [name, new Map((snapshot.tables[name] as readonly { id: number }[]).map((r) => [r.id, r]))]));
  const keys = new Map<string, SavedKey>();
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    const entry = parse(i);
    if (isObject(entry) && 'key' in entry) {
      const problem = keyProblem(entry.key);
      if (problem) throw fail(i, problem);
      const key = entry.key as SavedKey;
      keys.set(`${key.memory}\n${key.key}`, key);
    } else {
      const problem = changeProblem(entry);
      if (problem) throw fail(i, problem);
      const { change } = entry as { change: Change };
      tables.get(change.table)!.set(change.row.id, change.row);
    }
  }
  return {
    snapshot: { ...snapshot, tables: Object.fromEntries([...tables].map(([name, rows]) => [name, [...rows.values()]])) as unknown as Snapshot['tables'] },
    keys: [...keys.values()],
    droppedTornLine,
    journalLines,
    appendable,
  };
}

function snapshotProblem(head: unknown): string | undefined {
  if (!isObject(head) || !isObject(head.snapshot)) return 'not a slotcheck data file (its first line holds no snapshot)';
  const { format, partnerTokens, tables } = head.snapshot;
  if (format !== 'slotcheck-altegio/1') return `not a slotcheck data file (snapshot.format is ${JSON.stringify(format)}, not "slotcheck-altegio/1")`;
  const wrongType = must('snapshot.partnerTokens', partnerTokens, 'array') ?? must('snapshot.tables', tables, 'object');
  if (wrongType) return wrongType;
  if ((partnerTokens as unknown[]).some((t) => typeof t !== 'string')) return 'snapshot.partnerTokens must hold strings only';
  const unknown = Object.keys(tables as Json).find((name) => !isTable(name));
  if (unknown !== undefined) return `snapshot.tables.${unknown} is not a table of the fake`;
  for (const table of tableNames) {
    const rows = (tables as Json)[table];
    const problem = must(`snapshot.tables.${table}`, rows, 'array');
    if (problem) return problem;
    for (const [i, row] of (rows as unknown[]).entries()) {
      const rowProblem = rowShapeProblem(table, row);
      if (rowProblem) return `snapshot.tables.${table}[${i}]${rowProblem}`;
    }
  }
  return undefined;
}

function changeProblem(entry: unknown): string | undefined {
  if (!isObject(entry) || !isObject(entry.change)) return 'neither a change nor a key';
  const { table, row } = entry.change;
  if (!isTable(table)) return `change.table ${JSON.stringify(table)} is not a table of the fake`;
  const problem = rowShapeProblem(table, row);
  return problem && `change.row${problem}`;
}

function keyProblem(key: unknown): string | undefined {
  if (!isObject(key)) return must('key', key, 'object');
  if (!('value' in key)) return 'key.value is missing';
  return must('key.memory', key.memory, 'string') ?? must('key.key', key.key, 'string') ?? must('key.expires', key.expires, 'number');
}

/**
 * Opens a data file for appending. It is started afresh from a snapshot and the keys still
 * kept, unless `loaded` (what readDataFile read from it) can be appended to as it is: whole,
 * every key still kept and a journal shorter than the snapshot, so that a large file is not
 * written again on every start.
 */
export function openDataFile(path: string, start: { snapshot: Snapshot; keys: readonly SavedKey[]; loaded?: DataFileContents }): DataFile {
  let fd = -1;
  const appendLine = (entry: unknown) => {
    writeSync(fd, `${JSON.stringify(entry)}\n`);
    fsyncSync(fd);
  };
  const rewrite = (snapshot: Snapshot, keys: readonly SavedKey[] = []) => {
    if (fd >= 0) closeSync(fd);
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, [{ snapshot }, ...keys.map((key) => ({ key }))].map((entry) => `${JSON.stringify(entry)}\n`).join(''));
    syncPath(tmp);
    renameSync(tmp, path);
    // The rename lives in the directory: without this a power cut can bring back the old file.
    syncPath(dirname(path));
    fd = openSync(path, 'a');
  };
  const { loaded } = start;
  const rows = tableNames.reduce((n, name) => n + start.snapshot.tables[name].length, 0);
  const keep = loaded?.appendable && loaded.keys.length === start.keys.length && loaded.journalLines < Math.max(1000, rows);
  if (keep) fd = openSync(path, 'a');
  else rewrite(start.snapshot, start.keys);
  return {
    append: (change) => appendLine({ change }),
    appendKey: (key) => appendLine({ key }),
    rewrite,
    close() {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}

function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
