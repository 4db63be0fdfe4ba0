import { invalidField } from '../errors.ts';
import type { FakeAltegio } from '../fake-altegio.ts';
import { categoryOf, companyOf, ok, serviceOf, staffOf } from '../lookups.ts';
import { categoryJson, serviceJson, staffJson } from '../serializers.ts';
import type { Category, Company, Db, Position, Service, Staff } from '../state.ts';
import type { AltegioInput, AltegioSchemas } from './input.ts';

// Setting a location up (partner and user token): service categories, services, staff
// members and positions, created, changed and deleted as an integration does before it
// books. What is created is listed and, once it has staff who work, bookable; a delete
// marks the row, so records made before keep their names.

const blank = (text: string | undefined) => text !== undefined && text.trim() === '';

function notBlank(field: string, text: string | undefined): void {
  if (blank(text)) throw invalidField('body', field, `${field} must not be blank.`);
}

/** Staff ids of the location, each once, or a 422 naming the entry. */
function staffIdsOf(db: Db, company: Company, ids: readonly number[], field: string): number[] {
  const seen = new Set<number>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw invalidField('body', `${field}.${i}`, `${field}.${i}: staff member ${id} is listed twice.`);
    const staff = db.tables.staff.get(id);
    if (!staff || staff.companyId !== company.id || staff.deleted) throw invalidField('body', `${field}.${i}`, `Staff member ${id} not found in location ${company.id}.`);
    seen.add(id);
  });
  return [...seen];
}

export function createServiceCategory({ params, body }: AltegioInput<'createServiceCategory'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  notBlank('title', body.title);
  if (body.staff) staffIdsOf(db, company, body.staff, 'staff');
  const row: Category = { id: db.nextId(), companyId: company.id, title: body.title.trim(), apiId: body.api_id ?? '', weight: body.weight ?? 0 };
  db.put({ table: 'categories', row });
  return ok(categoryJson(row, db), [], 201);
}

export function updateServiceCategory({ params, body }: AltegioInput<'updateServiceCategory'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const category = categoryOf(db, company, params.category_id);
  notBlank('title', body.title);
  if (body.staff) staffIdsOf(db, company, body.staff, 'staff');
  const row: Category = { ...category, title: body.title.trim(), apiId: body.api_id ?? category.apiId, weight: body.weight ?? category.weight };
  db.put({ table: 'categories', row });
  return ok(categoryJson(row, db));
}

export function deleteServiceCategory({ params }: AltegioInput<'deleteServiceCategory'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const category = categoryOf(db, company, params.category_id);
  const held = [...db.tables.services.values()].filter((s) => s.categoryId === category.id && !s.deleted);
  if (held.length > 0) {
    throw invalidField('body', 'category_id', `Service category ${category.id} still holds ${held.length} service(s) (${held.map((s) => s.id).join(', ')}); delete or move them first.`);
  }
  db.put({ table: 'categories', row: { ...category, deleted: true } });
  return { status: 204 };
}

type ServiceFields = AltegioSchemas['ServicePatchRequest'];

/** A service with `fields` applied over `base`, checked against the location's data. */
function serviceWith(db: Db, company: Company, base: Service, fields: ServiceFields): Service {
  notBlank('title', fields.title);
  if (fields.category_id !== undefined) categoryOf(db, company, fields.category_id, 'body');
  const staff = fields.staff
    ? (staffIdsOf(db, company, fields.staff.map((l) => l.id), 'staff'),
      fields.staff.map((l) => ({ staffId: l.id, seanceLength: l.seance_length || (fields.duration ?? base.duration) })))
    : base.staff;
  const priceMin = fields.price_min ?? base.priceMin;
  const priceMax = fields.price_max ?? (fields.price_min !== undefined && base.priceMax < fields.price_min ? fields.price_min : base.priceMax);
  if (priceMax < priceMin) throw invalidField('body', 'price_max', `price_max ${priceMax} is below price_min ${priceMin}.`);
  return {
    ...base,
    title: fields.title?.trim() ?? base.title,
    categoryId: fields.category_id ?? base.categoryId,
    priceMin,
    priceMax,
    duration: fields.duration ?? base.duration,
    active: fields.active === undefined ? base.active : fields.active === 1,
    comment: fields.comment ?? base.comment,
    weight: fields.weight ?? base.weight,
    staff,
    ...(fields.booking_title !== undefined && { bookingTitle: fields.booking_title }),
    ...(fields.discount !== undefined && { discount: fields.discount }),
    ...(fields.api_id !== undefined && { apiId: fields.api_id }),
  };
}

/** What a service is before any field is set: Altegio's defaults (active, one hour, free, no staff). */
const blankService = (id: number, company: Company, categoryId: number): Service => ({
  id,
  companyId: company.id,
  categoryId,
  title: '',
  priceMin: 0,
  priceMax: 0,
  duration: 3600,
  active: true,
  comment: '',
  weight: 0,
  staff: [],
});

