import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitCodes } from '../../kit/cli-kit.ts';
import { prepare } from '../simulate.ts';
import { runLoad } from './load-run.ts';
import { loadSummary, progressLine } from './report.ts';

/**
 * `slotcheck simulate --load RATE --duration D`: progress on stderr, the summary on stdout,
 * `slotcheck-load.json` with `--reporter json`; exit 1 when a check failed or a caller never finished.
 */
export async function playLoad(args: readonly string[]): Promise<number> {
  const { options } = await prepare(args);
  const plan = options.load!;
  console.error(`slotcheck simulate: ${plan.rate} callers/s against ${options.run.target} for ${plan.durationMs / 1000}s …`);
  const result = await runLoad(options.scenarios, { ...options.run, fetch }, { plan, onProgress: (p) => console.error(progressLine(p)), progressEveryMs: 2000 });
  console.log(loadSummary(result));
  if (options.reporters.includes('json')) {
    mkdirSync(options.outDir, { recursive: true });
    const path = join(options.outDir, 'slotcheck-load.json');
    writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`Report: ${path}`);
  }
  return result.checks.failed === 0 && result.callers.unfinished === 0 ? exitCodes.passed : exitCodes.failed;
}
