import { describe, expect, it } from 'vitest';
import { useTestServer } from '../testing/test-server.ts';
import { recordIdOf } from './appointment-id.ts';
import { act, agents, altegioFreeStarts, booked, liveRecords } from './test-kit.ts';

// A reschedule racing a cancel of one appointment: whichever runs first, the cancel
// succeeds and the appointment ends cancelled; the reschedule either ran before it or is
// refused as a cancelled appointment. Never a 5xx. Bounded: three rounds of two racers.

const server = useTestServer();

describe('racing writes to one unified appointment', () => {
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
