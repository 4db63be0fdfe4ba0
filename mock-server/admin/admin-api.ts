import type { operations } from '../../specs/generated/admin.ts';
import type { FakeAltegio } from '../altegio/fake-altegio.ts';
import { tableNames, type Snapshot } from '../altegio/state.ts';
import { ApiError, createSpecRouter, json, typedHandlers, type ApiResponse } from '../routing/index.ts';
import type { HttpApi } from '../server/express-adapter.ts';
import { freeTimes } from './free-times.ts';
import { checkSnapshotShape } from './snapshot-shape.ts';
import type { Faults } from '../server/faults.ts';
import type { RequestLog } from '../server/request-log.ts';

export interface AdminContext {
  readonly fake: FakeAltegio;
  readonly faults: Faults;
  readonly requestLog: RequestLog;
  /** When set, every caller must send it; when not, only loopback callers are answered. */
  readonly adminToken?: string;
  /** Drops what the reference implementations keep beyond Altegio (their idempotency keys). */
  readonly resetApis: () => void;
}

const counts = (fake: FakeAltegio) => Object.fromEntries(tableNames.map((t) => [t, fake.db.tables[t].size]));

const handlers = typedHandlers<operations, AdminContext>({
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
  // As Altegio's DELETE /record does, through `put` so the --data journal keeps it.
  cancelRecord: ({ params }, { fake }) => {
    const record = fake.db.tables.records.get(params.recordId);
    if (!record || record.deleted) throw new ApiError(404, 'not_found', `Record ${params.recordId} not found or already deleted.`);
    fake.db.put({ table: 'records', row: { ...record, deleted: true, changedAt: fake.clock.now() } });
    return json(204);
  },
  readClock: (_input, { fake }) => json(200, { now: new Date(fake.clock.now()).toISOString(), frozen: fake.clock.frozen }),
  setClock: ({ body }, { fake }) => {
    fake.clock.set(Date.parse(body.now), { frozen: body.frozen ?? false });
    return json(200, { now: new Date(fake.clock.now()).toISOString(), frozen: fake.clock.frozen });
  },
  listFaults: (_input, { faults }) => json(200, faults.list()),
  addFault: ({ body }, { faults }) => json(201, faults.add({ ...body, share: body.share ?? 1 })),
  clearFaults: (_input, { faults }) => {
    faults.clear();
    return json(204);
  },
  listRequests: ({ query }, { requestLog }) => json(200, requestLog.recent(query.limit ?? 100)),
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

/**
 * `/__admin`: reset, reseed, snapshot and restore, clock, faults, request log, the
 * state and free-times oracles and record cleanup, answering loopback callers (or
 * holders of the admin token) only.
 */
export function createAdminApi(ctx: AdminContext, options: { onResponseViolation?: Parameters<typeof createSpecRouter>[0]['onResponseViolation'] } = {}): HttpApi {
  const router = createSpecRouter<AdminContext>({ spec: 'admin', handlers, renderError: renderAdminError, ...options });
  return {
    renderError: renderAdminError,
    handle(request) {
      const allowed = ctx.adminToken
        ? request.headers.authorization === `Bearer ${ctx.adminToken}`
        : request.remoteAddress === undefined || isLoopback(request.remoteAddress);
      if (!allowed) {
        return Promise.resolve(
          renderAdminError(new ApiError(403, 'forbidden', 'The admin API answers loopback requests or a valid admin token only.')),
        );
      }
      return router.handle(request, ctx);
    },
  };
}
