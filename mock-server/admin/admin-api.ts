import type { components, operations } from '../../specs/generated/admin.ts';
import type { FakeAltegio } from '../altegio/fake-altegio.ts';
import { tableNames, type Snapshot } from '../altegio/state.ts';
import { ApiError, createSpecRouter, json, sameSecret, typedHandlers, type ApiRequest, type ApiResponse } from '../routing/index.ts';
import type { HttpApi } from '../server/express-adapter.ts';
import { freeTimes } from './free-times.ts';
import { exchange, runSummary, summary } from './request-entries.ts';
import { checkSnapshotShape } from './snapshot-shape.ts';
import type { Faults } from '../server/faults.ts';
import type { SettableClock } from '../time/clock.ts';
import type { RequestLog } from '../server/request-log.ts';

export interface AdminContext {
  readonly fake: FakeAltegio;
  readonly faults: Faults;
  readonly requestLog: RequestLog;
  /** When set, every caller must send it; when not, only loopback callers are answered. */
  readonly adminToken?: string;
  /** Drops what the reference implementations keep beyond Altegio (their idempotency keys). */
  readonly resetApis: () => void;
  /** The APIs served beside this one and their mount paths, for `GET /health`. */
  readonly mounts?: Readonly<Record<string, string>>;
}

/** How far from this machine's clock a running clock may be and still count as real: a clock set to `date`'s whole seconds is. */
const realWithinMs = 5000;

/** The clock as it stands; `real` when it runs with the machine's clock. */
export function clockState(clock: SettableClock): components['schemas']['ClockState'] {
  const now = clock.now();
  return { now: new Date(now).toISOString(), frozen: clock.frozen, real: !clock.frozen && Math.abs(now - Date.now()) < realWithinMs };
}

/** Cancels a live record as Altegio's DELETE /record does, through `put` so the --data journal keeps it; false when there is none. */
function cancel(fake: FakeAltegio, recordId: number): boolean {
  const record = fake.db.tables.records.get(recordId);
  if (!record || record.deleted) return false;
  fake.db.put({ table: 'records', row: { ...record, deleted: true, changedAt: fake.clock.now() } });
  return true;
}

const counts = (fake: FakeAltegio) => Object.fromEntries(tableNames.map((t) => [t, fake.db.tables[t].size]));

const handlers = typedHandlers<operations, AdminContext>({
  readHealth: (_input, { fake, mounts = {} }) =>
    json(200, { status: 'ok', apis: Object.entries(mounts).map(([name, path]) => ({ name, path })), clock: clockState(fake.clock) }),
  readState: (_input, { fake }) => json(200, { now: new Date(fake.clock.now()).toISOString(), frozen: fake.clock.frozen, ...fake.db.snapshot() }),
  takeSnapshot: (_input, { fake }) => json(200, fake.db.snapshot()),
  restoreSnapshot: ({ body }, { fake, resetApis }) => {
    checkSnapshotShape(body as unknown as Snapshot);
    fake.restore(body as unknown as Snapshot);
    resetApis();
    return json(200, counts(fake));
  },
  resetState: (_input, { fake, faults, requestLog, resetApis }) => {
    fake.reset();
    resetApis();
    faults.clear();
    requestLog.clear();
    return json(200, counts(fake));
  },
  reseed: ({ body }, { fake, resetApis }) => {
    fake.reseed(body.seed, body.dataset ?? 'demo');
    resetApis();
    return json(200, counts(fake));
  },
  readFreeTimes: ({ query }, { fake }) => json(200, freeTimes(fake.db, query, fake.clock.now())),
  cancelRecord: ({ params }, { fake }) => {
    if (!cancel(fake, params.recordId)) throw new ApiError(404, 'not_found', `Record ${params.recordId} not found or already deleted.`);
    return json(204);
  },
  readClock: (_input, { fake }) => json(200, clockState(fake.clock)),
  setClock: ({ body }, { fake }) => {
    fake.clock.set(Date.parse(body.now), { frozen: body.frozen ?? false });
    return json(200, clockState(fake.clock));
  },
  advanceClock: ({ body }, { fake }) => {
    fake.clock.set(fake.clock.now() + body.seconds * 1000);
    return json(200, clockState(fake.clock));
  },
  listFaults: (_input, { faults }) => json(200, faults.list()),
  addFault: ({ body }, { faults }) => json(201, faults.add({ ...body, share: body.share ?? 1 })),
  clearFaults: (_input, { faults }) => {
    faults.clear();
    return json(204);
  },
  listRequests: ({ query }, { requestLog }) => json(200, requestLog.recent(query.limit ?? 100, { ...(query.run !== undefined && { run: query.run }) }).map(summary)),
  readRequest: ({ params }, { requestLog }) => {
    const entry = requestLog.get(params.requestId);
    if (!entry) throw new ApiError(404, 'not_found', `Request ${params.requestId} is not in the log.`);
    return json(200, exchange(entry));
  },
  listRuns: (_input, { requestLog }) => json(200, requestLog.runs().map(runSummary)),
  cancelRunRecords: ({ params }, { fake, requestLog }) => {
    const run = requestLog.runs().find((r) => r.run === params.run);
    if (!run) throw new ApiError(404, 'not_found', `No run ${params.run} in the log.`);
    return json(200, { run: run.run, cancelled: [...run.recordIds].filter((id) => cancel(fake, id)) });
  },
  clearRequests: (_input, { requestLog }) => {
    requestLog.clear();
    return json(204);
  },
});

