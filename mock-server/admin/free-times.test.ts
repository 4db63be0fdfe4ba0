import { describe, expect, it } from 'vitest';
import { demo } from '../altegio/demo-data.ts';
import type { Staff } from '../altegio/state.ts';
import { createMockServer } from '../server/create-server.ts';
import { testNow, useTestServer } from '../testing/test-server.ts';

const server = useTestServer();
const { call } = server;
const B = demo.berlinId;
const admin = (method: string, path: string) => call(method, `/__admin${path}`, { auth: 'none' });

const db = () => server.mock.fake.db;
const serviceId = (title: string) => [...db().tables.services.values()].find((s) => s.title === title)!.id;
const staffNamed = (specialization: string, companyId: number = B) =>
  [...db().tables.staff.values()].filter((s) => s.companyId === companyId && s.specialization === specialization);
const anna = () => staffNamed('Physiotherapeutin')[0]!;
const jonas = () => staffNamed('Masseur')[0]!;
const lea = () => staffNamed('Physiotherapeutin')[1]!;
const massage30 = () => serviceId('Massage 30 Minuten');

interface Slot {
  staffId: number;
  staffName: string;
  date: string;
  start: string;
  length: number;
}

// 2026-03-04 is the Wednesday after the test clock's Monday: Anna (08–16) and Jonas (12–20) work, Lea does not.
const wednesday = '2026-03-04';

function query(params: Record<string, string | number | undefined>) {
  const defined = Object.entries(params).filter(([, v]) => v !== undefined) as [string, string][];
  return admin('GET', `/free-times?${new URLSearchParams(defined.map(([k, v]) => [k, String(v)]))}`);
}

async function slotsOf(params: { staffId?: number; from?: string; to?: string; serviceId?: number } = {}): Promise<Slot[]> {
  const res = await query({ companyId: B, serviceId: massage30(), from: wednesday, to: wednesday, ...params });
  expect(res.status).toBe(200);
  return res.body.slots;
}

const at = (slots: Slot[], start: string) => slots.filter((s) => s.start === start).map((s) => s.staffId);

async function book(staff: Staff, start: string) {
  const res = await call('POST', `/api/v1/records/${B}`, {
    body: { staff_id: staff.id, services: [{ id: massage30() }], client: { phone: '+491700000002', name: 'Oracle Test' }, datetime: start, seance_length: 1800 },
  });
  expect(res.status).toBe(201);
  return res.body.data.id as number;
}

