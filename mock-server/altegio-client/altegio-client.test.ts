import { beforeEach, describe, expect, it } from 'vitest';
import { demo } from '../altegio/demo-data.ts';
import { useTestServer } from '../testing/test-server.ts';
import { createAltegioClient, type AltegioClient } from './altegio-client.ts';

// Seed 000's nine actions, performed by the typed client against the running fake over
// HTTP, each checked against what then is in the fake's state.
const server = useTestServer();
const B = demo.berlinId;
let altegio: AltegioClient;

beforeEach(async () => {
  const partner = createAltegioClient({ baseUrl: `${server.mock.url}/api/v1`, partnerToken: demo.partnerToken });
  const login = await partner.login(demo.users[0].login, demo.users[0].password);
  expect(login.ok).toBe(true);
  altegio = partner.withUserToken(login.ok ? login.data.userToken : '');
});

const unwrap = <T>(result: { ok: true; data: T } | { ok: false; status: number; message: string }): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.status}: ${result.message}`);
  return result.data;
};

describe('seed 000’s Altegio actions against the fake', () => {
  it('get service categories, services (all, by staff, by category) and staff', async () => {
    const categories = unwrap(await altegio.getServiceCategories(B));
    expect(categories.map((c) => c.title)).toEqual(['Massage', 'Krankengymnastik']);
    const services = unwrap(await altegio.getServices(B, { staffId: 0, categoryId: 0 }));
    expect(services).toHaveLength(3);
    const massage = unwrap(await altegio.getServices(B, { categoryId: categories[0]!.id }));
    expect(massage.map((s) => s.title)).toEqual(['Massage 30 Minuten', 'Massage 45 Minuten']);
    const staff = unwrap(await altegio.getStaff(B));
    expect(staff).toHaveLength(3);
  });

  it('get staff by service name, with each one’s own length', async () => {
    const staff = unwrap(await altegio.getStaffByService(B, 'Krankengymnastik'));
    expect(staff.map((s) => s.seanceLength).sort()).toEqual([1800, 2400]);
    const missing = await altegio.getStaffByService(B, 'Haircut');
    expect(missing).toMatchObject({ ok: false, status: 404 });
  });

  it('get available slots, create, get, update and cancel an appointment, each visible in the fake', async () => {
    const [service] = unwrap(await altegio.getServices(B));
    const slots = unwrap(await altegio.getAvailableSlots(B, { startDate: '2026-03-02', endDate: '2026-03-06', serviceId: service!.id }));
    expect(new Set(slots.map((s) => s.date))).toEqual(new Set(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']));
    const pick = slots.find((s) => s.date === '2026-03-04')!;
    const staffId = [...server.mock.fake.db.tables.staff.values()].find((s) => s.companyId === B)!.id;

    const created = unwrap(
      await altegio.createAppointment(B, { staffId, serviceId: service!.id, clientName: 'John Doe', clientPhone: '+380501234567', datetime: pick.datetime }),
    );
    const stored = server.mock.fake.db.tables.records.get(created.id)!;
    expect(stored).toMatchObject({ staffId, start: Date.parse(pick.datetime), length: 1800, deleted: false });
    expect(server.mock.fake.db.tables.clients.get(stored.clientId!)!.phone).toBe('+380501234567');

    const mine = unwrap(await altegio.getAppointments(B, { clientId: stored.clientId!, startDate: '2026-03-01' }));
    expect(mine.map((r) => r.id)).toEqual([created.id]);

    const later = slots.find((s) => s.date === '2026-03-05')!;
    const updated = unwrap(
      await altegio.updateAppointment(B, created.id, {
        staffId, serviceId: service!.id, clientName: 'John Doe', clientPhone: '+380501234567', datetime: later.datetime,
        seanceLength: 1800, firstCost: 35, cost: 30, discount: 0, comment: 'moved by the agent',
      }),
    );
    expect(updated).toMatchObject({ id: created.id, datetime: later.datetime, comment: 'moved by the agent' });
    expect(server.mock.fake.db.tables.records.get(created.id)!.start).toBe(Date.parse(later.datetime));

    expect(unwrap(await altegio.cancelAppointment(B, created.id))).toBeNull();
    expect(server.mock.fake.db.tables.records.get(created.id)!.deleted).toBe(true);
    expect(unwrap(await altegio.getAppointments(B, { clientId: stored.clientId! }))).toEqual([]);
  });

  it('reports a taken slot as a value with Altegio’s code, not a throw', async () => {
    const [service] = unwrap(await altegio.getServices(B));
    const staffId = [...server.mock.fake.db.tables.staff.values()].find((s) => s.companyId === B)!.id;
    const input = { staffId, serviceId: service!.id, clientName: 'A', clientPhone: '+491701111111', datetime: '2026-03-04T10:00:00+01:00' };
    expect((await altegio.createAppointment(B, input)).ok).toBe(true);
    expect(await altegio.createAppointment(B, { ...input, clientPhone: '+491702222222' })).toMatchObject({ ok: false, status: 422, code: 433 });
  });

  it('reports an unreachable Altegio as a value', async () => {
    const offline = createAltegioClient({ baseUrl: 'http://127.0.0.1:9/api/v1', partnerToken: demo.partnerToken });
    expect(await offline.getStaff(B)).toMatchObject({ ok: false, status: 0, message: expect.stringMatching(/did not answer/) });
  });
});

describe('the calls beyond seed 000', () => {
  it('finds times, books online, reads the record, and finds and creates clients', async () => {
    const [service] = unwrap(await altegio.getServices(B));
    const times = unwrap(await altegio.getBookableTimes(B, { staffId: 0, date: '2026-03-04', serviceIds: [service!.id] }));
    const staff = unwrap(await altegio.getBookableStaff(B, { serviceIds: [service!.id], datetime: times[0]!.datetime }));
    const free = staff.find((s) => s.bookable)!;
    const [booked] = unwrap(
      await altegio.bookOnline(B, { phone: '+491705550000', fullname: 'Online Caller', appointments: [{ id: 1, services: [service!.id], staff_id: free.id, datetime: times[0]!.datetime }] }),
    );
    expect(unwrap(await altegio.getAppointment(B, booked!.record_id))).toMatchObject({ staff_id: free.id, datetime: times[0]!.datetime });
    const created = unwrap(await altegio.createClient(B, { name: 'Hanna', surname: 'Vogel', phone: '+491705550001', birth_date: '1980-05-17' }));
    const found = unwrap(await altegio.searchClients(B, { fields: ['id', 'birth_date'], filters: [{ type: 'quick_search', state: { value: 'Vogel' } }] }));
    expect(found).toEqual([{ id: created.id, birth_date: '1980-05-17' }]);
    expect(unwrap(await altegio.getClient(B, created.id)).surname).toBe('Vogel');
  });
});

describe('setting a location up through the client', () => {
  it('creates a position, category, staff member and service, gives the staff member hours, and books the new service', async () => {
    const position = unwrap(await altegio.createPosition(B, { title: 'Wärmetherapeut' }));
    expect(unwrap(await altegio.getPositions(B))).toContainEqual(position);
    const category = unwrap(await altegio.createServiceCategory(B, { title: 'Wärmetherapie' }));
    const member = unwrap(await altegio.createStaffMember(B, { name: 'Mara Lindqvist', specialization: 'Wärme', position_id: position.id }));
    const service = unwrap(await altegio.createService(B, { title: 'Fango', category_id: category.id, duration: 1200, staff: [{ id: member.id }] }));
    expect(service.staff).toEqual([{ id: member.id, seance_length: 1200 }]);
    const day = { startDate: '2026-03-04', endDate: '2026-03-04' };
    expect(unwrap(await altegio.setStaffScheduleRange(B, member.id, day, { slots: [{ from: '10:00', to: '11:00' }] }))).toEqual([
      { date: '2026-03-04', is_working: true, slots: [{ from: '10:00', to: '11:00' }] },
    ]);
    const slots = unwrap(await altegio.getAvailableSlots(B, { ...day, serviceId: service.id, staffId: member.id }));
    expect(slots.map((s) => s.time)).toEqual(['10:00', '10:15', '10:30']);
    const booked = unwrap(
      await altegio.createAppointment(B, { staffId: member.id, serviceId: service.id, clientName: 'Ida', clientPhone: '+491701112233', datetime: slots[0]!.datetime }),
    );
    expect(booked.seance_length).toBe(1200);
    // Changed, renamed and hidden through the client; read back the same way.
    expect(unwrap(await altegio.updateService(B, service.id, { price_min: 20, price_max: 20 }))).toMatchObject({ price_min: 20, staff: service.staff });
    expect(unwrap(await altegio.replaceService(B, service.id, { title: 'Fango', category_id: category.id }))).toMatchObject({ staff: [] });
    expect(unwrap(await altegio.updateServiceCategory(B, category.id, { title: 'Wärme' })).title).toBe('Wärme');
    expect(unwrap(await altegio.updateStaffMember(B, member.id, { hidden: 1 })).hidden).toBe(1);
    expect(unwrap(await altegio.getStaffSchedule(B, member.id, day))[0]!.is_working).toBe(true);
    // A category with a service is kept; without, it goes.
    expect(await altegio.deleteServiceCategory(B, category.id)).toMatchObject({ ok: false, status: 422 });
    expect((await altegio.deleteService(B, service.id)).ok).toBe(true);
    expect((await altegio.deleteServiceCategory(B, category.id)).ok).toBe(true);
    expect((await altegio.deleteStaffMember(B, member.id)).ok).toBe(true);
    expect(unwrap(await altegio.getStaff(B)).map((s) => s.id)).not.toContain(member.id);
  });

  it('reads the settings, booking forms and resources, and updates and deletes a client', async () => {
    expect(unwrap(await altegio.getTimetableSettings(B)).timetable_step).toBe(15);
    expect(unwrap(await altegio.getOnlineBookingSettings(B)).any_master).toBe(true);
    expect(unwrap(await altegio.getBookingForms(B))).toHaveLength(1);
    expect(unwrap(await altegio.getResources(B))).toEqual([]);
    const client = unwrap(await altegio.createClient(B, { name: 'Hanna', phone: '+491705550009' }));
    expect(unwrap(await altegio.updateClient(B, client.id, { name: 'Hanna', phone: '+491705550009', email: 'h@example.com' })).email).toBe('h@example.com');
    expect((await altegio.deleteClient(B, client.id)).ok).toBe(true);
    expect(await altegio.getClient(B, client.id)).toMatchObject({ ok: false, status: 404 });
  });
});
