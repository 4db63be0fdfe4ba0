import { isDeepStrictEqual } from 'node:util';
import { fail, pass } from '../checks/check.ts';
import type { BookingExpectation, EffectExpectation } from '../scenario/scenario.ts';
import type { CheckResult } from '../types.ts';
import { clientName, sameName, samePhone, Truth, type BookingRecord, type Client, type Row, type TruthState } from './truth.ts';

// The effect oracle: the fake's state before and after a step, compared row by row. A
// step that books must have created exactly the records it says, with the right staff,
// service, start, length, client and notes; a step that moves or cancels must have
// changed exactly that record; and no step may change anything else.

type TableName = keyof TruthState['tables'];

export interface RowChange {
  readonly table: TableName;
  readonly before?: Row;
  readonly after?: Row;
}

/** Every row created, changed or removed between two states (a touched `changedAt` alone is no change). */
export function diffStates(before: TruthState, after: TruthState): RowChange[] {
  const changes: RowChange[] = [];
  for (const table of Object.keys(after.tables) as TableName[]) {
    const old = new Map(before.tables[table].map((r) => [r.id, r]));
    for (const row of after.tables[table]) {
      const was = old.get(row.id);
      old.delete(row.id);
      if (!was || !isDeepStrictEqual(withoutStamp(was), withoutStamp(row))) changes.push({ table, ...(was && { before: was }), after: row });
    }
    for (const gone of old.values()) changes.push({ table, before: gone });
  }
  return changes;
}

const withoutStamp = ({ changedAt: _, ...rest }: Row) => rest;
const live = (r: Row | undefined): r is BookingRecord => r !== undefined && (r as BookingRecord).deleted === false;

/** A created or moved-to record, as a step can capture it (`as`). */
export interface Booked {
  readonly id: number;
  readonly start: string;
  readonly staffId: number;
}

export interface EffectOutcome {
  readonly checks: CheckResult[];
  /** The record the step created or moved to, when there is exactly one. */
  readonly booked?: Booked;
}

/** Judges one step's changes against what it should have done (rendered: no templates left). */
export function checkEffect(expectation: EffectExpectation, states: { before: TruthState; after: TruthState }): EffectOutcome {
  const changes = diffStates(states.before, states.after);
  const truth = new Truth(states.after);
  if ('none' in expectation) {
    return {
      checks: [
        changes.length === 0
          ? pass('oracle.nothing-changed', 'Altegio is unchanged')
          : fail('oracle.nothing-changed', `the step changed ${describeChanges(changes)}`, 'no change in Altegio', changes.slice(0, 3).map(summary)),
      ],
    };
  }
  if ('cancel' in expectation) {
    const id = Number(expectation.cancel.record);
    const after = truth.record(id);
    return {
      checks: [
        live(after) ? fail('oracle.record-cancelled', `record ${id} is still live in Altegio`, { id, deleted: true }, summary({ table: 'records', after })) : pass('oracle.record-cancelled', `record ${id} is cancelled`),
        strays(changes, (c) => c.table === 'records' && (c.after ?? c.before)!.id === id),
      ],
    };
  }
  if ('move' in expectation) return checkMove(expectation.move, changes, { truth, before: new Truth(states.before) });
  const count = expectation.count ?? 1;
  const created = changes.filter((c) => c.table === 'records' && !c.before && live(c.after)).map((c) => c.after as BookingRecord);
  const checks = [
    created.length === count
      ? pass('oracle.record-created', `${count} record created`)
      : fail('oracle.record-created', `Altegio holds ${created.length} new record(s), ${count} expected`, { created: count }, { created: created.length, records: created.slice(0, 3) }),
  ];
  const record = created.length === 1 ? created[0] : undefined;
  if (record) checks.push(...bookingChecks(record, expectation.create, truth));
  const clientId = record?.clientId;
  const booker = expectation.create.booker;
  const isClientOfBooking = (row: Row) => row.id === clientId || (booker !== undefined && samePhone((row as Client).phone, booker.phone));
  checks.push(strays(changes, (c) => (c.table === 'records' && created.includes(c.after as BookingRecord)) || (c.table === 'clients' && isClientOfBooking((c.after ?? c.before)!))));
  return { checks, ...(record && { booked: booked(record) }) };
}

