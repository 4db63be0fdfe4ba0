import { addDays, zonedParts } from '../../../kit/zoned-time.ts';
import { ApiError } from '../../routing/index.ts';
import { authenticationNeeded, notFound } from '../errors.ts';
import type { FakeAltegio } from '../fake-altegio.ts';
import { companyOf, ok, paginate, serviceOf, staffOf } from '../lookups.ts';
import { categoryJson, companyJson, serviceJson, staffJson } from '../serializers.ts';
import { freeSlots } from '../slot-engine.ts';
import type { Company, Db, Service } from '../state.ts';
import { parseAuthorization } from '../auth.ts';
import type { AltegioInput } from './input.ts';

// Log-in, locations and the catalog: partner-token reads, no state changes.

export function authorizeUser({ body }: AltegioInput<'authorizeUser'>, fake: FakeAltegio) {
  const login = body.login.trim().toLowerCase();
  const user = [...fake.db.tables.users.values()].find((u) => (u.login === login || u.phone === login) && u.password === body.password);
  if (!user) throw new ApiError(401, 'unauthorized', 'Incorrect login or password.');
  return ok(
    {
      id: user.id,
      user_token: user.userToken,
      name: user.name,
      phone: user.phone,
      login: user.login,
      email: user.email,
      avatar: '',
      is_approved: true,
      is_email_confirmed: true,
    },
    [],
    201,
  );
}

export function listLocations(input: AltegioInput<'listLocations'>, fake: FakeAltegio) {
  const { db } = fake;
  const { query } = input;
  let companies = [...db.tables.companies.values()];
  if (query.id !== undefined) companies = companies.filter((c) => c.id === query.id);
  if (query.my === 1) {
    // `my=1` lists the locations of the user whose token is sent, so it needs one.
    const token = parseAuthorization(input.request.headers.authorization).user;
    const user = [...db.tables.users.values()].find((u) => u.userToken === token);
    if (!user) throw authenticationNeeded();
    companies = companies.filter((c) => user.companyIds.includes(c.id));
  }
  const now = fake.clock.now();
  const page = paginate(companies.map((c) => companyJson(c, db, { now })), query.page, query.count);
  return ok(page.data, { total_count: page.meta.total_count });
}

export function getLocation({ params, query }: AltegioInput<'getLocation'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  const now = fake.clock.now();
  return ok(companyJson(company, fake.db, { now, ...(query.forBooking === 1 && { nextSlot: nextSlot(fake.db, company, now) }) }));
}

/** The earliest bookable time of any service with any staff, within the booking horizon. */
function nextSlot(db: Db, company: Company, now: number): number | null {
  const services = [...db.tables.services.values()].filter((s) => s.companyId === company.id && s.active);
  const today = zonedParts(now, company.timeZone).date;
  for (let day = 0; day <= company.bookingHorizonDays; day++) {
    const date = addDays(today, day);
    const starts = services.flatMap((s) => freeSlots(db, { companyId: company.id, staffId: 0, serviceIds: [s.id], date, now }).slice(0, 1));
    if (starts.length > 0) return Math.min(...starts.map((s) => s.start));
  }
  return null;
}

/** What a catalog read asks for; every spelling of its path comes here. */
export interface CatalogQuery {
  readonly companyId: number;
  /** `0` means every staff member, as absent does. */
  readonly staffId?: number | undefined;
  /** `0` means every category, as absent does. */
  readonly categoryId?: number | undefined;
  /** Legacy paths answer `meta: []`; current ones count with `total_count`. */
  readonly legacy: boolean;
}

const listMeta = (legacy: boolean, total: number) => (legacy ? [] : { total_count: total });

const providedBy = (service: Service, staffId: number | undefined) => staffId === undefined || service.staff.some((l) => l.staffId === staffId);

function servicesOf(db: Db, company: Company, query: CatalogQuery): Service[] {
  return [...db.tables.services.values()]
    .filter((s) => s.companyId === company.id && !s.deleted)
    .filter((s) => providedBy(s, query.staffId))
    .filter((s) => query.categoryId === undefined || s.categoryId === query.categoryId)
    .sort((a, b) => b.weight - a.weight || a.id - b.id);
}

/** Altegio's "0 means all" on staff and category filters, read once: 0 is no filter. */
function allAsUndefined<Q extends CatalogQuery>(query: Q): Q {
  return { ...query, staffId: query.staffId || undefined, categoryId: query.categoryId || undefined };
}

/**
 * Service categories, or one of them (`id`; `0` lists them all, as the deprecated
 * `/service_categories/{company_id}/0` is read), optionally only those with a service of `staffId`.
 */
export function categories(fake: FakeAltegio, asked: CatalogQuery & { id?: number }) {
  const { db } = fake;
  const query = allAsUndefined(asked);
  const company = companyOf(db, query.companyId);
  if (query.staffId !== undefined) staffOf(db, company, query.staffId);
  const withServices = new Set(servicesOf(db, company, { ...query, categoryId: undefined }).map((s) => s.categoryId));
  const rows = [...db.tables.categories.values()]
    .filter((c) => c.companyId === company.id && !c.deleted && (query.staffId === undefined || withServices.has(c.id)))
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .map((c) => categoryJson(c, db));
  if (!query.id) return ok(rows, listMeta(query.legacy, rows.length));
  const one = rows.find((c) => c.id === query.id);
  if (!one) throw notFound(`Service category ${query.id} not found in location ${company.id}.`);
  return ok(one, listMeta(query.legacy, 1));
}

/** Services, or one of them (`id`), filtered by staff member and category. */
export function services(fake: FakeAltegio, asked: CatalogQuery & { id?: number }) {
  const { db } = fake;
  const query = allAsUndefined(asked);
  const company = companyOf(db, query.companyId);
  if (query.staffId !== undefined) staffOf(db, company, query.staffId);
  if (query.id !== undefined) return ok(serviceJson(serviceOf(db, company, query.id)), listMeta(query.legacy, 1));
  const rows = servicesOf(db, company, query).map(serviceJson);
  return ok(rows, listMeta(query.legacy, rows.length));
}

/** Staff, or one staff member (`id`). */
export function staff(fake: FakeAltegio, query: CatalogQuery & { id?: number }) {
  const { db } = fake;
  const company = companyOf(db, query.companyId);
  const now = fake.clock.now();
  if (query.id !== undefined) return ok(staffJson(staffOf(db, company, query.id), db, now), listMeta(query.legacy, 1));
  const rows = [...db.tables.staff.values()]
    .filter((s) => s.companyId === company.id && !s.deleted)
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .map((s) => staffJson(s, db, now));
  return ok(rows, listMeta(query.legacy, rows.length));
}
