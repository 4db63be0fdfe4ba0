import { exitCodes, type Command } from '../kit/cli-kit.ts';
import { apiNames, simulateDefaults, simulateOptions } from './options.ts';
import { reporters } from './reporters/index.ts';
import { createOracle, NoFreeTimeError, OracleError } from './oracle/index.ts';
import { runScenarios } from './runner.ts';
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
  --reporter LIST     console, junit, json, html, comma-separated (default console)
  --out DIR           where junit/json/html reports go (default ${simulateDefaults.outDir})
  --seed N            seeds the choices (which slot, which service) so a run repeats exactly (default ${simulateDefaults.seed})
  --budget-ms N       the time an answer may take before the time-budget check fails (default ${simulateDefaults.budgetMs})
  --timeout-ms N      give up on an answer after this long (default ${simulateDefaults.timeoutMs})
  --header "N: v"     a header for every request (the target's own auth); repeatable
${suiteHelp}

--api platform-webhook signs every request over its exact bytes (X-DialStack-Signature, with --secret);
its t is read from --altegio's clock when given (a platform booking in that fake checks t against it),
else from this machine's.

Exit: 0 every check passed, 1 a check failed, 2 could not run (bad flags, target or --altegio unreachable,
--altegio not a slotcheck fake, no free time left in the fake for a scenario).`;

export const simulateCommand: Command = {
  summary: 'play scripted calls against an implementation and check every step',
  usage,
  async run(args) {
    let options = simulateOptions(args);
    // Default days follow the fake's clock, so a run against `slotcheck mock --now … --frozen` needs no date flags.
    if (options.run.altegio) {
      const oracle = createOracle({ fetch, altegio: options.run.altegio, ...(options.run.adminToken && { adminToken: options.run.adminToken }) });
      const now = await oracle.now().catch((error: Error) => error);
      if (now instanceof OracleError) {
        console.error(`slotcheck simulate: could not run: ${now.message}.`);
        return exitCodes.couldNotRun;
      }
      if (now instanceof Error) throw now;
      options = simulateOptions(args, now);
    }
    const reachable = await fetch(options.run.target, { signal: AbortSignal.timeout(10_000) }).then(
      () => undefined,
      (error: Error) => (error as { cause?: { code?: string } }).cause?.code ?? error.message,
    );
    if (reachable !== undefined) {
      console.error(`slotcheck simulate: could not run: the target ${options.run.target} is unreachable (${reachable}).`);
      return exitCodes.couldNotRun;
    }
    const listeners = options.reporters.map((name) => reporters[name](options.outDir));
    try {
      const result = await runScenarios(options.scenarios, { ...options.run, fetch }, listeners);
      return result.counts.failedScenarios === 0 ? exitCodes.passed : exitCodes.failed;
    } catch (error) {
      if (!(error instanceof OracleError || error instanceof NoFreeTimeError)) throw error;
      console.error(`slotcheck simulate: could not run: ${error.message}.`);
      return exitCodes.couldNotRun;
    }
  },
};
