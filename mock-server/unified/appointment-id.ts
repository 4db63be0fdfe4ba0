import { createHash } from 'node:crypto';

// An appointment id is the Altegio record id plus a short checksum over the location
// and the record: `appt_10234_5f0c9a1e`. Altegio answers 404 both for a record that
// was deleted and for one that never existed; the checksum tells an id this API issued
// (so a 404 means it was cancelled: CONFLICT) from a mistyped or invented one, or one
// of another location (NOT_FOUND). It is a checksum, not a secret: the API key is what
// keeps callers to their own locations.

const shape = /^appt_([1-9]\d{0,14})_([0-9a-f]{8})$/;

const checksum = (companyId: number, recordId: number) =>
  createHash('sha256').update(`slotcheck-unified:${companyId}:${recordId}`).digest('hex').slice(0, 8);

/** @example appointmentId(1001, 10234) // 'appt_10234_…' */
export function appointmentId(companyId: number, recordId: number): string {
  return `appt_${recordId}_${checksum(companyId, recordId)}`;
}

/**
 * The record an id names, when this API issued it for this location.
 * @example recordIdOf(appointmentId(1001, 10234), 1001) // 10234
 */
export function recordIdOf(id: string, companyId: number): number | undefined {
  const match = shape.exec(id);
  if (!match) return undefined;
  const recordId = Number(match[1]);
  return match[2] === checksum(companyId, recordId) ? recordId : undefined;
}
