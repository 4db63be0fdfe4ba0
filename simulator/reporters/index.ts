import type { Reporter } from '../reporter.ts';
import { consoleReporter } from './console.ts';
import { htmlReporter } from './html.ts';
import { jsonReporter } from './json.ts';
import { junitReporter } from './junit.ts';

/** Built-in reporters by the name `--reporter` takes. */
export const reporters = {
  console: () => consoleReporter(),
  junit: (outDir: string) => junitReporter(outDir),
  json: (outDir: string) => jsonReporter(outDir),
  html: (outDir: string) => htmlReporter(outDir),
} as const satisfies Record<string, (outDir: string) => Reporter>;

export type ReporterName = keyof typeof reporters;
export const reporterNames = Object.keys(reporters) as ReporterName[];

export { consoleReporter, htmlReporter, jsonReporter, junitReporter };
export { htmlReport } from './html.ts';
export { junitXml } from './junit.ts';
