import { addDays, zonedInstant, zonedParts } from '../../kit/zoned-time.ts';

/**
 * Times no agent can take, by the location's wall clock: 03:00 on the next weekday, 11:00
 * on the next Sunday, and 10:00 on the last weekday before today. The past one is working
 * time, so only its being past refuses it: an implementation that forgets the past but
 * checks working hours is caught on a Monday too.
 */
export function unfreeTimes(now: number, zone: string) {
  const today = zonedParts(now, zone).date;
  const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
  const isWeekday = (date: string) => weekday(date) >= 1 && weekday(date) <= 5;
  const after = Array.from({ length: 9 }, (_, i) => addDays(today, i + 1));
  const before = Array.from({ length: 7 }, (_, i) => addDays(today, -(i + 1)));
  const at = (date: string, time: string) => new Date(zonedInstant(date, time, zone)).toISOString();
  return {
    night: at(after.find(isWeekday)!, '03:00'),
    closedDay: at(after.find((d) => weekday(d) === 0)!, '11:00'),
    past: at(before.find(isWeekday)!, '10:00'),
  };
}
