import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// The processor file is the simulator's own capture code bundled into one CommonJS file, so
// it runs wherever Artillery runs the script (its distributed runners too) without
// slotcheck installed there. The published package ships it bundled at build time
// (scripts/build.mjs calls this function once); a clone bundles it with esbuild, a dev tool.

interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

/** Where the build leaves the bundled processor, beside this module. */
export const bundledProcessor = new URL('artillery-processor.cjs', import.meta.url);

/** The text of the processor file (`slotcheckCaptures`). */
export function processorSource(): string {
  if (existsSync(bundledProcessor)) return readFileSync(bundledProcessor, 'utf8');
  const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
  // A clone runs the TypeScript, the build bundles its compiled JavaScript.
  const entry = fileURLToPath(new URL(`artillery-processor${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));
  // Paths in the bundle's comments are relative to the package, not this machine's folders.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = esbuild.buildSync({ entryPoints: [entry], absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', target: 'node18', write: false, legalComments: 'none' });
  return `// Written by slotcheck export artillery: the captures JSONPath cannot say, as slotcheck's simulator does them.\n${result.outputFiles[0]!.text}`;
}
