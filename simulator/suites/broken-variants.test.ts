import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { addDays, formatOffset, formatZoned, zonedParts } from '../../kit/zoned-time.ts';
import { appointmentId } from '../../mock-server/unified/appointment-id.ts';
import { makeSlotId, readSlotId } from '../../mock-server/voicebot/ids.ts';
import { runScenarios } from '../runner.ts';
import { jsonAnswer, startBrokenProxy, type Breakage, type Forward, type ProxiedRequest, type ProxiedResponse } from '../testing/broken-proxy.ts';
import type { RunResult } from '../types.ts';
import { suiteFlags, suites } from './index.ts';

// A green run must not lie. The reference implementations pass every built-in suite at
// each pinned clock position below; and each broken variant (one mistake integrators
// really make, put in front of a reference implementation by a real HTTP proxy) fails
// the built-in scenarios that exercise it, at every position, with the check that names
// the mistake. Only those scenarios run, so the file stays fast.

let mock: RunningMock;
let runs = 0;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, frozen: true });
});
afterAll(() => mock.close());

type Api = 'voicebot' | 'unified' | 'partner' | 'altegio';
const mounts: Record<Api, string> = { voicebot: '/voicebot', unified: '/unified', partner: '/partner', altegio: '/api/v1' };

// A Monday morning, a Friday evening (the next days are a weekend), a Saturday, and the
// Friday before Europe's clocks go forward (the scenarios' days straddle the change).
const positions = [
  { seed: 1, now: '2026-03-02T07:00:00Z' },
  { seed: 2, now: '2026-03-06T17:30:00Z' },
  { seed: 3, now: '2026-03-07T11:00:00Z' },
  { seed: 4, now: '2026-03-27T16:30:00Z' },
] as const;
type Position = (typeof positions)[number];

async function simulate(api: Api, target: string, at: Position, only?: readonly string[]): Promise<RunResult> {
  mock.fake.clock.set(Date.parse(at.now), { frozen: true });
  mock.fake.reset();
  const suite = suites[api]!;
  const { vars, headers } = suite.start(suiteFlags(suite), mock.fake.clock.now());
  const scenarios = suite.scenarios(vars).filter((s) => only === undefined || only.includes(s.name));
  // A renamed scenario must fail the variant, not leave it running nothing.
  if (only) expect(scenarios.map((s) => s.name)).toEqual(only);
  runs += 1;
  const ctx = { api, target, fetch, headers, vars, seed: at.seed, budgetMs: 5000, timeoutMs: 15_000, concurrency: 6, runId: String(4_000_000 + runs), altegio: `${mock.url}/api/v1` };
  return runScenarios(scenarios, ctx, []);
}

const failedChecks = (result: RunResult) => [...new Set(result.scenarios.flatMap((s) => s.steps.flatMap((st) => st.checks.filter((c) => c.state === 'failed').map((c) => c.check))))];

describe.each(positions)('the reference implementations at seed $seed, $now', (at) => {
  it.each(['voicebot', 'unified', 'partner', 'altegio'] as const)('%s passes every check, offers and effects held against the fake', async (api) => {
    const result = await simulate(api, mock.url + mounts[api], at);
    expect(failedChecks(result)).toEqual([]);
    // Not a vacuous pass: the oracles judged something.
    const judged = new Set(result.scenarios.flatMap((s) => s.steps.flatMap((st) => st.checks.filter((c) => c.state === 'passed').map((c) => c.check.split('.')[0]))));
    expect([...judged]).toEqual(expect.arrayContaining(['offers', 'oracle']));
  });
});

// --- tools the broken implementations are built from ---------------------------------

type Json = Record<string, any>;
const bodyOf = (text: string): Json => {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
};
const withBody = (req: ProxiedRequest, body: unknown): ProxiedRequest => ({ ...req, body: JSON.stringify(body) });
const ok = (res: ProxiedResponse) => res.status >= 200 && res.status < 300;

type Match = (req: ProxiedRequest, body: Json) => boolean;
const action = (name: string): Match => (_, body) => body.action === name;
const path = (pattern: RegExp): Match => (req) => pattern.test(req.path);

/** Passes matching requests on with their body rewritten. */
const request = (match: Match, rewrite: (body: Json) => Json): Breakage => (req, forward) => {
  const body = bodyOf(req.body);
  return forward(match(req, body) ? withBody(req, rewrite(body)) : req);
};

