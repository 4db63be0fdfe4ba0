import type { Reporter } from '../reporter.ts';
import type { CheckResult } from '../types.ts';

/** Progress as the run goes, then a summary a person reads in ten seconds. */
export function consoleReporter(out: { write(text: string): unknown } = process.stdout): Reporter {
  const line = (text = '') => out.write(`${text}\n`);
  return {
    onRunStart: ({ api, target, scenarios }) => line(`slotcheck simulate: ${plural(scenarios.length, 'scenario')} for the ${api} API against ${target}`),
    onScenarioResult(result) {
      const checks = result.steps.flatMap((s) => s.checks);
      const failed = checks.filter((c) => c.state === 'failed');
      line(`${result.state === 'passed' ? 'PASS' : 'FAIL'}  ${result.scenario}  (${result.steps.length} steps, ${checks.length} checks, ${Math.round(result.durationMs)} ms)`);
      for (const step of result.steps) {
        if (step.state === 'failed') {
          line(`      ✗ ${step.step}`);
          for (const c of step.checks.filter((c): c is Extract<CheckResult, { state: 'failed' }> => c.state === 'failed')) {
            line(`          ${c.check}: ${c.message}`);
            line(`            expected ${short(c.expected)}`);
            line(`            given    ${short(c.given)}`);
          }
        } else if (step.state === 'skipped' && failed.length > 0 && step.reason?.startsWith('an earlier')) {
          line(`      - ${step.step} (skipped)`);
        }
      }
    },
    onRunEnd(result) {
      const { scenarios, failedScenarios, checks, failedChecks } = result.counts;
      line();
      line(
        failedScenarios === 0
          ? `${scenarios === 1 ? 'The scenario' : `All ${scenarios} scenarios`} passed (${plural(checks, 'check')}, ${Math.round(result.durationMs)} ms, seed ${result.seed}).`
          : `${failedScenarios} of ${plural(scenarios, 'scenario')} failed: ${failedChecks} of ${plural(checks, 'check')} (seed ${result.seed}; run again with --seed ${result.seed} to repeat the same choices).`,
      );
      line(`${scenarios - failedScenarios} passed, ${failedScenarios} failed`);
    },
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? 'nothing' : text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
