// The few Altegio REST v1 calls the independent unified implementation makes, over plain
// fetch: partner and user token in one Authorization header, answers unwrapped from
// the {success, data, meta} envelope. Anything unexpected (no answer, a 5xx, a 4xx the
// caller did not ask to see) throws BookingSystemError, which becomes INTERNAL_ERROR.

export class BookingSystemError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'BookingSystemError';
  }
}

export interface BookTime {
  readonly time: string;
  readonly seance_length: number;
  readonly datetime: string;
}

export interface AltegioRecord {
  readonly id: number;
  readonly company_id: number;
  readonly staff_id: number;
  readonly services: readonly { id: number; first_cost?: number; discount?: number; cost?: number }[];
  readonly staff: { readonly id: number; readonly name: string };
  readonly client: { readonly name: string; readonly surname?: string; readonly phone: string; readonly email?: string } | null;
  readonly datetime: string;
  readonly seance_length: number;
  readonly comment?: string;
  readonly attendance?: number;
  readonly sms_remain_hours?: number;
  readonly email_remain_hours?: number;
  readonly api_id?: string;
  readonly deleted?: boolean;
}

export interface RecordBody {
  readonly staff_id: number;
  readonly services: readonly { id: number; first_cost?: number; discount?: number; cost?: number }[];
  readonly client: { readonly phone: string; readonly name: string; readonly email?: string };
  readonly datetime: string;
  readonly seance_length: number;
  readonly save_if_busy: false;
  readonly comment?: string;
  readonly api_id?: string;
  readonly attendance?: number;
  readonly sms_remain_hours?: number;
  readonly email_remain_hours?: number;
}

/** A refused write: the HTTP status and the booking codes (433 taken, 431 phone, …). */
export type WriteResult =
  | { readonly ok: true; readonly record: AltegioRecord }
  | {
      readonly ok: false;
      readonly status: number;
      readonly codes: readonly number[];
      /** The body fields a validation error names (`client.email`). */
      readonly fields: readonly string[];
      readonly message: string;
    };

export interface AltegioOptions {
  readonly baseUrl: string;
  readonly partnerToken: string;
  readonly userToken: string;
  readonly timeoutMs?: number;
}

interface Answer {
  readonly status: number;
  readonly body: { success?: boolean; data?: unknown; meta?: unknown; errors?: unknown } | undefined;
}

export type Altegio = ReturnType<typeof createAltegio>;

