import type { Server } from 'node:http';
import express, { type Express } from 'express';
import { createAdminApi } from '../admin/admin-api.ts';
import { createAltegioApi } from '../altegio/altegio-api.ts';
import type { DemoDataset } from '../altegio/demo-data.ts';
import { createFakeAltegio, type FakeAltegio } from '../altegio/fake-altegio.ts';
import type { ResponseViolation } from '../routing/index.ts';
import { createClock } from '../time/clock.ts';
import { expressAdapter, type HttpApi } from './express-adapter.ts';
import { createFaults, withFaults, type Faults } from './faults.ts';
import { createRequestLog, type RequestLog } from './request-log.ts';

export interface MockOptions {
  readonly port: number;
  readonly host: string;
  readonly seed: number;
  readonly dataset: DemoDataset;
  /** Keep state in this file across restarts. */
  readonly dataFile?: string;
  /** Start the clock here (ms since the epoch) instead of the system time. */
  readonly now?: number;
  /** Freeze the clock at `now`. */
  readonly frozen: boolean;
  readonly adminToken?: string;
  /** Tests pass this to fail on any answer the specs do not allow. */
  readonly onResponseViolation?: (violation: ResponseViolation) => void;
}

export const defaultMockOptions = { port: 4010, host: '127.0.0.1', seed: 42, dataset: 'demo', frozen: false } as const;

export interface MockServer {
  readonly app: Express;
  readonly fake: FakeAltegio;
  readonly faults: Faults;
  readonly requestLog: RequestLog;
  /** The mounted APIs, to drive them in-process without a socket. */
  readonly apis: Readonly<Record<'altegio' | 'admin', HttpApi>>;
}

export interface RunningMock extends MockServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Builds the fake Altegio and the admin API behind one Express app, without listening.
 * @example const mock = createMockServer({ ...defaultMockOptions, now: Date.parse('2026-03-02T08:00:00Z'), frozen: true })
 */
export function createMockServer(options: Partial<MockOptions> = {}): MockServer {
  const opts: MockOptions = { ...defaultMockOptions, ...options };
  const clock = createClock(opts.now, { frozen: opts.frozen });
  const fake = createFakeAltegio({ clock, seed: opts.seed, dataset: opts.dataset, ...(opts.dataFile && { dataFile: opts.dataFile }) });
  const faults = createFaults();
  const requestLog = createRequestLog();
  const check = opts.onResponseViolation ? { onResponseViolation: opts.onResponseViolation } : {};
  const apis = {
    altegio: withFaults(createAltegioApi(fake, check), '/api/v1', faults),
    admin: createAdminApi({ fake, faults, requestLog, ...(opts.adminToken && { adminToken: opts.adminToken }) }, check),
  };

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    if (req.path.startsWith('/__admin')) return next();
    const started = performance.now();
    const at = new Date(clock.now()).toISOString();
    res.on('finish', () => {
      const fault = res.getHeader('x-slotcheck-fault');
      requestLog.add({
        at,
        method: req.method,
        path: req.originalUrl,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        ...(fault !== undefined && { fault: Number(fault) }),
      });
    });
    next();
  });
  app.use('/api/v1', expressAdapter(apis.altegio));
  app.use('/__admin', expressAdapter(apis.admin));
  app.use((req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: `Nothing is served at ${req.method} ${req.path}.` } });
  });
  // A last resort that should never run: a bug answers 500 in JSON rather than an HTML page.
  app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(500).json({ error: { code: 'internal_error', message: error.message } });
  });
  return { app, fake, faults, requestLog, apis };
}

/** Creates the server and listens; port 0 picks a free port. */
export async function startMockServer(options: Partial<MockOptions> = {}): Promise<RunningMock> {
  const opts: MockOptions = { ...defaultMockOptions, ...options };
  const mock = createMockServer(opts);
  const server: Server = await new Promise<Server>((resolve, reject) => {
    // Express 5 hands listen errors (EADDRINUSE …) to the callback.
    const s = mock.app.listen(opts.port, opts.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  }).catch((error: unknown) => {
    mock.fake.close();
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    ...mock,
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          mock.fake.close();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
