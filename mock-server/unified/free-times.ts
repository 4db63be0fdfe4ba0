import { zonedParts } from '../../kit/zoned-time.ts';
import { success, teamOf, type Session, type Spoken, type SuccessResponse } from './session.ts';
import { freeStarts, nearest, slotDays, windowFromToday } from './slots.ts';
import { count, spokenDay, spokenList, spokenSlots, type SlotDay } from './speech.ts';

// suggest and availability: the agent's free times from now to the end of the window,
// every one (availability) or the few to read out (suggest).

/** A few of the nearest free times, worded as an offer. */
export async function suggest(session: Session): Promise<SuccessResponse> {
  const { days, team } = await freeDays(session);
  const offered = nearest(days);
  const today = zonedParts(session.now, session.zone).date;
  const found = offered.length > 0;
  return answer(session, {
    days: offered,
    agentName: team.agentName,
    say: found ? `${team.subject} can see you ${spokenSlots(offered, today)}.` : nothingFree(session),
    message: found ? `Found ${count(timesIn(offered), 'suggested time')}` : 'No available times',
    summary: found ? 'Suggested times' : 'No availability',
  });
}

/** Every free time of the window; the sentence names the days, not every time. */
export async function availability(session: Session): Promise<SuccessResponse> {
  const { days, team } = await freeDays(session);
  const today = zonedParts(session.now, session.zone).date;
  const first = days[0];
  const say = !first
    ? nothingFree(session)
    : days.length <= 3
      ? `There are free times ${spokenList(days.map((d) => spokenDay(d.date, today)), 'and')}.`
      : `There are free times on ${days.length} days; the earliest is ${spokenDay(first.date, today)} at ${first.slots[0]}.`;
  return answer(session, {
    days,
    agentName: team.agentName,
    say,
    message: first ? `Found ${count(timesIn(days), 'available time')}` : 'No available times',
    summary: first ? 'Available times' : 'No availability',
  });
}

async function freeDays(session: Session) {
  const [starts, team] = await Promise.all([freeStarts(session, { ...windowFromToday(session), serviceId: session.agent.serviceId }), teamOf(session)]);
  return { days: slotDays(starts, session), team };
}

function answer(session: Session, out: Spoken & { days: SlotDay[]; agentName: string }): SuccessResponse {
  return success(session, out, { agent_name: out.agentName, available_slots: out.days });
}

function nothingFree(session: Session): string {
  const n = session.request.days_ahead;
  return `Sorry, there are no free times ${n === 1 ? 'today or tomorrow' : `in the next ${n} days`}.`;
}

const timesIn = (days: readonly SlotDay[]) => days.reduce((sum, d) => sum + d.slots.length, 0);
