import { jsonAnswer, startBrokenProxy, type Breakage, type ProxiedRequest, type ProxiedResponse } from '../broken-proxy.ts';

// Broken implementations whose faults show only in sequences: each is a reference
// implementation behind a proxy that keeps a little state of its own and goes wrong once
// that state says so (after N writes, with a caller's second booking, on a time someone
// took since it was offered, after K other requests, after a cancellation). No single
// scripted call trips them; `slotcheck explore` must find and shrink each.

export interface SequenceVariant {
  readonly name: string;
  readonly api: 'voicebot' | 'unified' | 'partner';
  readonly fault: string;
  /** The checks that name the fault: the shrunk sequence must fail with one of them. */
  readonly named: readonly string[];
  /** Puts the variant in front of the reference implementation at `target`; `reset` forgets its state. */
  start(context: { target: string; altegio: string }): Promise<RunningVariant>;
}

export interface RunningVariant {
  readonly url: string;
  reset(): void;
  close(): Promise<void>;
}

type Json = Record<string, any>;
const parse = (text: string): Json => {
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
};
const ok = (res: ProxiedResponse) => res.status >= 200 && res.status < 300;
const withBody = (req: ProxiedRequest, body: unknown): ProxiedRequest => ({ ...req, body: JSON.stringify(body) });
const writes = new Set(['bookAppointment', 'modifyAppointment', 'cancelAppointment', 'book', 'reschedule', 'cancel']);
/** The actions that list free times (VoiceBot, unified). */
const lookups = new Set(['getSlots', 'availability', 'suggest']);

/** A stateful fault: its breakage, and how to forget what it learnt. */
const variant = (make: (ctx: { altegio: string }) => { breakage: Breakage; reset(): void }): SequenceVariant['start'] =>
  async ({ target, altegio }) => {
    const { breakage, reset } = make({ altegio });
    const proxy = await startBrokenProxy(target, breakage);
    return { url: proxy.url, reset, close: proxy.close };
  };

/** Caches the free times it answered and drops them on every write, until the N-th write: from then on the cache is never dropped. */
const staleSlotsAfterWrites = (n: number, api: 'voicebot' | 'unified'): SequenceVariant => ({
  name: `stale ${api} slots after ${n} writes`,
  api,
  fault: `free times answered from a cache that stops being invalidated at the ${n}th booking, move or cancellation`,
  named: ['offers.free', 'offers.complete'],
  start: variant(() => {
    const cache = new Map<string, ProxiedResponse>();
    let written = 0;
    return {
      reset() {
        cache.clear();
        written = 0;
      },
      async breakage(req, forward) {
        const body = parse(req.body);
        if (lookups.has(body.action)) {
          const key = JSON.stringify(body);
          const hit = cache.get(key);
          if (hit) return hit;
          const res = await forward(req);
          if (ok(res)) cache.set(key, res);
          return res;
        }
        const res = await forward(req);
        if (writes.has(body.action) && ok(res) && ++written < n) cache.clear();
        return res;
      },
    };
  }),
});

interface Held {
  bookingId: string;
  slotId: string;
  start: string;
}

/** Cancelling one booking of a caller who holds two cancels their other one (the first of theirs it finds), and says it cancelled the one asked. */
const cancelFreesTheOther: SequenceVariant = {
  name: 'cancel frees the other booking',
  api: 'voicebot',
  fault: 'cancelAppointment of a caller holding two bookings cancels the other one',
  named: ['oracle.record-cancelled'],
  start: variant(() => {
    const byCaller = new Map<string, Held[]>();
    const holderOf = (bookingId: string) => [...byCaller.values()].find((list) => list.some((h) => h.bookingId === bookingId));
    return {
      reset: () => byCaller.clear(),
      async breakage(req, forward) {
        const body = parse(req.body);
        if (body.action === 'cancelAppointment') {
          const list = holderOf(body.bookingId);
          const other = list && list.length > 1 ? list.find((h) => h.bookingId !== body.bookingId)! : undefined;
          const res = await forward(other ? withBody(req, { ...body, ...other }) : req);
          if (!ok(res) || !list) return res;
          list.splice(list.indexOf(other ?? list.find((h) => h.bookingId === body.bookingId)!), 1);
          return other ? jsonAnswer(res.status, { ...parse(res.body), bookingId: body.bookingId, slotId: body.slotId, start: body.start }) : res;
        }
        const res = await forward(req);
        const answer = parse(res.body);
        if (!ok(res)) return res;
        if (body.action === 'bookAppointment') {
          const phone = String(body.booker?.phone);
          byCaller.set(phone, [...(byCaller.get(phone) ?? []), { bookingId: answer.bookingId, slotId: answer.slotId, start: answer.start }]);
        }
        if (body.action === 'modifyAppointment') {
          const held = holderOf(body.bookingId)?.find((h) => h.bookingId === body.bookingId);
          if (held) Object.assign(held, { bookingId: answer.bookingId, slotId: answer.slotId, start: answer.start });
        }
        return res;
      },
    };
  }),
};

