// One locale each, not the package's index: it loads every locale, a tenth of a second at start-up.
import { faker } from '@faker-js/faker/locale/de';
import { faker as us } from '@faker-js/faker/locale/en_US';
import type { Faker } from '@faker-js/faker';
import { addDays, zonedParts } from '../../kit/zoned-time.ts';
import { freeSlots } from './slot-engine.ts';
import {
  createDb,
  type BookingRecord,
  type Category,
  type Client,
  type Company,
  type Db,
  type Interval,
  type Service,
  type Snapshot,
  type Staff,
  type User,
} from './state.ts';

// The demo world `npm start` serves and the tests book against. Same seed and same
// clock, same bytes: faker draws everything from one seeded generator, and nothing
// reads the machine's clock or zone. Ids, tokens and logins are fixed so the README's
// curl lines work whatever the seed.

export const demo = {
  partnerToken: 'sc_partner_demo_7f3a9c',
  berlinId: 1001,
  brooklynId: 1002,
  users: [
    { login: 'berlin@slotcheck.test', password: 'demo-berlin', token: 'sc_user_berlin_4d1e8b', companies: [1001] },
    { login: 'brooklyn@slotcheck.test', password: 'demo-brooklyn', token: 'sc_user_brooklyn_92c5f0', companies: [1002] },
  ],
} as const;

export interface DemoOptions {
  readonly seed: number;
  /** The clock's now: records are laid out over the weeks that follow it. */
  readonly now: number;
  /** `demo` (the default) or `empty`: locations, catalog and staff, no clients or records. */
  readonly dataset?: DemoDataset;
}

export const demoDatasets = ['demo', 'empty'] as const;
export type DemoDataset = (typeof demoDatasets)[number];

const weekdays = (days: number[], hours: Interval[]): Interval[][] =>
  Array.from({ length: 7 }, (_, d) => (days.includes(d) ? hours : []));

/**
 * Builds the demo state.
 * @example createDb(demoSnapshot({ seed: 42, now: Date.parse('2026-03-02T07:00:00Z') }))
 */
