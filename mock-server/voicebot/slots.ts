import { addDays, formatZoned, isCalendarDate, isTimeZone, parseDateTime, zonedInstant, zonedParts } from '../../kit/zoned-time.ts';
import type { ReferenceContext } from '../reference/index.ts';
import { agent, productOfType, staffOf, type Offer, type Service, type StaffMember } from './catalog.ts';
import type { Action } from './contract.ts';
import { invalid, notFound, unwrap } from './errors.ts';
import { makeSlotId, type SlotRef } from './ids.ts';
import { locate, locationOf, type Site } from './sites.ts';

// Free times come from Altegio's book_times only (working hours minus live records, on
// the location's grid, nothing in the past), asked per agent so every slot names its
// agent and that agent's own length. The day is a day in the bot's `timezone`, which
// may cover two local dates of the location.

export const getSlots: Action<'getSlots'> = async (request, ctx) => {
  if (!isTimeZone(request.timezone)) throw invalid(`timezone "${request.timezone}" is not an IANA time zone name.`, 'timezone');
  const window = dayWindow(request.dateTime, request.timezone);
  // The location (its zone) is read beside the catalog, not after it: one round trip to Altegio fewer.
  const { site: asked } = locate(ctx, { kind: 'product', value: request.productId, field: 'productId' });
  const [{ site, service, catalog }, location] = await Promise.all([productOfType(ctx, request), locationOf(asked)]);
  const agents = agentsFor(ctx, { site, service, catalog, agentId: request.agentId ?? undefined });
  const dates = localDates(window, location.timezone_name);
  const perAgent = await Promise.all(
    agents.flatMap((member) =>
      dates.map(async (date) => {
        const times = unwrap(
          await site.altegio.getBookableTimes(site.companyId, { staffId: member.id, date, serviceIds: [service.id] }),
          'reading free times',
        );
        return times.map((t) => ({ member, start: parseDateTime(t.datetime, location.timezone_name) ?? Number.NaN, seconds: t.seance_length }));
      }),
    ),
  );
  return perAgent
    .flat()
    .filter((t) => t.start >= window.from && t.start < window.to)
    .map(({ member, start, seconds }) => ({
      id: makeSlotId({ companyId: site.companyId, serviceId: service.id, staffId: member.id, start }),
      start: formatZoned(start, request.timezone),
      end: formatZoned(start + seconds * 1000, request.timezone),
      duration: Math.max(1, Math.round(seconds / 60)),
      agentId: agent(site, member).id,
      agentName: member.name,
    }))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.agentName.localeCompare(b.agentName));
};

/** The one agent asked for (404 when they do not perform the product), or every one who does. */
function agentsFor(ctx: ReferenceContext, of: { site: Site; service: Service; catalog: Offer; agentId: string | undefined }): StaffMember[] {
  const performers = staffOf(of.catalog, of.service);
  if (of.agentId === undefined) return performers;
  const { site, ref } = locate(ctx, { kind: 'agent', value: of.agentId, field: 'agentId' });
  const member = site.companyId === of.site.companyId ? performers.find((m) => m.id === ref.id) : undefined;
  if (!member) throw notFound(`Agent "${of.agentId}" does not perform this product.`, 'agentId');
  return [member];
}

/** `[from, to)` of the asked day in `timeZone`; a date-time starts the window at that instant. */
function dayWindow(dateTime: string, timeZone: string): { from: number; to: number } {
  if (isCalendarDate(dateTime)) {
    return { from: zonedInstant(dateTime, '00:00', timeZone), to: zonedInstant(addDays(dateTime, 1), '00:00', timeZone) };
  }
  const instant = instantOf(dateTime);
  if (instant === undefined) throw invalid(`dateTime "${dateTime}" is not a date or a date-time with an offset.`, 'dateTime');
  return { from: instant, to: zonedInstant(addDays(zonedParts(instant, timeZone).date, 1), '00:00', timeZone) };
}

function localDates(window: { from: number; to: number }, timeZone: string): string[] {
  const last = zonedParts(window.to - 1, timeZone).date;
  const dates: string[] = [];
  for (let date = zonedParts(window.from, timeZone).date; date <= last; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** The instant of an ISO 8601 date-time with an offset (`t` and `z` in either case). */
export function instantOf(dateTime: string): number | undefined {
  const upper = dateTime.toUpperCase();
  return /(Z|[+-]\d{2}:?\d{2})$/.test(upper) ? parseDateTime(upper, 'UTC') : undefined;
}

/**
 * The free time a slot names, as book_times offers it now (with the agent's length),
 * or undefined when it is taken, past or gone.
 */
export async function offeredTime(site: Site, slot: SlotRef & { timeZone: string }): Promise<{ seconds: number } | undefined> {
  const date = zonedParts(slot.start, slot.timeZone).date;
  const times = await site.altegio.getBookableTimes(site.companyId, { staffId: slot.staffId, date, serviceIds: [slot.serviceId] });
  // A 4xx here means the agent or product is gone: the slot no longer exists.
  if (!times.ok && times.status >= 400 && times.status < 500) return undefined;
  const match = unwrap(times, 'reading free times').find((t) => parseDateTime(t.datetime, slot.timeZone) === slot.start);
  return match && { seconds: match.seance_length };
}
