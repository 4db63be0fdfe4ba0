import type { operations } from '../../specs/generated/partner-webhook.ts';
import { json, type TypedInput } from '../routing/index.ts';
import { formatZoned, zonedParts } from '../../kit/zoned-time.ts';
import { accountOf } from './accounts.ts';
import { endOf, fullName, samePhone, startOf, statusOf } from './appointments.ts';
import { need } from './errors.ts';
import type { PlatformContext } from './platform-context.ts';

/**
 * `POST /customers/lookup`: the Altegio client with exactly this phone number and their
 * next appointment that has not started yet. Altegio's phone filter matches parts of
 * numbers, so the exact match is made here.
 */
export async function lookupCustomer(input: TypedInput<operations['lookupCustomer']>, ctx: PlatformContext) {
  const { companyId } = accountOf(ctx.ref.config, input);
  const { phone } = input.body.customer;
  const altegio = ctx.ref.altegio(companyId);
  const candidates = need(
    await altegio.searchClients(companyId, { filters: [{ type: 'phone', state: { value: phone } }], fields: ['id', 'name', 'surname', 'phone'], page_size: 200 }),
    'clients by phone',
  );
  const client = candidates.find((c) => c.phone !== undefined && samePhone(c.phone, phone));
  if (!client || client.id === undefined) return json(200, { found: false });

  const location = need(await altegio.getLocation(companyId), `location ${companyId}`);
  const zone = location.timezone_name;
  const now = ctx.ref.clock.now();
  const today = zonedParts(now, zone).date;
  const records = need(await altegio.getAppointments(companyId, { clientId: client.id, startDate: today }), `appointments of client ${client.id}`);
  const next = records.filter((r) => !r.deleted && startOf(r) >= now).sort((a, b) => startOf(a) - startOf(b))[0];
  const customer = { name: fullName({ name: client.name ?? '', surname: client.surname }), phone: client.phone! };
  if (!next) return json(200, { found: true, customer });
  const existing = { start_at: next.datetime, end_at: formatZoned(endOf(next), zone), status: statusOf(next) };
  return json(200, { found: true, customer: { ...customer, existing_appointment: existing } });
}
