import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../specs/index.ts';
import { useTestServer } from '../testing/test-server.ts';
import { demo } from './demo-data.ts';

// What an integration written for the real Altegio relies on beyond booking: every path
// spelling Altegio accepts, "0 means all", the setup and catalog writes, the strict and
// lenient rules. Each answer is also held to the spec by the test server.

const server = useTestServer();
const { call } = server;
const B = demo.berlinId;
const db = () => server.mock.fake.db;
const staffOf = (companyId = B) => [...db().tables.staff.values()].filter((s) => s.companyId === companyId).map((s) => s.id);
const serviceId = (title: string) => [...db().tables.services.values()].find((s) => s.title === title)!.id;

describe('path spellings', () => {
  const doc = loadSpec('altegio');
  const aliased = Object.entries(doc.paths).flatMap(([path, item]) => ((item['x-path-aliases'] as string[] | undefined) ?? []).map((alias) => [path, alias] as const));

  it('lists each operation once; a spelling reaches one operation per method, never two', () => {
    expect(aliased.length).toBeGreaterThan(12);
    const methods = ['get', 'put', 'post', 'patch', 'delete'];
    const routes = Object.entries(doc.paths).flatMap(([path, item]) =>
      [path, ...((item['x-path-aliases'] as string[] | undefined) ?? [])].flatMap((spelling) => methods.filter((m) => item[m]).map((m) => `${m} ${spelling}`)),
    );
    expect(routes.length).toBeGreaterThan(70);
    expect(routes.filter((r, i) => routes.indexOf(r) !== i)).toEqual([]);
  });

  // Each GET alias answers what its path answers, byte for byte but for the catalog's meta.
  const ids: Record<string, number> = { company_id: B, category_id: 10006, service_id: 10009, staff_id: 10001, record_id: 0, client_id: 0 };
  const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => String(ids[name]));
  const gets = aliased.filter(([path]) => doc.paths[path]!.get && !/record_id|client_id|clients\/search/.test(path));

  it.each(gets)('GET %s answers the same on %s', async (path, alias) => {
    const query = path.endsWith('/staff/schedule') ? '?start_date=2026-03-03&end_date=2026-03-03' : '';
    const main = await call('GET', `/api/v1${fill(path)}${query}`);
    const other = await call('GET', `/api/v1${fill(alias)}${query}`);
    expect(main.status).toBe(200);
    expect(other.status).toBe(200);
    expect(other.body.data).toEqual(main.body.data);
    const legacy = !/^\/(company|locations)\//.test(alias);
    if (legacy && /service|staff\/?|staff$/.test(alias) && !/schedule/.test(alias)) expect(other.body.meta).toEqual([]);
    else expect(other.body.meta).toEqual(main.body.meta);
  });

  it('creates, reads, moves and deletes an appointment on the /locations/…/appointments spelling', async () => {
    const created = await call('POST', `/api/v1/locations/${B}/appointments`, {
      body: { staff_id: 10001, services: [{ id: 10009 }], client: { phone: '+491701112233', name: 'Ida Pfeiffer' }, datetime: '2026-03-03T10:00:00+01:00', seance_length: 1800 },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id as number;
    expect((await call('GET', `/api/v1/locations/${B}/appointments/${id}`)).body.data.id).toBe(id);
    const listed = await call('GET', `/api/v1/locations/${B}/appointments?start_date=2026-03-03&end_date=2026-03-03`);
    expect(listed.body.data.map((r: { id: number }) => r.id)).toContain(id);
    expect((await call('DELETE', `/api/v1/locations/${B}/appointments/${id}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/record/${B}/${id}`)).status).toBe(404);
  });

  it('keeps the location check on every spelling: another location’s user gets 403', async () => {
    for (const path of [`/records/${B}`, `/locations/${B}/appointments`, `/locations/${B}/team_members/schedule?start_date=2026-03-03&end_date=2026-03-03`]) {
      expect((await call('GET', `/api/v1${path}`, { auth: 'brooklyn' })).status).toBe(403);
    }
  });

  it.each(['/locations/x', `/locations/${B}/team_members/1.0`, `/locations/${B}/appointments/__proto__`, '/locations/constructor/team_members'])(
    'refuses an odd id on an alias (%s) with 400, not 404 or 500',
    async (path) => {
      const res = await call('GET', `/api/v1${path}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ success: false, data: null, meta: { message: expect.stringMatching(/_id/) } });
    },
  );
});

describe('0 means all', () => {
  it('reads every category from /service_categories/{id}/0, as Altegio’s own client does', async () => {
    const all = await call('GET', `/api/v1/service_categories/${B}/0`, { auth: 'partner' });
    const list = await call('GET', `/api/v1/company/${B}/service_categories`, { auth: 'partner' });
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ success: true, data: list.body.data, meta: [] });
    expect(list.body.data.length).toBeGreaterThan(1);
  });

  it.each([
    ['services?staff_id=0', `/company/${B}/services`, 'staff_id=0'],
    ['services?category_id=0', `/company/${B}/services`, 'category_id=0'],
    ['services?staff_id=0&category_id=0', `/services/${B}`, 'staff_id=0&category_id=0'],
    ['service_categories?staff_id=0', `/company/${B}/service_categories`, 'staff_id=0'],
    ['legacy service_categories?staff_id=0', `/service_categories/${B}`, 'staff_id=0'],
    ['book_services?staff_id=0', `/book_services/${B}`, 'staff_id=0'],
  ])('%s is the same as no filter', async (_name, path, query) => {
    const filtered = await call('GET', `/api/v1${path}?${query}`, { auth: 'partner' });
    const unfiltered = await call('GET', `/api/v1${path}`, { auth: 'partner' });
    expect(filtered.status).toBe(200);
    expect(filtered.body).toEqual(unfiltered.body);
    expect(JSON.stringify(filtered.body.data).length).toBeGreaterThan(10);
  });

  it('records?staff_id=0 and team_member_id=0 list every staff member’s records; a real id filters', async () => {
    const [a, b] = staffOf();
    for (const staff of [a!, b!]) {
      const res = await call('POST', `/api/v1/records/${B}`, {
        body: { staff_id: staff, services: [{ id: serviceId('Massage 30 Minuten') }], client: { phone: '+491701112233', name: 'Ida' }, datetime: '2026-03-03T10:00:00+01:00', seance_length: 1800, save_if_busy: true },
      });
      expect(res.status).toBe(201);
    }
    const day = 'start_date=2026-03-03&end_date=2026-03-03';
    const all = await call('GET', `/api/v1/records/${B}?${day}`);
    expect(new Set(all.body.data.map((r: { staff_id: number }) => r.staff_id))).toEqual(new Set([a, b]));
    expect((await call('GET', `/api/v1/records/${B}?${day}&staff_id=0`)).body).toEqual(all.body);
    expect((await call('GET', `/api/v1/records/${B}?${day}&team_member_id=0`)).body).toEqual(all.body);
    const onlyB = await call('GET', `/api/v1/locations/${B}/appointments?${day}&team_member_id=${b}`);
    expect(onlyB.body.data.map((r: { staff_id: number }) => r.staff_id)).toEqual([b]);
    expect(onlyB.body.meta).toEqual({ page: 1, total_count: 1 });
    // The two names disagreeing match nothing rather than one of them silently.
    expect((await call('GET', `/api/v1/records/${B}?${day}&staff_id=${a}&team_member_id=${b}`)).body.data).toEqual([]);
  });

  it.each(['-1', '00x', '1e3'])('refuses staff_id=%s with 400', async (value) => {
    expect((await call('GET', `/api/v1/company/${B}/services?staff_id=${value}`, { auth: 'partner' })).status).toBe(400);
  });
});

describe('setting a location up', () => {
  const tuesday = '2026-03-03';
  const snapshot = () => JSON.stringify(db().snapshot());

  it('creates a position, a category, a staff member with hours and a service they do: it is listed and bookable at once', async () => {
    const position = await call('POST', `/api/v1/positions/${B}`, { body: { title: 'Wärmetherapeut' } });
    expect(position.status).toBe(201);
    const category = await call('POST', `/api/v1/service_categories/${B}`, { body: { title: 'Wärmetherapie', weight: 5 } });
    expect(category.status).toBe(201);
    const staff = await call('POST', `/api/v1/company/${B}/staff/quick`, { body: { name: 'Mara Lindqvist', specialization: 'Wärme', position_id: position.body.data.id } });
    expect(staff.status).toBe(201);
    expect(staff.body.data).toMatchObject({ name: 'Mara Lindqvist', position: position.body.data, fired: 0, hidden: 0 });
    const staffId = staff.body.data.id as number;
    // No hours yet: nothing to offer.
    const service = await call('POST', `/api/v1/services/${B}`, {
      body: { title: 'Fango 20 Minuten', category_id: category.body.data.id, price_min: 18, duration: 1200, staff: [{ id: staffId, seance_length: 1200 }] },
    });
    expect(service.status).toBe(201);
    expect(service.body.data).toMatchObject({ title: 'Fango 20 Minuten', active: 1, price_min: 18, price_max: 18, staff: [{ id: staffId, seance_length: 1200 }] });
    const fango = service.body.data.id as number;
    const times = () => call('GET', `/api/v1/book_times/${B}/${staffId}/${tuesday}?service_ids[]=${fango}`, { auth: 'partner' });
    expect((await times()).body.data).toEqual([]);
    const hours = await call('PUT', `/api/v1/schedule/${B}/${staffId}/${tuesday}/${tuesday}`, { body: { slots: [{ from: '09:00', to: '10:00' }] } });
    expect(hours.status).toBe(201);
    expect(hours.body.data).toEqual([{ date: tuesday, is_working: true, slots: [{ from: '09:00', to: '10:00' }] }]);
    const offered = (await times()).body.data.map((t: { time: string }) => t.time);
    expect(offered).toEqual(['09:00', '09:15', '09:30']); // 20 minutes, ending by 10:00
    // Listed on every spelling, and booked like any other service.
    for (const path of [`/locations/${B}/team_members`, `/staff/${B}`]) expect((await call('GET', `/api/v1${path}`)).body.data.map((s: { id: number }) => s.id)).toContain(staffId);
    expect((await call('GET', `/api/v1/locations/${B}/team_members/positions`)).body.data).toContainEqual(position.body.data);
    expect((await call('GET', `/api/v1/service_categories/${B}/0`)).body.data.map((c: { id: number }) => c.id)).toContain(category.body.data.id);
    const booked = await call('POST', `/api/v1/book_record/${B}`, {
      auth: 'partner',
      body: { phone: '+491701234567', fullname: 'Erika Mustermann', appointments: [{ id: 1, services: [fango], staff_id: 0, datetime: `${tuesday}T09:00:00+01:00` }] },
    });
    expect(booked.status).toBe(201);
    expect((await times()).body.data.map((t: { time: string }) => t.time)).toEqual(['09:30']);
  });

  it('PATCH changes only what it is sent; PUT replaces the whole service, staff links included', async () => {
    const massage = serviceId('Massage 30 Minuten');
    const before = (await call('GET', `/api/v1/company/${B}/services/${massage}`)).body.data;
    const patched = await call('PATCH', `/api/v1/services/${B}/${massage}`, { body: { price_min: 38, price_max: 38 } });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toEqual({ ...before, price_min: 38, price_max: 38 });
    const put = await call('PUT', `/api/v1/services/${B}/${massage}`, { body: { title: 'Massage 30', category_id: before.category_id } });
    expect(put.body.data).toMatchObject({ title: 'Massage 30', staff: [], duration: 3600, price_min: 0 });
    const times = await call('GET', `/api/v1/book_times/${B}/0/${tuesday}?service_ids[]=${massage}`, { auth: 'partner' });
    expect(times.body.data).toEqual([]);
  });

  it('a deleted service leaves the lists, answers 404 and cannot be booked; its category can then go', async () => {
    const category = await call('POST', `/api/v1/service_categories/${B}`, { body: { title: 'Kurz' } });
    const service = await call('POST', `/api/v1/services/${B}`, { body: { title: 'Kurz', category_id: category.body.data.id, staff: [{ id: 10001 }] } });
    const id = service.body.data.id as number;
    const refused = await call('DELETE', `/api/v1/service_category/${B}/${category.body.data.id}`);
    expect(refused.status).toBe(422);
    expect(refused.body.meta.message).toMatch(/still holds 1 service/);
    expect((await call('DELETE', `/api/v1/services/${B}/${id}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/services/${B}/${id}`)).status).toBe(404);
    expect((await call('DELETE', `/api/v1/services/${B}/${id}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/services/${B}`)).body.data.map((s: { id: number }) => s.id)).not.toContain(id);
    const book = await call('POST', `/api/v1/book_record/${B}`, {
      auth: 'partner',
      body: { phone: '+491701234567', fullname: 'Erika Mustermann', appointments: [{ id: 1, services: [id], staff_id: 10001, datetime: `${tuesday}T10:00:00+01:00` }] },
    });
    expect(book.body.errors.code).toBe(438);
    expect((await call('DELETE', `/api/v1/service_category/${B}/${category.body.data.id}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/company/${B}/service_categories/${category.body.data.id}`)).status).toBe(404);
  });

  it('updates and deletes a staff member: hidden leaves online booking, deleted leaves the lists and the service links', async () => {
    const [anna] = staffOf();
    const hidden = await call('PUT', `/api/v1/staff/${B}/${anna}`, { body: { hidden: 1, information: 'Nur nach Absprache' } });
    expect(hidden.body.data).toMatchObject({ id: anna, hidden: 1, information: 'Nur nach Absprache' });
    const bookable = await call('GET', `/api/v1/book_staff/${B}`, { auth: 'partner' });
    expect(bookable.body.data.map((s: { id: number }) => s.id)).not.toContain(anna);
    expect((await call('DELETE', `/api/v1/locations/${B}/team_members/${anna}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/company/${B}/staff/${anna}`)).status).toBe(404);
    const services = (await call('GET', `/api/v1/company/${B}/services`)).body.data as { staff: { id: number }[] }[];
    expect(services.flatMap((s) => s.staff.map((l) => l.id))).not.toContain(anna);
  });

  it('updates and deletes a client; a later booking with the phone makes a new client', async () => {
    const client = [...db().tables.clients.values()].find((c) => c.companyId === B)!;
    const changed = await call('PUT', `/api/v1/client/${B}/${client.id}`, { body: { name: 'Luka', phone: client.phone, email: 'luka@example.com' } });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ id: client.id, name: 'Luka', email: 'luka@example.com', surname: client.surname });
    const other = [...db().tables.clients.values()].find((c) => c.companyId === B && c.id !== client.id)!;
    const clash = await call('PUT', `/api/v1/client/${B}/${client.id}`, { body: { name: 'Luka', phone: other.phone } });
    expect(clash.status).toBe(422);
    expect((await call('DELETE', `/api/v1/client/${B}/${client.id}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/client/${B}/${client.id}`)).status).toBe(404);
    const found = await call('GET', `/api/v1/clients/${B}?phone=${encodeURIComponent(client.phone)}`);
    expect(found.body.data).toEqual([]);
  });

  it('reads the settings, booking forms and resources a setup reads, on both spellings', async () => {
    for (const prefix of ['/locations', '/company']) {
      expect((await call('GET', `/api/v1${prefix}/${B}/settings/timetable`)).body.data).toEqual({ record_type: 1, activity_record_clients_count_max: 1, timetable_step: 15 });
      expect((await call('GET', `/api/v1${prefix}/${B}/settings/online`)).body.data).toMatchObject({ any_master: true, seance_delay_step: 0, booking_horizon_days: 60 });
      expect((await call('GET', `/api/v1${prefix}/${B}/booking_forms`)).body.data).toEqual([{ id: B, title: 'Physiotherapie Gleichgewicht', is_default: 1, url: `https://n${B}.alteg.io/` }]);
    }
    expect((await call('GET', `/api/v1/resources/${B}`)).body).toEqual({ success: true, data: [], meta: [] });
    expect((await call('GET', `/api/v1/resources/${B}`, { auth: 'partner' })).status).toBe(401);
    expect((await call('GET', `/api/v1/locations/${B}/settings/online`, { auth: 'brooklyn' })).status).toBe(403);
  });

  it.each([
    ['a blank category title', 'POST', `/service_categories/${B}`, { title: '  ' }, /title must not be blank/],
    ['a category for a staff member of another location', 'POST', `/service_categories/${B}`, { title: 'X', staff: [10004] }, /Staff member 10004 not found/],
    ['a service in an unknown category', 'POST', `/services/${B}`, { title: 'X', category_id: 99999 }, /category 99999 not found/],
    ['a service in another location’s category', 'POST', `/services/${B}`, { title: 'X', category_id: 10008 }, /category 10008 not found/],
    ['a service with one staff member twice', 'POST', `/services/${B}`, { title: 'X', category_id: 10006, staff: [{ id: 10001 }, { id: 10001 }] }, /listed twice/],
    ['a price_max below price_min', 'POST', `/services/${B}`, { title: 'X', category_id: 10006, price_min: 20, price_max: 10 }, /below price_min/],
    ['an empty PATCH', 'PATCH', `/services/${B}/10009`, {}, /title is required/],
    ['a staff member without specialization', 'POST', `/company/${B}/staff/quick`, { name: 'X' }, /specialization/],
    ['an unknown position', 'POST', `/company/${B}/staff/quick`, { name: 'X', specialization: 'Y', position_id: 999 }, /Position 999 not found/],
    ['an existing position title', 'POST', `/positions/${B}`, { title: 'masseur' }, /already exists/],
    ['a schedule range with overlapping hours', 'PUT', `/schedule/${B}/10001/${tuesday}/${tuesday}`, { slots: [{ from: '09:00', to: '12:00' }, { from: '11:00', to: '13:00' }] }, /overlap/],
    ['a __proto__ key as the only field', 'PUT', `/staff/${B}/10001`, JSON.parse('{"__proto__": {"hidden": 1}}'), /name is required/],
  ])('refuses %s with 422 in Altegio’s shape and changes nothing', async (_name, method, path, body, message) => {
    const before = snapshot();
    const res = await call(method, `/api/v1${path}`, { body });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ success: false, data: null, meta: { message: expect.stringMatching(message) } });
    expect(snapshot()).toBe(before);
  });

  it.each([
    ['ends before it starts', '2026-03-05/2026-03-03'],
    ['spans more than 366 days', '2026-01-01/2027-12-31'],
    ['lies in a year no calendar of the API holds', '9999-01-01/9999-01-02'],
    ['starts on a date that does not exist', '2026-02-30/2026-03-01'],
  ])('refuses a schedule range that %s with 400 and changes nothing', async (_name, range) => {
    const before = snapshot();
    expect((await call('PUT', `/api/v1/schedule/${B}/10001/${range}`, { body: { slots: [] } })).status).toBe(400);
    expect(snapshot()).toBe(before);
  });
});

