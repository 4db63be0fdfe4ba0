import type { Altegio } from './altegio-http.ts';
import { addDays, clock12, dayLabel, localParts } from './zoned-time.ts';

// Free start times from Altegio's book_times, and their grouping into the answer's
// SlotDay list: by day in the display zone, days and times ascending, labelled
// Today / Tomorrow / weekday, times as `h:mm AM/PM`.

export interface FreeSlot {
  /** The start, ms since the epoch. */
  readonly instant: number;
  /** As Altegio wrote it (location offset); sent back when booking. */
  readonly datetime: string;
  /** The staff member's length for the services, in seconds. */
  readonly seanceLength: number;
}

export interface SlotDay {
  readonly date: string;
  readonly date_label: string;
  readonly slots: string[];
}

export interface Bookable {
  readonly companyId: number;
  readonly staffId: number;
  readonly serviceIds: readonly number[];
}

/** Free starts on the location-local dates given, ascending, without duplicates. */
export async function freeSlotsOn(altegio: Altegio, what: Bookable, dates: readonly string[]): Promise<FreeSlot[]> {
  const out = new Map<number, FreeSlot>();
  const queue = [...dates];
  const worker = async () => {
    for (let date = queue.shift(); date !== undefined; date = queue.shift()) {
      for (const t of await altegio.freeTimes(what.companyId, what.staffId, date, what.serviceIds)) {
        const instant = Date.parse(t.datetime);
        if (Number.isNaN(instant)) continue;
        out.set(instant, { instant, datetime: t.datetime, seanceLength: t.seance_length });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, dates.length) }, worker));
  return [...out.values()].sort((a, b) => a.instant - b.instant);
}

/** `count` consecutive dates from `first`. */
export function dateRange(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/**
 * Groups instants by day in `zone`. `limit` keeps the first days and the first times of
 * each (suggest: 3 and 3).
 */
export function groupByDay(instants: readonly number[], zone: string, now: number, limit?: { days: number; perDay: number }): SlotDay[] {
  const today = localParts(now, zone).date;
  const days: SlotDay[] = [];
  for (const instant of [...instants].sort((a, b) => a - b)) {
    const p = localParts(instant, zone);
    const time = clock12(p.hour, p.minute);
    let day = days[days.length - 1];
    if (!day || day.date !== p.date) {
      if (limit && days.length === limit.days) break;
      day = { date: p.date, date_label: dayLabel(p.date, today, p.weekday), slots: [] };
      days.push(day);
    }
    if (limit && day.slots.length >= limit.perDay) continue;
    if (!day.slots.includes(time)) day.slots.push(time);
  }
  return days;
}

/** Suggest's limits, also those of SLOT_UNAVAILABLE's alternatives. */
export const suggestLimit = { days: 3, perDay: 3 } as const;
