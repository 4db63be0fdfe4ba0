// Wall-clock arithmetic for IANA zones with Intl alone: an instant's local date, time
// and weekday in a zone, its offset there, and calendar-day stepping. Never reads the
// machine's zone, so it is right on DST days whatever TZ the process runs in.

export interface LocalParts {
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** English weekday name, `Monday` … `Sunday`. */
  readonly weekday: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'long',
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * The IANA zone as Intl spells it, or undefined when Intl does not know it.
 * @example canonicalZone('europe/berlin') // 'Europe/Berlin'
 */
export function canonicalZone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** @example localParts(Date.parse('2026-03-29T01:30:00Z'), 'Europe/Berlin') // { date: '2026-03-29', hour: 3, minute: 30, … } */
export function localParts(instant: number, zone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: parts.weekday ?? '',
  };
}

/** The zone's UTC offset at the instant, in minutes (Berlin in winter: 60). */
export function offsetMinutes(instant: number, zone: string): number {
  const p = localParts(instant, zone);
  const [y, m, d] = p.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, p.hour, p.minute, p.second);
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return Math.round((asUtc - whole) / 60_000);
}

/**
 * The instant written in the zone's local time with its offset (seconds, no fraction).
 * @example zonedIso(Date.parse('2026-03-03T07:00:00Z'), 'Europe/Berlin') // '2026-03-03T08:00:00+01:00'
 */
export function zonedIso(instant: number, zone: string): string {
  const p = localParts(instant, zone);
  const off = offsetMinutes(instant, zone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** @example addDays('2026-02-28', 1) // '2026-03-01' */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  const at = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((at(b) - at(a)) / 86_400_000);
}

/** @example clock12(0, 5) // '12:05 AM'; clock12(13, 30) // '1:30 PM' */
export function clock12(hour: number, minute: number): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** `Today`, `Tomorrow` or the weekday name of `date`, seen from `today` (same zone). */
export function dayLabel(date: string, today: string, weekday: string): string {
  const diff = daysBetween(today, date);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  return weekday;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** @example spokenDate('2026-03-21', 'Saturday') // 'Saturday March 21' */
export function spokenDate(date: string, weekday: string): string {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${weekday} ${months[m - 1]} ${d}`;
}