describe('strict where Altegio is strict, lenient where it is lenient', () => {
  const tuesday = '2026-03-03';
  const snapshot = () => JSON.stringify(db().snapshot());
  const recordBody = (extra: Record<string, unknown> = {}) => ({
    staff_id: 10001,
    services: [{ id: serviceId('Massage 45 Minuten') }],
    client: { phone: '+491701112233', name: 'Ida Pfeiffer' },
    datetime: `${tuesday}T10:00:00+01:00`,
    ...extra,
  });

  it.each([
    ['team_member_id alone', { team_member_id: 10001, dates: [tuesday], slots: [{ from: '09:00', to: '10:00' }] }, /staff_id is required/],
    ['team_member_id beside staff_id', { staff_id: 10001, team_member_id: 10001, dates: [tuesday], slots: [{ from: '09:00', to: '10:00' }] }, /team_member_id is not accepted/],
  ])('the schedule body refuses %s with 422 and changes nothing', async (_name, item, message) => {
    const before = snapshot();
    for (const path of [`/company/${B}/staff/schedule`, `/locations/${B}/team_members/schedule`]) {
      const res = await call('PUT', `/api/v1${path}`, { body: { schedules_to_set: [item] } });
      expect(res.status).toBe(422);
      expect(res.body.meta.message).toMatch(message);
    }
    expect(snapshot()).toBe(before);
  });

  it('creates a record without seance_length, as long as the staff member takes for the services', async () => {
    const res = await call('POST', `/api/v1/records/${B}`, { body: recordBody() });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ seance_length: 2700, length: 2700, datetime: `${tuesday}T10:00:00+01:00` });
    // Lea takes 40 minutes for medical gymnastics where the service says 30.
    const lea = staffOf()[2]!;
    const gym = await call('POST', `/api/v1/records/${B}`, {
      body: { ...recordBody({ staff_id: lea, services: [{ id: serviceId('Krankengymnastik') }], datetime: `${tuesday}T14:00:00+01:00` }) },
    });
    expect(gym.body.data.seance_length).toBe(2400);
  });

  it('the update still requires seance_length (422, nothing changed)', async () => {
    const created = await call('POST', `/api/v1/records/${B}`, { body: recordBody({ seance_length: 1800 }) });
    const before = snapshot();
    const res = await call('PUT', `/api/v1/record/${B}/${created.body.data.id}`, { body: recordBody() });
    expect(res.status).toBe(422);
    expect(res.body.meta.message).toMatch(/seance_length is required/);
    expect(snapshot()).toBe(before);
  });

  it('moving a discounted record without prices keeps its prices; a new service line takes the list price', async () => {
    const massage45 = serviceId('Massage 45 Minuten');
    const created = await call('POST', `/api/v1/records/${B}`, { body: recordBody({ services: [{ id: massage45, first_cost: 50, discount: 20, cost: 40 }] }) });
    const id = created.body.data.id as number;
    const moved = await call('PUT', `/api/v1/record/${B}/${id}`, { body: recordBody({ datetime: `${tuesday}T13:00:00+01:00`, seance_length: 2700 }) });
    expect(moved.status).toBe(201);
    expect(moved.body.data.services).toMatchObject([{ id: massage45, first_cost: 50, discount: 20, cost: 40 }]);
    const swapped = await call('PUT', `/api/v1/record/${B}/${id}`, { body: recordBody({ services: [{ id: serviceId('Massage 30 Minuten') }], seance_length: 1800 }) });
    expect(swapped.body.data.services).toMatchObject([{ first_cost: 35, discount: 0, cost: 35 }]);
  });

  it.each([
    ['an offsetless ISO time', `${tuesday}T10:00:00`],
    ['a space-separated local time', `${tuesday} 10:00:00`],
    ['minutes only', `${tuesday}T10:00`],
  ])('reads %s in the location’s zone (Berlin, +01:00 in March), on records and on online booking', async (_name, datetime) => {
    const record = await call('POST', `/api/v1/records/${B}`, { body: recordBody({ datetime }) });
    expect(record.status).toBe(201);
    expect(record.body.data.datetime).toBe(`${tuesday}T10:00:00+01:00`);
    const online = await call('POST', `/api/v1/book_record/${B}`, {
      auth: 'partner',
      body: { phone: '+491701234567', fullname: 'Erika Mustermann', appointments: [{ id: 1, services: [serviceId('Massage 30 Minuten')], staff_id: 0, datetime: datetime.replace('10:00', '11:00') }] },
    });
    expect(online.status).toBe(201);
    const read = await call('GET', `/api/v1/record/${B}/${online.body.data[0].record_id}`);
    expect(read.body.data.datetime).toBe(`${tuesday}T11:00:00+01:00`);
  });
});

