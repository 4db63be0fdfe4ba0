import { addDays, parseDateTime, zonedParts, type LocalDate } from '../../kit/zoned-time.ts';
import { internal, must } from './errors.ts';
import type { Session } from './session.ts';
import { clockTime, dayLabel, type SlotDay, type Speaker } from './speech.ts';

// Free times come from Altegio (book_dates + book_times, for the agent's staff member
// or any), over a window of the location's days, and are then grouped into days of
// the zone the answer speaks in.

/** The suggest limits, which SLOT_UNAVAILABLE's alternatives follow as well. */
const suggestLimits = { days: 3, timesPerDay: 3 } as const;

/**
 * The window of suggest and availability: from now to the end of the day `days_ahead`
 * days after today, in the location's zone.
 */
export function windowFromToday(session: Session): { from: LocalDate; to: LocalDate } {
  const today = zonedParts(session.now, session.location.timeZone).date;
  return { from: today, to: addDays(today, session.request.days_ahead) };
}

/**
 * Free start instants of a service between two of the location's dates (both
 * included), ascending, none before now.
 */
export async function freeStarts(session: Session, query: { from: LocalDate; to: LocalDate; serviceId: number }): Promise<number[]> {
  const { altegio, agent, location } = session;
  const slots = must(
    await altegio.getAvailableSlots(agent.companyId, { startDate: query.from, endDate: query.to, serviceId: query.serviceId, staffId: agent.staffId }),
    `read free times of location ${agent.companyId}`,
  );
  const starts = slots.map((s) => {
    const at = parseDateTime(s.datetime, location.timeZone);
    if (at === undefined) throw internal(`The booking system offered a time that is not a date-time: "${s.datetime}"`);
    return at;
  });
  return [...new Set(starts)].filter((at) => at >= session.now).sort((a, b) => a - b);
}

/**
 * Groups ascending instants into days of the speaker's zone, labelled from today.
 * On an autumn change the repeated hour says the same words twice; only its first
 * occurrence is kept, as two equal times could not be told apart by the caller.
 */
export function slotDays(starts: readonly number[], speaker: Speaker): SlotDay[] {
  const today = zonedParts(speaker.now, speaker.zone).date;
  const days: SlotDay[] = [];
  for (const at of starts) {
    const date = zonedParts(at, speaker.zone).date;
    const time = clockTime(at, speaker.zone);
    const last = days[days.length - 1];
    if (last?.date === date) {
      if (!last.slots.includes(time)) last.slots.push(time);
    } else {
      days.push({ date, date_label: dayLabel(date, today), slots: [time] });
    }
  }
  return days;
}

/** The short list to read aloud: the earliest days, each with its earliest times. */
export function nearest(days: readonly SlotDay[]): SlotDay[] {
  return days.slice(0, suggestLimits.days).map((d) => ({ ...d, slots: d.slots.slice(0, suggestLimits.timesPerDay) }));
}
