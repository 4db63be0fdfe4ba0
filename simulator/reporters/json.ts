import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter } from '../reporter.ts';

/** The whole result, every exchange included, as `slotcheck-report.json`. */
export function jsonReporter(outDir: string): Reporter {
  return {
    onRunEnd(result) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'slotcheck-report.json'), `${JSON.stringify(result, null, 2)}\n`);
    },
  };
}
