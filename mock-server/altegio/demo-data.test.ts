import { describe, expect, it } from 'vitest';
import { demo, demoSnapshot } from './demo-data.ts';

const now = Date.parse('2026-03-02T07:00:00Z');

describe('demo data', () => {
  it('is the same bytes for the same seed and clock, and differs for another seed', () => {
    const a = JSON.stringify(demoSnapshot({ seed: 42, now }));
    expect(JSON.stringify(demoSnapshot({ seed: 42, now }))).toBe(a);
    expect(JSON.stringify(demoSnapshot({ seed: 43, now }))).not.toBe(a);
  });

  it('has the Berlin practice of seed 001 and a second location in another zone and currency', () => {
    const { companies, services, staff } = demoSnapshot({ seed: 42, now }).tables;
    const berlin = companies.find((c) => c.id === demo.berlinId)!;
    const other = companies.find((c) => c.id === demo.brooklynId)!;
    expect(berlin).toMatchObject({ title: 'Physiotherapie Gleichgewicht', timeZone: 'Europe/Berlin', currency: 'EUR' });
    expect(other.timeZone).not.toBe(berlin.timeZone);
    expect(other.currency).not.toBe(berlin.currency);
    const berlinServices = services.filter((s) => s.companyId === berlin.id).map((s) => [s.title, s.duration / 60]);
    expect(berlinServices).toEqual([
      ['Massage 30 Minuten', 30],
      ['Massage 45 Minuten', 45],
      ['Krankengymnastik', 30],
    ]);
    const therapists = staff.filter((s) => s.companyId === berlin.id);
    expect(therapists).toHaveLength(3);
    // Different hours: no two therapists share a weekly pattern.
    expect(new Set(therapists.map((s) => JSON.stringify(s.weekly))).size).toBe(3);
    // Per-staff lengths: someone takes longer for medical gymnastics than the default.
    const gymnastics = services.find((s) => s.title === 'Krankengymnastik')!;
    expect(new Set(gymnastics.staff.map((l) => l.seanceLength)).size).toBeGreaterThan(1);
  });

  it('has clients who share a first and last name but not a birth date', () => {
    const { clients } = demoSnapshot({ seed: 42, now }).tables;
    const byName = new Map<string, typeof clients>();
    for (const c of clients) {
      const key = `${c.companyId} ${c.name} ${c.surname}`;
      byName.set(key, [...(byName.get(key) ?? []), c]);
    }
    const namesakes = [...byName.values()].filter((group) => group.length > 1);
    expect(namesakes.length).toBeGreaterThanOrEqual(2);
    for (const group of namesakes) expect(new Set(group.map((c) => c.birthDate)).size).toBe(group.length);
  });

  it('lays out records over the coming weeks without overlaps per staff member', () => {
    const { records } = demoSnapshot({ seed: 42, now }).tables;
    const future = records.filter((r) => r.start > now);
    expect(future.length).toBeGreaterThan(20);
    expect(Math.max(...future.map((r) => r.start)) - now).toBeGreaterThan(14 * 86_400_000);
    for (const a of records) {
      for (const b of records) {
        if (a.id < b.id && a.staffId === b.staffId) {
          expect(a.start + a.length * 1000 <= b.start || b.start + b.length * 1000 <= a.start).toBe(true);
        }
      }
    }
  });

  it('has no clients or records in the empty dataset', () => {
    const { clients, records, staff } = demoSnapshot({ seed: 42, now, dataset: 'empty' }).tables;
    expect([clients.length, records.length]).toEqual([0, 0]);
    expect(staff.length).toBe(5);
  });
});
