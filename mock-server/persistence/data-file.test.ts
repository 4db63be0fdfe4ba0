import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSnapshot } from '../altegio/demo-data.ts';
import { createDb } from '../altegio/state.ts';
import { DataFileError, openDataFile, readDataFile } from './data-file.ts';

const now = Date.parse('2026-03-01T12:00:00Z');
const fresh = () => join(mkdtempSync(join(tmpdir(), 'slotcheck-data-')), 'state.jsonl');

describe('data file', () => {
  it('reads back the snapshot with every appended change', () => {
    const path = fresh();
    const file = openDataFile(path, demoSnapshot({ seed: 1, now, dataset: 'empty' }));
    const db = createDb(readDataFile(path)!, { onChange: (c) => file.append(c) });
    const renamed = { ...[...db.tables.staff.values()][0]!, name: 'Renamed Therapist' };
    db.put({ table: 'staff', row: renamed });
    file.close();
    const loaded = createDb(readDataFile(path)!);
    expect(loaded.tables.staff.get(renamed.id)!.name).toBe('Renamed Therapist');
    expect(loaded.snapshot()).toEqual(db.snapshot());
  });

  it('drops a torn last line (a write killed before it was acknowledged)', () => {
    const path = fresh();
    openDataFile(path, demoSnapshot({ seed: 1, now, dataset: 'empty' })).close();
    appendFileSync(path, '{"change":{"table":"clients","row":{"id":');
    expect(readDataFile(path)!.tables.clients).toEqual([]);
  });

  it('refuses a damaged file instead of starting from nothing', () => {
    const path = fresh();
    writeFileSync(path, 'not json\n{"change":{}}\n');
    expect(() => readDataFile(path)).toThrow(DataFileError);
    writeFileSync(path, '{"hello":1}\n');
    expect(() => readDataFile(path)).toThrow(/not a slotcheck data file/);
  });

  it('is undefined for a file that does not exist yet', () => {
    expect(readDataFile(fresh())).toBeUndefined();
  });

  it('rewrites to a single snapshot line', () => {
    const path = fresh();
    const file = openDataFile(path, demoSnapshot({ seed: 1, now, dataset: 'empty' }));
    file.rewrite(demoSnapshot({ seed: 2, now, dataset: 'empty' }));
    file.close();
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