export function demoSnapshot(options: DemoOptions): Snapshot {
  // Seeded here, before every use: the same seed gives the same bytes on every start.
  faker.seed(options.seed);
  us.seed(options.seed + 1);

  const db = createDb({ format: 'slotcheck-altegio/1', partnerTokens: [demo.partnerToken], tables: emptyTables() });
  let id = 10_000;
  const next = () => ++id;

  const berlin: Company = {
    id: demo.berlinId,
    title: 'Physiotherapie Gleichgewicht',
    publicTitle: 'Physiotherapie Gleichgewicht',
    shortDescr: 'Physiotherapie, Massage und Krankengymnastik',
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    country: 'Germany',
    city: 'Berlin',
    address: `${faker.location.street()} ${faker.number.int({ min: 1, max: 120 })}, 10${faker.string.numeric(3)} Berlin`,
    phone: `+4930${faker.string.numeric(7)}`,
    lat: 52.52,
    lon: 13.405,
    slotStepMinutes: 15,
    bookingHorizonDays: 60,
  };
  const brooklyn: Company = {
    id: demo.brooklynId,
    title: 'Brooklyn Smile Dental',
    publicTitle: 'Brooklyn Smile Dental',
    shortDescr: 'Dental hygiene',
    timeZone: 'America/New_York',
    currency: 'USD',
    country: 'United States',
    city: 'New York',
    address: `${us.location.buildingNumber()} ${us.location.street()}, Brooklyn, NY 112${us.string.numeric(2)}`,
    phone: `+1718${us.string.numeric(7)}`,
    lat: 40.6782,
    lon: -73.9442,
    slotStepMinutes: 30,
    bookingHorizonDays: 45,
  };
  for (const row of [berlin, brooklyn]) db.put({ table: 'companies', row });

  // One position per job title, so a location's positions list each id once.
  const positionIds: Record<string, number> = { Physiotherapeutin: 1, Masseur: 2, 'Dental hygienist': 1 };
  const therapist = (companyId: number, f: Faker, specialization: string, weekly: Interval[][], weight: number): Staff => ({
    id: next(),
    companyId,
    name: f.person.fullName(),
    specialization,
    position: { id: positionIds[specialization] ?? 1, title: specialization },
    avatar: '',
    rating: f.number.int({ min: 3, max: 5 }),
    weight,
    hidden: false,
    fired: false,
    weekly,
    exceptions: {},
  });
  // Three therapists with different hours; Lea works a split day and Saturdays.
  const anna = therapist(berlin.id, faker, 'Physiotherapeutin', weekdays([1, 2, 3, 4, 5], [{ from: '08:00', to: '16:00' }]), 30);
  const jonas = therapist(berlin.id, faker, 'Masseur', weekdays([1, 3, 5], [{ from: '12:00', to: '20:00' }]), 20);
  const lea = therapist(
    berlin.id,
    faker,
    'Physiotherapeutin',
    [[], [], [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:00' }], [], [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:00' }], [], [{ from: '09:00', to: '13:00' }]],
    10,
  );
  const hygienist1 = therapist(brooklyn.id, us, 'Dental hygienist', weekdays([1, 2, 3, 4, 5], [{ from: '09:00', to: '17:00' }]), 20);
  const hygienist2 = therapist(brooklyn.id, us, 'Dental hygienist', weekdays([2, 4, 6], [{ from: '10:00', to: '18:00' }]), 10);
  for (const row of [anna, jonas, lea, hygienist1, hygienist2]) db.put({ table: 'staff', row });

  const category = (companyId: number, title: string, weight: number): Category => ({
    id: next(),
    companyId,
    title,
    apiId: `cat-${title.toLowerCase().replaceAll(' ', '-')}`,
    weight,
  });
  const massage = category(berlin.id, 'Massage', 20);
  const gymnastics = category(berlin.id, 'Krankengymnastik', 10);
  const hygiene = category(brooklyn.id, 'Dental hygiene', 10);
  for (const row of [massage, gymnastics, hygiene]) db.put({ table: 'categories', row });

  const service = (cat: Category, title: string, minutes: number, price: number, staff: [Staff, number][]): Service => ({
    id: next(),
    companyId: cat.companyId,
    categoryId: cat.id,
    title,
    priceMin: price,
    priceMax: price,
    duration: minutes * 60,
    active: true,
    comment: '',
    weight: 10,
    staff: staff.map(([s, m]) => ({ staffId: s.id, seanceLength: m * 60 })),
  });
  // Per-staff lengths: Lea takes 40 minutes for medical gymnastics where Anna takes 30.
  const services = [
    service(massage, 'Massage 30 Minuten', 30, 35, [[anna, 30], [jonas, 30], [lea, 30]]),
    service(massage, 'Massage 45 Minuten', 45, 50, [[anna, 45], [jonas, 45], [lea, 45]]),
    service(gymnastics, 'Krankengymnastik', 30, 28, [[anna, 30], [lea, 40]]),
    service(hygiene, 'Teeth cleaning', 30, 120, [[hygienist1, 30], [hygienist2, 30]]),
    service(hygiene, 'Deep cleaning', 60, 220, [[hygienist1, 60], [hygienist2, 75]]),
  ];
  for (const row of services) db.put({ table: 'services', row });

  for (const [i, u] of demo.users.entries()) {
    const user: User = {
      id: 900 + i,
      login: u.login,
      password: u.password,
      userToken: u.token,
      name: i === 0 ? 'Praxis Gleichgewicht Empfang' : 'Brooklyn Smile Front Desk',
      phone: i === 0 ? berlin.phone : brooklyn.phone,
      email: u.login,
      companyIds: [...u.companies],
    };
    db.put({ table: 'users', row: user });
  }

  if ((options.dataset ?? 'demo') === 'demo') {
    const berlinClients = addClients(db, faker, { company: berlin, count: 24, dial: '+49151', next, now: options.now });
    const brooklynClients = addClients(db, us, { company: brooklyn, count: 16, dial: '+1347', next, now: options.now });
    addRecords(db, faker, { company: berlin, clients: berlinClients, next, now: options.now });
    addRecords(db, us, { company: brooklyn, clients: brooklynClients, next, now: options.now });
  }
  return db.snapshot();
}

