import type { LocalDate, LocalTime } from '../../kit/zoned-time.ts';

// The fake Altegio's own model of the world. Response bodies are built from it in the
// shapes the spec's generated types give; this model is what the slot engine, the
// admin oracle, snapshots and the --data journal work with. Everything is plain JSON.

export interface Interval {
  readonly from: LocalTime;
  /** Exclusive; `24:00` closes a day. */
  readonly to: LocalTime;
}

export interface Company {
  readonly id: number;
  readonly title: string;
  readonly publicTitle: string;
  readonly shortDescr: string;
  readonly timeZone: string;
  readonly currency: string;
  readonly country: string;
  readonly city: string;
  readonly address: string;
  readonly phone: string;
  readonly lat: number;
  readonly lon: number;
  /** Minutes between offered start times (Altegio's booking grid). */
  readonly slotStepMinutes: number;
  /** How far ahead online booking opens, in days. */
  readonly bookingHorizonDays: number;
  /** Positions created through the API, beside those its staff hold (absent: none). */
  readonly positions?: readonly Position[];
}

export interface Position {
  readonly id: number;
  readonly title: string;
}

export interface Category {
  readonly id: number;
  readonly companyId: number;
  readonly title: string;
  readonly apiId: string;
  readonly weight: number;
  /** Deleted through the API: out of every list and read (absent: live). */
  readonly deleted?: boolean;
}

export interface Service {
  readonly id: number;
  readonly companyId: number;
  readonly categoryId: number;
  readonly title: string;
  readonly priceMin: number;
  readonly priceMax: number;
  /** Default duration in seconds, when a staff member has no length of their own. */
  readonly duration: number;
  /** Bookable online (`active: 1`). */
  readonly active: boolean;
  readonly comment: string;
  readonly weight: number;
  /** Who provides it, and how long it takes them, in seconds. */
  readonly staff: readonly { readonly staffId: number; readonly seanceLength: number }[];
  /** Fields set through the API (absent: Altegio's defaults). */
  readonly bookingTitle?: string;
  readonly discount?: number;
  readonly apiId?: string;
  /** Deleted through the API: out of every list, read and booking (absent: live). */
  readonly deleted?: boolean;
}

export interface Staff {
  readonly id: number;
  readonly companyId: number;
  readonly name: string;
  readonly specialization: string;
  readonly position: Position | null;
  readonly avatar: string;
  readonly rating: number;
  readonly weight: number;
  /** Hidden from online booking. */
  readonly hidden: boolean;
  readonly fired: boolean;
  /** Working hours by weekday, 0 = Sunday. */
  readonly weekly: readonly (readonly Interval[])[];
  /** Dated overrides of the weekly pattern; an empty list is a day off. */
  readonly exceptions: Readonly<Record<LocalDate, readonly Interval[]>>;
  /** Fields set through the API (absent: empty). */
  readonly information?: string;
  readonly apiId?: string;
  /** Deleted through the API: out of every list, read and booking (absent: live). */
  readonly deleted?: boolean;
}

export interface Client {
  readonly id: number;
  readonly companyId: number;
  readonly name: string;
  readonly surname: string;
  /** E.164 with the plus sign. */
  readonly phone: string;
  readonly email: string;
  readonly birthDate: LocalDate | null;
  readonly sexId: 0 | 1 | 2;
  readonly comment: string;
  readonly createdAt: number;
  readonly changedAt: number;
  /** Deleted through the API: out of every list, search and read (absent: live). */
  readonly deleted?: boolean;
}

export interface RecordService {
  readonly id: number;
  readonly firstCost: number;
  readonly discount: number;
  readonly cost: number;
}

export interface BookingRecord {
  readonly id: number;
  readonly companyId: number;
  readonly staffId: number;
  readonly clientId: number | null;
  readonly services: readonly RecordService[];
  /** Start instant, ms since the epoch. */
  readonly start: number;
  /** Length in seconds. */
  readonly length: number;
  readonly comment: string;
  /** Made through online booking (book_record) rather than by staff (POST /records). */
  readonly online: boolean;
  readonly attendance: -1 | 0 | 1 | 2;
  readonly apiId: string;
  readonly deleted: boolean;
  readonly createdAt: number;
  readonly changedAt: number;
  readonly createdUserId: number;
  readonly hash: string;
  readonly smsRemainHours: number;
  readonly emailRemainHours: number;
}

/** A person who logs in with `POST /auth`, and the locations their token reaches. */
export interface User {
  readonly id: number;
  readonly login: string;
  readonly password: string;
  readonly userToken: string;
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  readonly companyIds: readonly number[];
}

export interface Tables {
  companies: Map<number, Company>;
  categories: Map<number, Category>;
  services: Map<number, Service>;
  staff: Map<number, Staff>;
  clients: Map<number, Client>;
  records: RecordTable;
  users: Map<number, User>;
}

export type TableName = keyof Tables;
export type Row<T extends TableName> = Tables[T] extends Map<number, infer R> ? R : never;

export const tableNames: readonly TableName[] = ['companies', 'categories', 'services', 'staff', 'clients', 'records', 'users'];

/** The whole state as JSON: what snapshots, restores, the oracle and `--data` carry. */
export interface Snapshot {
  readonly format: 'slotcheck-altegio/1';
  readonly partnerTokens: readonly string[];
  readonly tables: { readonly [T in TableName]: readonly Row<T>[] };
}

