import { addDays, zonedParts } from '../../time/zoned-time.ts';
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

export function authorizeUser({ body }: AltegioInput<{ login: string; password: string }>, fake: FakeAltegio) {
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

export function listLocations(input: AltegioInput<unknown, { id?: number; my?: number; active?: number; page?: number; count?: number }>, fake: FakeAltegio) {
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
  const page = paginate(companies.map((c) => companyJson(c, db, { now })), query.page, query.count ?? 50);
  return ok(page.data, { total_count: page.meta.total_count });
}

export function getLocation({ params, query }: AltegioInput<unknown, { forBooking?: number }, { company_id: number }>, fake: FakeAltegio) {
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

type CatalogQuery = { staff_id?: number; category_id?: number };

const providedBy = (service: Service, staffId: number | undefined) => staffId === undefined || service.staff.some((l) => l.staffId === staffId);

function servicesOf(db: Db, company: Company, query: CatalogQuery): Service[] {
  return [...db.tables.services.values()]
    .filter((s) => s.companyId === company.id)
    .filter((s) => providedBy(s, query.staff_id))
    .filter((s) => query.category_id === undefined || s.categoryId === query.category_id)
    .sort((a, b) => b.weight - a.weight || a.id - b.id);
}

/** `legacy` lists answer `meta: []`; current ones count with `total_count`. */
export function listCategories(
  { params, query }: AltegioInput<unknown, CatalogQuery, { company_id: number; category_id?: number }>,
  fake: FakeAltegio,
  legacy = false,
) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  if (query.staff_id !== undefined) staffOf(db, company, query.staff_id);
  const withServices = new Set(servicesOf(db, company, query).map((s) => s.categoryId));
  const categories = [...db.tables.categories.values()]
    .filter((c) => c.companyId === company.id && (query.staff_id === undefined || withServices.has(c.id)))
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .map((c) => categoryJson(c, db));
  if (params.category_id !== undefined) {
    const one = categories.find((c) => c.id === params.category_id);
    if (!one) throw notFound(`Service category ${params.category_id} not found in location ${company.id}.`);
    return ok(one, legacy ? [] : { total_count: 1 });
  }
  return ok(categories, legacy ? [] : { total_count: categories.length });
}

export function listServices(
  { params, query }: AltegioInput<unknown, CatalogQuery, { company_id: number; service_id?: number }>,
  fake: FakeAltegio,
  legacy = false,
) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  if (query.staff_id !== undefined) staffOf(db, company, query.staff_id);
  if (params.service_id !== undefined) {
    return ok(serviceJson(serviceOf(db, company, params.service_id)), legacy ? [] : { total_count: 1 });
  }
  const services = servicesOf(db, company, query).map(serviceJson);
  return ok(services, legacy ? [] : { total_count: services.length });
}

export function listStaff({ params }: AltegioInput<unknown, unknown, { company_id: number; staff_id?: number }>, fake: FakeAltegio, legacy = false) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  if (params.staff_id !== undefined) return ok(staffJson(staffOf(db, company, params.staff_id)), legacy ? [] : { total_count: 1 });
  const staff = [...db.tables.staff.values()]
    .filter((s) => s.companyId === company.id)
    .sort((a, b) => b.weight - a.weight || a.id - b.id)
    .map(staffJson);
  return ok(staff, legacy ? [] : { total_count: staff.length });
}