describe('GET /__admin/free-times', () => {
  it('lists every bookable staff member separately, sorted by start then staff, as the per-staff answers add up', async () => {
    const res = await query({ companyId: B, serviceId: massage30(), from: wednesday, to: wednesday });
    expect(res.body).toMatchObject({ companyId: B, timeZone: 'Europe/Berlin', now: new Date(testNow).toISOString() });
    const all: Slot[] = res.body.slots;
    expect(new Set(all.map((s) => s.staffId))).toEqual(new Set([anna().id, jonas().id]));
    // Between 12:00 and 16:00 both work: some start is listed once for each of them.
    expect(all.some((s, i) => all[i + 1]?.start === s.start)).toBe(true);
    const sorted = [...all].sort((a, b) => a.start.localeCompare(b.start) || a.staffId - b.staffId);
    expect(all).toEqual(sorted);
    const perStaff = [];
    for (const staff of [anna(), jonas(), lea()]) perStaff.push(...(await slotsOf({ staffId: staff.id })));
    expect(perStaff.sort((a, b) => a.start.localeCompare(b.start) || a.staffId - b.staffId)).toEqual(all);
    expect(all.find((s) => s.staffId === jonas().id)).toMatchObject({ staffName: jonas().name, date: wednesday, length: 1800 });
  });

  it('drops a booked time for that staff member only, and cancelRecord brings it back', async () => {
    const all = await slotsOf();
    const shared = all.find((s, i) => all[i + 1]?.start === s.start)!;
    const [first, second] = at(all, shared.start);
    const staff = db().tables.staff.get(first!)!;
    const id = await book(staff, shared.start);

    const after = await slotsOf();
    expect(at(after, shared.start)).not.toContain(first);
    expect(at(after, shared.start)).toContain(second);

    expect(await admin('DELETE', `/records/${id}`)).toEqual({ status: 204, body: undefined });
    expect(db().tables.records.get(id)).toMatchObject({ deleted: true, changedAt: testNow });
    expect(await slotsOf()).toEqual(all);
    expect(await admin('DELETE', `/records/${id}`)).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: `Record ${id} not found or already deleted.` } },
    });
  });

  it('gives no slots on a day off', async () => {
    // Sunday: nobody works; Tuesday: Jonas does not.
    expect(await slotsOf({ from: '2026-03-08', to: '2026-03-08' })).toEqual([]);
    expect(await slotsOf({ staffId: jonas().id, from: '2026-03-03', to: '2026-03-03' })).toEqual([]);
  });

  it('leaves out starts before the clock’s now', async () => {
    const now = Date.parse('2026-03-02T10:07:00+01:00');
    server.mock.fake.clock.set(now, { frozen: true });
    const res = await query({ companyId: B, serviceId: massage30(), staffId: anna().id, from: '2026-03-02', to: '2026-03-02' });
    expect(res.body.now).toBe(new Date(now).toISOString());
    const starts = (res.body.slots as Slot[]).map((s) => Date.parse(s.start));
    expect(starts.length).toBeGreaterThan(0);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(now);
    // Anna works from 08:00: with the clock at 08:00 her morning was on offer.
    server.mock.fake.clock.set(testNow, { frozen: true });
    expect(Math.min(...(await slotsOf({ staffId: anna().id, from: '2026-03-02', to: '2026-03-02' })).map((s) => Date.parse(s.start)))).toBeLessThan(now);
  });

  it('gives the right instants across the spring daylight-saving change', async () => {
    // Lea works a night and a morning hour on Sunday 29 March 2026, when Berlin skips 02:00–03:00.
    const staff = lea();
    db().put({ table: 'staff', row: { ...staff, exceptions: { '2026-03-29': [{ from: '01:00', to: '04:00' }, { from: '09:00', to: '10:00' }] } } });
    const slots = await slotsOf({ staffId: staff.id, from: '2026-03-28', to: '2026-03-30' });
    // Saturday, still winter time: 09:00 is 08:00Z.
    expect(slots[0]).toMatchObject({ date: '2026-03-28', start: '2026-03-28T08:00:00.000Z' });
    const sunday = slots.filter((s) => s.date === '2026-03-29').map((s) => s.start.slice(11, 16));
    // 01:00–04:00 local is two real hours (00:00Z–02:00Z); 09:00 summer time is 07:00Z.
    expect(sunday).toEqual(['00:00', '00:15', '00:30', '00:45', '01:00', '01:15', '01:30', '07:00', '07:15', '07:30']);
    expect(slots.filter((s) => s.date === '2026-03-30')).toEqual([]);
  });

  it('refuses bad parameters with 400 and unknown things with 404, saying what is wrong', async () => {
    const ok = { companyId: B, serviceId: massage30(), from: wednesday, to: wednesday };
    const error = async (params: Record<string, string | number | undefined>) => {
      const res = await query({ ...ok, ...params });
      return [res.status, res.body.error.code, res.body.error.message];
    };
    expect(await error({ companyId: undefined })).toEqual([400, 'invalid_request', 'query parameter companyId is required.']);
    expect(await error({ serviceId: 'massage' })).toEqual([400, 'invalid_request', expect.stringMatching(/serviceId.*integer/)]);
    expect(await error({ staffId: -1 })).toEqual([400, 'invalid_request', expect.stringMatching(/staffId/)]);
    expect(await error({ from: '2026-02-30' })).toEqual([400, 'invalid_request', expect.stringMatching(/from must match format "date"/)]);
    expect(await error({ to: '4 March' })).toEqual([400, 'invalid_request', expect.stringMatching(/to must match format "date"/)]);
    expect(await error({ from: '2026-03-04', to: '2026-03-01' })).toEqual([400, 'invalid_request', 'to (2026-03-01) is before from (2026-03-04).']);
    expect(await error({ from: '2026-03-01', to: '2026-05-03' })).toEqual([400, 'invalid_request', expect.stringMatching(/spans 63 days; at most 62/)]);
    expect((await query({ ...ok, from: '2026-03-01', to: '2026-05-02' })).status).toBe(200);

    expect(await error({ companyId: 999 })).toEqual([404, 'not_found', 'Location 999 not found.']);
    const teeth = serviceId('Teeth cleaning');
    expect(await error({ serviceId: teeth })).toEqual([404, 'not_found', `Service ${teeth} not found in location ${B}.`]);
    const hygienist = staffNamed('Dental hygienist', demo.brooklynId)[0]!.id;
    expect(await error({ staffId: hygienist })).toEqual([404, 'not_found', `Staff member ${hygienist} not found in location ${B}.`]);
    const gymnastics = serviceId('Krankengymnastik');
    expect(await error({ serviceId: gymnastics, staffId: jonas().id })).toEqual([
      404,
      'not_found',
      `Staff member ${jonas().id} does not provide service ${gymnastics}.`,
    ]);
  });
});

describe('DELETE /__admin/records/{recordId}', () => {
  it('refuses a non-integer id with 400 and an unknown one with 404', async () => {
    expect((await admin('DELETE', '/records/abc')).body).toEqual({ error: { code: 'invalid_request', message: expect.stringMatching(/recordId must be integer/) } });
    expect((await admin('DELETE', '/records/999999')).status).toBe(404);
  });
});

describe('oracle and cleanup access', () => {
  it('answers loopback callers only, like the rest of the admin API', async () => {
    const { apis } = createMockServer({ now: testNow, frozen: true });
    const request = (method: string, path: string) => ({ method, path, query: {}, headers: {}, rawBody: '', remoteAddress: '192.0.2.10' });
    expect((await apis.admin.handle(request('GET', '/free-times'))).status).toBe(403);
    expect((await apis.admin.handle(request('DELETE', '/records/1'))).status).toBe(403);
  });
});
