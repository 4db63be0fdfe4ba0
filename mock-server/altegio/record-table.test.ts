import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordTable, type BookingRecord } from './state.ts';

// The index must answer exactly what a scan of every record answers, whatever was set,
// replaced, cancelled or deleted before, for records of any length (long ones included).

const day = 86_400_000;
const base = Date.parse('2026-03-29T00:00:00Z');

const record = (id: number, staffId: number, start: number, length: number, deleted = false): BookingRecord => ({
  id, companyId: 1001, staffId, clientId: null, services: [], start, length, comment: '', online: false, attendance: 0, apiId: '',
  deleted, createdAt: 0, changedAt: 0, createdUserId: 0, hash: '', smsRemainHours: 0, emailRemainHours: 0,
});

const scan = (table: RecordTable, staffId: number, from: number, to: number) =>
  [...table.values()]
    .filter((r) => r.staffId === staffId && !r.deleted && r.start < to && r.start + r.length * 1000 > from)
    .sort((a, b) => a.start - b.start || a.id - b.id);

const op = fc.oneof(
  { weight: 12, arbitrary: fc.record({
    kind: fc.constant('set' as const),
    id: fc.integer({ min: 1, max: 30 }),
    staffId: fc.integer({ min: 1, max: 3 }),
    // Within a week around a daylight-saving Sunday, on and off day boundaries.
    start: fc.integer({ min: -3 * day, max: 4 * day }).map((ms) => base + ms - (ms % 60_000)),
    // 0 s up to ten days: most fit a day, some span days, a few are the rare multi-day ones.
    length: fc.oneof(fc.integer({ min: 0, max: 4 * 3600 }), fc.integer({ min: 0, max: 10 * 86_400 })),
    deleted: fc.boolean(),
  }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const) }) },
);

const query = fc.record({
  staffId: fc.integer({ min: 1, max: 3 }),
  from: fc.integer({ min: -5 * day, max: 6 * day }).map((ms) => base + ms),
  span: fc.oneof(fc.integer({ min: 0, max: day }), fc.integer({ min: 0, max: 30 * day })),
});

describe('RecordTable', () => {
  it('finds exactly the live overlapping records a full scan finds, after any sequence of writes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.array(query, { minLength: 1, maxLength: 10 }), (ops, queries) => {
        const table = new RecordTable();
        for (const o of ops) {
          if (o.kind === 'set') table.set(o.id, record(o.id, o.staffId, o.start, o.length, o.deleted));
          else if (o.kind === 'delete') table.delete(o.id);
          else table.clear();
        }
        for (const q of queries) {
          const ids = (rows: BookingRecord[]) => rows.map((r) => r.id);
          expect(ids(table.liveOverlapping(q.staffId, q.from, q.from + q.span))).toEqual(ids(scan(table, q.staffId, q.from, q.from + q.span)));
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('takes its rows from the constructor like a Map, and a moved record leaves its old day', () => {
    const table = new RecordTable([record(1, 7, base + 9 * 3600_000, 1800), record(2, 7, base + day + 9 * 3600_000, 1800)]);
    expect(table.size).toBe(2);
    expect(table.liveOverlapping(7, base, base + day).map((r) => r.id)).toEqual([1]);
    table.set(1, record(1, 7, base + 2 * day, 1800));
    expect(table.liveOverlapping(7, base, base + day)).toEqual([]);
    table.set(2, record(2, 7, base + day + 9 * 3600_000, 1800, true));
    expect(table.liveOverlapping(7, base + day, base + 2 * day)).toEqual([]);
    expect(table.get(2)?.deleted).toBe(true);
  });

  it('answers an empty or reversed window with nothing, and an unbounded one with every live record', () => {
    const table = new RecordTable([record(1, 7, base, 600), record(2, 7, base + 400 * day, 600)]);
    expect(table.liveOverlapping(7, base + 10, base + 10)).toEqual([]);
    expect(table.liveOverlapping(7, base + day, base)).toEqual([]);
    expect(table.liveOverlapping(7, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY).map((r) => r.id)).toEqual([1, 2]);
    expect(table.liveOverlapping(8, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)).toEqual([]);
  });
});
