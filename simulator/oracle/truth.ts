// The fake Altegio's state as the oracle reads it from `GET /__admin/state`, and the
// lookups the checks need: who works where, what a service takes, who a client is.

export type Row = Readonly<Record<string, unknown>> & { readonly id: number };

export interface TruthState {
  /** The fake's clock, ms since the epoch. */
  readonly now: number;
  readonly tables: {
    readonly companies: readonly Row[];
    readonly categories: readonly Row[];
    readonly services: readonly Row[];
    readonly staff: readonly Row[];
    readonly clients: readonly Row[];
    readonly records: readonly Row[];
    readonly users: readonly Row[];
  };
}

export interface Company extends Row {
  readonly title: string;
  readonly timeZone: string;
  readonly slotStepMinutes: number;
}
export interface StaffMember extends Row {
  readonly companyId: number;
  readonly name: string;
  readonly hidden: boolean;
  readonly fired: boolean;
  readonly weekly: readonly (readonly { from: string; to: string }[])[];
  readonly exceptions: Readonly<Record<string, readonly { from: string; to: string }[]>>;
}
export interface Service extends Row {
  readonly companyId: number;
  readonly categoryId: number;
  readonly title: string;
  readonly duration: number;
  readonly active: boolean;
  readonly staff: readonly { readonly staffId: number; readonly seanceLength: number }[];
}
export interface Client extends Row {
  readonly name: string;
  readonly surname: string;
  readonly phone: string;
  readonly email: string;
}
export interface BookingRecord extends Row {
  readonly companyId: number;
  readonly staffId: number;
  readonly clientId: number | null;
  readonly services: readonly { readonly id: number }[];
  readonly start: number;
  /** Seconds. */
  readonly length: number;
  readonly comment: string;
  readonly deleted: boolean;
}

/** A thing named by its Altegio id, or by its name (how an implementation's own ids are tied to Altegio's). */
export type Ref = { readonly id: unknown } | { readonly name: string };

const norm = (text: unknown) => String(text ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

export class Truth {
  constructor(readonly state: TruthState) {}

  company(id: number): Company | undefined {
    return this.state.tables.companies.find((c) => c.id === id) as Company | undefined;
  }

  /** Staff of a location who take online bookings. */
  staffOf(companyId: number): StaffMember[] {
    return (this.state.tables.staff as StaffMember[]).filter((s) => s.companyId === companyId && !s.hidden && !s.fired);
  }

  staff(companyId: number, ref: Ref): StaffMember | undefined {
    return this.staffOf(companyId).find((s) => ('id' in ref ? s.id === Number(ref.id) : norm(s.name) === norm(ref.name)));
  }

  service(companyId: number, ref: Ref): Service | undefined {
    return (this.state.tables.services as Service[]).find(
      (s) => s.companyId === companyId && ('id' in ref ? s.id === Number(ref.id) : norm(s.title) === norm(ref.name)),
    );
  }

  /** Who provides a service online, and how long it takes each of them (seconds). */
  providers(service: Service): Map<number, number> {
    const bookable = new Set(this.staffOf(service.companyId).map((s) => s.id));
    return new Map(service.staff.filter((l) => bookable.has(l.staffId)).map((l) => [l.staffId, l.seanceLength || service.duration]));
  }

  client(id: number | null): Client | undefined {
    return (this.state.tables.clients as Client[]).find((c) => c.id === id);
  }

  record(id: number): BookingRecord | undefined {
    return (this.state.tables.records as BookingRecord[]).find((r) => r.id === id);
  }
}

/** `Robin  Slotcheck` and `robin slotcheck` are the same name; phones compare by their digits. */
export const sameName = (a: unknown, b: unknown) => norm(a) === norm(b);
export const samePhone = (a: unknown, b: unknown) => String(a ?? '').replace(/\D/g, '') === String(b ?? '').replace(/\D/g, '');
export const clientName = (c: Client) => `${c.name} ${c.surname ?? ''}`.trim();
