// `npm pack` runs this (prepack): compiles the run-time sources to dist/ and copies what
// they read at run time (specs, schemas, the dashboard page, pacts) beside them, so the
// published package runs plain JavaScript. A clone runs the TypeScript through tsx instead.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
const folders = ['specs', 'kit', 'mock-server', 'simulator', 'contracts'];
// Test-only files and folders stay out, as in tsconfig.build.json.
const testOnly = /(\.test\.ts$|\/testing\/|^mock-server\/fuzz\/|^contracts\/consumer\/)/;

rmSync(dist, { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
} catch {
  // No half-built dist/ left behind to be packed.
  rmSync(dist, { recursive: true, force: true });
  process.exit(1);
}

function copyAssets(folder) {
  for (const name of readdirSync(join(root, folder))) {
    const path = join(folder, name);
    if (testOnly.test(`${path}${statSync(join(root, path)).isDirectory() ? '/' : ''}`)) continue;
    if (statSync(join(root, path)).isDirectory()) copyAssets(path);
    else if (!name.endsWith('.ts')) cpSync(join(root, path), join(dist, path));
    // Its JSON twin, which kit/yaml-file.ts reads instead at run time.
    if (name.endsWith('.yaml')) writeFileSync(join(dist, path.replace(/\.yaml$/, '.json')), JSON.stringify(parse(readFileSync(join(root, path), 'utf8'))));
  }
}
for (const folder of folders) copyAssets(folder);
// The Artillery processor, bundled now: the installed package has no bundler.
const { bundledProcessor, processorSource } = await import(new URL('simulator/export/processor-bundle.js', `file://${dist}/`).href);
writeFileSync(bundledProcessor, processorSource());
console.log(`built ${relative(process.cwd(), dist) || '.'}`);
