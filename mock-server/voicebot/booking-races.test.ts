import { describe, expect, it } from 'vitest';
import { ids, newCaller, useVoicebot } from './testing.ts';

// Racing writes to one booking: of concurrent moves only one wins and the rest learn the
// booking no longer holds its old slot; a move racing a cancel ends in one consistent
// booking (moved, or gone) and never a 5xx. Bounded: a few rounds of a few racers.

const { act, liveRecords } = useVoicebot();
const massage = { appointmentTypeId: ids.massage, productId: ids.massage30 };

async function slots(): Promise<{ id: string; start: string }[]> {
  return (await act('getSlots', { ...massage, agentId: ids.anna, dateTime: '2026-03-03', timezone: 'Europe/Berlin' })).body;
}

async function bookFirst() {
  const [first, ...rest] = await slots();
  const res = await act('bookAppointment', { ...massage, slotId: first!.id, start: first!.start, booker: newCaller });
  expect(res.status).toBe(200);
  return { booking: res.body as { bookingId: string; slotId: string; start: string }, free: rest };
}

const recordOf = (bookingId: string) => liveRecords().filter((r) => r.id === Number(bookingId.split('_')[2]));

describe('racing writes to one VoiceBot booking', () => {
  it('of ten concurrent moves to ten times, exactly one wins; the booking is where the winner was told', async () => {
    const { booking, free } = await bookFirst();
    const targets = free.slice(4, 14);
    const answers = await Promise.all(
      targets.map((slot) => act('modifyAppointment', { bookingId: booking.bookingId, slotIdOld: booking.slotId, slotIdNew: slot.id, start: slot.start })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 404)).toBe(true);
    const winner = answers.find((a) => a.status === 200)!.body;
    expect(recordOf(booking.bookingId).map((r) => r.start)).toEqual([Date.parse(winner.start)]);
  });

  it.each([1, 2, 3])('a move racing a cancel ends consistent, never 5xx (round %i)', async (round) => {
    const { booking, free } = await bookFirst();
    const target = free[round * 3]!;
    const [moved, cancelled] = await Promise.all([
      act('modifyAppointment', { bookingId: booking.bookingId, slotIdOld: booking.slotId, slotIdNew: target.id, start: target.start }),
      act('cancelAppointment', { bookingId: booking.bookingId, slotId: booking.slotId, start: booking.start }),
    ]);
    expect([moved.status, cancelled.status].every((s) => s === 200 || s === 404)).toBe(true);
    const live = recordOf(booking.bookingId);
    if (cancelled.status === 200) {
      expect(moved.status).toBe(404);
      expect(live).toEqual([]);
    } else {
      expect(moved.status).toBe(200);
      expect(live.map((r) => r.start)).toEqual([Date.parse(target.start)]);
    }
  });
});
