import type { LoadProgress, LoadResult } from './load-run.ts';

// What a load run prints: a line now and then while it runs, and a table at the end.

const ms = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const pct = (share: number) => `${(share * 100).toFixed(share > 0 && share < 0.001 ? 3 : 1)}%`;

export const progressLine = (p: LoadProgress) =>
  `  ${(p.elapsedMs / 1000).toFixed(0).padStart(4)}s  started ${p.started}  finished ${p.finished}  in flight ${p.inFlight}  failed checks ${p.failedChecks}/${p.checks}`;

/** The summary: callers, failed checks, and latency per action (ms). */
export function loadSummary(result: LoadResult): string {
  const { callers, checks, plan } = result;
  const requests = result.actions.reduce((n, a) => n + a.count, 0);
  const rows = [['action', 'requests', 'errors', 'p50', 'p90', 'p99', 'max'], ...result.actions.map((a) => [a.action, String(a.count), String(a.errors), ms(a.p50), ms(a.p90), ms(a.p99), ms(a.max)])];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  const table = rows.map((r) => `  ${r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ')}`);
  return [
    `load: ${plan.rate} callers/s for ${plan.durationMs / 1000}s (open loop), ${(result.durationMs / 1000).toFixed(1)}s in all, ` +
      `${requests} requests (${Math.round(requests / (result.durationMs / 1000))} a second)`,
    `  callers: ${callers.started} started, ${callers.finished} finished, ${callers.failed} with a failed check` +
      (callers.dropped ? `, ${callers.dropped} not started (${plan.maxInFlight} still running)` : '') +
      (callers.unfinished ? `, ${callers.unfinished} still running when the run stopped` : ''),
    `  failed checks: ${checks.failed} of ${checks.total} (${pct(checks.failedShare)})` +
      (result.failures.length ? `: ${result.failures.slice(0, 5).map((f) => `${f.check} ×${f.count}`).join(', ')}` : ''),
    '  latency per action (ms):',
    ...table,
  ].join('\n');
}