/** @example const altegio = createAltegio({ baseUrl: 'http://127.0.0.1:4010/api/v1', partnerToken: 'p', userToken: 'u' }) */
export function createAltegio(options: AltegioOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const authorization = `Bearer ${options.partnerToken}, User ${options.userToken}`;

  async function call(method: string, path: string, body?: unknown, allowed: readonly number[] = []): Promise<Answer> {
    let res: Response;
    try {
      res = await fetch(base + path, {
        method,
        headers: {
          authorization,
          accept: 'application/vnd.api.v2+json',
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new BookingSystemError(timedOut ? 'Booking system did not answer in time' : `Booking system unreachable: ${(error as Error).message}`);
    }
    const text = await res.text();
    let parsed: Answer['body'];
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new BookingSystemError(`Booking system answered ${method} ${path} with ${res.status} and a body that is not JSON`, res.status);
      }
    }
    if ((res.status >= 200 && res.status < 300) || allowed.includes(res.status)) return { status: res.status, body: parsed };
    const meta = parsed?.meta as { message?: string } | undefined;
    throw new BookingSystemError(`Booking system answered ${method} ${path} with ${res.status}${meta?.message ? `: ${meta.message}` : ''}`, res.status);
  }

  const data = <T>(answer: Answer): T => {
    if (answer.body?.success !== true || answer.body.data === undefined) throw new BookingSystemError(`Booking system answered ${answer.status} without data`, answer.status);
    return answer.body.data as T;
  };

  const codesOf = (answer: Answer): number[] => {
    const codes = new Set<number>();
    const top = answer.body?.errors as { code?: unknown } | undefined;
    if (typeof top?.code === 'number') codes.add(top.code);
    const metaErrors = (answer.body?.meta as { errors?: unknown } | undefined)?.errors;
    if (Array.isArray(metaErrors)) for (const e of metaErrors) if (typeof e?.code === 'number') codes.add(e.code);
    return [...codes];
  };

  const write = async (method: string, path: string, body: RecordBody): Promise<WriteResult> => {
    const answer = await call(method, path, body, [403, 404, 422]);
    if (answer.status >= 200 && answer.status < 300) return { ok: true, record: data<AltegioRecord>(answer) };
    const message = (answer.body?.meta as { message?: string } | undefined)?.message ?? `status ${answer.status}`;
    const metaErrors = (answer.body?.meta as { errors?: unknown } | undefined)?.errors;
    const fields = metaErrors && typeof metaErrors === 'object' && !Array.isArray(metaErrors) ? Object.keys(metaErrors) : [];
    return { ok: false, status: answer.status, codes: codesOf(answer), fields, message };
  };

  return {
    /** The location's IANA zone. */
    async locationZone(companyId: number): Promise<string> {
      const loc = data<{ timezone_name?: unknown }>(await call('GET', `/company/${companyId}`));
      if (typeof loc.timezone_name !== 'string') throw new BookingSystemError(`Location ${companyId} has no timezone_name`);
      return loc.timezone_name;
    },

    async staffName(companyId: number, staffId: number): Promise<string> {
      const staff = data<{ name?: unknown }>(await call('GET', `/company/${companyId}/staff/${staffId}`));
      if (typeof staff.name !== 'string') throw new BookingSystemError(`Staff member ${staffId} has no name`);
      return staff.name;
    },

    /** Free start times of one location-local day. */
    async freeTimes(companyId: number, staffId: number, date: string, serviceIds: readonly number[]): Promise<BookTime[]> {
      const query = serviceIds.map((id) => `service_ids[]=${id}`).join('&');
      return data<BookTime[]>(await call('GET', `/book_times/${companyId}/${staffId}/${date}${query ? `?${query}` : ''}`));
    },

    /** The grid steps (`HH:MM`) of a staff member's working day. */
    async gridSteps(companyId: number, staffId: number, date: string): Promise<string[]> {
      return data<{ time: string }[]>(await call('GET', `/timetable/seances/${companyId}/${staffId}/${date}`)).map((s) => s.time);
    },

    /** The record, or undefined when the location has no live record of that id. */
    async record(companyId: number, recordId: number): Promise<AltegioRecord | undefined> {
      const answer = await call('GET', `/record/${companyId}/${recordId}`, undefined, [404]);
      return answer.status === 404 ? undefined : data<AltegioRecord>(answer);
    },

    /** Whether the location has a deleted (cancelled) record of that id; pages through `with_deleted=1`. */
    async wasDeleted(companyId: number, recordId: number): Promise<boolean> {
      const count = 200;
      for (let page = 1; page <= 1000; page++) {
        const rows = data<AltegioRecord[]>(await call('GET', `/records/${companyId}?with_deleted=1&count=${count}&page=${page}`));
        const hit = rows.find((r) => r.id === recordId);
        if (hit) return hit.deleted === true;
        if (rows.length < count) return false;
      }
      return false;
    },

    createRecord: (companyId: number, body: RecordBody) => write('POST', `/records/${companyId}`, body),
    replaceRecord: (companyId: number, recordId: number, body: RecordBody) => write('PUT', `/record/${companyId}/${recordId}`, body),

    /** `true` when deleted now, `false` when it was already gone (404). */
    async deleteRecord(companyId: number, recordId: number): Promise<boolean> {
      const answer = await call('DELETE', `/record/${companyId}/${recordId}`, undefined, [404]);
      return answer.status !== 404;
    },

    /** The first client whose email is exactly this one (case aside). */
    async clientByEmail(companyId: number, email: string): Promise<{ phone: string; name: string } | undefined> {
      const rows = data<{ phone?: string; name?: string; email?: string }[]>(
        await call('POST', `/company/${companyId}/clients/search`, {
          page: 1,
          page_size: 200,
          fields: ['id', 'name', 'phone', 'email'],
          order_by: 'id',
          order_by_direction: 'ASC',
          filters: [{ type: 'email', state: { value: email } }],
        }),
      );
      const hit = rows.find((c) => typeof c.email === 'string' && c.email.toLowerCase() === email.toLowerCase() && typeof c.phone === 'string' && c.phone !== '');
      return hit ? { phone: hit.phone!, name: hit.name ?? '' } : undefined;
    },
  };
}
