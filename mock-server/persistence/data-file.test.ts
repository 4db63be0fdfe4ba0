import { appendFileSync, fsyncSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { demoSnapshot } from '../altegio/demo-data.ts';
import { createDb } from '../altegio/state.ts';
import { DataFileError, openDataFile, readDataFile, type SavedKey } from './data-file.ts';

// Spies that still do the work: the directory fsync after a rename is seen only here.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, fsyncSync: vi.fn(fs.fsyncSync), openSync: vi.fn(fs.openSync) };
});

const now = Date.parse('2026-03-01T12:00:00Z');
const fresh = () => join(mkdtempSync(join(tmpdir(), 'slotcheck-data-')), 'state.jsonl');
const empty = () => demoSnapshot({ seed: 1, now, dataset: 'empty' });
const start = (snapshot = empty()) => ({ snapshot, keys: [] });
const snapshotLine = (change: (tables: Record<string, unknown>) => void = () => {}) => {
  const snapshot = empty();
  const tables: Record<string, unknown> = { ...snapshot.tables };
  change(tables);
  return JSON.stringify({ snapshot: { ...snapshot, tables } });
};
const client = { ...demoSnapshot({ seed: 1, now }).tables.clients[0]!, id: 9001 };
const key = (k: string, value: unknown): SavedKey => ({ memory: 'partner', key: k, value, expires: now + 1000 });

