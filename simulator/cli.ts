import { exitCodes, type Command } from '../kit/cli-kit.ts';
import { playLoad } from './load/index.ts';
import { apiNames, simulateDefaults, simulateOptions } from './options.ts';
import { simulateArgs } from './simulate.ts';
import { suites } from './suites/index.ts';

const suiteHelp = Object.values(suites)
  .map((s) => `  --api ${s.api}:\n${Object.entries(s.flags).map(([n, f]) => `    --${n.padEnd(16)} ${f.description} (default ${f.default})`).join('\n')}`)
  .join('\n');

const usage = `Usage: slotcheck simulate --api ${apiNames.join('|')} --target URL [options]

Plays scripted calls against an implementation and checks every step.
  --target URL        the implementation's base URL (e.g. http://127.0.0.1:4010/api/v1)
  --altegio URL       a slotcheck fake Altegio, the truth: every offer is checked against its free times, every
                      step's effect against its state before and after; default days follow its clock
  --admin-token T     the fake's admin token, when it was started with --admin-token
  --scenario NAME|FILE  a built-in scenario or a YAML/JSON scenario file; repeat for more (default: all built-ins)
  --concurrency N     how many calls race for one slot in race checks (default ${simulateDefaults.concurrency})
  --reporter LIST     console, junit, json, html, comma-separated, or none (default console)
  --out DIR           where junit/json/html reports go (default ${simulateDefaults.outDir})
  --seed N            seeds the choices (which slot, which service) so a run repeats exactly (default ${simulateDefaults.seed})
  --budget-ms N       the time an answer may take before the time-budget check fails (default ${simulateDefaults.budgetMs})
  --timeout-ms N      give up on an answer after this long (default ${simulateDefaults.timeoutMs})
  --header "N: v"     a header for every request (the target's own auth); repeatable
  --wait-for-target S wait up to S seconds for the target (and --altegio) to answer before starting
  --load RATE         load mode: RATE new callers a second (open loop), each playing one of the scenarios
                      in turn with its own seed; prints latency percentiles per action and the share of
                      failed checks (the --altegio oracle is off: overlapping callers' changes cannot be told apart)
  --duration D        how long callers keep arriving in load mode: 30s, 2m, 1500ms (default 30s)
${suiteHelp}

--api platform-webhook signs every request over its exact bytes (X-DialStack-Signature, with --secret);
its t is read from --altegio's clock when given (a platform booking in that fake checks t against it),
else from this machine's.

Exit: 0 every check passed, 1 a check failed, 2 could not run (bad flags, target or --altegio unreachable,
--altegio not a slotcheck fake, no free time left in the fake for a scenario).`;

export const simulateCommand: Command = {
  usage,
  async run(args) {
    if (simulateOptions(args).load) return playLoad(args);
    const result = await simulateArgs(args);
    return result.counts.failedScenarios === 0 ? exitCodes.passed : exitCodes.failed;
  },
};
