import { ContractsError } from '../errors.ts';

// Provider states in business terms, each set up through a slotcheck mock's `/__admin`
// (specs/admin.openapi.yaml) and nothing else, so they work for any implementation that
// books into that fake Altegio: the reference ones, or an integrator's pointed at it.

type Json = Record<string, any>;
type Params = Readonly<Record<string, unknown>>;

/** A state's setup: gets the pact's parameters, returns values the pact injects into the request. */
export type StateSetup = (params: Params) => Promise<Record<string, string | number> | undefined>;

/** The clock every pact is written for: Monday 2 March 2026, 08:00 in Berlin, frozen. */
export const pactNow = '2026-03-02T08:00:00+01:00';

/** The demo world with no clients and no bookings, so every working-hours slot is free. */
async function emptyLocations(admin: string): Promise<void> {
  await call(admin, 'POST', '/seed', { seed: 42, dataset: 'empty' });
  await call(admin, 'PUT', '/clock', { now: pactNow, frozen: true });
}

/** Adds a client with a live booking by editing a snapshot; answers their ids. */
async function addBooking(admin: string, params: Params): Promise<{ recordId: number; clientId: number }> {
  const snapshot = (await call(admin, 'GET', '/snapshot')) as Json;
  const { clients, records } = snapshot.tables as { clients: Json[]; records: Json[] };
  const nextId = (rows: Json[]) => Math.max(20_000, ...rows.map((r) => r.id as number)) + 1;
  const now = Date.parse(pactNow);
  const [name = '', surname = ''] = String(params.clientName ?? 'Erika Mustermann').split(' ');
  const client = {
    id: nextId(clients),
    companyId: Number(params.companyId),
    name,
    surname,
    phone: String(params.clientPhone ?? '+491701234567'),
    email: '',
    birthDate: null,
    sexId: 0,
    comment: '',
    createdAt: now,
    changedAt: now,
  };
  const length = Number(params.minutes ?? 30) * 60;
  const record = {
    id: nextId(records),
    companyId: client.companyId,
    staffId: Number(params.staffId),
    clientId: client.id,
    services: [{ id: Number(params.serviceId), firstCost: 0, discount: 0, cost: 0 }],
    start: Date.parse(String(params.start)),
    length,
    comment: '',
    online: false,
    attendance: 0,
    apiId: '',
    deleted: false,
    createdAt: now,
    changedAt: now,
    createdUserId: 0,
    hash: `pact${client.id}`,
    smsRemainHours: 1,
    emailRemainHours: 12,
  };
  clients.push(client);
  records.push(record);
  await call(admin, 'PUT', '/snapshot', snapshot);
  return { recordId: record.id, clientId: client.id };
}

/**
 * The states the checked-in pacts name, bound to one `/__admin` URL.
 * @example await providerStates('http://127.0.0.1:4010/__admin')['location L has a free 30-minute massage slot at T']!({ companyId: 1001, start: '…' })
 */
export function providerStates(admin: string): Record<string, StateSetup> {
  return {
    'location L is open with its catalogue and staff': async () => {
      await emptyLocations(admin);
      return undefined;
    },
    // With no bookings at all, every start within the staff member's hours is free.
    'location L has a free 30-minute massage slot at T': async () => {
      await emptyLocations(admin);
      return undefined;
    },
    // Sunday: nobody works, so no staff member is free, whoever the agent books with.
    'location L is closed at T': async () => {
      await emptyLocations(admin);
      return undefined;
    },
    'client C has a massage booked in location L at T': async (params) => {
      await emptyLocations(admin);
      return addBooking(admin, params);
    },
    'the massage slot at T in location L is already booked': async (params) => {
      await emptyLocations(admin);
      return addBooking(admin, params);
    },
  };
}

async function call(admin: string, method: string, path: string, body?: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${admin}${path}`, {
      method,
      ...(body !== undefined && { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ContractsError('CONTRACTS_STATE_SETUP', `Provider states need a slotcheck mock's admin API; ${admin} did not answer.`, { cause: error });
  }
  const text = await res.text();
  if (!res.ok) throw new ContractsError('CONTRACTS_STATE_SETUP', `${method} ${admin}${path} answered ${res.status}: ${text.slice(0, 200)}`);
  return text === '' ? undefined : JSON.parse(text);
}
