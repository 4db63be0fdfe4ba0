import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// The processor file is the simulator's own capture code bundled into one CommonJS file, so
// it runs wherever Artillery runs the script (its distributed runners too) without
// slotcheck installed there. esbuild comes with tsx, a dependency of slotcheck.

interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

/** The text of the processor file (`slotcheckCaptures`). */
export function processorSource(): string {
  const require = createRequire(import.meta.url);
  const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild') as Esbuild;
  // A clone runs the TypeScript, the installed package its compiled JavaScript.
  const entry = fileURLToPath(new URL(`artillery-processor${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));
  // Paths in the bundle's comments are relative to the package, not this machine's folders.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const result = esbuild.buildSync({ entryPoints: [entry], absWorkingDir: root, bundle: true, platform: 'node', format: 'cjs', target: 'node18', write: false, legalComments: 'none' });
  return `// Written by slotcheck export artillery: the captures JSONPath cannot say, as slotcheck's simulator does them.\n${result.outputFiles[0]!.text}`;
}
