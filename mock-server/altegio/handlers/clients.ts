import { invalidField } from '../errors.ts';
import type { FakeAltegio } from '../fake-altegio.ts';
import { clientOf, companyOf, normalizePhone, ok, paginate } from '../lookups.ts';
import { clientJson } from '../serializers.ts';
import type { Client } from '../state.ts';
import type { AltegioInput, AltegioSchemas } from './input.ts';

// A location's clients (partner and user token): list with partial filters, search
// with typed filters and field selection, create (one client per phone), read.

const contains = (haystack: string, needle: string) => haystack.toLowerCase().includes(needle.trim().toLowerCase());
const digits = (text: string) => text.replace(/\D/g, '');
const fullName = (c: Client) => `${c.name} ${c.surname}`.trim();
const clientsOf = (fake: FakeAltegio, companyId: number) =>
  [...fake.db.tables.clients.values()].filter((c) => c.companyId === companyId && !c.deleted).sort((a, b) => a.id - b.id);

export function listClients({ params, query }: AltegioInput<'listClients'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  const rows = clientsOf(fake, company.id)
    .filter((c) => query.fullname === undefined || contains(fullName(c), query.fullname))
    .filter((c) => query.phone === undefined || digits(c.phone).includes(digits(query.phone)))
    .filter((c) => query.email === undefined || contains(c.email, query.email));
  const page = paginate(rows, query.page, query.count);
  return ok(page.data.map((c) => clientJson(c, fake.db)), page.meta);
}


export function createClient({ params, body }: AltegioInput<'createClient'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const { name, phone } = checkedContact(fake, company.id, body);
  const now = fake.clock.now();
  const client: Client = {
    id: db.nextId(),
    companyId: company.id,
    name,
    surname: body.surname?.trim() ?? '',
    phone,
    email: body.email ?? '',
    birthDate: body.birth_date ?? null,
    sexId: body.sex_id ?? 0,
    comment: body.comment ?? '',
    createdAt: now,
    changedAt: now,
  };
  db.put({ table: 'clients', row: client });
  return ok(clientJson(client, db), [], 201);
}

/** Name and phone as a create or an update must send them: not blank, 9–15 digits, the phone no other live client's. */
function checkedContact(fake: FakeAltegio, companyId: number, body: { name: string; phone: string }, self?: number) {
  const phone = normalizePhone(body.phone);
  if (!phone) throw invalidField('body', 'phone', `phone "${body.phone}" must have 9 to 15 digits.`);
  if (body.name.trim() === '') throw invalidField('body', 'name', 'name must not be blank.');
  if (clientsOf(fake, companyId).some((c) => c.phone === phone && c.id !== self)) {
    throw invalidField('body', 'phone', `A client with phone ${phone} already exists in location ${companyId}.`);
  }
  return { name: body.name.trim(), phone };
}

type SearchFilter = AltegioSchemas['ClientSearchFilter'];


/** Each filter type, as a test on one client; a value of the wrong kind is a 400. */
function matcher(filter: SearchFilter, index: number): (c: Client) => boolean {
  const value = filter.state.value;
  const field = `filters.${index}.state.value`;
  const text = () => {
    if (typeof value !== 'string' || value.trim() === '') throw invalidField('query', field, `${field} must be a non-empty string for a ${filter.type} filter.`);
    return value;
  };
  switch (filter.type) {
    case 'id': {
      const ids = ([] as unknown[]).concat(value);
      if (!ids.every((v) => Number.isInteger(v))) throw invalidField('query', field, `${field} must be a client id or a list of them.`);
      return (c) => ids.includes(c.id);
    }
    case 'quick_search': {
      const q = text();
      return (c) => contains(fullName(c), q) || (digits(q) !== '' && digits(c.phone).includes(digits(q)));
    }
    case 'name': {
      const q = text();
      return (c) => contains(fullName(c), q);
    }
    case 'phone': {
      const q = digits(text());
      return (c) => q !== '' && digits(c.phone).includes(q);
    }
    case 'email': {
      const q = text();
      return (c) => contains(c.email, q);
    }
    case 'birthday': {
      const q = text();
      return (c) => c.birthDate === q;
    }
    default:
      throw invalidField('query', `filters.${index}.type`, `filters.${index}.type "${filter.type}" is not a supported filter.`);
  }
}

export function searchClients({ params, body }: AltegioInput<'searchClients'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  const tests = (body.filters ?? []).map(matcher);
  const operation = body.operation ?? 'AND';
  const rows = clientsOf(fake, company.id).filter((c) =>
    tests.length === 0 ? true : operation === 'AND' ? tests.every((t) => t(c)) : tests.some((t) => t(c)),
  );
  const fields = body.fields?.length ? body.fields : ['id'];
  const json = rows.map((c) => clientJson(c, fake.db));
  const orderBy = body.order_by as keyof ReturnType<typeof clientJson> | undefined;
  if (orderBy && json[0] && orderBy in json[0]) {
    const sign = body.order_by_direction === 'DESC' ? -1 : 1;
    json.sort((a, b) => sign * String(a[orderBy]).localeCompare(String(b[orderBy]), 'en', { numeric: true }));
  }
  const size = body.page_size ?? 25;
  const page = paginate(json, body.page, size);
  const picked = page.data.map((c) => Object.fromEntries(fields.filter((f) => f in c).map((f) => [f, c[f as keyof typeof c]])));
  return ok(picked, { total_count: page.meta.total_count });
}

export function getClient({ params }: AltegioInput<'getClient'>, fake: FakeAltegio) {
  const company = companyOf(fake.db, params.company_id);
  return ok(clientJson(clientOf(fake.db, company, params.client_id), fake.db));
}

export function updateClient({ params, body }: AltegioInput<'updateClient'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const client = clientOf(db, company, params.client_id);
  const { name, phone } = checkedContact(fake, company.id, body, client.id);
  const row: Client = {
    ...client,
    name,
    phone,
    surname: body.surname?.trim() ?? client.surname,
    email: body.email ?? client.email,
    birthDate: body.birth_date ?? client.birthDate,
    sexId: body.sex_id ?? client.sexId,
    comment: body.comment ?? client.comment,
    changedAt: fake.clock.now(),
  };
  db.put({ table: 'clients', row });
  return ok(clientJson(row, db));
}

export function deleteClient({ params }: AltegioInput<'deleteClient'>, fake: FakeAltegio) {
  const { db } = fake;
  const company = companyOf(db, params.company_id);
  const client = clientOf(db, company, params.client_id);
  db.put({ table: 'clients', row: { ...client, deleted: true, changedAt: fake.clock.now() } });
  return { status: 204 };
}
