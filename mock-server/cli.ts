import { exitCodes, intFlag, parseFlags, UsageError, type Command } from '../kit/cli-kit.ts';
import { runCommand, splitAtDoubleDash } from '../kit/wrap-command.ts';
import { demo, demoDatasets, type DemoDataset } from './altegio/demo-data.ts';
import { ConfigError, loadConfig, type ReferenceConfig } from './reference/index.ts';
import { defaultMockOptions, startMockServer, type MockOptions } from './server/create-server.ts';
import { clockState } from './admin/admin-api.ts';
import type { SettableClock } from './time/clock.ts';

const usage = `Usage: slotcheck mock [--port N] [--host H] [--seed N] [--dataset demo|empty] [--data FILE] [--now ISO] [--frozen] [--config FILE] [--admin-token T] [-- COMMAND…]

Serves on one port (default http://127.0.0.1:4010): the fake Altegio at /api/v1, the reference
implementations at /voicebot, /unified, /partner and /platform-webhook, the admin API at /__admin
and a dashboard at /.
  --port N          port to listen on; 0 picks a free one (default 4010)
  --host H          address to bind (default 127.0.0.1)
  --seed N          faker seed of the demo data (default 42)
  --dataset NAME    demo (locations, staff, clients, records) or empty (no clients or records)
  --data FILE       keep state in FILE across restarts; every acknowledged write is on disk
  --now ISO         start the clock at this instant instead of the system time
  --frozen          keep the clock standing at --now
  --config FILE     the reference implementations' configuration (default: mock-server/reference/default-config.yaml)
  --admin-token T   answer /__admin from any address that sends "Authorization: Bearer T"
                    (also SLOTCHECK_ADMIN_TOKEN); without it /__admin answers loopback only
  -- COMMAND…        run COMMAND with the server up (its URL in SLOTCHECK_URL), then stop the server
                    and exit with COMMAND's code; GET /__admin/health answers once the server is ready`;

/** Reads the flags of `slotcheck mock` into server options, or throws a UsageError. */
export function mockOptions(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Partial<MockOptions> {
  const flags = parseFlags(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    dataset: { type: 'string' },
    data: { type: 'string' },
    now: { type: 'string' },
    frozen: { type: 'boolean' },
    config: { type: 'string' },
    'admin-token': { type: 'string' },
  });
  const now = flags.now === undefined ? undefined : Date.parse(flags.now);
  if (now !== undefined && Number.isNaN(now)) throw new UsageError(`--now must be an ISO 8601 date-time; got "${flags.now}".`);
  if (flags.frozen && now === undefined) throw new UsageError('--frozen needs --now.');
  if (flags.dataset !== undefined && !demoDatasets.includes(flags.dataset as DemoDataset)) {
    throw new UsageError(`--dataset must be one of ${demoDatasets.join(', ')}; got "${flags.dataset}".`);
  }
  const adminToken = flags['admin-token'] ?? env.SLOTCHECK_ADMIN_TOKEN;
  let config: ReferenceConfig | undefined;
  try {
    config = flags.config === undefined ? undefined : loadConfig(flags.config);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  return {
    ...(flags.port !== undefined && { port: intFlag('port', flags.port, { min: 0, max: 65_535 }) }),
    ...(flags.host !== undefined && { host: flags.host }),
    ...(flags.seed !== undefined && { seed: intFlag('seed', flags.seed, { min: 0, max: 2 ** 31 - 1 }) }),
    ...(flags.dataset !== undefined && { dataset: flags.dataset as DemoDataset }),
    ...(flags.data !== undefined && { dataFile: flags.data }),
    ...(now !== undefined && { now }),
    ...(flags.frozen && { frozen: true }),
    ...(adminToken && { adminToken }),
    ...(config && { config }),
  };
}

/** Whether the fake runs on this machine's clock or a pinned one, so a first run knows which dates answer. */
function clockLine(clock: SettableClock): string {
  const { now, frozen, real } = clockState(clock);
  return real ? "real (this machine's)" : frozen ? `pinned at ${now}, frozen (--now, --frozen)` : `pinned, running on from ${now} (--now)`;
}
const localTime = (now: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);

export const mockCommand: Command = {
  usage,
  async run(args) {
    const { own, command } = splitAtDoubleDash(args);
    const options = mockOptions(own);
    let mock;
    try {
      mock = await startMockServer({ ...options, onNotice: (message) => console.error(`slotcheck mock: ${message}`) });
    } catch (error) {
      const port = options.port ?? defaultMockOptions.port;
      const reason = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `port ${port} is in use (try --port 0)` : (error as Error).message;
      console.error(`slotcheck mock: could not start: ${reason}.`);
      return exitCodes.couldNotRun;
    }
    const user = demo.users[0];
    console.log(
      [
        `slotcheck mock listening on ${mock.url}`,
        `  fake Altegio   ${mock.url}/api/v1`,
        `  VoiceBot       ${mock.url}/voicebot    (Bearer ${mock.apisConfig.voicebot.tokens[0]})`,
        `  unified        ${mock.url}/unified     (X-Api-Key ${mock.apisConfig.unified.apiKeys[0]?.key ?? '-'})`,
        `  partner API    ${mock.url}/partner     (Bearer ${mock.apisConfig.partner.keys[0]?.key ?? '-'})`,
        `  platform hook  ${mock.url}/platform-webhook`,
        `  admin API      ${mock.url}/__admin`,
        `  dashboard      ${mock.url}/`,
        `  partner token  ${demo.partnerToken}`,
        `  demo login     ${user.login} / ${user.password}  (user token ${user.token})`,
        `  clock          ${clockLine(mock.fake.clock)}`,
        ...[...mock.fake.db.tables.companies.values()].map((c) => `  location ${c.id}  ${c.title} (${c.timeZone}, ${c.currency}), local time ${localTime(mock.fake.clock.now(), c.timeZone)}`),
        `  seed ${mock.fake.seed}, dataset ${mock.fake.dataset}${options.dataFile ? `, data in ${options.dataFile}` : ''}`,
      ].join('\n'),
    );
    // Wrapping a command, the server lives exactly as long as it and exits with its code.
    const code = command
      ? await runCommand(command, { env: { SLOTCHECK_URL: mock.url } }).catch(async (error: unknown) => {
          await mock.close();
          throw error;
        })
      : await new Promise<number>((resolve) => {
          const stop = () => resolve(exitCodes.passed);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
    await mock.close();
    console.log('slotcheck mock stopped.');
    return code;
  },
};
