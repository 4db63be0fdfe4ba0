import { writeFileSync } from 'node:fs';
import { demoSnapshot } from '../../mock-server/altegio/demo-data.ts';
import type { BookingRecord, Snapshot } from '../../mock-server/altegio/state.ts';

// A data file of the size the issue asks about: the demo locations, staff and clients
// of seed 42, and `count` live 30-minute records laid out hour after hour over every
// staff member's calendar (around the clock, two years around `now`), so any day asked
// for holds records to step around and half-hours still free.

const halfHour = 30 * 60_000;

export function bigSnapshot(count: number, now: number): Snapshot {
  const base = demoSnapshot({ seed: 42, now });
  const staff = base.tables.staff;
  const firstId = Math.max(...Object.values(base.tables).flatMap((rows) => (rows as readonly { id: number }[]).map((r) => r.id))) + 1;
  const hours = Math.ceil(count / staff.length);
  // Start on the hour, `hours / 2` hours before now, so now sits in the middle.
  const start = Math.floor(now / 3_600_000) * 3_600_000 - Math.floor(hours / 2) * 3_600_000;
  const records: BookingRecord[] = [...base.tables.records];
  for (let i = 0; i < count; i++) {
    const member = staff[i % staff.length]!;
    records.push({
      id: firstId + i, companyId: member.companyId, staffId: member.id, clientId: null,
      services: [], start: start + Math.floor(i / staff.length) * 2 * halfHour, length: 1800,
      comment: '', online: false, attendance: 0, apiId: '', deleted: false, createdAt: now, changedAt: now,
      createdUserId: 0, hash: '', smsRemainHours: 0, emailRemainHours: 0,
    });
  }
  return { ...base, tables: { ...base.tables, records } };
}

/** Writes a `--data` file holding `bigSnapshot(count, now)`; returns its size in bytes. */
export function writeBigDataFile(path: string, options: { count: number; now: number }): number {
  const text = `${JSON.stringify({ snapshot: bigSnapshot(options.count, options.now) })}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
