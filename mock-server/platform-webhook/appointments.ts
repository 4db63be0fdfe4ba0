import type { AltegioSchemas } from '../altegio-client/index.ts';
import type { WebhookSchemas } from './platform-context.ts';

// How an Altegio record reads in the webhook protocol.

type AltegioRecord = AltegioSchemas['Record'];

/** A live Altegio record is a booked visit whatever its attendance, unless the client did not come. */
export const statusOf = (record: AltegioRecord): WebhookSchemas['BookingStatus'] => (record.attendance === -1 ? 'no_show' : 'confirmed');

export const startOf = (record: AltegioRecord) => Date.parse(record.datetime);

export const endOf = (record: AltegioRecord) => startOf(record) + record.seance_length * 1000;

export const fullName = (person: { name: string; surname?: string }) => `${person.name} ${person.surname ?? ''}`.trim();

/** Phone numbers compare by their digits: Altegio stores `+4915…`, callers may send spaces. */
export const samePhone = (a: string, b: string) => a.replace(/\D/g, '') === b.replace(/\D/g, '');
