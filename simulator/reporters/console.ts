import pc from 'picocolors';
import { colorEnabled } from '../../kit/cli-kit.ts';
import type { Reporter } from '../reporter.ts';
import type { ExploreResult } from '../explore/index.ts';
import type { CheckResult } from '../types.ts';

/**
 * Progress as the run goes, then a summary a person reads in ten seconds. Coloured on a
 * terminal; plain when piped, with NO_COLOR, or with --no-color.
 */
export function consoleReporter(out: { write(text: string): unknown; readonly isTTY?: boolean } = process.stdout): Reporter {
  // Explore's progress rewrites one line on a terminal, and is a line every 10 s in a log.
  let progressShown = false;
  let progressAt = -Infinity;
  const line = (text = '') => {
    if (progressShown) out.write('\n');
    progressShown = false;
    out.write(`${text}\n`);
  };
  const c = pc.createColors(colorEnabled({}, out));
  return {
    onRunStart: ({ api, target, scenarios, command }) =>
      line(command === 'explore' ? `slotcheck explore: random call sequences for the ${api} API against ${target}` : `slotcheck simulate: ${plural(scenarios.length, 'scenario')} for the ${api} API against ${target}`),
    onExploreProgress({ sequences, steps, stepsPerSecond }) {
      const text = c.dim(`  … ${plural(sequences, 'sequence')}, ${plural(steps, 'step')}, ${stepsPerSecond.toFixed(1)} steps/s`);
      if (out.isTTY) {
        out.write(`\r${text}`);
        progressShown = true;
      } else if (performance.now() - progressAt >= 10_000) {
        progressAt = performance.now();
        line(text);
      }
    },
    onScenarioResult(result) {
      const checks = result.steps.flatMap((s) => s.checks);
      const failed = checks.filter((c) => c.state === 'failed');
      line(`${result.state === 'passed' ? c.green('PASS') : c.red(c.bold('FAIL'))}  ${result.scenario}  (${result.steps.length} steps, ${checks.length} checks, ${Math.round(result.durationMs)} ms)`);
      for (const step of result.steps) {
        if (step.state === 'failed') {
          line(`      ${c.red('✗')} ${step.step}`);
          for (const check of step.checks.filter((k): k is Extract<CheckResult, { state: 'failed' }> => k.state === 'failed')) {
            line(`          ${check.check}: ${check.message}`);
            line(`            expected ${short(check.expected)}`);
            line(`            given    ${short(check.given)}`);
          }
        } else if (step.state === 'skipped' && failed.length > 0 && step.reason?.startsWith('an earlier')) {
          line(c.dim(`      - ${step.step} (skipped)`));
        }
      }
    },
    onRunEnd(result) {
      const { scenarios, failedScenarios, checks, failedChecks } = result.counts;
      line();
      if ('explore' in result) {
        line(exploreSummary(result as ExploreResult));
        return;
      }
      line(
        failedScenarios === 0
          ? `${scenarios === 1 ? 'The scenario' : `All ${scenarios} scenarios`} passed (${plural(checks, 'check')}, ${Math.round(result.durationMs)} ms, seed ${result.seed}).`
          : `${failedScenarios} of ${plural(scenarios, 'scenario')} failed: ${failedChecks} of ${plural(checks, 'check')} (seed ${result.seed}; run again with --seed ${result.seed} to repeat the same choices).`,
      );
      line(`${scenarios - failedScenarios} passed, ${failedScenarios} failed`);
    },
  };
}

function exploreSummary({ explore, seed }: ExploreResult): string {
  const done = `Explored ${plural(explore.sequences, 'sequence')} (${plural(explore.steps, 'step')}, ${explore.stepsPerSecond.toFixed(1)} steps/s, seed ${seed})`;
  const f = explore.failure;
  if (!f) return `${done}: no sequence failed.`;
  return `${done}: a sequence failed ${f.named}; shrunk from ${f.shrunkFrom} to ${plural(f.scenario.steps.length, 'step')} (above)${f.replayed ? '' : ', but a replay of it did not fail the same way: the target may keep state the explorer cannot reset'}.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? 'nothing' : text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
