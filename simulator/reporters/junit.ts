import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeXml as escape } from '../../kit/xml.ts';
import type { Reporter } from '../reporter.ts';
import type { RunResult } from '../types.ts';

/**
 * JUnit XML that CI systems show per scenario (testsuite) and step (testcase); a failed
 * step's failure lists each failed check with what was expected and what was given.
 */
export function junitXml(result: RunResult): string {
  const suites = result.scenarios.map((s) => {
    const cases = s.steps.map((step) => {
      const head = `    <testcase classname="${escape(`${result.api}.${s.scenario}`)}" name="${escape(step.step)}" time="${(step.durationMs / 1000).toFixed(3)}"`;
      if (step.state === 'skipped') return `${head}>\n      <skipped message="${escape(step.reason ?? 'skipped')}"/>\n    </testcase>`;
      const failed = step.checks.filter((c) => c.state === 'failed');
      if (failed.length === 0) return `${head}/>`;
      const body = failed
        .map((c) => (c.state === 'failed' ? `${c.check}: ${c.message}\n  expected: ${JSON.stringify(c.expected)}\n  given: ${JSON.stringify(c.given)}` : ''))
        .join('\n');
      const first = failed[0]!;
      return `${head}>\n      <failure type="${escape(first.check)}" message="${escape(first.state === 'failed' ? first.message : '')}">${escape(body)}</failure>\n    </testcase>`;
    });
    const failures = s.steps.filter((st) => st.state === 'failed').length;
    const skipped = s.steps.filter((st) => st.state === 'skipped').length;
    return `  <testsuite name="${escape(`${result.api}.${s.scenario}`)}" tests="${s.steps.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${(s.durationMs / 1000).toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const tests = result.scenarios.reduce((n, s) => n + s.steps.length, 0);
  const failures = result.scenarios.reduce((n, s) => n + s.steps.filter((st) => st.state === 'failed').length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="slotcheck ${escape(result.api)}" tests="${tests}" failures="${failures}" time="${(result.durationMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

export function junitReporter(outDir: string): Reporter {
  const file = join(outDir, 'slotcheck-junit.xml');
  return {
    writes: file,
    onRunEnd(result) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(file, junitXml(result));
    },
  };
}