function checkMove(move: Extract<EffectExpectation, { move: unknown }>['move'], changes: RowChange[], { truth, before }: { truth: Truth; before: Truth }): EffectOutcome {
  const id = Number(move.record);
  const old = before.record(id);
  const start = Date.parse(String(move.to.start));
  const now = truth.record(id);
  // In place, or (as the VoiceBot contract allows) a new record once the old one is cancelled.
  const target =
    live(now) && now.start === start
      ? now
      : live(now)
        ? undefined
        : changes.map((c) => c.after).find((r): r is BookingRecord => isNew(changes, r) && live(r) && r.start === start);
  const checks: CheckResult[] = [
    target
      ? pass('oracle.record-moved', `record ${target.id} starts at ${move.to.start}`)
      : fail('oracle.record-moved', `no live record of the booking starts at ${move.to.start}`, { record: id, start: move.to.start }, now && summary({ table: 'records', after: now })),
    live(now) && old && now.start === old.start && now.start !== start
      ? fail('oracle.old-time-released', `record ${id} still holds its old time`, 'the old time released', summary({ table: 'records', after: now }))
      : pass('oracle.old-time-released', 'the old time is released'),
  ];
  if (target && old) {
    const client = truth.client(old.clientId);
    checks.push(...bookingChecks(target, { service: { id: old.services[0]?.id ?? 0 }, ...move.to, ...(client && { client: { phone: client.phone, name: clientName(client) } }) }, truth));
  }
  checks.push(strays(changes, (c) => c.table === 'records' && [id, target?.id].includes((c.after ?? c.before)!.id)));
  return { checks, ...(target && { booked: booked(target) }) };
}

const isNew = (changes: RowChange[], row: Row | undefined) => changes.some((c) => c.after === row && !c.before);

/** The booked record field by field: each fault names its field. */
function bookingChecks(record: BookingRecord, e: BookingExpectation, truth: Truth): CheckResult[] {
  const checks: CheckResult[] = [];
  const field = (name: string, ok: boolean, what: string, expected: unknown, given: unknown) =>
    checks.push(ok ? pass(name, `the record's ${what} is right`) : fail(name, `the record's ${what} is not the one asked for`, expected, given));
  field('oracle.booked-start', record.start === Date.parse(String(e.start)), 'start', e.start, new Date(record.start).toISOString());
  if (e.location !== undefined) field('oracle.booked-location', record.companyId === Number(e.location), 'location', Number(e.location), record.companyId);
  if (e.staff) {
    const staff = truth.staff(record.companyId, e.staff);
    field('oracle.booked-staff', staff?.id === record.staffId, 'staff member', e.staff, { staffId: record.staffId, name: truth.staff(record.companyId, { id: record.staffId })?.name });
  }
  const service = e.service ? truth.service(record.companyId, e.service) : undefined;
  if (e.service) field('oracle.booked-service', record.services.length === 1 && record.services[0]!.id === service?.id, 'service', e.service, record.services.map((s) => s.id));
  const length = e.length !== undefined ? Number(e.length) * 60 : service && truth.providers(service).get(record.staffId);
  if (length !== undefined) field('oracle.booked-length', record.length === length, 'length', `${length / 60} min`, `${record.length / 60} min`);
  if (e.client) {
    const client = truth.client(record.clientId);
    const given = client && { name: clientName(client), phone: client.phone, email: client.email };
    const ok =
      client !== undefined &&
      (e.client.name === undefined || sameName(e.client.name, given!.name)) &&
      (e.client.phone === undefined || samePhone(e.client.phone, client.phone)) &&
      (e.client.email === undefined || sameName(e.client.email, client.email));
    field('oracle.booked-client', ok, 'client', e.client, given ?? null);
  }
  if (e.notes !== undefined) field('oracle.booked-notes', record.comment.includes(String(e.notes)), 'comment', `a comment with "${e.notes}"`, record.comment);
  return checks;
}

function strays(changes: RowChange[], expected: (c: RowChange) => boolean): CheckResult {
  const stray = changes.filter((c) => !expected(c));
  return stray.length === 0
    ? pass('oracle.no-stray-change', 'nothing else changed')
    : fail('oracle.no-stray-change', `the step also changed ${describeChanges(stray)}`, 'no other change in Altegio', stray.slice(0, 3).map(summary));
}

const booked = (r: BookingRecord): Booked => ({ id: r.id, start: new Date(r.start).toISOString(), staffId: r.staffId });

function describeChanges(changes: RowChange[]): string {
  return changes
    .slice(0, 3)
    .map((c) => `${c.table} ${(c.after ?? c.before)!.id} (${!c.before ? 'created' : !c.after ? 'removed' : 'changed'})`)
    .join(', ') + (changes.length > 3 ? ` and ${changes.length - 3} more` : '');
}

function summary(c: RowChange): unknown {
  const row = c.after ?? c.before!;
  if (c.table !== 'records') return { table: c.table, id: row.id, ...(c.before && c.after && { changed: changedFields(c.before, c.after) }) };
  const r = row as BookingRecord;
  return { table: 'records', id: r.id, staffId: r.staffId, start: new Date(r.start).toISOString(), deleted: r.deleted, ...(c.before && c.after && { changed: changedFields(c.before, c.after) }) };
}

const changedFields = (a: Row, b: Row) => Object.keys(b).filter((k) => k !== 'changedAt' && !isDeepStrictEqual(a[k], b[k]));
