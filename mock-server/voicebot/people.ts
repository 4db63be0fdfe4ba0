import type { AltegioSchemas } from '../altegio-client/index.ts';
import type { ReferenceContext, RequiredInfo } from '../reference/index.ts';
import { isCalendarDate } from '../../kit/zoned-time.ts';
import type { Action, Schemas } from './contract.ts';
import { invalid, notFound, unwrap } from './errors.ts';
import { makeId, readId } from './ids.ts';
import { allSites, locate, siteOfEntity, type Site } from './sites.ts';

// Users are Altegio clients. Altegio keeps a client's first name, surname, phone, email,
// birth date and sex, and files every record under a client found by phone; what it
// has no field for (insurance, address) goes into comments, and is not searchable.

type User = Schemas['User'];
type BookingUser = Schemas['BookingUser'];
type ClientFields = AltegioSchemas['ClientFields'];

const clientFields: AltegioSchemas['ClientSearchRequest']['fields'] = ['id', 'name', 'surname', 'phone', 'email', 'birth_date', 'sex_id'];
const pageSize = 200;
const sexIds = { male: 1, female: 2 } as const;

export const findExistingUser: Action<'findExistingUser'> = async ({ entityId, participant: query }, ctx) => {
  const sites = entityId === undefined ? allSites(ctx) : [siteOfEntity(ctx, entityId)];
  const byId = query.id === undefined ? undefined : readId('user', query.id);
  // An empty query matches nobody, and an id that is not a user id matches nothing.
  if (!isSearchable(query) || (query.id !== undefined && !byId)) return [];
  const filter = narrowest(query, byId?.id);
  const found: Schemas['ExistingUser'][] = [];
  for (const site of sites.filter((s) => !byId || s.companyId === byId.companyId)) {
    for (const client of await searchClients(site, filter)) {
      const user = existingUser(site, client);
      if (user && matches(query, client)) found.push(user);
    }
  }
  return found;
};

const isSearchable = (q: User) => [q.id, q.firstName, q.lastName, q.phone, q.email, q.birthDate, q.gender].some((v) => v !== undefined);

type SearchFilter = AltegioSchemas['ClientSearchFilter'];

// One Altegio filter narrows the search (the most telling one the caller gave); every
// given field is then compared exactly here, so the answer does not depend on how
// loosely a backend's filters match.
function narrowest(query: User, clientId: number | undefined): SearchFilter | undefined {
  if (clientId !== undefined) return { type: 'id', state: { value: [clientId] } };
  const name = query.lastName ?? query.firstName;
  if (name !== undefined) return { type: 'name', state: { value: name } };
  if (query.phone !== undefined) return { type: 'phone', state: { value: digits(query.phone) } };
  if (query.email !== undefined) return { type: 'email', state: { value: query.email } };
  if (query.birthDate !== undefined) return { type: 'birthday', state: { value: query.birthDate } };
  return undefined;
}

async function searchClients(site: Site, filter: SearchFilter | undefined): Promise<ClientFields[]> {
  const clients: ClientFields[] = [];
  for (let page = 1; ; page++) {
    const res = await site.altegio.searchClients(site.companyId, { page, page_size: pageSize, fields: clientFields, ...(filter && { filters: [filter] }) });
    const rows = unwrap(res, 'searching clients');
    clients.push(...rows);
    if (rows.length < pageSize) return clients;
  }
}

const same = (a: string, b: string | undefined) => b !== undefined && a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();
const digits = (phone: string | undefined) => (phone ?? '').replace(/\D/g, '');

function matches(query: User, client: ClientFields): boolean {
  const names = namesOf(client);
  return (
    (query.firstName === undefined || same(query.firstName, names.firstName)) &&
    (query.lastName === undefined || same(query.lastName, names.lastName)) &&
    (query.phone === undefined || digits(query.phone) === digits(client.phone)) &&
    (query.email === undefined || same(query.email, client.email)) &&
    (query.birthDate === undefined || query.birthDate === client.birth_date) &&
    (query.gender === undefined || (query.gender !== 'diverse' && sexIds[query.gender] === client.sex_id))
  );
}

/** First and last name; a client filed under one name field is split at its first space. */
function namesOf(client: ClientFields): { firstName: string; lastName: string } {
  const name = (client.name ?? '').trim();
  const surname = (client.surname ?? '').trim();
  if (surname) return { firstName: name, lastName: surname };
  const [firstName = '', ...rest] = name.split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
}

/** A client as the contract's user; undefined when it lacks a first or a last name (the contract needs both). */
export function existingUser(site: Site, client: ClientFields): Schemas['ExistingUser'] | undefined {
  const { firstName, lastName } = namesOf(client);
  if (client.id === undefined || !firstName || !lastName) return undefined;
  const gender = client.sex_id === 1 ? 'male' : client.sex_id === 2 ? 'female' : undefined;
  return {
    id: makeId('user', { companyId: site.companyId, id: client.id }),
    firstName,
    lastName,
    ...(client.phone && /^\+[1-9]\d{6,14}$/.test(client.phone) && { phone: client.phone }),
    ...(client.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(client.email) && { email: client.email }),
    ...(client.birth_date && isCalendarDate(client.birth_date) && { birthDate: client.birth_date }),
    ...(gender && { gender }),
  };
}

export interface People {
  readonly booker: BookingUser;
  readonly participant?: BookingUser;
}

/**
 * Refuses (400) a booking that lacks a detail getRequiredInfo marks required, or has a
 * value outside a field's options, or a phone Altegio cannot file (9 to 15 digits).
 */