function emptyTables(): Snapshot['tables'] {
  return { companies: [], categories: [], services: [], staff: [], clients: [], records: [], users: [] };
}

interface SeedContext {
  readonly company: Company;
  readonly next: () => number;
  readonly now: number;
}

function addClients(db: Db, f: Faker, ctx: SeedContext & { count: number; dial: string }): Client[] {
  const clients: Client[] = [];
  const birthDate = () =>
    `${f.number.int({ min: 1945, max: 2006 })}-${String(f.number.int({ min: 1, max: 12 })).padStart(2, '0')}-${String(f.number.int({ min: 1, max: 28 })).padStart(2, '0')}`;
  const make = (name: string, surname: string, notBornOn?: string | null): Client => {
    let born = birthDate();
    while (born === notBornOn) born = birthDate();
    const client: Client = {
      id: ctx.next(),
      companyId: ctx.company.id,
      name,
      surname,
      phone: `${ctx.dial}${f.string.numeric(7)}`,
      email: f.internet.email({ firstName: name, lastName: surname, provider: 'example.com' }).toLowerCase(),
      birthDate: born,
      sexId: f.helpers.arrayElement([1, 2] as const),
      comment: '',
      createdAt: ctx.now - f.number.int({ min: 30, max: 900 }) * 86_400_000,
      changedAt: ctx.now - f.number.int({ min: 1, max: 29 }) * 86_400_000,
    };
    db.put({ table: 'clients', row: client });
    clients.push(client);
    return client;
  };
  for (let i = 0; i < ctx.count; i++) make(f.person.firstName(), f.person.lastName());
  // Namesakes: the same first and last name, told apart by birth date (and phone).
  for (const original of clients.slice(0, 2)) make(original.name, original.surname, original.birthDate);
  return clients;
}

function addRecords(db: Db, f: Faker, ctx: SeedContext & { clients: Client[] }): void {
  const today = zonedParts(ctx.now, ctx.company.timeZone).date;
  const services = [...db.tables.services.values()].filter((s) => s.companyId === ctx.company.id);
  // A few visits in the past weeks and a fuller calendar in the three weeks ahead.
  for (let day = -14; day <= 21; day++) {
    const date = addDays(today, day);
    const count = f.number.int({ min: 0, max: day < 0 ? 2 : 4 });
    for (let i = 0; i < count; i++) {
      const service = f.helpers.arrayElement(services);
      const link = f.helpers.arrayElement(service.staff);
      const slots = freeSlots(db, {
        companyId: ctx.company.id,
        staffId: link.staffId,
        serviceIds: [service.id],
        date,
        now: Number.NEGATIVE_INFINITY,
      });
      if (slots.length === 0) continue;
      const slot = f.helpers.arrayElement(slots);
      const client = f.helpers.arrayElement(ctx.clients);
      const createdAt = Math.min(slot.start, ctx.now) - f.number.int({ min: 1, max: 20 }) * 86_400_000;
      const record: BookingRecord = {
        id: ctx.next(),
        companyId: ctx.company.id,
        staffId: slot.staffId,
        clientId: client.id,
        services: [{ id: service.id, firstCost: service.priceMin, discount: 0, cost: service.priceMin }],
        start: slot.start,
        length: slot.length,
        comment: '',
        online: f.datatype.boolean(),
        attendance: slot.start < ctx.now ? f.helpers.arrayElement([1, 1, 1, -1] as const) : 0,
        apiId: '',
        deleted: false,
        createdAt,
        changedAt: createdAt,
        createdUserId: 900,
        hash: f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
        smsRemainHours: 24,
        emailRemainHours: 24,
      };
      db.put({ table: 'records', row: record });
    }
  }
}
