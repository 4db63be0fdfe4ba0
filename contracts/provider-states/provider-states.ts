import { randomUUID } from 'node:crypto';
import { ContractsError } from '../errors.ts';

// Provider states in business terms, each set up through a slotcheck mock's `/__admin`
// (specs/admin.openapi.yaml), so they work for any implementation that books into that
// fake Altegio: the reference ones, or an integrator's pointed at it. The partner API's
// bookings are made through the implementation itself: its Idempotency-Keys live there.

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
 * An Idempotency-Key no earlier run has sent: an implementation may remember keys across
 * reseeds (the reference ones forget them; another may keep them for a day or more).
 */
const freshKey = () => `pact-${randomUUID()}`;

/** Books through the partner API under test, as the partner whose key the pact names; answers the key it booked under. */
async function bookAsPartner(target: string, params: Params): Promise<{ idempotencyKey: string }> {
  const url = `${target}/bookings`;
  const idempotencyKey = freshKey();
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${String(params.partnerKey)}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify({ bot_id: params.botId, booking: params.booking }),
    });
  } catch (error) {
    throw new ContractsError('CONTRACTS_STATE_SETUP', `The partner API ${url} did not answer while a provider state booked.`, { cause: error });
  }
  if (res.status !== 201) throw new ContractsError('CONTRACTS_STATE_SETUP', `A provider state booked with POST ${url}; it answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return { idempotencyKey };
}

/**
 * The states the checked-in pacts name, bound to one `/__admin` URL and the base URL of
 * the implementation under test.
 * @example await providerStates('http://127.0.0.1:4010/__admin', 'http://127.0.0.1:4010/unified')['location L has a free 30-minute massage slot at T']!({ companyId: 1001, start: '…' })
 */
export function providerStates(admin: string, target: string): Record<string, StateSetup> {
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
    // Partner states: which bots a key reaches, and where they book, is the implementation's
    // configuration; the states clear the calendar, so every working-hours slot is free.
    'bot B has a free 30-minute slot at T': async () => {
      await emptyLocations(admin);
      return undefined;
    },
    'partner P has no bot B': async () => {
      await emptyLocations(admin);
      return undefined;
    },
    'the partner has never sent Idempotency-Key K': async () => ({ idempotencyKey: freshKey() }),
    'bot B has booked the slot at T under Idempotency-Key K': async (params) => {
      await emptyLocations(admin);
      return bookAsPartner(target, params);
    },
    'another caller has booked bot B’s slot at T': async (params) => {
      await emptyLocations(admin);
      await bookAsPartner(target, params);
      return undefined;
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