describe('field-complete answers', () => {
  // The official catalog extract names every field an object carries; the live answers must send them all.
  const catalog = JSON.parse(readFileSync(new URL('../../specs/official/altegio-catalog.json', import.meta.url), 'utf8')) as {
    operations: { official: string; conditional?: Record<string, string>; properties: Record<string, string[]> }[];
  };
  const fieldsOf = (official: string) => {
    const op = catalog.operations.find((o) => o.official === official)!;
    return Object.keys(op.properties).filter((f) => !op.conditional?.[f]);
  };

  it.each([
    ['get_location', `/company/${B}?forBooking=1`],
    ['get_location_list', '/companies'],
    ['get_team_member_list', `/staff/${B}`],
    ['get_service_list', `/services/${B}`],
    ['deprecated_get_service_category_list', `/service_categories/${B}/0`],
    ['get_appointment_list', `/records/${B}?with_deleted=1`],
    ['get_team_member_schedule', `/schedule/${B}/10001/2026-03-02/2026-03-08`],
    ['deprecated_get_client_list', `/clients/${B}`],
  ])('%s: the live answer carries every field of the official catalog', async (official, path) => {
    const res = await call('GET', `/api/v1${path}`);
    expect(res.status).toBe(200);
    const items = ([] as Record<string, unknown>[]).concat(res.body.data);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(fieldsOf(official).filter((f) => !(f in item))).toEqual([]);
  });

  it('the schedule says is_working as a boolean, as the catalog types it', async () => {
    const res = await call('GET', `/api/v1/schedule/${B}/10001/2026-03-01/2026-03-02`);
    expect(res.body.data.map((d: { is_working: unknown }) => d.is_working)).toEqual([false, true]);
  });

  it('records list pages with page and count, total_count over all pages', async () => {
    const all = await call('GET', `/api/v1/records/${B}?count=1000`);
    const total = all.body.meta.total_count as number;
    expect(total).toBeGreaterThan(3);
    const pages = [];
    for (let page = 1; page <= Math.ceil(total / 3); page++) {
      const res = await call('GET', `/api/v1/locations/${B}/appointments?count=3&page=${page}`);
      expect(res.body.meta).toEqual({ page, total_count: total });
      pages.push(...res.body.data.map((r: { id: number }) => r.id));
    }
    expect(pages).toEqual(all.body.data.map((r: { id: number }) => r.id));
    expect((await call('GET', `/api/v1/records/${B}?count=3&page=${Math.ceil(total / 3) + 1}`)).body.data).toEqual([]);
  });
});

