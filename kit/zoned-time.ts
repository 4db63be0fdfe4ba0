// Wall-clock arithmetic in IANA time zones on top of Intl, so slot maths is right on
// daylight-saving days without a date library.

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A local wall-clock time, `HH:MM`. */
export type LocalTime = string;

export interface ZonedParts {
  readonly date: LocalDate;
  readonly time: LocalTime;
  readonly seconds: number;
  /** Minutes east of UTC at that instant (Berlin in summer: 120). */
  readonly offsetMinutes: number;
  /** 0 = Sunday … 6 = Saturday, as JavaScript counts them. */
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the zone (`Europe/Berlin`), false for `Mars/Olympus`. */
export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall clock of a zone at an instant.
 * @example zonedParts(Date.UTC(2026, 2, 29, 1), 'Europe/Berlin').time // '03:00'
 */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  // A pure function asked for the same few instants on every request (opening and closing
  // times, the grid): Intl's formatToParts costs ten times a Map look-up.
  const key = `${timeZone}|${instant}`;
  const known = remembered.get(key);
  if (known) return known;
  if (remembered.size >= rememberAtMost) remembered.clear();
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  const wallAsUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(instant / 1000) * 1000) / 60_000);
  const answer: ZonedParts = Object.freeze({
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    seconds: +parts.second!,
    offsetMinutes,
    weekday: new Date(wallAsUtc).getUTCDay(),
  });
  remembered.set(key, answer);
  return answer;
}

const remembered = new Map<string, ZonedParts>();
const rememberAtMost = 50_000;

/**
 * The instant a wall-clock time names in a zone. A time skipped by a spring change
 * (02:30 in Berlin on its spring day) moves forward by the gap; a time that occurs
 * twice on an autumn day means its first occurrence.
 * @example new Date(zonedInstant('2026-07-01', '09:00', 'Europe/Berlin')).toISOString() // '2026-07-01T07:00:00.000Z'
 */
export function zonedInstant(date: LocalDate, time: LocalTime, timeZone: string, seconds = 0): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, seconds);
  // The offset one day either side brackets the two candidate offsets of this date.
  const before = zonedParts(wall - 86_400_000, timeZone).offsetMinutes;
  const after = zonedParts(wall + 86_400_000, timeZone).offsetMinutes;
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => {
      const p = zonedParts(instant, timeZone);
      return p.date === date && p.time === time.slice(0, 5);
    })
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return candidates[0];
  // In a gap: the wall time does not exist; the clock jumped past it.
  return wall - before * 60_000;
}

/** `+02:00`, `-05:00`, `+05:45`. */
export function formatOffset(offsetMinutes: number, colon = true): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

/**
 * ISO 8601 with the zone's offset at that instant: `2026-03-29T09:00:00+02:00`.
 * @example formatZoned(Date.UTC(2026, 0, 5, 8), 'Europe/Berlin') // '2026-01-05T09:00:00+01:00'
 */
export function formatZoned(instant: number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.date}T${p.time}:${String(p.seconds).padStart(2, '0')}${formatOffset(p.offsetMinutes)}`;
}

/** The calendar date `days` after a local date (no zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday for a calendar date. */
export function weekdayOf(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const isoLike = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads the date-times booking APIs send: with an offset, with `Z`, or without one
 * (then it is wall-clock time in `timeZone`). Returns undefined for anything else,
 * including impossible dates such as `2026-02-30`.
 * @example parseDateTime('2026-03-03T10:00:00+02:00', 'Europe/Berlin')
 */
export function parseDateTime(text: string, timeZone: string): number | undefined {
  const m = isoLike.exec(text.trim());
  if (!m) return undefined;
  const [, date, time, sec, zone] = m as unknown as [string, string, string, string | undefined, string | undefined];
  if (!isCalendarDate(date) || !isWallTime(time)) return undefined;
  const seconds = sec === undefined ? 0 : Number(sec);
  if (seconds > 59) return undefined;
  if (zone === undefined) return zonedInstant(date, time, timeZone, seconds);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, seconds);
  if (zone === 'Z') return wall;
  const digits = zone.replace(':', '');
  const offset = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  return wall - offset * 60_000;
}

/** True for a real calendar date in `YYYY-MM-DD` form. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function isWallTime(text: string): boolean {
  const [h, m] = text.split(':').map(Number) as [number, number];
  return h < 24 && m < 60;
}

/** Minutes since local midnight for `HH:MM` (`24:00` allowed as the end of a day). */
export function minutesOf(time: LocalTime): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
