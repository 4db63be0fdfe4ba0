import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from '../reporter.ts';
import type { ExploreResult } from '../explore/index.ts';
import type { CheckResult, Exchange, RunResult, StepResult } from '../types.ts';

// One self-contained page (no scripts, no external files): each scripted call as the
// sequence of requests and answers it was, failed scenarios opened, and for every failed
// check what was expected beside what came.

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const json = (value: unknown) => esc(value === undefined ? '(nothing)' : typeof value === 'string' ? value : JSON.stringify(value, null, 2));

function exchangeHtml(e: Exchange): string {
  const { method, url, body } = e.request;
  const answer = e.response
    ? `<div class="answer s${String(e.response.status)[0]}">← ${e.response.status} <span class="ms">${Math.round(e.durationMs)} ms</span></div>${e.response.body === undefined ? '' : `<pre>${json(e.response.body)}</pre>`}`
    : `<div class="answer s5">← no answer: ${esc(e.error ?? '')}</div>`;
  return `<div class="exchange"><div class="request">→ ${esc(method)} ${esc(url)}</div>${body === undefined ? '' : `<pre>${json(body)}</pre>`}${answer}</div>`;
}

function checkHtml(c: CheckResult): string {
  if (c.state === 'failed') {
    return `<li class="failed"><b>${esc(c.check)}</b> ${esc(c.message)}<div class="diff"><div><h5>expected</h5><pre>${json(c.expected)}</pre></div><div><h5>given</h5><pre>${json(c.given)}</pre></div></div></li>`;
  }
  return c.state === 'passed' ? `<li class="passed">${esc(c.check)} <span>${esc(c.message)}</span></li>` : `<li class="skipped">${esc(c.check)} <span>${esc(c.reason)}</span></li>`;
}

function stepHtml(step: StepResult): string {
  const exchanges = step.exchanges.length > 4 ? [...step.exchanges.slice(0, 3), ...step.exchanges.slice(-1)] : step.exchanges;
  const more = step.exchanges.length - exchanges.length;
  // Only a failed step opens by itself: the page leads the eye to what broke.
  return `<details class="step ${step.state}"${step.state === 'failed' ? ' open' : ''}><summary><span class="badge">${step.state}</span> ${esc(step.step)}</summary>${step.reason ? `<p class="reason">${esc(step.reason)}</p>` : ''}${exchanges.map(exchangeHtml).join('')}${more > 0 ? `<p class="reason">… and ${more} more requests of this step</p>` : ''}<ul class="checks">${step.checks.map(checkHtml).join('')}</ul></details>`;
}

/** What an exploration did, and its shrunk sequence as the calls it makes, in order. */
function exploreHtml({ explore, seed }: ExploreResult): string {
  const done = `Explored ${explore.sequences} sequences (${explore.steps} steps, ${explore.stepsPerSecond.toFixed(1)} steps/s, seed ${seed})`;
  const f = explore.failure;
  if (!f) return `<p class="summary passed">${done}: no sequence failed.</p>`;
  const calls = f.scenario.steps.map((step) => `<li>${esc(step.name)} <small>(${esc(step.operation)})</small></li>`).join('');
  return `<p class="summary failed">${done}: a sequence failed <b>${esc(f.named)}</b>, shrunk from ${f.shrunkFrom} to ${f.scenario.steps.length} steps${f.replayed ? '' : ' (a replay did not fail the same way)'}:</p><ol class="calls">${calls}</ol>`;
}

export function htmlReport(result: RunResult): string {
  const { scenarios, failedScenarios, checks, failedChecks } = result.counts;
  const body = result.scenarios
    .map(
      (s) =>
        `<details class="scenario ${s.state}"${s.state === 'failed' ? ' open' : ''}><summary><span class="badge">${s.state}</span> ${esc(s.scenario)} <small>${esc(s.description)}</small></summary>${s.steps.map(stepHtml).join('')}</details>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>slotcheck: ${esc(result.api)} against ${esc(result.target)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d2329}
h1{font-size:1.4rem}.summary{padding:.75rem 1rem;border-radius:6px;background:#eef6ee}.summary.failed{background:#fbeaea}
details{border:1px solid #d7dce1;border-radius:6px;margin:.75rem 0;padding:.25rem .75rem}summary{cursor:pointer;font-weight:600;padding:.4rem 0}
summary small{font-weight:400;color:#5b6670;margin-left:.5rem}.badge{display:inline-block;min-width:4.5em;text-align:center;border-radius:4px;font-size:.75rem;padding:0 .3em;text-transform:uppercase}
.passed>summary>.badge{background:#d6efd6}.failed>summary>.badge{background:#f6caca}.skipped>summary>.badge{background:#e6e6e6}
details.step{border:0;border-top:1px solid #eceff2;border-radius:0;margin:0;padding:.2rem 0}details.step>summary{font-size:.95rem}
.exchange{margin:.4rem 0 .4rem 1rem}.request,.answer{font-family:ui-monospace,monospace}.answer.s2{color:#1f6f2b}.answer.s4{color:#9a5b00}.answer.s5{color:#a11}
.ms{color:#7a848d}pre{background:#f6f8fa;padding:.5rem;border-radius:4px;overflow:auto;max-height:18rem;margin:.2rem 0}
.checks{list-style:none;padding-left:1rem}.checks li.passed,.checks li.skipped{color:#5b6670}.checks li.failed{color:#a11}
.diff{display:grid;grid-template-columns:1fr 1fr;gap:.5rem}.diff h5{margin:.2rem 0;color:#1d2329}.reason{color:#5b6670;margin-left:1rem}
</style></head><body>
<h1>slotcheck ${'explore' in result ? 'explore' : 'simulate'}: ${esc(result.api)} against ${esc(result.target)}</h1>
${'explore' in result ? exploreHtml(result as ExploreResult) : ''}<p class="summary ${failedScenarios === 0 ? 'passed' : 'failed'}">${failedScenarios === 0 ? `All ${scenarios} scenarios passed` : `${failedScenarios} of ${scenarios} scenarios failed`}: ${checks - failedChecks} of ${checks} checks passed, seed ${result.seed}, ${Math.round(result.durationMs)} ms.</p>
${body}
</body></html>
`;
}

export function htmlReporter(outDir: string): Reporter {
  const file = join(outDir, 'slotcheck-report.html');
  return {
    writes: file,
    onRunEnd(result) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(file, htmlReport(result));
    },
  };
}