describe('the request shapes of Altegio’s own client (altegio/altegio-pro-mcp, src/types/altegio.types.ts)', () => {
  // Its types, not its code: the bodies and paths a client written for the real Altegio sends.
  it('sets a location up and books on the paths and bodies it uses', async () => {
    const position = await call('POST', `/api/v1/positions/${B}`, { body: { title: 'Rezeption', api_id: 'pos-1' } });
    expect(position.status).toBe(201);
    expect((await call('GET', `/api/v1/positions/${B}`)).body.data).toContainEqual(position.body.data);
    const category = await call('POST', `/api/v1/service_categories/${B}`, { body: { title: 'Wärme', api_id: 'cat-w', weight: 1 } });
    expect(category.status).toBe(201);
    const staff = await call('POST', `/api/v1/company/${B}/staff/quick`, {
      body: { name: 'Mara', specialization: 'Wärme', position_id: null, phone_number: null, user_email: '', user_phone: '', is_user_invite: false, is_paid_staff: false },
    });
    expect(staff.status).toBe(201);
    expect(staff.body.data.position).toEqual([]);
    const staffId = staff.body.data.id as number;
    const service = await call('POST', `/api/v1/services/${B}`, { body: { title: 'Fango', category_id: category.body.data.id, price_min: 18, duration: 1800, prepaid: 'forbidden' } });
    expect(service.status).toBe(201);
    const serviceId = service.body.data.id as number;
    expect((await call('PATCH', `/api/v1/services/${B}/${serviceId}`, { body: { price_min: 20, price_max: 20, active: 1 } })).status).toBe(200);
    // The schedule, with team_member_id translated to staff_id as that client does.
    const schedule = await call('PUT', `/api/v1/company/${B}/staff/schedule`, { body: { schedules_to_set: [{ staff_id: staffId, dates: ['2026-03-04'], slots: [{ from: '09:00', to: '12:00' }] }] } });
    expect(schedule.status).toBe(200);
    expect((await call('GET', `/api/v1/schedule/${B}/${staffId}/2026-03-04/2026-03-04`)).body.data[0].is_working).toBe(true);
    expect((await call('PUT', `/api/v1/staff/${B}/${staffId}`, { body: { name: 'Mara L.', weight: 5 } })).body.data.name).toBe('Mara L.');
    // No service link yet: the staff member books it anyway with save_if_busy, as a back-dated visit would.
    const booking = await call('POST', `/api/v1/records/${B}`, {
      body: { staff_id: staffId, services: [{ id: serviceId, amount: 1 }], datetime: '2026-03-04 09:00:00', client: { name: 'Ida', phone: '+491701112233' }, send_sms: 0, attendance: 0, save_if_busy: true },
    });
    expect(booking.status).toBe(201);
    expect(booking.body.data).toMatchObject({ datetime: '2026-03-04T09:00:00+01:00', seance_length: 1800 });
    const bookings = await call('GET', `/api/v1/records/${B}?start_date=2026-03-04&end_date=2026-03-04&page=1&count=50`);
    expect(bookings.body.data.map((r: { id: number }) => r.id)).toContain(booking.body.data.id);
    expect((await call('DELETE', `/api/v1/record/${B}/${booking.body.data.id}`)).status).toBe(204);
    expect((await call('GET', `/api/v1/service_categories/${B}/0`)).body.data.map((c: { id: number }) => c.id)).toContain(category.body.data.id);
    expect((await call('DELETE', `/api/v1/staff/${B}/${staffId}`)).status).toBe(204);
    // The catalog's older create answers on the legacy list path too.
    const older = await call('POST', `/api/v1/staff/${B}`, { body: { name: 'Ole', specialization: 'Masseur' } });
    expect(older.status).toBe(201);
    expect((await call('GET', `/api/v1/staff/${B}`)).body.data.map((m: { id: number }) => m.id)).toContain(older.body.data.id);
    expect((await call('POST', `/api/v1/clients/${B}`, { body: { name: 'Hanna', phone: '+491705550009', email: 'h@example.com' } })).status).toBe(201);
  });
});
