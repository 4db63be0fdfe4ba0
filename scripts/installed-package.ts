import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// slotcheck as its users get it: `npm pack` (which compiles dist/), then the tarball
// installed into an empty project from the local npm cache, offline, with only the
// package's dependencies. The package test and the start-up benchmark both use it.

const root = fileURLToPath(new URL('..', import.meta.url));

export interface InstalledPackage {
  readonly tarball: string;
  /** The integrator's project the package is installed in. */
  readonly app: string;
  /** Its `node_modules/.bin/slotcheck`, resolved to the file node runs. */
  readonly bin: string;
}

/** Packs this checkout into `dir` and installs it there into a new project. */
export function installPackage(dir: string): InstalledPackage {
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, stdio: 'pipe', timeout: 180_000 }).toString();
  npm(['pack', '--silent', '--pack-destination', dir], root);
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'an-integrators-project', private: true }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app);
  return { tarball, app, bin: realpathSync(join(app, 'node_modules', '.bin', 'slotcheck')) };
}
