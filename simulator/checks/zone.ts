import { zonedParts } from '../../kit/zoned-time.ts';

/** `2026-03-03T10:00:00+01:00` is written in Europe/Berlin: its offset is the zone's at that instant. */
export function writtenIn(text: string, zone: string): boolean {
  const m = /([+-])(\d{2}):?(\d{2})$|Z$/.exec(text);
  const instant = Date.parse(text);
  if (!m || Number.isNaN(instant)) return false;
  const offset = m[0] === 'Z' ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return zonedParts(instant, zone).offsetMinutes === offset;
}
