// The fake Altegio's state as the oracle reads it from `GET /__admin/state`, and the
// lookups the checks need: who works where, what a service takes, who a client is.
import type { components } from '../../specs/generated/admin.ts';

type Schemas = components['schemas'];
export type Company = Schemas['CompanyRow'];
export type StaffMember = Schemas['StaffRow'];
export type Service = Schemas['ServiceRow'];
export type Client = Schemas['ClientRow'];
export type BookingRecord = Schemas['RecordRow'];
/** Any row: the typed fields above, and the rest the oracle compares without reading. */
export type Row = { readonly id: number } & Readonly<Record<string, unknown>>;

/** `GET /__admin/state`, with its clock as ms since the epoch. */
export interface TruthState {
  readonly now: number;
  readonly tables: Schemas['StateTables'];
}

/** A thing named by its Altegio id, or by its name (how an implementation's own ids are tied to Altegio's). */
export type Ref = { readonly id: unknown } | { readonly name: string };

const norm = (text: unknown) => String(text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

export class Truth {
  constructor(readonly state: TruthState) {}

  company(id: number): Company | undefined {
    return this.state.tables.companies.find((c) => c.id === id);
  }

  /** Staff of a location who take online bookings. */
  staffOf(companyId: number): StaffMember[] {
    return this.state.tables.staff.filter((s) => s.companyId === companyId && !s.hidden && !s.fired);
  }

  staff(companyId: number, ref: Ref): StaffMember | undefined {
    return this.staffOf(companyId).find((s) => ('id' in ref ? s.id === Number(ref.id) : norm(s.name) === norm(ref.name)));
  }

  service(companyId: number, ref: Ref): Service | undefined {
    return this.state.tables.services.find(
      (s) => s.companyId === companyId && ('id' in ref ? s.id === Number(ref.id) : norm(s.title) === norm(ref.name)),
    );
  }

  /** Who provides a service online, and how long it takes each of them (seconds). */
  providers(service: Service): Map<number, number> {
    const bookable = new Set(this.staffOf(service.companyId).map((s) => s.id));
    return new Map(service.staff.filter((l) => bookable.has(l.staffId)).map((l) => [l.staffId, l.seanceLength || service.duration]));
  }

  client(id: number | null): Client | undefined {
    return this.state.tables.clients.find((c) => c.id === id);
  }

  record(id: number): BookingRecord | undefined {
    return this.state.tables.records.find((r) => r.id === id);
  }
}

/** `Robin  Slotcheck` and `robin slotcheck` are the same name; phones compare by their digits. */
export const sameName = (a: unknown, b: unknown) => norm(a) === norm(b);
export const samePhone = (a: unknown, b: unknown) => String(a ?? '').replace(/\D/g, '') === String(b ?? '').replace(/\D/g, '');
export const clientName = (c: Client) => `${c.name} ${c.surname ?? ''}`.trim();
