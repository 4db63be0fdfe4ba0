import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from '../reporter.ts';

/** The whole result, every exchange included, as `slotcheck-report.json`. */
export function jsonReporter(outDir: string): Reporter {
  const file = join(outDir, 'slotcheck-report.json');
  return {
    writes: file,
    onRunEnd(result) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    },
  };
}
