import { met, ratio, type Figure } from './figures.ts';

// BENCHMARKS.md: every figure of one run beside its target, with the machine, the date and
// the command, and for each missed target by how much and why.

export interface Run {
  readonly date: string;
  readonly command: string;
  readonly machine: { readonly cpu: string; readonly cpus: number; readonly memoryGb: number; readonly node: string; readonly os: string };
  /** One-minute load average before and after: other work on the machine shows here. */
  readonly loadAverage: { readonly before: number; readonly after: number };
  readonly durationSeconds: number;
  readonly figures: readonly Figure[];
  readonly soak: boolean;
}

const number = (n: number) => (Number.isNaN(n) ? 'n/a' : n >= 100 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 100) / 100));
const cell = (f: Figure) => `${number(f.value)} ${f.unit}`;

export function benchmarksMarkdown(run: Run, why: Readonly<Record<string, string>>, notes: readonly string[]): string {
  const sections = [...new Set(run.figures.map((f) => f.section))];
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`${run.command}\` on ${run.date} (${run.durationSeconds} s in all). Written by`,
    '`scripts/bench.ts`, with the figures also in `BENCHMARKS.json`; run it again to measure your machine.',
    '',
    `Machine: ${run.machine.cpus} × ${run.machine.cpu}, ${run.machine.memoryGb} GB, ${run.machine.os}, Node.js ${run.machine.node}.`,
    `Load average (1 min) ${number(run.loadAverage.before)} before the run and ${number(run.loadAverage.after)} after it` +
      (Math.max(run.loadAverage.before, run.loadAverage.after) > run.machine.cpus * 0.5
        ? ': other work was running on the machine, so every figure here is lower (and every time longer) than on an idle one.'
        : '.'),
    '',
    'The load generator (autocannon, closed loop) runs on the same machine as the servers it loads, as',
    'in the issue that set the targets; compare rows of one run, not runs of different machines.',
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section}`, '', '| figure | measured | target | measured / target | |', '|---|---:|---:|---:|---|');
    for (const f of run.figures.filter((x) => x.section === section)) {
      const ok = met(f);
      const target = f.goal ? `${f.goal.op === '<' ? '<' : '≥'} ${number(f.goal.value)} ${f.unit} (${f.goal.issue})` : '';
      const r = ratio(f);
      lines.push(`| ${f.what}${f.how ? ` <br><sub>${f.how}</sub>` : ''} | ${cell(f)} | ${target} | ${r === undefined || Number.isNaN(r) ? '' : `${number(r)}×`} | ${ok === undefined ? '' : ok ? 'met' : '**missed**'} |`);
    }
    lines.push('');
  }
  const missed = run.figures.filter((f) => met(f) === false);
  lines.push('## Targets missed', '');
  if (missed.length === 0) lines.push('None.', '');
  for (const f of missed) {
    const r = ratio(f)!;
    const by = f.goal!.op === '<' ? `${number(r)}× the limit` : `${number(r * 100)}% of the goal`;
    lines.push(`- **${f.what}**: ${cell(f)} against ${f.goal!.op === '<' ? '<' : '≥'} ${number(f.goal!.value)} ${f.unit} (${by}). ${why[f.id] ?? ''}`.trimEnd());
  }
  lines.push('', '## Notes', '', ...notes.map((n) => `- ${n}`), '');
  lines.push(
    run.soak
      ? '- This run included the 10-minute soak (`npm run bench -- --soak`).'
      : '- The 10-minute soak (RSS flat over ten minutes of mixed load on 100,000 records) is opt-in: `npm run bench -- --soak` (adds ten minutes). This run did not include it.',
    '',
  );
  return lines.join('\n');
}
