import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { escapeXml } from '../../kit/xml.ts';
import type { PactApi, VerifyOutcome } from './verify-pacts.ts';

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * JUnit XML of a provider verification, for CI systems: one testsuite for the pact, one
 * testcase per interaction; a failed one carries each mismatch with what was expected and given.
 */
export function pactJunitXml(api: PactApi, outcome: VerifyOutcome): string {
  const suite = `pact.${api}`;
  const cases = outcome.interactions.map((i) => {
    const head = `    <testcase classname="${escapeXml(suite)}" name="${escapeXml(i.description)}" time="${seconds(i.durationMs)}"`;
    if (i.state === 'passed') return `${head}/>`;
    const body = i.mismatches
      .map((m) => [m.message, ...('expected' in m ? [`  expected: ${JSON.stringify(m.expected)}`, `  given: ${JSON.stringify(m.given)}`] : [])].join('\n'))
      .join('\n');
    return `${head}>\n      <failure type="mismatch" message="${escapeXml(i.mismatches[0]?.message ?? 'failed')}">${escapeXml(body)}</failure>\n    </testcase>`;
  });
  const failures = outcome.interactions.filter((i) => i.state === 'failed').length;
  // A verification that failed without naming an interaction (Pact could not run it) is one error.
  const errors =
    !outcome.passed && failures === 0
      ? [`    <testcase classname="${escapeXml(suite)}" name="the verification" time="0.000">\n      <error message="${escapeXml(outcome.reason.split('\n')[0]!)}">${escapeXml(outcome.reason)}</error>\n    </testcase>`]
      : [];
  const time = seconds(outcome.interactions.reduce((t, i) => t + i.durationMs, 0));
  const attributes = `tests="${outcome.interactions.length + errors.length}" failures="${failures}" errors="${errors.length}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="slotcheck pact verify ${escapeXml(api)}" ${attributes} time="${time}">`,
    `  <testsuite name="${escapeXml(`${suite} (${basename(outcome.pact)})`)}" ${attributes} skipped="0" time="${time}">`,
    ...cases,
    ...errors,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** Writes the JUnit report, making its folder. */
export function writePactJunit(file: string, api: PactApi, outcome: VerifyOutcome): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pactJunitXml(api, outcome));
}
