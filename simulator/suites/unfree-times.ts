import { addDays, zonedInstant, zonedParts } from '../../mock-server/time/zoned-time.ts';

/** Times no agent can take, by the location's wall clock: 03:00 on the next weekday, 11:00 on the next Sunday, 10:00 yesterday. */
export function unfreeTimes(now: number, zone: string) {
  const today = zonedParts(now, zone).date;
  const dates = Array.from({ length: 9 }, (_, i) => addDays(today, i + 1));
  const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
  const at = (date: string, time: string) => new Date(zonedInstant(date, time, zone)).toISOString();
  return {
    night: at(dates.find((d) => weekday(d) >= 1 && weekday(d) <= 5)!, '03:00'),
    closedDay: at(dates.find((d) => weekday(d) === 0)!, '11:00'),
    past: at(addDays(today, -1), '10:00'),
  };
}
