// The ids this API hands out. The bot sends `entityId` only with the first calls, so
// every other id carries its own context: its kind, the Altegio location and the
// Altegio id(s). A slot id names location, product, agent and start (UTC, to the
// minute), so the same free time has the same id in every getSlots answer and a
// booking's slot id can be computed back from its Altegio record.

export type IdKind = 'appointmentType' | 'product' | 'agent' | 'user' | 'booking';

const prefixes: Readonly<Record<IdKind, string>> = {
  appointmentType: 'at',
  product: 'pr',
  agent: 'ag',
  user: 'us',
  booking: 'bk',
};

/** An Altegio object (category, service, staff member, client, record) in a location. */
export interface AltegioRef {
  readonly companyId: number;
  readonly id: number;
}

export interface SlotRef {
  readonly companyId: number;
  readonly serviceId: number;
  readonly staffId: number;
  /** Start instant, ms since the epoch, on a whole minute. */
  readonly start: number;
}

const positive = '([1-9][0-9]{0,14})';

/** @example makeId('product', { companyId: 1001, id: 10009 }) // 'pr_1001_10009' */
export function makeId(kind: IdKind, ref: AltegioRef): string {
  return `${prefixes[kind]}_${ref.companyId}_${ref.id}`;
}

/** The location and Altegio id an id of this kind names; undefined for any other text. */
export function readId(kind: IdKind, text: string): AltegioRef | undefined {
  const m = new RegExp(`^${prefixes[kind]}_${positive}_${positive}$`).exec(text);
  return m ? { companyId: Number(m[1]), id: Number(m[2]) } : undefined;
}

/** @example makeSlotId({ companyId: 1001, serviceId: 10009, staffId: 10001, start }) // 'sl_1001_10009_10001_20260303T0900Z' */
export function makeSlotId(slot: SlotRef): string {
  const utc = new Date(slot.start).toISOString();
  const stamp = `${utc.slice(0, 4)}${utc.slice(5, 7)}${utc.slice(8, 10)}T${utc.slice(11, 13)}${utc.slice(14, 16)}Z`;
  return `sl_${slot.companyId}_${slot.serviceId}_${slot.staffId}_${stamp}`;
}

const slotPattern = new RegExp(`^sl_${positive}_${positive}_${positive}_(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})Z$`);

/** What a slot id names; undefined when it is not one makeSlotId could have made. */
export function readSlotId(text: string): SlotRef | undefined {
  const m = slotPattern.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(4).map(Number) as [number, number, number, number, number];
  const start = Date.UTC(year, month - 1, day, hour, minute);
  const slot = { companyId: Number(m[1]), serviceId: Number(m[2]), staffId: Number(m[3]), start };
  // Date.UTC rolls 2026-02-30 over into March; such a text was never issued.
  return makeSlotId(slot) === text ? slot : undefined;
}
