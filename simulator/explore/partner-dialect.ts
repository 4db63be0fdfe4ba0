import type { RequestTemplate } from '../scenario/scenario.ts';
import { field, names, type Dialect, type DialectContext } from './dialect.ts';
import type { Booking, SlotRef } from './model.ts';

// The partner API as the explorer speaks it: search the suite's 7-day window, book with an
// Idempotency-Key per booking, and retry with that key (the same booking, 200). The API
// has no move or cancel; the run's closing phase cancels what it booked in the fake.

const notes = 'slotcheck explore {{runId}}';
const customer = (k: number) => ({ phone: `+1559{{runId}}${k + 1}`, name: `Explore Caller${k + 1} {{runId}}` });

export async function partnerDialect({ vars }: DialectContext): Promise<Dialect> {
  const staff = vars.staff === '0' ? {} : { staff: { id: '{{staff}}' } };
  const booking = (key: string, k: number | 'racer', slot: SlotRef): RequestTemplate => ({
    method: 'POST',
    path: '/bookings',
    headers: { 'idempotency-key': `slotcheck-explore-{{runId}}-${key}` },
    body: {
      bot_id: '{{botId}}',
      booking: {
        start_at: field(slot, 'start_at'),
        duration_minutes: field(slot, 'duration_minutes'),
        customer: k === 'racer' ? { phone: '+1560{{runId}}0', name: 'Explore Racer {{runId}}' } : customer(k),
        notes,
      },
    },
  });
  const keyOf = (b: Booking) => `booking-${b.n}`;

  return {
    api: 'partner',
    abilities: new Set(),
    lookup: (k, list) => ({
      name: `caller ${k + 1}'s bot searches the week (${list})`,
      operation: 'searchAvailability',
      request: { method: 'POST', path: '/availability/search', body: { bot_id: '{{botId}}', query: { filter: { start_at_range: { start_at: '{{from}}', end_at: '{{to}}' } } } } },
      capture: { [list]: '/availabilities' },
      offers: { read: 'availabilities', at: '/availabilities', location: '{{location}}', service: { id: '{{service}}' }, ...staff, window: { from: '{{from}}', to: '{{to}}' }, complete: 'all' },
    }),
    book(b) {
      const { answer, record } = names(b);
      return {
        name: `caller ${b.booker + 1} books ${b.slot.list}[${b.slot.index}] (booking ${b.n})`,
        operation: 'createBooking',
        request: booking(keyOf(b), b.booker, b.slot),
        status: 201,
        capture: { [answer]: '/booking' },
        assert: [{ name: 'flow.booked-as-asked', that: '/booking/start_at', sameInstant: field(b.slot, 'start_at') }],
        effect: {
          create: { location: '{{location}}', service: { id: '{{service}}' }, ...staff, start: field(b.slot, 'start_at'), length: field(b.slot, 'duration_minutes'), client: customer(b.booker), notes },
          as: record,
        },
      };
    },
    bookTaken: (k, slot, n) => ({
      name: `caller ${k + 1} asks for ${slot.list}[${slot.index}], which another booking holds`,
      operation: 'createBooking',
      request: booking(`taken-${n}`, k, slot),
      status: 409,
      assert: [{ name: 'flow.slot-unavailable', that: '/error/code', equals: 'slot_unavailable' }],
      effect: { none: true },
    }),
    retry: (b) => ({
      name: `caller ${b.booker + 1}'s bot retries booking ${b.n} with its Idempotency-Key`,
      operation: 'createBooking',
      request: booking(keyOf(b), b.booker, b.bookedAt),
      status: 200,
      assert: [{ name: 'idempotency.same-booking', that: '/booking/id', equals: `{{${names(b).answer}.id}}` }],
      effect: { none: true },
    }),
    race: (slot, copies, n) => ({
      name: `${copies} callers book ${slot.list}[${slot.index}] at once`,
      operation: 'createBooking',
      request: booking(`race-${n}-{{copy}}`, 'racer', slot),
      race: { copies, conflictStatus: 409 },
      effect: { create: { start: field(slot, 'start_at'), ...staff } },
    }),
  };
}
