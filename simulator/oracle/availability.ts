import { addDays, zonedInstant, zonedParts } from '../../kit/zoned-time.ts';
import { fail, pass } from '../checks/check.ts';
import { writtenIn } from '../checks/zone.ts';
import { daySlots } from '../scenario/day-slots.ts';
import type { OfferFormat, OffersExpectation, OfferWindow } from '../scenario/scenario.ts';
import { select } from '../scenario/template.ts';
import type { CheckResult } from '../types.ts';
import type { FreeTime, FreeTimesQuery } from './oracle-client.ts';
import { Truth, type Ref } from './truth.ts';

// The availability oracle: every time an answer offers is held against the fake
// Altegio's slot engine for that location, service and staff: free, bookable for the
// length offered, inside the day or window asked for, not past, not repeated, written
// in the zone asked for; and, where the contract promises it, every free time offered.

/** One offered time, as read from an answer. */
export interface Offer {
  /** How the answer wrote it (shown in failures). */
  readonly text: string;
  /** Ms since the epoch; NaN when unreadable. */
  readonly start: number;
  readonly durationMin?: number;
  /** The staff member, by name, when the answer names one. */
  readonly staff?: string;
  /** Whether the text carries a UTC offset (only those can be in the wrong zone). */
  readonly hasOffset: boolean;
}

const readers: Readonly<Record<OfferFormat, (value: unknown, zone: string) => Offer[] | undefined>> = {
  // VoiceBot Slot[]: start/end with offsets, duration in minutes, the agent's name.
  slots: (value) =>
    Array.isArray(value)
      ? value.map((s) => ({
          text: String(s?.start),
          start: Date.parse(s?.start),
          durationMin: typeof s?.duration === 'number' && Date.parse(s?.end) - Date.parse(s?.start) === s.duration * 60_000 ? s.duration : Number.NaN,
          staff: String(s?.agentName ?? ''),
          hasOffset: true,
        }))
      : undefined,
  // Unified days: `[{date, slots: ['9:00 AM']}]`, wall times in a zone.
  'day-slots': (value, zone) => daySlots(value, zone)?.map((d) => ({ text: `${d.date} ${d.time}`, start: Date.parse(d.datetime), hasOffset: false })),
  // Partner Availability[]: start_at with an offset, duration_minutes.
  availabilities: (value) =>
    Array.isArray(value) ? value.map((a) => ({ text: String(a?.start_at), start: Date.parse(a?.start_at), durationMin: a?.duration_minutes, hasOffset: true })) : undefined,
  // Altegio book_times: datetime with an offset, seance_length in seconds.
  'book-times': (value) =>
    Array.isArray(value) ? value.map((t) => ({ text: String(t?.datetime), start: Date.parse(t?.datetime), durationMin: t?.seance_length / 60, hasOffset: true })) : undefined,
};

/** The fake Altegio's side of an offer check: its state and its free times. */
export interface OfferTruth {
  /** The state right after the answer. */
  readonly truth: Truth;
  /** The fake's clock when the request was sent: a time that began while the step ran was still ahead when offered. */
  readonly askedAt: number;
  freeTimes(query: FreeTimesQuery): Promise<FreeTime[]>;
}

export interface OffersOutcome {
  readonly checks: CheckResult[];
  /** Set when the fake itself had no free time in the window: a scenario that needs one cannot run. */
  readonly noFreeTime?: string;
}