export function createService({ params, body }: AltegioInput<'createService'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const row = serviceWith(db, company, blankService(0, company, body.category_id), body);
  const created = { ...row, id: db.nextId() };
  db.put({ table: 'services', row: created });
  return ok(serviceJson(created), [], 201);
}

export function replaceService({ params, body }: AltegioInput<'replaceService'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const service = serviceOf(db, company, params.service_id);
  // A replacement starts from the defaults: what is not sent is not kept (staff links too).
  const row = serviceWith(db, company, blankService(service.id, company, body.category_id), body);
  db.put({ table: 'services', row });
  return ok(serviceJson(row));
}

export function updateService({ params, body }: AltegioInput<'updateService'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const row = serviceWith(db, company, serviceOf(db, company, params.service_id), body);
  db.put({ table: 'services', row });
  return ok(serviceJson(row));
}

export function deleteService({ params }: AltegioInput<'deleteService'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const service = serviceOf(db, company, params.service_id);
  db.put({ table: 'services', row: { ...service, active: false, deleted: true } });
  return { status: 204 };
}

/** The location's positions: those its staff hold and those created, by id, each once. */
export function positionsOf(db: Db, company: Company): Position[] {
  const byId = new Map<number, Position>();
  for (const s of db.tables.staff.values()) if (s.companyId === company.id && !s.deleted && s.position) byId.set(s.position.id, s.position);
  for (const p of company.positions ?? []) byId.set(p.id, p);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

function positionOf(db: Db, company: Company, id: number): Position {
  const found = positionsOf(db, company).find((p) => p.id === id);
  if (!found) throw invalidField('body', 'position_id', `Position ${id} not found in location ${company.id}.`);
  return { id: found.id, title: found.title };
}

export function listPositions({ params }: AltegioInput<'listPositions'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  return ok(positionsOf(fake.db, company));
}

export function createPosition({ params, body }: AltegioInput<'createPosition'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  notBlank('title', body.title);
  const title = body.title.trim();
  if (positionsOf(db, company).some((p) => p.title.toLowerCase() === title.toLowerCase())) {
    throw invalidField('body', 'title', `A position titled "${title}" already exists in location ${company.id}.`);
  }
  const position: Position = { id: db.nextId(), title };
  db.put({ table: 'companies', row: { ...company, positions: [...(company.positions ?? []), position] } });
  return ok(position, [], 201);
}

export function createStaffMember({ params, body }: AltegioInput<'createStaffMember'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  notBlank('name', body.name);
  notBlank('specialization', body.specialization);
  const position = body.position_id === undefined || body.position_id === null ? null : positionOf(db, company, body.position_id);
  const row: Staff = {
    id: db.nextId(),
    companyId: company.id,
    name: body.name.trim(),
    specialization: body.specialization.trim(),
    position,
    avatar: '',
    rating: 0,
    weight: body.weight ?? 0,
    hidden: body.hidden === 1,
    fired: false,
    // No working hours until a schedule is set: a new staff member is not bookable yet.
    weekly: [[], [], [], [], [], [], []],
    exceptions: {},
    ...(body.information !== undefined && { information: body.information }),
  };
  db.put({ table: 'staff', row });
  return ok(staffJson(row, db, fake.clock.now()), [], 201);
}

export function updateStaffMember({ params, body }: AltegioInput<'updateStaffMember'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const staff = staffOf(db, company, params.staff_id);
  notBlank('name', body.name);
  notBlank('specialization', body.specialization);
  const row: Staff = {
    ...staff,
    name: body.name?.trim() ?? staff.name,
    specialization: body.specialization?.trim() ?? staff.specialization,
    position: body.position_id === undefined ? staff.position : positionOf(db, company, body.position_id),
    weight: body.weight ?? staff.weight,
    hidden: body.hidden === undefined ? staff.hidden : body.hidden === 1,
    fired: body.fired === undefined ? staff.fired : body.fired === 1,
    ...(body.information !== undefined && { information: body.information }),
    ...(body.api_id !== undefined && { apiId: body.api_id }),
  };
  db.put({ table: 'staff', row });
  return ok(staffJson(row, db, fake.clock.now()));
}

export function deleteStaffMember({ params }: AltegioInput<'deleteStaffMember'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const staff = staffOf(db, company, params.staff_id);
  for (const s of db.tables.services.values()) {
    if (s.staff.some((l) => l.staffId === staff.id)) db.put({ table: 'services', row: { ...s, staff: s.staff.filter((l) => l.staffId !== staff.id) } });
  }
  db.put({ table: 'staff', row: { ...staff, fired: true, deleted: true } });
  return { status: 204 };
}