/** A change to one row; the unit the --data journal appends and replays. */
export type Change = { [T in TableName]: { readonly table: T; readonly row: Row<T> } }[TableName];

/**
 * The state of a fake Altegio: tables by id, and every write goes through `put`,
 * so persistence can journal each change before it is acknowledged.
 */
export interface Db {
  readonly tables: Tables;
  readonly partnerTokens: ReadonlySet<string>;
  put(change: Change): void;
  nextId(): number;
  snapshot(): Snapshot;
}

export interface DbOptions {
  /** Called with each change before it is applied; throws to refuse the write. */
  readonly onChange?: (change: Change) => void;
}

/** @example const db = createDb(demoSnapshot({ seed: 42, now })) */
export function createDb(snapshot: Snapshot, options: DbOptions = {}): Db {
  const tables = Object.fromEntries(
    tableNames.map((name) => [
      name,
      name === 'records' ? new RecordTable(snapshot.tables.records) : new Map((snapshot.tables[name] as readonly { id: number }[]).map((r) => [r.id, r])),
    ]),
  ) as unknown as Tables;
  let maxId = 0;
  for (const name of tableNames) for (const id of tables[name].keys()) maxId = Math.max(maxId, id);
  return {
    tables,
    partnerTokens: new Set(snapshot.partnerTokens),
    put(change) {
      options.onChange?.(change);
      (tables[change.table] as Map<number, unknown>).set(change.row.id, change.row);
      maxId = Math.max(maxId, change.row.id);
    },
    nextId: () => ++maxId,
    snapshot: () => ({
      format: 'slotcheck-altegio/1',
      partnerTokens: [...snapshot.partnerTokens],
      tables: Object.fromEntries(tableNames.map((name) => [name, [...tables[name].values()]])) as unknown as Snapshot['tables'],
    }),
  };
}

const dayMs = 86_400_000;
/** A live record touching more days than this is kept apart and checked by every query (only a restored snapshot can hold one). */
const maxIndexedDays = 3;

/**
 * The records table: a Map by id that also indexes live records by staff member (so by
 * location) and by the days they touch, so free times and overlap checks read the few
 * records of one calendar day instead of scanning every record ever made.
 */
export class RecordTable extends Map<number, BookingRecord> {
  /** staffId → UTC day number → live records touching that day; `long` holds the rare multi-day ones. */
  readonly #byStaff = new Map<number, { days: Map<number, Set<BookingRecord>>; long: Set<BookingRecord> }>();

  constructor(rows: Iterable<BookingRecord> = []) {
    // Rows are added after super(): Map's constructor would call set before #byStaff exists.
    super();
    for (const row of rows) this.set(row.id, row);
  }

  override set(id: number, row: BookingRecord): this {
    const old = super.get(id);
    if (old) this.#unindex(old);
    super.set(id, row);
    if (!row.deleted) this.#index(row);
    return this;
  }

  override delete(id: number): boolean {
    const old = super.get(id);
    if (old) this.#unindex(old);
    return super.delete(id);
  }

  override clear(): void {
    this.#byStaff.clear();
    super.clear();
  }

  /** Live records of one staff member overlapping `[from, to)`, by start (then id). */
  liveOverlapping(staffId: number, from: number, to: number): BookingRecord[] {
    const entry = this.#byStaff.get(staffId);
    if (!entry || !(from < to)) return [];
    const found = new Set<BookingRecord>();
    const overlaps = (r: BookingRecord) => r.start < to && r.start + r.length * 1000 > from;
    for (const r of entry.long) if (overlaps(r)) found.add(r);
    // A query spanning more days than the table has buckets reads the buckets instead.
    const first = Math.floor(from / dayMs);
    const last = Math.floor((to - 1) / dayMs);
    const buckets = last - first + 1 > entry.days.size ? [...entry.days.values()] : range(first, last).map((day) => entry.days.get(day));
    for (const bucket of buckets) for (const r of bucket ?? []) if (overlaps(r)) found.add(r);
    return [...found].sort((a, b) => a.start - b.start || a.id - b.id);
  }

  #days(row: BookingRecord): number[] | undefined {
    const first = Math.floor(row.start / dayMs);
    const last = Math.floor((row.start + Math.max(row.length, 1) * 1000 - 1) / dayMs);
    return Number.isFinite(first) && Number.isFinite(last) && last - first < maxIndexedDays ? range(first, last) : undefined;
  }

  #index(row: BookingRecord): void {
    let entry = this.#byStaff.get(row.staffId);
    if (!entry) this.#byStaff.set(row.staffId, (entry = { days: new Map(), long: new Set() }));
    const days = this.#days(row);
    if (!days) return void entry.long.add(row);
    for (const day of days) {
      let bucket = entry.days.get(day);
      if (!bucket) entry.days.set(day, (bucket = new Set()));
      bucket.add(row);
    }
  }

  #unindex(row: BookingRecord): void {
    const entry = this.#byStaff.get(row.staffId);
    if (!entry) return;
    entry.long.delete(row);
    for (const day of this.#days(row) ?? []) {
      const bucket = entry.days.get(day);
      bucket?.delete(row);
      if (bucket?.size === 0) entry.days.delete(day);
    }
  }
}

const range = (first: number, last: number) => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