/** Moves onto a slot it offered before without asking again whether it is still free: it writes over whoever took it since. */
const rescheduleWithoutRecheck: SequenceVariant = {
  name: 'reschedule without a re-check',
  api: 'voicebot',
  fault: 'modifyAppointment onto a slot offered earlier skips the availability check and writes with save_if_busy',
  named: ['oracle.nothing-changed'],
  start: variant(({ altegio }) => {
    const offered = new Set<string>();
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${altegio}${path}`, {
        method,
        headers: { authorization: 'Bearer sc_partner_demo_7f3a9c, User sc_user_berlin_4d1e8b', 'content-type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const json = (await res.json()) as Json;
      if (!res.ok) throw new Error(`Altegio ${method} ${path}: ${res.status}`);
      return json.data as Json;
    };
    return {
      reset: () => offered.clear(),
      async breakage(req, forward) {
        const body = parse(req.body);
        const ids = /^bk_(\d+)_(\d+)$/.exec(String(body.bookingId));
        const slot = /^sl_(\d+)_(\d+)_(\d+)_/.exec(String(body.slotIdNew));
        if (body.action !== 'modifyAppointment' || !ids || !slot || !offered.has(body.slotIdNew)) {
          const res = await forward(req);
          const list: unknown = parse(res.body);
          if (body.action === 'getSlots' && ok(res) && Array.isArray(list)) for (const s of list) offered.add(s.id);
          return res;
        }
        const [location, record] = [ids[1], ids[2]];
        const was = await call('GET', `/record/${location}/${record}`);
        const moved = await call('PUT', `/record/${location}/${record}`, {
          staff_id: Number(slot[3]),
          services: was.services.map((s: Json) => ({ id: s.id })),
          client: { name: `${was.client.name} ${was.client.surname ?? ''}`.trim(), phone: was.client.phone },
          datetime: body.start,
          seance_length: was.seance_length,
          save_if_busy: true,
        });
        const end = new Date(Date.parse(body.start) + Number(moved.seance_length) * 1000).toISOString();
        return jsonAnswer(200, { success: true, bookingId: body.bookingId, slotId: body.slotIdNew, start: body.start, end, message: 'Your appointment is moved.' });
      },
    };
  }),
};

/** Keeps idempotency records for K other requests only: a retry after that books anew (under a key of its own). */
const idempotencyForgets = (k: number): SequenceVariant => ({
  name: `idempotency records expire after ${k} other requests`,
  api: 'partner',
  fault: `an Idempotency-Key is forgotten once ${k} other requests came after it`,
  named: ['idempotency.same-booking'],
  start: variant(() => {
    const seen = new Map<string, number>();
    let requests = 0;
    return {
      reset() {
        seen.clear();
        requests = 0;
      },
      async breakage(req, forward) {
        requests += 1;
        const key = req.headers['idempotency-key'];
        if (req.method !== 'POST' || !req.path.startsWith('/bookings') || !key) return forward(req);
        const at = seen.get(key);
        // `requests - at - 1` other requests came between the first and this one.
        if (at !== undefined && requests - at - 1 >= k) return forward({ ...req, headers: { ...req.headers, 'idempotency-key': `${key}-forgotten-${requests}` } });
        if (at === undefined) seen.set(key, requests);
        return forward(req);
      },
    };
  }),
});

/** Hands out booking ids of its own and gives a cancelled booking's id to the next booking. */
const reusesCancelledIds: SequenceVariant = {
  name: 'ids reused after a cancellation',
  api: 'voicebot',
  fault: 'a cancelled booking’s id goes to the next booking, so the old id now names someone else’s booking',
  named: ['oracle.nothing-changed', 'flow.cancelled-booking-gone', 'oracle.record-cancelled'],
  start: variant(() => {
    const real = new Map<string, string>();
    const own = new Map<string, string>();
    const free: string[] = [];
    let next = 0;
    const issue = (id: string) => {
      const known = own.get(id);
      if (known) return known;
      const mine = free.pop() ?? `bkv_${++next}`;
      real.set(mine, id);
      own.set(id, mine);
      return mine;
    };
    const mapOut = (answer: any): unknown => (Array.isArray(answer) ? answer.map(mapOut) : answer && typeof answer.bookingId === 'string' ? { ...answer, bookingId: issue(answer.bookingId) } : answer);
    return {
      reset() {
        real.clear();
        own.clear();
        free.length = 0;
        next = 0;
      },
      async breakage(req, forward) {
        const body = parse(req.body);
        const mine = typeof body.bookingId === 'string' ? body.bookingId : undefined;
        const res = await forward(mine && real.has(mine) ? withBody(req, { ...body, bookingId: real.get(mine) }) : req);
        if (!ok(res) || !['bookAppointment', 'modifyAppointment', 'cancelAppointment', 'findExistingBooking'].includes(body.action)) return res;
        const answer = mapOut(parse(res.body));
        if (body.action === 'cancelAppointment' && mine) {
          own.delete(real.get(mine)!);
          free.push(mine);
        }
        return jsonAnswer(res.status, answer);
      },
    };
  }),
};

/** Every sequence-only fault, each found and shrunk by the explorer in its tests. */
export const sequenceVariants: readonly SequenceVariant[] = [staleSlotsAfterWrites(2, 'voicebot'), staleSlotsAfterWrites(2, 'unified'), cancelFreesTheOther, rescheduleWithoutRecheck, idempotencyForgets(2), reusesCancelledIds];
