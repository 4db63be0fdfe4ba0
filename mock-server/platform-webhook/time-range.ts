// `start_at_range` as both APIs take it: an instant range, end after start, at most 31 days.

const maxRangeDays = 31;

export interface StartAtRange {
  readonly start_at: string;
  readonly end_at: string;
}

/** Epoch ms of an RFC 3339 date-time the schema has already checked; undefined for one Date cannot place (a leap second). */
export function instantOf(text: string): number | undefined {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The range as instants, or what is wrong with it (for a 400 in the caller's own code).
 * @example readRange({ start_at: '2026-03-02T09:00:00Z', end_at: '2026-03-02T17:00:00Z' }) // { ok: true, from, to }
 */
export function readRange(range: StartAtRange): { ok: true; from: number; to: number } | { ok: false; message: string } {
  const at = 'query.filter.start_at_range';
  const from = instantOf(range.start_at);
  const to = instantOf(range.end_at);
  if (from === undefined) return { ok: false, message: `${at}.start_at "${range.start_at}" is not a real date-time.` };
  if (to === undefined) return { ok: false, message: `${at}.end_at "${range.end_at}" is not a real date-time.` };
  if (to <= from) return { ok: false, message: `${at}.end_at must be after start_at.` };
  if (to - from > maxRangeDays * 86_400_000) return { ok: false, message: `${at} must span at most ${maxRangeDays} days.` };
  return { ok: true, from, to };
}
