import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.ts';
import { recordIdOf } from './appointment-id.ts';
import { act, agents, altegioFreeStarts, booked, liveRecords } from './test-kit.ts';

// Of reschedules racing for one appointment the first wins. A reschedule racing a cancel: whichever runs first, the cancel
// succeeds and the appointment ends cancelled; the reschedule either ran before it or is
// refused as a cancelled appointment. Never a 5xx. Bounded: three rounds of two racers.

const server = useTestServer();

describe('racing writes to one unified appointment', () => {
  it('of ten concurrent reschedules to ten times, exactly one wins; the rest get CONFLICT and the booking is where the winner was told', async () => {
    const [first, ...later] = await altegioFreeStarts(server, { staffId: 10001, date: '2026-03-03' });
    const { appointment_id } = await booked(server, { appointment_datetime: first });
    const answers = await Promise.all(
      later.slice(2, 12).map((at) => act(server, { action: 'reschedule', agent_id: agents.berlin, appointment_id, appointment_datetime: at })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 200).map((a) => [a.status, a.body.error.code])).toEqual(Array(9).fill([409, 'CONFLICT']));
    const winner = answers.find((a) => a.status === 200)!.body.data.date_time as string;
    const record = recordIdOf(appointment_id, 1001);
    expect(liveRecords(server).filter((r) => r.id === record).map((r) => r.start)).toEqual([Date.parse(winner)]);
  });

  it.each([1, 2, 3])('a reschedule racing a cancel ends cancelled, never 5xx (round %i)', async (round) => {
    const [first, , , ...later] = await altegioFreeStarts(server, { staffId: 10001, date: '2026-03-03' });
    const { appointment_id } = await booked(server, { appointment_datetime: first });
    const [moved, cancelled] = await Promise.all([
      act(server, { action: 'reschedule', agent_id: agents.berlin, appointment_id, appointment_datetime: later[round] }),
      act(server, { action: 'cancel', agent_id: agents.berlin, appointment_id }),
    ]);
    expect(cancelled.status).toBe(200);
    expect([200, 404, 409]).toContain(moved.status);
    const record = recordIdOf(appointment_id, 1001);
    expect(liveRecords(server).filter((r) => r.id === record)).toEqual([]);
  });
});
