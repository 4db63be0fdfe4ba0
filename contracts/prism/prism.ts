import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stripAnsi } from '../ansi.ts';
import { ContractsError } from '../errors.ts';
import { voicebotBodyViolations } from './action-violations.ts';
import { startExchangeRecorder, type Exchange } from './exchange-recorder.ts';
import { freePort } from './free-port.ts';
import { specPath, type SpecName } from '../../specs/index.ts';

const prismCli = join(dirname(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');

/** One way a request or an answer broke the spec, as Prism reported it. */
export interface PrismViolation {
  /** `POST /`: the request Prism was handling when it reported the violation. */
  readonly request: string;
  /** Which side broke the spec. */
  readonly side: 'request' | 'response';
  /** Where, as Prism names it: `response.body`, `request.header`, … */
  readonly location: string;
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'info';
}

export type PrismOptions =
  | { readonly mode: 'mock'; readonly api: SpecName; readonly host: string; readonly port: number; readonly dynamic: boolean; readonly seed: number }
  | { readonly mode: 'proxy'; readonly api: SpecName; readonly host: string; readonly port: number; readonly target: string };

export interface RunningPrism {
  readonly url: string;
  /** The spec file Prism serves or validates against. */
  readonly spec: string;
  /** Every violation so far, oldest first. */
  readonly violations: readonly PrismViolation[];
  /** Called with each violation as Prism reports it. */
  onViolation(listener: (violation: PrismViolation) => void): void;
  /** Settles when Prism stops, on close() or on its own. */
  readonly stopped: Promise<void>;
  close(): Promise<void>;
}

// Prism's pretty log is the only place the CLI reports violations; these lines are stable
// across Prism 5 (`[HTTP SERVER] post / ℹ info Request received`, `[VALIDATOR] ✖ error Violation: …`).
const received = /\[HTTP SERVER\] (\w+) (\S+)\s+\S+\s+info\s+Request received/;
const violation = /\[VALIDATOR\]\s+\S+\s+(error|warning|info)\s+Violation: (\S*) (.*)$/;

/**
 * APIs whose bodies Prism checks against a union too coarse to name the fault: in proxy
 * mode each exchange passes through a recorder and this check replaces Prism's body violations.
 */
const bodyChecks: Partial<Record<SpecName, (exchange: Exchange) => PrismViolation[]>> = { voicebot: voicebotBodyViolations };
const bodyLocation = /^(request|response)\.body\b/;

/**
 * Starts the real Prism CLI on a spec, as a static mock or as a validation proxy in front of
 * `target`. Port 0 picks a free port.
 * @example const prism = await startPrism({ mode: 'proxy', api: 'unified', host: '127.0.0.1', port: 0, target: 'http://127.0.0.1:4010/unified' })
 */
export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const port = options.port === 0 ? await freePort(options.host) : options.port;
  // Prism 5.14 serves and validates every spec as checked in, so it gets the file itself, not
  // a simplified copy; the mock and proxy tests keep that true.
  const spec = specPath(options.api);
  const violations: PrismViolation[] = [];
  const listeners: ((v: PrismViolation) => void)[] = [];
  const report = (v: PrismViolation) => {
    violations.push(v);
    for (const listener of listeners) listener(v);
  };
  const ownCheck = options.mode === 'proxy' ? bodyChecks[options.api] : undefined;
  const recorder = ownCheck && options.mode === 'proxy' ? await startExchangeRecorder(options.target, (e) => ownCheck(e).forEach(report)) : undefined;
  const modeArgs =
    options.mode === 'mock' ? ['mock', spec, ...(options.dynamic ? ['--dynamic'] : []), '--seed', String(options.seed)] : ['proxy', spec, recorder?.url ?? options.target];
  // Detached: a Ctrl-C in the terminal reaches slotcheck, which stops Prism itself, instead of
  // killing Prism under it; the exit hook stops Prism when slotcheck ends any other way.
  const child = spawn(process.execPath, [prismCli, ...modeArgs, '--port', String(port), '--host', options.host, '--cors', 'false'], {
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  let current = '';
  let pending = '';

  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        const line = stripAnsi(raw);
        output = (output + line + '\n').slice(-4000);
        const listening = /Prism is listening on (http:\/\/\S+)/.exec(line);
        if (listening) resolve(listening[1]!);
        const request = received.exec(line);
        if (request) current = `${request[1]!.toUpperCase()} ${request[2]}`;
        const found = violation.exec(line);
        if (found && !(ownCheck && bodyLocation.test(found[2] ?? ''))) {
          const [, severity, location = '', message = ''] = found;
          report({ request: current, side: location.startsWith('request') ? 'request' : 'response', location, message, severity: severity as PrismViolation['severity'] });
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new ContractsError('CONTRACTS_PRISM_START', `Prism exited (${code}) before listening on port ${port}:\n${output.trim()}`)));
    child.once('error', (error) => {
      void recorder?.close();
      reject(new ContractsError('CONTRACTS_PRISM_START', `Prism could not start: ${error.message}`, { cause: error }));
    });
  });
  const stopped = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', killOnExit);
      void recorder?.close();
      resolve();
    }),
  );
  const url = await ready;
  return {
    url,
    spec,
    violations,
    onViolation: (listener) => void listeners.push(listener),
    stopped,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await stopped;
    },
  };
}