export function checkPeople(info: RequiredInfo, people: People): void {
  const roles = [
    { role: 'booker', user: people.booker, fields: info.bookerInfo },
    { role: 'participant', user: people.participant ?? people.booker, fields: info.participantInfo },
  ];
  for (const { role, user, fields } of roles) {
    for (const field of fields) {
      const value = user[field.name];
      if (field.required && (value === undefined || value === '')) {
        throw invalid(`bookAppointment needs ${role}.${field.name} for this product, which is missing.`, `${role}.${field.name}`);
      }
      if (value !== undefined && field.options && !field.options.includes(value)) {
        throw invalid(`${role}.${field.name} must be one of ${field.options.join(', ')}; got "${value}".`, `${role}.${field.name}`);
      }
    }
  }
  for (const [role, user] of [['booker', people.booker], ['participant', people.participant]] as const) {
    const count = digits(user?.phone).length;
    if (user?.phone !== undefined && (count < 9 || count > 15)) {
      throw invalid(`${role}.phone "${user.phone}" has ${count} digits; the booking system needs 9 to 15.`, `${role}.phone`);
    }
  }
}

/** The Altegio client a record is filed under: its name, phone and email. */
export interface RecordHolder {
  readonly name: string;
  readonly phone: string;
  readonly email?: string;
}

/**
 * Who the record is filed under: the participant (the booker when absent) as a known
 * user, or by phone, creating the Altegio client with the caller's details when the
 * phone is new. A participant with neither (a child) is filed under the booker, and
 * named in the record's comment. Call it only once the slot is known to be free.
 */
export async function recordHolder(ctx: ReferenceContext, site: Site, people: People): Promise<RecordHolder> {
  const candidates = people.participant ? [['participant', people.participant], ['booker', people.booker]] as const : [['booker', people.booker]] as const;
  for (const [role, user] of candidates) {
    if (user.id !== undefined) return knownClient(ctx, site, { role, id: user.id });
    if (user.phone !== undefined) return clientByPhone(site, user as BookingUser & { phone: string });
  }
  throw invalid('The booking system files every booking under a phone number; booker.phone is missing.', 'booker.phone');
}

async function knownClient(ctx: ReferenceContext, site: Site, who: { role: string; id: string }): Promise<RecordHolder> {
  const { site: at, ref } = locate(ctx, { kind: 'user', value: who.id, field: `${who.role}.id` });
  const res = at.companyId === site.companyId ? await site.altegio.getClient(site.companyId, ref.id) : undefined;
  if (!res || (!res.ok && res.status === 404)) throw notFound(`There is no user "${who.id}" at this business.`, `${who.role}.id`);
  const client = unwrap(res, 'reading the client');
  return { name: `${client.name} ${client.surname}`.trim(), phone: client.phone, ...(client.email && { email: client.email }) };
}

/**
 * A booker who books for someone else is an Altegio client too (found by phone, or
 * created), so they can call back and find the booking as its booker. Nothing to do
 * when the booker is the one the record is filed under, or has no phone.
 */
export async function fileBooker(site: Site, people: People, holder: RecordHolder): Promise<void> {
  const { booker } = people;
  if (!people.participant || booker.phone === undefined || digits(booker.phone) === digits(holder.phone)) return;
  await clientByPhone(site, booker as BookingUser & { phone: string });
}

/** Whether a record's comment names this user as its booker (see bookingNote). */
export function bookedBy(comment: string | undefined, user: Schemas['ExistingUser']): boolean {
  const by = comment?.split('; booked by ')[1];
  return by !== undefined && same(by.split(' (')[0]!, `${user.firstName} ${user.lastName}`) && (user.phone === undefined || by.includes(user.phone));
}

async function clientByPhone(site: Site, user: BookingUser & { phone: string }): Promise<RecordHolder> {
  const holder = { name: `${user.firstName} ${user.lastName}`, phone: user.phone, ...(user.email && { email: user.email }) };
  const known = await searchClients(site, { type: 'phone', state: { value: digits(user.phone) } });
  if (known.some((c) => digits(c.phone) === digits(user.phone))) return holder;
  const note = extraDetails(user);
  const created = await site.altegio.createClient(site.companyId, {
    name: user.firstName,
    surname: user.lastName,
    phone: user.phone,
    ...(user.email && { email: user.email }),
    ...(user.birthDate && { birth_date: user.birthDate }),
    ...(user.gender && user.gender !== 'diverse' && { sex_id: sexIds[user.gender] }),
    ...(note && { comment: note }),
  });
  // A 4xx is a client made with this phone meanwhile (a racing booking); the record finds it by phone.
  if (!created.ok && (created.status === 0 || created.status >= 500)) unwrap(created, 'creating the client');
  return holder;
}

/** What Altegio has no client field for, as a comment. */
function extraDetails(user: User): string {
  const address = [user.street, [user.zip, user.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [user.insurance && `insurance: ${user.insurance}`, address && `address: ${address}`].filter(Boolean).join('; ');
}

/** The record's comment: who the appointment is for and who booked it, with what they said. */
export function bookingNote(people: People): string {
  const describe = (u: BookingUser) => {
    const details = [u.birthDate && `born ${u.birthDate}`, u.phone, u.email, extraDetails(u)].filter(Boolean).join(', ');
    return `${u.firstName} ${u.lastName}${details ? ` (${details})` : ''}`;
  };
  const forWhom = describe(people.participant ?? people.booker);
  return people.participant ? `VoiceBot booking for ${forWhom}; booked by ${describe(people.booker)}.` : `VoiceBot booking for ${forWhom}.`;
}