/** Rewrites the successful answers to matching requests. */
const answer = (match: Match, rewrite: (answer: any, sent: Json) => unknown): Breakage => async (req, forward) => {
  const res = await forward(req);
  const sent = bodyOf(req.body);
  return match(req, sent) && ok(res) ? jsonAnswer(res.status, rewrite(bodyOf(res.body), sent)) : res;
};

/** Handles matching requests itself (it may still forward), passes the rest on. */
const handle = (match: Match, handler: (body: Json, req: ProxiedRequest, forward: Forward) => Promise<ProxiedResponse>): Breakage => (req, forward) => {
  const body = bodyOf(req.body);
  return match(req, body) ? handler(body, req, forward) : forward(req);
};

/** Answers repeated identical requests from the first answer: an availability cache that is never invalidated. */
const staleCache = (match: Match): Breakage => {
  const cache = new Map<string, ProxiedResponse>();
  return async (req, forward) => {
    if (!match(req, bodyOf(req.body))) return forward(req);
    const key = `${req.path} ${req.body}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const res = await forward(req);
    if (ok(res)) cache.set(key, res);
    return res;
  };
};

// The demo agent (unified) and platform account (partner) book this service (30 minutes)
// with this therapist at this location (mock-server/reference/default-config.yaml).
const demo = { location: 1001, zone: 'Europe/Berlin', service: 10009, staff: 10001, seconds: 1800 } as const;

/** The broken implementation's own Altegio calls, with the demo location's credentials. */
async function altegio(method: string, target: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${mock.url}/api/v1${target}`, {
    method,
    headers: { authorization: 'Bearer sc_partner_demo_7f3a9c, User sc_user_berlin_4d1e8b', 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const json = (await res.json().catch(() => ({}))) as Json;
  if (!res.ok) throw new Error(`Altegio ${method} ${target}: ${res.status} ${JSON.stringify(json)}`);
  return json.data;
}

/** Writes a record through Altegio's staff API, which keeps past times, and with save_if_busy any time at all. */
const writeRecord = (record: { staff: number; service: number; name: string; phone: string; email?: string; start: string; seconds: number; notes?: string; saveIfBusy: boolean }, location: number = demo.location) =>
  altegio('POST', `/records/${location}`, {
    staff_id: record.staff,
    services: [{ id: record.service }],
    client: { name: record.name, phone: record.phone, ...(record.email && { email: record.email }) },
    datetime: record.start,
    seance_length: record.seconds,
    save_if_busy: record.saveIfBusy,
    ...(record.notes && { comment: record.notes }),
  });

/** Moves a record as Altegio's full replacement, with save_if_busy. */
async function forceMove(location: number, recordId: number, to: { staff: number; start: string }): Promise<Json> {
  const record = await altegio('GET', `/record/${location}/${recordId}`);
  return altegio('PUT', `/record/${location}/${recordId}`, {
    staff_id: to.staff,
    services: record.services.map((s: Json) => ({ id: s.id })),
    client: { name: `${record.client.name} ${record.client.surname ?? ''}`.trim(), phone: record.client.phone },
    datetime: to.start,
    seance_length: record.seance_length,
    save_if_busy: true,
  });
}

/** A unified success as the reference shapes it, for a record the broken implementation wrote itself. */
const unifiedDone = (act: string, record: Json) =>
  jsonAnswer(200, {
    success: true,
    message: `Done: your appointment is on ${record.datetime}.`,
    data: { success: true, message: 'Done', summary: 'Appointment confirmed', action: act, appointment_id: appointmentId(demo.location, record.id), date_time: record.datetime, agent_name: record.staff.name, action_required: '' },
  });

const unifiedRecordId = (id: string) => Number(/^appt_(\d+)_/.exec(id)?.[1]);
const voicebotRecordId = (id: string) => Number(/^bk_\d+_(\d+)$/.exec(id)?.[1]);

/** `13:05` as a unified answer speaks it: `1:05 PM`. */
const twelveHour = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return `${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
};

/** The same wall time with the location's offset at that instant (the offset a sloppy parser assumes). */
const asLocalWallTime = (text: string) => {
  const wall = text.replace(/(Z|[+-]\d{2}:\d{2})$/, '');
  return wall + formatOffset(zonedParts(Date.parse(`${wall}Z`), demo.zone).offsetMinutes);
};

const byStart = (slots: Json[]) => [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || String(a.agentName).localeCompare(b.agentName));

// --- the broken variants ---------------------------------------------------------------

interface Variant {
  readonly api: Api;
  /** One realistic sentence: what the implementation does wrong. */
  readonly fault: string;
  /** The built-in scenarios that exercise it. */
  readonly scenarios: readonly string[];
  /** The check that must fail. */
  readonly check: string;
  /** A fresh breakage per run (some keep state across requests). */
  readonly breakage: () => Breakage;
}

const voicebot: Variant[] = [
  {
    api: 'voicebot',
    fault: 'answers getSlots with the next day’s slots (an off-by-one in its date arithmetic)',
    scenarios: ['book-any-agent'],
    check: 'offers.in-window',
    breakage: () => request(action('getSlots'), (b) => ({ ...b, dateTime: addDays(b.dateTime, 1) })),
  },
  {
    api: 'voicebot',
    fault: 'treats the end of working hours as exclusive of the last start, dropping each agent’s last slot of the day',
    scenarios: ['book-any-agent'],
    check: 'offers.complete',
    breakage: () =>
      answer(action('getSlots'), (slots) => {
        const last = new Map<string, number>();
        for (const s of slots) last.set(s.agentId, Math.max(last.get(s.agentId) ?? 0, Date.parse(s.start)));
        return slots.filter((s: Json) => Date.parse(s.start) !== last.get(s.agentId));
      }),
  },
  {
    api: 'voicebot',
    fault: 'appends the answer of a retried Altegio read to the first, listing every slot twice',
    scenarios: ['book-any-agent'],
    check: 'offers.unique',
    breakage: () => answer(action('getSlots'), (slots) => byStart([...slots, ...slots])),
  },
  {
    api: 'voicebot',
    fault: 'caches getSlots answers and never drops the cache on a booking, so the booked slot is still offered',
    scenarios: ['book-any-agent'],
    check: 'offers.free',
    breakage: () => staleCache(action('getSlots')),
  },
  {
    api: 'voicebot',
    fault: 'writes slot times with the location’s offset (Europe/Berlin) instead of the caller’s time zone',
    scenarios: ['book-any-agent'],
    check: 'offers.in-zone',
    breakage: () => answer(action('getSlots'), (slots) => slots.map((s: Json) => ({ ...s, start: formatZoned(Date.parse(s.start), demo.zone), end: formatZoned(Date.parse(s.end), demo.zone) }))),
  },
  {
    api: 'voicebot',
    fault: 'gives every slot the calendar’s default one-hour length instead of the product’s',
    scenarios: ['book-any-agent'],
    check: 'offers.length',
    breakage: () => answer(action('getSlots'), (slots, sent) => slots.map((s: Json) => ({ ...s, duration: 60, end: formatZoned(Date.parse(s.start) + 3_600_000, sent.timezone) }))),
  },
  {
    api: 'voicebot',
    fault: 'needs entityId on every request, though the bot sends it only with the first calls',
    scenarios: ['book-any-agent'],
    check: 'status',
    breakage: () =>
      handle(
        (_, b) => !['getEntityForSipId', 'getBusinessName', 'getAppointmentTypes', 'getAgents', 'getProducts', 'getAppointmentTypesWithProducts'].includes(b.action) && b.entityId === undefined,
        async (b) => jsonAnswer(400, { error: { code: 'invalid_request', message: `${b.action} needs entityId, which is missing.`, details: { field: 'entityId', action: b.action } } }),
      ),
  },
  {
    api: 'voicebot',
    fault: 'greets with the name of its Altegio user account instead of the location’s title',
    scenarios: ['book-any-agent'],
    check: 'content.business-name',
    breakage: () => answer(action('getBusinessName'), () => ({ name: 'Praxis Gleichgewicht Empfang' })),
  },
  {
    api: 'voicebot',
    fault: 'looks up getAgents’ appointment type in a list ordered differently, answering the other type’s therapists',
    scenarios: ['book-with-agent'],
    check: 'content.agents',
    breakage: () => {
      let types: Json[] = [];
      return async (req, forward) => {
        const body = bodyOf(req.body);
        if (body.action === 'getAppointmentTypes') {
          const res = await forward(req);
          if (ok(res)) types = bodyOf(res.body) as Json[];
          return res;
        }
        if (body.action !== 'getAgents' || types.length < 2) return forward(req);
        const at = types.findIndex((t) => t.id === body.appointmentTypeId);
        return forward(withBody(req, { ...body, appointmentTypeId: types[(at + 1) % types.length]!.id }));
      };
    },
  },
  {
    api: 'voicebot',
    fault: 'adds its 15-minute clean-up buffer to every product’s length',
    scenarios: ['book-any-agent'],
    check: 'content.products',
    breakage: () => answer(action('getProducts'), (products) => products.map((p: Json) => ({ ...p, duration: p.duration + 15 }))),
  },
  {
    api: 'voicebot',
    fault: 'writes the client’s name surname first (“Mustermann Erika”)',
    scenarios: ['book-any-agent'],
    check: 'oracle.booked-client',
    breakage: () => request(action('bookAppointment'), (b) => ({ ...b, booker: { ...b.booker, firstName: b.booker.lastName, lastName: b.booker.firstName } })),
  },
  {
    api: 'voicebot',
    fault: 'spreads bookings over the therapists, giving the time to a colleague of the chosen agent whenever one is free then',
    // Two bookings and a move: at each position one of them is at a time a colleague is free.
    scenarios: ['two-bookings'],
    check: 'oracle.booked-staff',
    breakage: () =>
      handle(action('bookAppointment'), async (b, req, forward) => {
        const slots = bodyOf((await forward(withBody(req, { action: 'getSlots', appointmentTypeId: b.appointmentTypeId, productId: b.productId, agentId: null, dateTime: b.start, timezone: demo.zone }))).body);
        const colleague = Array.isArray(slots) ? slots.find((s: Json) => Date.parse(s.start) === Date.parse(b.start) && s.id !== b.slotId) : undefined;
        return forward(colleague ? withBody(req, { ...b, slotId: colleague.id, start: colleague.start }) : req);
      }),
  },
  {
    api: 'voicebot',
    fault: 'books the appointment type’s first product, whichever product the caller chose',
    // Visible only where the seeded pick is another product of a type with several: these scenarios have one at each position.
    scenarios: ['book-any-agent', 'cancel', 'namesakes'],
    check: 'oracle.booked-service',
    breakage: () =>
      handle(action('bookAppointment'), async (b, req, forward) => {
        const slot = readSlotId(b.slotId)!;
        const category = Number(String(b.appointmentTypeId).split('_')[2]);
        const first = ((await altegio('GET', `/company/${slot.companyId}/services`)) as Json[]).find((s) => s.category_id === category && s.active);
        if (!first || first.id === slot.serviceId) return forward(req);
        return forward(withBody(req, { ...b, productId: `pr_${slot.companyId}_${first.id}`, slotId: makeSlotId({ ...slot, serviceId: first.id }) }));
      }),
  },
  {
    api: 'voicebot',
    fault: 'cancels the caller’s latest booking instead of the one the bot names',
    scenarios: ['two-bookings'],
    check: 'oracle.record-cancelled',
    breakage: () => {
      let user: string | undefined;
      return async (req, forward) => {
        const body = bodyOf(req.body);
        if (body.action === 'findExistingBooking') user = body.id;
        if (body.action !== 'cancelAppointment' || user === undefined) return forward(req);
        const bookings = bodyOf((await forward(withBody(req, { action: 'findExistingBooking', id: user }))).body) as Json[];
        const latest = bookings.at(-1)!;
        return forward(withBody(req, { ...body, bookingId: latest.bookingId, slotId: latest.slotId, start: latest.start }));
      };
    },
  },
  {
    api: 'voicebot',
    fault: 'moves the caller’s earliest booking instead of the one the bot names',
    scenarios: ['two-bookings'],
    check: 'oracle.record-moved',
    breakage: () => {
      let user: string | undefined;
      return async (req, forward) => {
        const body = bodyOf(req.body);
        if (body.action === 'findExistingBooking') user = body.id;
        if (body.action !== 'modifyAppointment' || user === undefined) return forward(req);
        const [earliest] = bodyOf((await forward(withBody(req, { action: 'findExistingBooking', id: user }))).body) as Json[];
        return forward(withBody(req, { ...body, bookingId: earliest!.bookingId, slotIdOld: earliest!.slotId }));
      };
    },
  },
  {
    api: 'voicebot',
    fault: 'books a slot another caller holds, writing to Altegio with save_if_busy when the slot is refused',
    scenarios: ['taken-times'],
    check: 'oracle.nothing-changed',
    breakage: () =>
      handle(action('bookAppointment'), async (b, req, forward) => {
        const res = await forward(req);
        if (res.status !== 409) return res;
        const slot = readSlotId(b.slotId)!;
        const services = (await altegio('GET', `/company/${slot.companyId}/services`)) as Json[];
        const seconds = services.find((s) => s.id === slot.serviceId)!.staff.find((l: Json) => l.id === slot.staffId).seance_length;
        const who = b.participant ?? b.booker;
        const record = await writeRecord({ staff: slot.staffId, service: slot.serviceId, name: `${who.firstName} ${who.lastName}`, phone: b.booker.phone, start: b.start, seconds, saveIfBusy: true }, slot.companyId);
        return jsonAnswer(200, { success: true, bookingId: `bk_${slot.companyId}_${record.id}`, slotId: b.slotId, start: b.start, end: formatZoned(slot.start + seconds * 1000, demo.zone), message: 'Booked.' });
      }),
  },
  {
    api: 'voicebot',
    fault: 'moves a booking onto a time another caller holds, writing to Altegio with save_if_busy when the slot is refused',
    scenarios: ['taken-times'],
    check: 'oracle.nothing-changed',
    breakage: () =>
      handle(action('modifyAppointment'), async (b, req, forward) => {
        const res = await forward(req);
        if (res.status !== 409) return res;
        const slot = readSlotId(b.slotIdNew)!;
        const record = await forceMove(slot.companyId, voicebotRecordId(b.bookingId), { staff: slot.staffId, start: b.start });
        return jsonAnswer(200, { success: true, bookingId: b.bookingId, slotId: b.slotIdNew, start: b.start, end: formatZoned(slot.start + record.seance_length * 1000, demo.zone), message: 'Moved.' });
      }),
  },
];

const unified: Variant[] = [
  {
    api: 'unified',
    fault: 'suggests up to four times a day where the contract says three',
    scenarios: ['race'],
    check: 'offers.earliest',
    breakage: () =>
      handle(action('suggest'), async (b, req, forward) => {
        const res = await forward(withBody(req, { ...b, action: 'availability' }));
        if (!ok(res)) return res;
        const out = bodyOf(res.body);
        const days = out.data.available_slots.slice(0, 3).map((d: Json) => ({ ...d, slots: d.slots.slice(0, 4) }));
        return jsonAnswer(200, { ...out, data: { ...out.data, action: 'suggest', available_slots: days } });
      }),
  },
  {
    api: 'unified',
    fault: 'suggests only the earliest day’s times',
    scenarios: ['race'],
    check: 'offers.earliest',
    breakage: () => answer(action('suggest'), (out) => ({ ...out, data: { ...out.data, available_slots: out.data.available_slots.slice(0, 1) } })),
  },
  {
    api: 'unified',
    fault: 'ignores days_ahead and always lists the default seven days',
    scenarios: ['days-ahead'],
    check: 'offers.in-window',
    breakage: () => request(action('availability'), ({ days_ahead: _, ...b }) => b),
  },
  {
    api: 'unified',
    fault: 'ignores the caller’s timezone and speaks days and times in the location’s zone',
    scenarios: ['caller-far-away'],
    check: 'offers.free',
    breakage: () => request(() => true, ({ timezone: _, ...b }) => b),
  },
  {
    api: 'unified',
    fault: 'drops past times against a server clock an hour behind (UTC taken for local time), so the time an hour ago is still offered',
    scenarios: ['days-ahead'],
    check: 'offers.not-past',
    breakage: () =>
      answer(action('availability'), (out, sent) => {
        const { date, time } = zonedParts(mock.fake.clock.now() - 3_600_000, sent.timezone ?? demo.zone);
        const days: Json[] = out.data.available_slots;
        const today = days.find((d) => d.date === date);
        const available_slots = today
          ? days.map((d) => (d === today ? { ...d, slots: [twelveHour(time), ...d.slots] } : d))
          : [{ date, date_label: 'Today', slots: [twelveHour(time)] }, ...days];
        return { ...out, data: { ...out.data, available_slots } };
      }),
  },
  {
    api: 'unified',
    fault: 'books with the phone when both are given and drops the email',
    scenarios: ['caller-far-away'],
    check: 'oracle.booked-client',
    breakage: () => request(action('book'), ({ email, ...b }) => (b.phone ? b : { ...b, email })),
  },
  {
    api: 'unified',
    fault: 'drops the caller’s notes on booking',
    scenarios: ['book-reschedule-cancel'],
    check: 'oracle.booked-notes',
    breakage: () => request(action('book'), ({ notes: _, ...b }) => b),
  },
  {
    api: 'unified',
    fault: 'reschedules by booking the new time as a new appointment and keeping the old one',
    scenarios: ['book-reschedule-cancel'],
    check: 'oracle.record-moved',
    breakage: () =>
      handle(action('reschedule'), async (b, req, forward) => {
        const record = await altegio('GET', `/record/${demo.location}/${unifiedRecordId(b.appointment_id)}`);
        const { appointment_id: _, ...rest } = b;
        const res = await forward(withBody(req, { ...rest, action: 'book', name: `${record.client.name} ${record.client.surname ?? ''}`.trim(), phone: record.client.phone }));
        if (!ok(res)) return res;
        const out = bodyOf(res.body);
        return jsonAnswer(200, { ...out, data: { ...out.data, action: 'reschedule' } });
      }),
  },
  {
    api: 'unified',
    fault: 'answers cancel from its own appointment table and never tells Altegio',
    scenarios: ['book-reschedule-cancel'],
    check: 'oracle.record-cancelled',
    breakage: () => {
      const table = new Map<string, Json>();
      return async (req, forward) => {
        const body = bodyOf(req.body);
        if (body.action === 'cancel' && table.has(body.appointment_id)) {
          return jsonAnswer(200, { success: true, message: 'Your appointment has been cancelled.', data: { ...table.get(body.appointment_id), action: 'cancel', message: 'Cancelled successfully', summary: 'Cancelled' } });
        }
        const res = await forward(req);
        const data = bodyOf(res.body).data;
        if (ok(res) && data?.appointment_id) table.set(data.appointment_id, data);
        return res;
      };
    },
  },
  {
    api: 'unified',
    fault: 'books a time another caller holds, writing to Altegio with save_if_busy when the time is refused',
    scenarios: ['book-reschedule-cancel'],
    check: 'oracle.nothing-changed',
    breakage: () =>
      handle(action('book'), async (b, req, forward) => {
        const res = await forward(req);
        if (res.status !== 409) return res;
        return unifiedDone('book', await writeRecord({ staff: demo.staff, service: demo.service, name: b.name, phone: b.phone, start: b.appointment_datetime, seconds: demo.seconds, notes: b.notes, saveIfBusy: true }));
      }),
  },
  {
    api: 'unified',
    fault: 'checks a time only against the records already there, never against working hours, and books it',
    scenarios: ['unfree-times'],
    check: 'oracle.nothing-changed',
    breakage: () =>
      handle(action('book'), async (b, req, forward) => {
        const res = await forward(req);
        if (res.status !== 409) return res;
        const start = Date.parse(b.appointment_datetime);
        const day = zonedParts(start, demo.zone).date;
        const records = (await altegio('GET', `/records/${demo.location}?staff_id=${demo.staff}&start_date=${day}&end_date=${day}`)) as Json[];
        if (records.some((r) => Date.parse(r.datetime) < start + demo.seconds * 1000 && start < Date.parse(r.datetime) + r.seance_length * 1000)) return res;
        return unifiedDone('book', await writeRecord({ staff: demo.staff, service: demo.service, name: b.name, phone: b.phone, start: b.appointment_datetime, seconds: demo.seconds, saveIfBusy: true }));
      }),
  },
  {
    api: 'unified',
    fault: 'reschedules onto a time another caller holds, writing to Altegio with save_if_busy when the time is refused',
    scenarios: ['unfree-times'],
    check: 'oracle.nothing-changed',
    breakage: () =>
      handle(action('reschedule'), async (b, req, forward) => {
        const res = await forward(req);
        if (res.status !== 409) return res;
        return unifiedDone('reschedule', await forceMove(demo.location, unifiedRecordId(b.appointment_id), { staff: demo.staff, start: b.appointment_datetime }));
      }),
  },
  {
    api: 'unified',
    fault: 'refuses to book a known caller who gives only an email',
    scenarios: ['caller-far-away'],
    check: 'status',
    breakage: () =>
      handle(
        (_, b) => b.action === 'book' && !b.phone,
        async () => jsonAnswer(400, { success: false, message: 'I need a phone number to book.', error: { code: 'VALIDATION_ERROR', message: 'book requires phone', details: { fields: [{ field: 'phone', message: 'phone is required for book' }] } } }),
      ),
  },
];

const partner: Variant[] = [
  {
    api: 'partner',
    fault: 'ignores the range’s end_at and searches a fixed 14 days',
    scenarios: ['search-and-book'],
    check: 'offers.in-window',
    breakage: () =>
      request(path(/^\/availability\/search/), (b) => {
        const range = b.query.filter.start_at_range;
        const end = new Date(Date.parse(range.start_at) + 14 * 86_400_000).toISOString();
        return { ...b, query: { filter: { start_at_range: { ...range, end_at: end } } } };
      }),
  },
  {
    api: 'partner',
    fault: 'turns the platform’s local times into UTC by swapping the offset for Z, keeping the wall time',
    scenarios: ['search-and-book'],
    check: 'offers.free',
    breakage: () => answer(path(/^\/availability\/search/), (out) => ({ availabilities: out.availabilities.map((a: Json) => ({ ...a, start_at: a.start_at.replace(/[+-]\d{2}:\d{2}$/, 'Z') })) })),
  },
  {
    api: 'partner',
    fault: 'reports the location’s 15-minute grid step as every slot’s length',
    scenarios: ['search-and-book'],
    check: 'offers.length',
    breakage: () => answer(path(/^\/availability\/search/), (out) => ({ availabilities: out.availabilities.map((a: Json) => ({ ...a, duration_minutes: 15 })) })),
  },
  {
    api: 'partner',
    fault: 'pages the platform’s answer by ten and repeats each page’s last slot at the start of the next',
    scenarios: ['search-and-book'],
    check: 'offers.unique',
    breakage: () => answer(path(/^\/availability\/search/), (out) => ({ availabilities: out.availabilities.flatMap((a: Json, i: number) => (i > 0 && i % 10 === 0 ? [out.availabilities[i - 1], a] : [a])) })),
  },
  {
    api: 'partner',
    fault: 'caches search answers and never drops the cache on a booking, so the booked slot is still offered',
    scenarios: ['search-and-book'],
    check: 'offers.free',
    breakage: () => staleCache(path(/^\/availability\/search/)),
  },
  {
    api: 'partner',
    fault: 'drops the customer’s email when relaying a booking',
    scenarios: ['search-and-book'],
    check: 'oracle.booked-client',
    breakage: () => request(path(/^\/bookings/), (b) => ({ ...b, booking: { ...b.booking, customer: { phone: b.booking.customer.phone, name: b.booking.customer.name } } })),
  },
  {
    api: 'partner',
    fault: 'drops the booking’s notes when relaying it',
    scenarios: ['search-and-book'],
    check: 'oracle.booked-notes',
    breakage: () => request(path(/^\/bookings/), ({ booking: { notes: _, ...booking }, ...b }) => ({ ...b, booking })),
  },
  {
    api: 'partner',
    fault: 'reads the search range’s times as the location’s wall time, whatever offset they carry',
    scenarios: ['other-offsets'],
    check: 'offers.in-window',
    breakage: () =>
      request(path(/^\/availability\/search/), (b) => {
        const range = b.query.filter.start_at_range;
        return { ...b, query: { filter: { start_at_range: { start_at: asLocalWallTime(range.start_at), end_at: asLocalWallTime(range.end_at) } } } };
      }),
  },
  {
    api: 'partner',
    fault: 'reads a booking’s start_at as the location’s wall time, whatever offset (or Z) it carries',
    scenarios: ['other-offsets'],
    check: 'flow.booked-as-asked',
    breakage: () => request(path(/^\/bookings/), (b) => ({ ...b, booking: { ...b.booking, start_at: asLocalWallTime(b.booking.start_at) } })),
  },
  {
    api: 'partner',
    fault: 'books through Altegio’s staff API without checking the time is still offered, so a past time is kept',
    scenarios: ['unfree-times'],
    check: 'oracle.nothing-changed',
    breakage: () =>
      handle(path(/^\/bookings/), async (b, req, forward) => {
        const res = await forward(req);
        if (res.status !== 409) return res;
        const { start_at, duration_minutes, customer, notes } = b.booking;
        // Without save_if_busy the staff API still refuses a clash or a time outside working hours.
        const record = await writeRecord({ staff: demo.staff, service: demo.service, ...customer, start: start_at, seconds: duration_minutes * 60, notes, saveIfBusy: false }).catch(() => undefined);
        return record ? partnerBooked(record, b.booking) : res;
      }),
  },
  {
    api: 'partner',
    fault: 'treats a day without working hours (the weekend) as open all day and books it',
    scenarios: ['unfree-times'],
    check: 'oracle.nothing-changed',
    breakage: () =>
      handle(path(/^\/bookings/), async (b, req, forward) => {
        const res = await forward(req);
        const weekday = new Date(`${zonedParts(Date.parse(b.booking.start_at), demo.zone).date}T12:00:00Z`).getUTCDay();
        if (res.status !== 409 || (weekday !== 0 && weekday !== 6)) return res;
        const { start_at, duration_minutes, customer, notes } = b.booking;
        return partnerBooked(await writeRecord({ staff: demo.staff, service: demo.service, ...customer, start: start_at, seconds: duration_minutes * 60, notes, saveIfBusy: true }), b.booking);
      }),
  },
  {
    api: 'partner',
    fault: 'checks only that the start is offered and books the length the bot sends, with save_if_busy',
    scenarios: ['unfree-times'],
    check: 'oracle.nothing-changed',
    breakage: () =>
      handle(path(/^\/bookings/), async (b, req, forward) => {
        const res = await forward(req);
        if (res.status !== 409) return res;
        const { start_at, duration_minutes, customer, notes } = b.booking;
        const from = new Date(Date.parse(start_at)).toISOString();
        const to = new Date(Date.parse(start_at) + 60_000).toISOString();
        const search = await forward({ ...req, path: '/availability/search', body: JSON.stringify({ bot_id: b.bot_id, query: { filter: { start_at_range: { start_at: from, end_at: to } } } }) });
        if (bodyOf(search.body).availabilities?.length !== 1) return res;
        return partnerBooked(await writeRecord({ staff: demo.staff, service: demo.service, ...customer, start: start_at, seconds: duration_minutes * 60, notes, saveIfBusy: true }), b.booking);
      }),
  },
  {
    api: 'partner',
    fault: 'remembers an Idempotency-Key only once its booking is answered, so retries racing the first each book again',
    scenarios: ['concurrent-retries'],
    check: 'idempotency.one-booking',
    breakage: () => {
      const answered = new Map<string, ProxiedResponse>();
      let n = 0;
      return async (req, forward) => {
        const key = req.headers['idempotency-key'];
        if (!req.path.startsWith('/bookings') || !key) return forward(req);
        const seen = answered.get(`${key}\n${req.body}`);
        if (seen) return { ...seen, status: 200 };
        n += 1;
        const res = await forward({ ...req, headers: { ...req.headers, 'idempotency-key': `${key}-${n}` } });
        if (ok(res)) answered.set(`${key}\n${req.body}`, res);
        return res;
      };
    },
  },
];

/** A partner booking answer for a record the broken implementation wrote itself. */
const partnerBooked = (record: Json, booking: Json) =>
  jsonAnswer(201, {
    booking: {
      id: String(record.id),
      status: 'confirmed',
      start_at: record.datetime,
      end_at: formatZoned(Date.parse(record.datetime) + record.seance_length * 1000, demo.zone),
      customer: booking.customer,
      ...(booking.notes !== undefined && { notes: booking.notes }),
      created_at: new Date(mock.fake.clock.now()).toISOString(),
    },
  });

const altegioVariants: Variant[] = [
  {
    api: 'altegio',
    fault: 'compares a record’s start with < instead of <= when listing free times, so a time where a record starts is offered',
    scenarios: ['book-update-cancel'],
    check: 'offers.free',
    breakage: () =>
      handle(path(/^\/book_times\//), async (_, req, forward) => {
        const res = await forward(req);
        const [, company, staff, date] = /^\/book_times\/(\d+)\/(\d+)\/([\d-]+)/.exec(req.path)!;
        if (!ok(res) || staff === '0') return res;
        const out = bodyOf(res.body);
        const records = (await altegio('GET', `/records/${company}?staff_id=${staff}&start_date=${date}&end_date=${date}`)) as Json[];
        const extra = records.filter((r) => !out.data.some((t: Json) => Date.parse(t.datetime) === Date.parse(r.datetime)));
        const times = [...out.data, ...extra.map((r) => ({ ...out.data[0], time: r.datetime.slice(11, 16), datetime: r.datetime }))];
        return jsonAnswer(200, { ...out, data: times.sort((a, b) => Date.parse(a.datetime) - Date.parse(b.datetime)) });
      }),
  },
  {
    api: 'altegio',
    fault: 'stores every new record for one 15-minute grid step, whatever seance_length says',
    scenarios: ['book-update-cancel'],
    check: 'oracle.booked-length',
    breakage: () => request((req) => req.method === 'POST' && /^\/records\/\d+$/.test(req.path), (b) => ({ ...b, seance_length: 900 })),
  },
];

const variants = [...voicebot, ...unified, ...partner, ...altegioVariants];

// Seeds 1–3 at their three clock positions; the DST Friday is the reference runs' alone, to keep the suite's time in budget.
for (const variant of variants) {
  describe(`a ${variant.api} implementation that ${variant.fault}`, () => {
    it.each(positions.slice(0, 3))(`fails ${variant.check} at seed $seed, $now`, async (at) => {
      const proxy = await startBrokenProxy(mock.url + mounts[variant.api], variant.breakage());
      try {
        const result = await simulate(variant.api, proxy.url, at, variant.scenarios);
        expect(result.counts.failedScenarios).toBeGreaterThan(0);
        expect(failedChecks(result)).toContain(variant.check);
      } finally {
        await proxy.close();
      }
    });
  });
}
