import type { components } from '../../specs/generated/admin.ts';
import type { TruthState } from './truth.ts';

// The simulator reaches the fake Altegio's truth only over HTTP, through its admin API
// (specs/admin.openapi.yaml): the state, the clock, the slot engine's free times, and
// the cancellation that cleans up after a run.

/** The oracle could not be read: not reachable, or not a slotcheck fake. A run that needs it cannot go on. */
export class OracleError extends Error {
  readonly code = 'SIM_ORACLE_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'OracleError';
  }
}

export interface FreeTimesQuery {
  readonly companyId: number;
  readonly serviceId: number;
  /** 0: every staff member who provides the service, each listed on their own. */
  readonly staffId: number;
  /** Local dates (`YYYY-MM-DD`) in the location's zone, inclusive. */
  readonly from: string;
  readonly to: string;
}

export interface FreeTime {
  readonly staffId: number;
  readonly staffName: string;
  /** Ms since the epoch. */
  readonly start: number;
  /** Seconds. */
  readonly length: number;
}

export interface Oracle {
  /** The fake's clock, ms since the epoch. */
  now(): Promise<number>;
  state(): Promise<TruthState>;
  freeTimes(query: FreeTimesQuery): Promise<FreeTime[]>;
  /** Cancels a record a run left behind; false when it was already gone. */
  cancelRecord(id: number): Promise<boolean>;
}

/**
 * @example const oracle = createOracle({ fetch, altegio: 'http://127.0.0.1:4010/api/v1' })
 */
export function createOracle(options: { readonly fetch: typeof fetch; readonly altegio: string; readonly adminToken?: string }): Oracle {
  const headers: Record<string, string> = { accept: 'application/json', ...(options.adminToken && { authorization: `Bearer ${options.adminToken}` }) };
  const admin = (path: string) => new URL(`/__admin${path}`, options.altegio);
  async function read<T>(path: string, check: (body: any) => boolean): Promise<T> {
    const url = admin(path);
    let res: Response;
    try {
      res = await options.fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new OracleError(`the fake Altegio's admin API at ${url.origin} is unreachable (${cause ?? (error as Error).message})`);
    }
    const body = await res.json().catch(() => undefined);
    if (!res.ok || !check(body)) {
      throw new OracleError(`${url.origin} is not a slotcheck fake Altegio: GET ${url.pathname} answered ${res.status}${body?.error?.message ? ` (${body.error.message})` : ''}`);
    }
    return body as T;
  }
  return {
    now: async () => Date.parse((await read<components['schemas']['Clock']>('/clock', (b) => typeof b?.now === 'string' && !Number.isNaN(Date.parse(b.now)))).now),
    async state() {
      const body = await read<components['schemas']['State']>('/state', (b) => typeof b?.tables?.records === 'object');
      return { now: Date.parse(body.now), tables: body.tables as TruthState['tables'] };
    },
    async freeTimes(q) {
      const query = new URLSearchParams({ companyId: String(q.companyId), serviceId: String(q.serviceId), staffId: String(q.staffId), from: q.from, to: q.to });
      const body = await read<components['schemas']['FreeTimes']>(`/free-times?${query}`, (b) => Array.isArray(b?.slots));
      return body.slots.map((s) => ({ ...s, start: Date.parse(s.start) }));
    },
    async cancelRecord(id) {
      const res = await options.fetch(admin(`/records/${id}`), { method: 'DELETE', headers, signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
      return res?.status === 204;
    },
  };
}

/** The fake itself has no free time for a scenario: not the target's fault, so the run cannot go on. */
export class NoFreeTimeError extends Error {
  readonly code = 'SIM_NO_FREE_TIME';
  constructor(message: string) {
    super(message);
    this.name = 'NoFreeTimeError';
  }
}
