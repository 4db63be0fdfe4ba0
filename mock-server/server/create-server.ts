import { createServer } from 'node:http';
import express, { type Express } from 'express';
import { createAdminApi } from '../admin/admin-api.ts';
import { createAltegioApi } from '../altegio/altegio-api.ts';
import { createDashboard } from '../dashboard/index.ts';
import type { DemoDataset } from '../altegio/demo-data.ts';
import { createFakeAltegio, type FakeAltegio } from '../altegio/fake-altegio.ts';
import type { ResponseViolation } from '../routing/index.ts';
import { createPartnerApi } from '../partner/index.ts';
import { createPlatformWebhookApi } from '../platform-webhook/index.ts';
import { createReferenceContext, loadConfig, type ReferenceConfig } from '../reference/index.ts';
import { createClock } from '../time/clock.ts';
import { createUnifiedApi } from '../unified/index.ts';
import { createVoicebotApi } from '../voicebot/index.ts';
import { expressAdapter, type HttpApi } from './express-adapter.ts';
import { createFaults, withFaults, type Faults } from './faults.ts';
import { createRequestLog, logRequests, type RequestLog } from './request-log.ts';

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
  /** The reference implementations' configuration (default: reference/default-config.yaml). */
  readonly config?: ReferenceConfig;
  /** Where the server is reached, when not at host:port (startMockServer sets it after listening). */
  readonly selfUrl?: string;
  /** Tests pass this to fail on any answer the specs do not allow. */
  readonly onResponseViolation?: (violation: ResponseViolation) => void;
  /** Told what start-up had to leave out of the data file; the CLI prints it on stderr. */
  readonly onNotice?: (message: string) => void;
}

export const defaultMockOptions = { port: 4010, host: '127.0.0.1', seed: 42, dataset: 'demo', frozen: false } as const;

export interface MockServer {
  readonly app: Express;
  readonly fake: FakeAltegio;
  readonly faults: Faults;
  readonly requestLog: RequestLog;
  /** The mounted APIs, to drive them in-process without a socket. */
  readonly apis: Readonly<Record<ApiName, HttpApi>>;
  /** This server's base URL: the reference implementations reach the fake Altegio through it. */
  readonly selfUrl: string;
  /** The reference implementations' configuration in force. */
  readonly apisConfig: ReferenceConfig;
}

export type ApiName = 'altegio' | 'admin' | 'voicebot' | 'unified' | 'partner' | 'platformWebhook';

/** Where each API is served on the one port. */
export const mounts: Readonly<Record<ApiName, string>> = {
  altegio: '/api/v1',
  admin: '/__admin',
  voicebot: '/voicebot',
  unified: '/unified',
  partner: '/partner',
  platformWebhook: '/platform-webhook',
};

export interface RunningMock extends MockServer {
  /** Same as selfUrl. */
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
  const fake = createFakeAltegio({ clock, seed: opts.seed, dataset: opts.dataset, ...(opts.dataFile && { dataFile: opts.dataFile }), ...(opts.onNotice && { onNotice: opts.onNotice }) });
  const faults = createFaults();
  const requestLog = createRequestLog();
  const check = opts.onResponseViolation ? { onResponseViolation: opts.onResponseViolation } : {};
  const selfUrl = opts.selfUrl ?? `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${opts.port}`;
  const apisConfig = opts.config ?? loadConfig();
  const reference = createReferenceContext({ config: apisConfig, clock, selfUrl: () => selfUrl, keys: fake.keys });
  const apis: Record<ApiName, HttpApi> = {
    altegio: withFaults(createAltegioApi(fake, check), mounts.altegio, faults),
    admin: createAdminApi({ fake, faults, requestLog, mounts, resetApis: reference.reset, ...(opts.adminToken && { adminToken: opts.adminToken }) }, check),
    voicebot: withFaults(createVoicebotApi(reference, check), mounts.voicebot, faults),
    unified: withFaults(createUnifiedApi(reference, check), mounts.unified, faults),
    partner: withFaults(createPartnerApi(reference, check), mounts.partner, faults),
    platformWebhook: withFaults(createPlatformWebhookApi(reference, check), mounts.platformWebhook, faults),
  };

  const app = express();
  app.disable('x-powered-by');
  // No ETags: hashing every body costs CPU under load, and a 304 to If-None-Match is a status no spec documents.
  app.set('etag', false);
  // Before the request log: the page's own loads are not traffic to the fake.
  app.use(createDashboard());
  const log = logRequests(requestLog, { clock, records: () => fake.db.tables.records });
  app.use((req, res, next) => (req.path.startsWith('/__admin') ? next() : log(req, res, next)));
  for (const name of Object.keys(mounts) as ApiName[]) app.use(mounts[name], expressAdapter(apis[name]));
  app.use((req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: `Nothing is served at ${req.method} ${req.path}.` } });
  });
  // A last resort that should never run: a bug answers 500 in JSON rather than an HTML page.
  app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(500).json({ error: { code: 'internal_error', message: error.message } });
  });
  return { app, fake, faults, requestLog, apis, selfUrl, apisConfig };
}

/** Listens first (port 0 picks a free port), then builds the server knowing its own URL. */
export async function startMockServer(options: Partial<MockOptions> = {}): Promise<RunningMock> {
  const opts: MockOptions = { ...defaultMockOptions, ...options };
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  let mock: MockServer;
  try {
    mock = createMockServer({ ...opts, selfUrl: url });
  } catch (error) {
    server.close();
    throw error;
  }
  server.on('request', mock.app);
  return {
    ...mock,
    url,
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