describe('data file', () => {
  it('reads back the snapshot with every appended change', () => {
    const path = fresh();
    const file = openDataFile(path, start());
    const db = createDb(readDataFile(path)!.snapshot, { onChange: (c) => file.append(c) });
    const renamed = { ...[...db.tables.staff.values()][0]!, name: 'Renamed Therapist' };
    db.put({ table: 'staff', row: renamed });
    file.close();
    const loaded = createDb(readDataFile(path)!.snapshot);
    expect(loaded.tables.staff.get(renamed.id)!.name).toBe('Renamed Therapist');
    expect(loaded.snapshot()).toEqual(db.snapshot());
  });

  it('drops a torn last line (a write killed before it was acknowledged) and says so', () => {
    const path = fresh();
    openDataFile(path, start()).close();
    appendFileSync(path, '{"change":{"table":"clients","row":{"id":');
    expect(readDataFile(path)).toMatchObject({ droppedTornLine: true, snapshot: { tables: { clients: [] } } });
    expect(readDataFile(fresh())).toBeUndefined();
    openDataFile(path, start()).close();
    expect(readDataFile(path)!.droppedTornLine).toBe(false);
  });

  it('keeps a last line that is whole but for its newline', () => {
    const path = fresh();
    openDataFile(path, start()).close();
    appendFileSync(path, JSON.stringify({ change: { table: 'clients', row: client } }));
    expect(readDataFile(path)).toMatchObject({ droppedTornLine: false, snapshot: { tables: { clients: [client] } } });
  });

  const damaged: [string, string[], string][] = [
    ['a first line that is not JSON', ['not json', '{"change":{}}'], 'line 1: not JSON'],
    ['a first line without a snapshot', ['{"hello":1}'], 'line 1: not a slotcheck data file (its first line holds no snapshot)'],
    ['a snapshot of another format', [JSON.stringify({ snapshot: { ...empty(), format: 'x/2' } })], 'line 1: not a slotcheck data file (snapshot.format is "x/2", not "slotcheck-altegio/1")'],
    ['a snapshot without tables', [JSON.stringify({ snapshot: { ...empty(), tables: undefined } })], 'line 1: snapshot.tables must be object, not undefined'],
    ['a snapshot without partner tokens', [JSON.stringify({ snapshot: { ...empty(), partnerTokens: 'x' } })], 'line 1: snapshot.partnerTokens must be array, not string'],
    ['a snapshot table named __proto__', [snapshotLine().replace('"tables":{', '"tables":{"__proto__":[],')], 'line 1: snapshot.tables.__proto__ is not a table of the fake'],
    ['a snapshot table named constructor', [snapshotLine((t) => Object.assign(t, { constructor: [] }))], 'line 1: snapshot.tables.constructor is not a table of the fake'],
    ['a snapshot table missing', [snapshotLine((t) => delete t.records)], 'line 1: snapshot.tables.records must be array, not undefined'],
    ['a snapshot table that is no list', [snapshotLine((t) => (t.clients = {}))], 'line 1: snapshot.tables.clients must be array, not object'],
    ['a snapshot row of the wrong shape', [snapshotLine((t) => (t.clients = [{ ...client, phone: 7 }]))], 'line 1: snapshot.tables.clients[0].phone must be string, not number'],
    ['a garbage last line', [snapshotLine(), 'not json', ''], 'line 2: not JSON'],
    ['an unfinished last line that no append starts with', [snapshotLine(), 'garbage'], 'line 2: not JSON'],
    ['a line that is neither a change nor a key', [snapshotLine(), '{"x":1}', ''], 'line 2: neither a change nor a key'],
    ['a change with a null row', [snapshotLine(), '{"change":{"table":"clients","row":null}}', ''], 'line 2: change.row must be object, not null'],
    ['a change of a row of the wrong shape', [snapshotLine(), '', JSON.stringify({ change: { table: 'clients', row: { ...client, phone: 7 } } }), ''], 'line 3: change.row.phone must be string, not number'],
    ['a change without an id', [snapshotLine(), JSON.stringify({ change: { table: 'clients', row: { ...client, id: undefined } } }), ''], 'line 2: change.row.id must be number, and is missing'],
    ['a change to an unknown table', [snapshotLine(), JSON.stringify({ change: { table: 'bookings', row: client } }), ''], 'line 2: change.table "bookings" is not a table of the fake'],
    ...['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((table): [string, string[], string] => [
      `a change to the built-in ${table}`,
      [snapshotLine(), JSON.stringify({ change: { table, row: client } }), ''],
      `line 2: change.table "${table}" is not a table of the fake`,
    ]),
    ['a key of the wrong shape', [snapshotLine(), JSON.stringify({ key: { ...key('k', 1), expires: 'soon' } }), ''], 'line 2: key.expires must be number, not string'],
    ['a key without a value', [snapshotLine(), JSON.stringify({ key: { ...key('k', 1), value: undefined } }), ''], 'line 2: key.value is missing'],
  ];
  it.each(damaged)('refuses %s, naming the file and the line', (_name, lines, message) => {
    const path = fresh();
    writeFileSync(path, lines.join('\n'));
    expect(() => readDataFile(path)).toThrow(DataFileError);
    expect(() => readDataFile(path)).toThrow(expect.objectContaining({ code: 'SLOTCHECK_DATA_FILE', message: `${path} ${message}` }));
  });

  it('keeps keys beside the rows: the last line of each, until a rewrite drops them all', () => {
    const path = fresh();
    const file = openDataFile(path, { snapshot: empty(), keys: [key('a', 1)] });
    file.appendKey(key('b', 2));
    file.appendKey(key('a', 3));
    file.close();
    expect(readDataFile(path)!.keys).toEqual([key('a', 3), key('b', 2)]);
    const again = openDataFile(path, readDataFile(path)!);
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(3);
    again.rewrite(empty());
    again.close();
    expect(readDataFile(path)!.keys).toEqual([]);
  });

  describe('on start', () => {
    // A rewrite writes JSON.stringify's spelling: a head spelled otherwise shows the file was left as it was.
    const spelledOwnWay = (path: string, journal: string[] = []) =>
      writeFileSync(path, [snapshotLine().replace('{"snapshot":', '{ "snapshot" :'), ...journal, ''].join('\n'));
    const reopen = (path: string, keys = readDataFile(path)!.keys) => {
      const loaded = readDataFile(path)!;
      openDataFile(path, { snapshot: loaded.snapshot, keys, loaded }).close();
      return readFileSync(path, 'utf8');
    };

    it('appends to a whole file with a short journal as it is, without writing it again', () => {
      const path = fresh();
      spelledOwnWay(path, [JSON.stringify({ change: { table: 'clients', row: client } }), JSON.stringify({ key: key('a', 1) })]);
      const before = readFileSync(path, 'utf8');
      expect(reopen(path)).toBe(before);
      const file = openDataFile(path, { ...readDataFile(path)!, loaded: readDataFile(path)! });
      file.append({ table: 'clients', row: { ...client, name: 'Appended' } });
      file.close();
      expect(readFileSync(path, 'utf8').startsWith(before)).toBe(true);
      expect(readDataFile(path)!.snapshot.tables.clients).toEqual([{ ...client, name: 'Appended' }]);
    });

    it('writes the file again when it lost a torn line, a key expired, it lacks its last newline or its journal outgrew the snapshot', () => {
      const rewritten = (path: string, keys?: readonly SavedKey[]) => !reopen(path, keys).startsWith('{ "snapshot" :');
      const torn = fresh();
      spelledOwnWay(torn, ['{"change":{"table":"clients","row":{"id":']);
      writeFileSync(torn, readFileSync(torn, 'utf8').trimEnd());
      expect(rewritten(torn)).toBe(true);
      const expired = fresh();
      spelledOwnWay(expired, [JSON.stringify({ key: key('a', 1) })]);
      expect(rewritten(expired, [])).toBe(true);
      const unended = fresh();
      spelledOwnWay(unended, [JSON.stringify({ change: { table: 'clients', row: client } })]);
      writeFileSync(unended, readFileSync(unended, 'utf8').trimEnd());
      expect(rewritten(unended)).toBe(true);
      const long = fresh();
      spelledOwnWay(long, Array.from({ length: 1000 }, (_, i) => JSON.stringify({ change: { table: 'clients', row: { ...client, name: `N${i}` } } })));
      expect(rewritten(long)).toBe(true);
      expect(readDataFile(long)).toMatchObject({ journalLines: 0, snapshot: { tables: { clients: [{ ...client, name: 'N999' }] } } });
    });
  });

  it('rewrites to a single snapshot line, and fsyncs the directory after the rename', () => {
    const path = fresh();
    vi.mocked(openSync).mockClear();
    const file = openDataFile(path, start());
    file.rewrite(demoSnapshot({ seed: 2, now, dataset: 'empty' }));
    file.close();
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(1);
    const opens = vi.mocked(openSync).mock;
    const dirFds = opens.calls.flatMap(([p], i) => (p === dirname(path) ? [opens.results[i]!.value as number] : []));
    expect(dirFds).toHaveLength(2);
    for (const fd of dirFds) expect(fsyncSync).toHaveBeenCalledWith(fd);
  });
});
