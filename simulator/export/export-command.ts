import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { exitCodes, UsageError, type Command } from '../../kit/cli-kit.ts';
import { loadSpec } from '../../specs/index.ts';
import { apiProfiles } from '../api-profiles.ts';
import { callerRunId, parseDuration } from '../load/index.ts';
import { apiNames, simulateOptions } from '../options.ts';
import { createOracle } from '../oracle/index.ts';
import type { ApiName } from '../types.ts';
import { artilleryScript, processorFile } from './artillery-script.ts';
import { processorSource } from './processor-bundle.ts';

const defaults = { out: 'slotcheck-artillery.yml', rate: 1, durationSeconds: 60, runIds: 1000 } as const;

const usage = `Usage: slotcheck export artillery --api ${apiNames.join('|')} [--target URL] [options]

Writes the suite's calls as an Artillery script, to run past one machine on Artillery's own
runners: captures carried from answer to request, every answer held to its documented status,
content type and schema by Artillery's expect plugin, what the calls booked cancelled at the end
(slots grouped by day are captured by slotcheck-processor.cjs, written beside the script).
  --target URL        the implementation's base URL (default: the spec's first server, slotcheck mock)
  --scenario NAME|FILE  a built-in scenario or a scenario file; repeat for more (default: all built-ins)
  --altegio URL       a slotcheck fake Altegio whose clock sets the default days (as simulate does)
  --out FILE          where the script goes (default ${defaults.out})
  --rate N            new virtual users a second, each playing one scenario (default ${defaults.rate})
  --duration D        how long they keep arriving: 60s, 5m (default ${defaults.durationSeconds}s)
  --seed N, --header "N: v" and the API's own flags as in slotcheck simulate

Then: npx artillery run ${defaults.out}   (or on Artillery's distributed runners, e.g.
npx artillery run-fargate --count 10 ${defaults.out}). Exit 0 written, 2 could not.`;

/** Takes `--name value` / `--name=value` of the export's own flags out; the rest are simulate's. */
function ownFlags(args: readonly string[], names: readonly string[]): { own: Record<string, string>; rest: string[] } {
  const own: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(args[i]!);
    if (m && names.includes(m[1]!)) {
      const value = m[2] ?? args[++i];
      if (value === undefined) throw new UsageError(`--${m[1]} needs a value.`);
      own[m[1]!] = value;
    } else rest.push(args[i]!);
  }
  return { own, rest };
}

const flagValue = (args: readonly string[], name: string) => {
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.split('=').slice(1).join('=') : args[at + 1];
};

export const exportCommand: Command = {
  usage,
  async run(args) {
    const [format, ...rest] = args;
    if (format !== 'artillery') throw new UsageError(`export writes artillery scripts: slotcheck export artillery --api …${format ? `; got "${format}".` : ''}`);
    const { own, rest: simulateArgs } = ownFlags(rest, ['out', 'rate', 'duration']);
    const api = flagValue(simulateArgs, 'api') as ApiName | undefined;
    if (api === 'platform-webhook') throw new UsageError('--api platform-webhook signs every request over its bytes, which an Artillery script cannot do by itself; use slotcheck simulate --load.');
    const servers = api && apiNames.includes(api) ? (loadSpec(apiProfiles[api]().spec).servers as { url: string }[] | undefined) : undefined;
    const withTarget = flagValue(simulateArgs, 'target') === undefined && servers?.[0] ? [...simulateArgs, '--target', servers[0].url] : simulateArgs;
    let options = simulateOptions(withTarget);
    if (options.run.altegio) {
      const oracle = createOracle({ fetch, altegio: options.run.altegio, ...(options.run.adminToken && { adminToken: options.run.adminToken }) });
      options = simulateOptions(withTarget, await oracle.now());
    }
    const rate = own.rate === undefined ? defaults.rate : Number(own.rate);
    if (!(rate > 0 && rate <= 100_000)) throw new UsageError(`--rate takes virtual users a second, above 0; got "${own.rate}".`);
    const durationSeconds = own.duration === undefined ? defaults.durationSeconds : Math.max(1, Math.round(parseDuration(own.duration) / 1000));
    const { run } = options;
    const { script, leftOut, stepsLeftOut, needsProcessor } = artilleryScript(options.scenarios, {
      target: run.target,
      profile: apiProfiles[run.api](),
      headers: run.headers,
      vars: run.vars,
      arrivalRate: rate,
      durationSeconds,
      runIds: Array.from({ length: defaults.runIds }, (_, n) => callerRunId(run.runId, n)),
    });
    if (script.scenarios.length === 0) throw new UsageError(`no scenario could be written for Artillery: ${leftOut.map((l) => `${l.scenario} (${l.reason})`).join('; ')}`);
    const header = [
      `# slotcheck export artillery --api ${run.api}: ${script.scenarios.length} scenario(s) against ${run.target}, seed ${run.seed}.`,
      '# Run: npx artillery run <this file>; distributed: npx artillery run-fargate --count N <this file>.',
      ...leftOut.map((l) => `# Left out: scenario "${l.scenario}": ${l.reason}.`),
      ...stepsLeftOut.map((l) => `# Left out: step "${l.step}" of "${l.scenario}": ${l.reason}.`),
    ];
    const out = own.out ?? defaults.out;
    mkdirSync(dirname(out), { recursive: true });
    // Every string quoted: Artillery's YAML reader would take 1984-05-17 for a date.
    writeFileSync(out, `${header.join('\n')}\n${stringify(script, { lineWidth: 0, aliasDuplicateObjects: false, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}`);
    const processor = join(dirname(out), processorFile);
    if (needsProcessor) writeFileSync(processor, processorSource());
    console.log(`Wrote ${out}${needsProcessor ? ` and ${processor}` : ''}: ${script.scenarios.length} scenario(s), ${rate} virtual user(s)/s for ${durationSeconds}s.`);
    for (const l of leftOut) console.error(`slotcheck export: left out scenario "${l.scenario}": ${l.reason}.`);
    return exitCodes.passed;
  },
};
