import type { operations } from '../../specs/generated/partner-webhook.ts';
import type { AltegioSchemas } from '../altegio-client/index.ts';
import { json, type TypedInput } from '../routing/index.ts';
import { formatZoned } from '../../kit/zoned-time.ts';
import { accountOf, type Account } from './accounts.ts';
import { endOf, fullName, statusOf } from './appointments.ts';
import { altegioFailure, need, platformError } from './errors.ts';
import type { PlatformContext, WebhookSchemas } from './platform-context.ts';
import { instantOf } from './time-range.ts';

type Details = WebhookSchemas['CreateBookingRequest']['booking'];

/**
 * `POST /bookings`: one booking per `idempotency_key` and account. Requests with one key
 * run one after the other, so a retry racing the original sees its booking (200).
 */
export async function createBooking(input: TypedInput<operations['createBooking']>, ctx: PlatformContext) {
  const account = accountOf(ctx.ref.config, input);
  const key = `${account.accountId}\n${input.body.idempotency_key}`;
  return ctx.bookings.serialize(key, async () => {
    const earlier = ctx.bookings.recall(key);
    if (earlier) return json(200, earlier);
    const booking = await book(ctx, account, input.body.booking);
    ctx.bookings.remember(key, booking);
    return json(201, booking);
  });
}

/**
 * Books only what the availability search would offer: Altegio's staff API itself
 * accepts past and off-grid times, so `book_staff` at that moment decides who is free,
 * and the length must be that staff member's own length for the service.
 */
async function book(ctx: PlatformContext, account: Account, details: Details): Promise<WebhookSchemas['BookingResponse']> {
  const start = instantOf(details.start_at);
  if (start === undefined) throw platformError(400, `booking.start_at "${details.start_at}" is not a real date-time.`);
  const { companyId, serviceId } = account;
  const altegio = ctx.ref.altegio(companyId);
  const [locationResult, servicesResult] = await Promise.all([altegio.getLocation(companyId), altegio.getServices(companyId)]);
  const location = need(locationResult, `location ${companyId}`);
  const service = need(servicesResult, `services of location ${companyId}`).find((s) => s.id === serviceId);
  if (!service) throw platformError(500, `Service ${serviceId} of this account is not offered at location ${companyId}.`);

  const datetime = formatZoned(start, location.timezone_name);
  const length = details.duration_minutes * 60;
  const lengths = new Map(service.staff.map((s) => [s.id, s.seance_length]));
  const staff = need(await altegio.getBookableStaff(companyId, { serviceIds: [serviceId], datetime }), `staff free on ${datetime}`);
  const candidates = staff.filter((s) => s.bookable && (account.staffId === 0 || s.id === account.staffId) && lengths.get(s.id) === length);
  for (const member of candidates) {
    const made = await altegio.createAppointment(companyId, {
      staffId: member.id,
      serviceId,
      clientName: details.customer.name,
      clientPhone: details.customer.phone,
      ...(details.customer.email !== undefined && { clientEmail: details.customer.email }),
      datetime,
      seanceLength: length,
      ...(details.notes !== undefined && { comment: details.notes }),
    });
    if (made.ok) return bookingJson(made.data, { location, details, now: ctx.ref.clock.now() });
    // 433: another booking took this staff member since book_staff answered; try the next one.
    if (made.code === 433) continue;
    // Any other 422 is Altegio refusing the caller's data (a phone it cannot store).
    if (made.status === 422) throw platformError(400, `Altegio refused the booking: ${made.message}`);
    throw altegioFailure(made, 'a new record');
  }
  throw platformError(409, `${datetime} for ${details.duration_minutes} minutes is not a free slot (taken, outside working hours, off the grid or in the past).`);
}

function bookingJson(
  record: AltegioSchemas['Record'],
  made: { location: AltegioSchemas['Location']; details: Details; now: number },
): WebhookSchemas['BookingResponse'] {
  const { location, details } = made;
  const client = record.client;
  const email = client?.email || details.customer.email;
  return {
    booking: {
      id: String(record.id),
      status: statusOf(record),
      start_at: record.datetime,
      end_at: formatZoned(endOf(record), location.timezone_name),
      customer: {
        phone: client?.phone ?? details.customer.phone,
        name: client ? fullName(client) : details.customer.name,
        ...(email && { email }),
      },
      location: { name: location.title, address: [location.address, location.city].filter(Boolean).join(', ') },
      ...(details.notes !== undefined && { notes: details.notes }),
      created_at: new Date(made.now).toISOString(),
    },
  };
}
