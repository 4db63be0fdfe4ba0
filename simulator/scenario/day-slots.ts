import { zonedInstant } from '../../kit/zoned-time.ts';

/** One offered slot of a day-grouped list, with the instant it names. */
export interface DaySlot {
  readonly date: string;
  readonly time: string;
  /** ISO 8601 instant (`Z`). */
  readonly datetime: string;
}

/**
 * Flattens `[{date: '2026-03-03', slots: ['9:00 AM', '1:30 PM']}]` read in a zone into
 * `{date, time, datetime}` items; undefined when the value is not of that shape.
 */
export function daySlots(groups: unknown, timeZone: string): DaySlot[] | undefined {
  if (!Array.isArray(groups)) return undefined;
  const out: DaySlot[] = [];
  for (const group of groups as { date?: unknown; slots?: unknown }[]) {
    if (typeof group?.date !== 'string' || !Array.isArray(group.slots)) return undefined;
    for (const time of group.slots) {
      const m = /^(\d{1,2}):(\d{2}) (AM|PM)$/.exec(String(time));
      if (!m) return undefined;
      const hour = (Number(m[1]) % 12) + (m[3] === 'PM' ? 12 : 0);
      const wall = `${String(hour).padStart(2, '0')}:${m[2]}`;
      out.push({ date: group.date, time: String(time), datetime: new Date(zonedInstant(group.date, wall, timeZone)).toISOString() });
    }
  }
  return out;
}
