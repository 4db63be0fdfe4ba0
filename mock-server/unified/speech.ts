import type { components } from '../../specs/generated/unified.ts';
import { addDays, weekdayOf, zonedParts, type LocalDate } from '../../kit/zoned-time.ts';

// What the bot reads out: times, days and lists in plain English, never a code or an
// ISO string. Every function takes the zone it speaks in, so a caller's `timezone`
// changes the words and nothing else.

export type SlotDay = components['schemas']['SlotDay'];
export type DayLabel = SlotDay['date_label'];

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Where and when the bot speaks: the zone of the answer and the clock's now. */
export interface Speaker {
  readonly zone: string;
  readonly now: number;
}

/**
 * The 12-hour clock of the spec's slots.
 * @example clockTime(Date.parse('2026-03-03T11:30:00Z'), 'Europe/Berlin') // '12:30 PM'
 */
export function clockTime(instant: number, zone: string): string {
  const [h, m] = zonedParts(instant, zone).time.split(':').map(Number) as [number, number];
  return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/**
 * `Today`, `Tomorrow` or the weekday of a date, seen from today.
 * @example dayLabel('2026-03-04', '2026-03-02') // 'Wednesday'
 */
export function dayLabel(date: LocalDate, today: LocalDate): DayLabel {
  if (date === today) return 'Today';
  if (date === addDays(today, 1)) return 'Tomorrow';
  return weekdays[weekdayOf(date)]!;
}

/**
 * A day inside a sentence: "today", "tomorrow", the weekday within the coming week,
 * and the weekday with its date further out, where a weekday alone is ambiguous.
 * @example spokenDay('2026-03-16', '2026-03-02') // 'Monday, March 16'
 */
export function spokenDay(date: LocalDate, today: LocalDate): string {
  const label = dayLabel(date, today);
  if (label === 'Today' || label === 'Tomorrow') return label.toLowerCase();
  return date < addDays(today, 7) ? label : `${label}, ${monthDay(date)}`;
}

/**
 * A moment with its full date, so a confirmation can be checked by ear.
 * @example spokenWhen(Date.parse('2026-03-03T09:00:00Z'), { zone: 'Europe/Berlin', now }) // 'tomorrow, Tuesday, March 3 at 10:00 AM'
 */
export function spokenWhen(instant: number, speaker: Speaker): string {
  const { date } = zonedParts(instant, speaker.zone);
  const today = zonedParts(speaker.now, speaker.zone).date;
  const label = dayLabel(date, today);
  const prefix = label === 'Today' || label === 'Tomorrow' ? `${label.toLowerCase()}, ` : '';
  const year = date.slice(0, 4) === today.slice(0, 4) ? '' : `, ${date.slice(0, 4)}`;
  return `${prefix}${weekdays[weekdayOf(date)]}, ${monthDay(date)}${year} at ${clockTime(instant, speaker.zone)}`;
}

/**
 * Free times to offer, each day with its own "or" and a comma before the last day's,
 * so the days stay apart by ear: "today at 4:00 PM, tomorrow at 9:00 AM or 11:30 AM, or
 * Monday at 10:00 AM".
 * @example spokenSlots([{ date: '2026-03-02', date_label: 'Today', slots: ['4:00 PM'] }], '2026-03-02') // 'today at 4:00 PM'
 */
export function spokenSlots(days: readonly SlotDay[], today: LocalDate): string {
  const phrases = days.map((d) => `${spokenDay(d.date, today)} at ${spokenList(d.slots, 'or')}`);
  return phrases.length <= 1 ? (phrases[0] ?? '') : `${phrases.slice(0, -1).join(', ')}, or ${phrases[phrases.length - 1]}`;
}

/**
 * "a", "a or b", "a, b or c".
 * @example spokenList(['today', 'tomorrow', 'Monday'], 'and') // 'today, tomorrow and Monday'
 */
export function spokenList(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** "1 time", "3 times". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function monthDay(date: LocalDate): string {
  return `${months[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;
}
