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

  it('lists each operation once; the other spellings are aliases, never path items of their own', () => {
    expect(aliased.length).toBeGreaterThan(15);
    for (const [, alias] of aliased) expect(Object.keys(doc.paths)).not.toContain(alias);
    const all = [...Object.keys(doc.paths), ...aliased.map(([, a]) => a)];
    expect(new Set(all).size).toBe(all.length);
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
    for (const path of [`/records/${B}`, `/locations/${B}/appointments`, `/company/${B}/team_members/schedule?start_date=2026-03-03&end_date=2026-03-03`]) {
      expect((await call('GET', `/api/v1${path}`, { auth: 'brooklyn' })).status).toBe(403);
    }
  });

  it.each(['/locations/x', `/locations/${B}/team_members/1.0`, `/locations/${B}/appointments/__proto__`, '/locations/constructor/services'])(
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