const adminCodes: Record<string, string> = { malformed_json: 'invalid_request', no_route: 'not_found' };

export function renderAdminError(error: ApiError): ApiResponse {
  return json(error.status, { error: { code: adminCodes[error.code] ?? error.code, message: error.message } });
}

const isLoopback = (address = '') => /^(127\.|::1$|::ffff:127\.)/.test(address);
/** `localhost`, `127.0.0.1` or `[::1]`, with any port: a page served from another name (DNS rebinding) is not. */
const isLoopbackHost = (host = '') => /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i.test(host);

/** The host of an Origin header; undefined for `null` (a sandboxed page) or anything unreadable. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Why a request may not drive the admin API, or undefined. With an admin token, the token
 * (compared in constant time); without one, a loopback socket and a loopback Host. Never a
 * browser's cross-site request, and bodies only as JSON, so a web page cannot post a
 * form or `text/plain` here without a preflight it would not pass.
 */
function refusal(request: ApiRequest, adminToken: string | undefined): string | undefined {
  const { headers } = request;
  // Readiness needs no token (a CI wait loop has none) but stays on the machine.
  if (adminToken !== undefined && !(request.method === 'GET' && request.path === '/health')) {
    const sent = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
    if (sent === undefined || !sameSecret(sent, adminToken)) return 'The admin API answers a valid admin token only.';
  } else if (!isLoopback(request.remoteAddress ?? '127.0.0.1') || !isLoopbackHost(headers.host ?? 'localhost')) {
    return 'The admin API answers loopback requests to a loopback host name only (or a valid admin token).';
  }
  const origin = headers.origin;
  if (headers['sec-fetch-site'] === 'cross-site' || (origin !== undefined && hostOf(origin) !== headers.host)) {
    return 'The admin API answers no cross-origin browser requests.';
  }
  if (request.rawBody !== '' && !/^application\/json\s*(;|$)/i.test(headers['content-type'] ?? '')) {
    return 'The admin API takes JSON bodies only (Content-Type: application/json).';
  }
  return undefined;
}

/** `/__admin/state` shows no password or token unless the admin token asked for it. */
function redacted(response: ApiResponse): ApiResponse {
  const state = response.body as { partnerTokens: string[]; tables: { users: Record<string, unknown>[] } };
  const hidden = '[redacted]';
  return {
    ...response,
    body: {
      ...state,
      partnerTokens: state.partnerTokens.map(() => hidden),
      tables: { ...state.tables, users: state.tables.users.map((u) => ({ ...u, password: hidden, userToken: hidden })) },
    },
  };
}

/**
 * `/__admin`: reset, reseed, snapshot and restore, clock, faults, request log, the
 * state and free-times oracles and record cleanup, for the machine it runs on (or
 * holders of the admin token) only.
 */
export function createAdminApi(ctx: AdminContext, options: { onResponseViolation?: Parameters<typeof createSpecRouter>[0]['onResponseViolation'] } = {}): HttpApi {
  const router = createSpecRouter<AdminContext>({ spec: 'admin', handlers, renderError: renderAdminError, ...options });
  return {
    renderError: renderAdminError,
    async handle(request) {
      const refused = refusal(request, ctx.adminToken);
      if (refused) return renderAdminError(new ApiError(403, 'forbidden', refused));
      const response = await router.handle(request, ctx);
      return request.path === '/state' && response.status === 200 && ctx.adminToken === undefined ? redacted(response) : response;
    },
  };
}
