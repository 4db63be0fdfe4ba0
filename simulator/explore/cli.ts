import { CouldNotRunError, exitCodes, type Command } from '../../kit/cli-kit.ts';
import { NoFreeTimeError, OracleError } from '../oracle/index.ts';
import { simulateOptions } from '../options.ts';
import { reporters } from '../reporters/index.ts';
import { prepare } from '../simulate.ts';
import { suites } from '../suites/index.ts';
import { explore, exploreApis } from './explore.ts';
import { exploreDefaults, exploreOptions, splitArgs } from './options.ts';
import { writeScenarioFile } from './scenario-file.ts';

const apiHelp = exploreApis
  .map((api) => `  --api ${api}:\n${Object.entries(suites[api]!.flags).map(([n, f]) => `    --${n.padEnd(16)} ${f.description} (default ${f.default})`).join('\n')}`)
  .join('\n');

const usage = `Usage: slotcheck explore --api ${exploreApis.join('|')} --target URL --altegio URL [options]

Plays random sequences of calls a voice bot could make (look up, book an offered time, book a
time another caller holds, retry, find the caller, move, cancel, cancel twice, book for someone
else, several callers racing) against an implementation, holding every step against a model and
the fake Altegio's state; the first failing sequence is shrunk to a minimal one and written as a
scenario that \`slotcheck simulate --scenario FILE\` replays with the same API flags.
VoiceBot and unified are explored fully; partner looks up, books, retries with its
Idempotency-Key and races (it has no move or cancel).

  --target URL        the implementation's base URL
  --altegio URL       the slotcheck fake Altegio it books in (required: the invariants are read from its state)
  --admin-token T     the fake's admin token, when it was started with one
  --seed N            seeds fast-check: the same seed explores the same sequences (default 1)
  --runs N            sequences to try at most (default ${exploreDefaults.runs}; with --duration alone, until the time is up)
  --max-steps N       commands per sequence at most (default ${exploreDefaults.maxSteps})
  --callers N         callers acting interleaved, and how many race for one time at once (2–9, default ${exploreDefaults.callers})
  --duration D        how long to explore (30s, 2m, 1500ms); a failure then gets as long again to shrink
  --reporter LIST     console, junit, json, html, comma-separated, or none (default console)
  --out DIR           where reports and the shrunk scenario (slotcheck-explore-<api>.yaml) go (default slotcheck-report)
  --budget-ms N, --timeout-ms N, --header "N: v", --wait-for-target S   as for simulate
${apiHelp}

Exit: 0 no sequence failed, 1 a sequence failed (shrunk and written), 2 could not run.`;

export const exploreCommand: Command = {
  usage,
  async run(args) {
    const { flags, simulate } = splitArgs(args);
    // Checked before anything is reached: a wrong flag is a usage error, whatever answers.
    exploreOptions(simulateOptions(simulate), flags);
    // Simulate's own preparation: wait for the target and the fake, days from the fake's clock.
    const options = exploreOptions((await prepare(simulate)).options, flags);
    const listeners = options.reporters.map((name) => reporters[name](options.outDir));
    try {
      const result = await explore({ ...options.run, fetch }, listeners);
      const failure = result.explore.failure;
      if (!failure) return exitCodes.passed;
      const file = writeScenarioFile(failure.scenario, { outDir: options.outDir, api: options.run.api });
      console.error(`slotcheck explore: the shrunk sequence is ${file}; replay it with slotcheck simulate --scenario ${file} and the same flags.`);
      return exitCodes.failed;
    } catch (error) {
      if (error instanceof OracleError || error instanceof NoFreeTimeError) throw new CouldNotRunError(error.message);
      throw error;
    }
  },
};