/** Checks the offers in an answer body (expectation rendered: no templates left). */
export async function checkOffers(body: unknown, e: OffersExpectation, oracle: OfferTruth): Promise<OffersOutcome> {
  const { truth } = oracle;
  const companyId = Number(e.location);
  const company = truth.company(companyId);
  if (!company) return { checks: [fail('offers.truth', `location ${companyId} is not in the fake Altegio`, 'a location of the fake', companyId)] };
  const service = truth.service(companyId, e.service as Ref);
  if (!service) return { checks: [fail('offers.service', `${describeRef(e.service as Ref)} is no service of ${company.title}`, `a service of location ${companyId}`, e.service)] };
  const providers = truth.providers(service);
  const chosen = e.staff ? truth.staff(companyId, e.staff as Ref) : undefined;
  if (e.staff && (!chosen || !providers.has(chosen.id))) {
    return { checks: [fail('offers.staff', `${describeRef(e.staff as Ref)} is not a staff member of ${company.title} who provides ${service.title}`, [...providers.keys()], e.staff)] };
  }
  const zone = e.zone ?? company.timeZone;
  const offers = readers[e.read](select(body, e.at), zone);
  if (!offers) return { checks: [fail('offers.readable', `no offers of the form "${e.read}" at ${e.at || 'the answer'}`, e.read, select(body, e.at))] };

  const now = truth.state.now;
  const [from, to] = windowOf(e.window, { now, zone: company.timeZone });
  // Nothing before now is free: a window wholly past needs no question to the fake.
  const first = Math.max(from, now);
  const dates = { from: zonedParts(first, company.timeZone).date, to: zonedParts(to - 1, company.timeZone).date };
  const asked = first < to ? await oracle.freeTimes({ companyId, serviceId: service.id, staffId: chosen?.id ?? 0, ...dates }) : [];
  const free = asked.filter((f) => providers.has(f.staffId) && f.start >= from && f.start < to);
  const staffByName = new Map(truth.staffOf(companyId).map((s) => [s.name.trim().toLowerCase(), s.id]));
  const staffOf = (o: Offer) => (o.staff === undefined ? undefined : staffByName.get(o.staff.trim().toLowerCase()));
  const freeAt = (o: Offer) => free.filter((f) => f.start === o.start && (o.staff === undefined || f.staffId === staffOf(o)));

  const checks: CheckResult[] = [];
  // Only where the request named a zone: otherwise any offset is the contract's (partner, Altegio).
  if (e.zone !== undefined) checks.push(every('offers.in-zone', offers.filter((o) => o.hasOffset && !writtenIn(o.text, zone)), `written with the offset of ${zone}`));
  checks.push(
    every('offers.unique', offers.filter((o, i) => offers.findIndex((p) => p.start === o.start && staffOf(p) === staffOf(o)) !== i), 'each time offered once'),
    every('offers.not-past', offers.filter((o) => o.start < oracle.askedAt), `at or after the fake's now ${new Date(oracle.askedAt).toISOString()}`),
    every('offers.in-window', offers.filter((o) => !(o.start >= from && o.start < to)), `inside ${describeWindow(from, to, zone)}`),
  );
  if (offers.some((o) => o.staff !== undefined)) {
    const allowed = chosen ? [chosen.id] : [...providers.keys()];
    checks.push(every('offers.staff', offers.filter((o) => !allowed.includes(staffOf(o) ?? -1)), chosen ? `with ${chosen.name} only` : `with a staff member who provides ${service.title}`));
  }
  // Offers outside the window are named by offers.in-window alone, and the truth is read for the
  // window after the answer: a time that began while the step ran is judged by no one.
  const inWindow = (o: Offer) => o.start >= Math.max(from, now) && o.start < to;
  checks.push(every('offers.free', offers.filter((o) => inWindow(o) && freeAt(o).length === 0), `free in Altegio for ${service.title}`));
  if (offers.some((o) => o.durationMin !== undefined)) {
    const wrong = offers.filter((o) => {
      const lengths = (o.staff !== undefined ? [providers.get(staffOf(o) ?? -1)] : freeAt(o).map((f) => f.length)).filter((l) => l !== undefined);
      return o.durationMin === undefined || (lengths.length > 0 && !lengths.includes(o.durationMin * 60));
    });
    checks.push(every('offers.length', wrong, `as long as ${service.title} takes that staff member`));
  }
  const offered = new Set(offers.map((o) => o.start));
  const freeStarts = [...new Set(free.map((f) => f.start))].sort((a, b) => a - b);
  if (e.complete === 'all') {
    const missing = freeStarts.filter((s) => !offered.has(s));
    checks.push(
      missing.length === 0
        ? pass('offers.complete', `all ${freeStarts.length} free times offered`)
        : fail('offers.complete', `${missing.length} free time(s) of ${freeStarts.length} not offered`, `every free time in ${describeWindow(from, to, zone)}`, { missing: missing.slice(0, 5).map((m) => iso(m, zone)) }),
    );
  }
  if (e.complete === 'earliest') {
    const expected = earliest(freeStarts, zone);
    const given = offers.filter((o) => o.start >= now).map((o) => o.start);
    checks.push(
      expected.length === given.length && expected.every((s, i) => s === given[i])
        ? pass('offers.earliest', `the ${given.length} earliest free times`)
        : fail('offers.earliest', 'not the earliest free times (at most 3 days, 3 times each)', expected.map((s) => iso(s, zone)), offers.map((o) => o.text)),
    );
  }
  if (e.read === 'day-slots') checks.push(dayLabels(select(body, e.at), { zone, now: oracle.askedAt }));
  const noFreeTime = freeStarts.length === 0 ? `no free time for ${service.title}${chosen ? ` with ${chosen.name}` : ''} ${describeWindow(from, to, zone)} in the fake Altegio` : undefined;
  return { checks, ...(noFreeTime && { noFreeTime }) };
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Days labelled as a caller hears them, in the zone they are spoken in: `Today`, `Tomorrow`, else the weekday. */
function dayLabels(groups: unknown, at: { zone: string; now: number }): CheckResult {
  const today = zonedParts(at.now, at.zone).date;
  const expected = (date: string) => (date === today ? 'Today' : date === addDays(today, 1) ? 'Tomorrow' : weekdays[new Date(`${date}T12:00:00Z`).getUTCDay()]);
  const wrong = (Array.isArray(groups) ? groups : []).filter((g) => g?.date_label !== expected(String(g?.date)));
  return wrong.length === 0
    ? pass('offers.day-labels', `every day labelled as heard in ${at.zone}`)
    : fail('offers.day-labels', `${wrong.length} day(s) labelled otherwise than Today, Tomorrow or the weekday in ${at.zone}`, wrong.slice(0, 3).map((g) => ({ date: g?.date, date_label: expected(String(g?.date)) })), wrong.slice(0, 3).map((g) => ({ date: g?.date, date_label: g?.date_label })));
}

/** The window an expectation names, as instants `[from, to)`. */
function windowOf(w: OfferWindow, { now, zone }: { now: number; zone: string }): [number, number] {
  if ('date' in w) {
    const dayZone = w.zone === undefined ? zone : String(w.zone);
    const start = zonedInstant(String(w.date), '00:00', dayZone);
    const end = zonedInstant(addDays(String(w.date), 1), '00:00', dayZone);
    return [w.after === undefined ? start : Math.max(start, Date.parse(String(w.after))), end];
  }
  if ('daysAhead' in w) {
    const first = zonedParts(w.from === undefined ? now : Date.parse(String(w.from)), zone).date;
    return [Math.max(now, zonedInstant(first, '00:00', zone)), zonedInstant(addDays(first, Number(w.daysAhead) + 1), '00:00', zone)];
  }
  return [Date.parse(String(w.from)), Date.parse(String(w.to))];
}

/** The suggest limits: the earliest 3 days (in the zone spoken in), the earliest 3 times of each. */
function earliest(starts: readonly number[], zone: string): number[] {
  const days = new Map<string, number[]>();
  for (const s of starts) {
    const date = zonedParts(s, zone).date;
    if (!days.has(date) && days.size === 3) break;
    days.set(date, [...(days.get(date) ?? []), s]);
  }
  return [...days.values()].flatMap((d) => d.slice(0, 3));
}

function every(name: string, wrong: readonly Offer[], rule: string): CheckResult {
  return wrong.length === 0
    ? pass(name, `every offer ${rule}`)
    : fail(name, `${wrong.length} offer(s) not ${rule}`, rule, wrong.slice(0, 5).map((o) => (o.staff ? `${o.text} (${o.staff}${o.durationMin ? `, ${o.durationMin} min` : ''})` : o.durationMin ? `${o.text} (${o.durationMin} min)` : o.text)));
}

const iso = (instant: number, zone: string) => {
  const p = zonedParts(instant, zone);
  return `${p.date} ${p.time} ${zone}`;
};
const describeWindow = (from: number, to: number, zone: string) => `${iso(from, zone)} – ${iso(to, zone)}`;
const describeRef = (ref: Ref) => ('id' in ref ? `id ${ref.id}` : `"${ref.name}"`);
