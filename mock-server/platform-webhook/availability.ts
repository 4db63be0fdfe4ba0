import type { operations } from '../../specs/generated/partner-webhook.ts';
import { json, type TypedInput } from '../routing/index.ts';
import { zonedParts } from '../../kit/zoned-time.ts';
import { accountOf } from './accounts.ts';
import { need, platformError } from './errors.ts';
import type { PlatformContext } from './platform-context.ts';
import { readRange } from './time-range.ts';

/**
 * `POST /availability/search`: Altegio's free start times for the account's service (and
 * staff member, or any) on the location's calendar days that the range touches, cut to
 * the range. Each slot is what a booking must send back: its start and its length.
 */
export async function searchAvailability(input: TypedInput<operations['searchAvailability']>, ctx: PlatformContext) {
  const account = accountOf(ctx.ref.config, input);
  const range = readRange(input.body.query.filter.start_at_range);
  if (!range.ok) throw platformError(400, range.message);
  const { companyId, serviceId, staffId } = account;
  const altegio = ctx.ref.altegio(companyId);
  const location = need(await altegio.getLocation(companyId), `location ${companyId}`);
  const zone = location.timezone_name;
  const slots = need(
    await altegio.getAvailableSlots(companyId, {
      startDate: zonedParts(range.from, zone).date,
      // The end is exclusive: a range ending at midnight does not touch the next day.
      endDate: zonedParts(range.to - 1, zone).date,
      serviceId,
      ...(staffId !== 0 && { staffId }),
    }),
    `free times of service ${serviceId}`,
  );
  const availabilities = slots
    .map((slot) => ({ slot, start: Date.parse(slot.datetime) }))
    .filter(({ start }) => start >= range.from && start < range.to)
    .sort((a, b) => a.start - b.start)
    .map(({ slot }) => ({ start_at: slot.datetime, duration_minutes: Math.round(slot.seanceLength / 60) }));
  return json(200, { availabilities });
}
