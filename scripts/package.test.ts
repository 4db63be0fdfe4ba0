import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSlotcheck, serveSlotcheck } from './slotcheck-process.ts';

// slotcheck as its users get it: `npm pack`, installed into an empty project from the
// tarball and the local npm cache (no network), its commands run from there with only
// the package's dependencies: nothing test-only may be on their way.

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'slotcheck-installed-'));
let bin: string;

beforeAll(() => {
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, stdio: 'pipe', timeout: 120_000 }).toString();
  npm(['pack', '--silent', '--pack-destination', dir], root);
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  const app = join(dir, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'an-integrators-project', private: true }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app);
  bin = realpathSync(join(app, 'node_modules', '.bin', 'slotcheck'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the installed package', () => {
  it('ships no tests and no test helpers', () => {
    const files = execFileSync('tar', ['tzf', join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!)]).toString().split('\n');
    expect(files.filter((f) => /\/testing\/|\/fuzz\/|\/consumer\//.test(f))).toEqual([]);
    // Compiled JavaScript and declarations only: no TypeScript to compile at run time.
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        'package/LICENSE',
        'package/README.md',
        'package/dist/index.js',
        'package/dist/index.d.ts',
        'package/dist/specs/altegio.openapi.yaml',
        'package/dist/specs/generated/voicebot.d.ts',
        'package/dist/mock-server/dashboard/page/dashboard.html',
      ]),
    );
  });

  it('answers --help and --version', async () => {
    expect((await runSlotcheck(['--help'], process.env, bin)).stdout).toMatch(/^Usage: slotcheck <command>/);
    expect((await runSlotcheck(['--version'], process.env, bin)).code).toBe(0);
  });

  it('serves the fake, simulates against it with every reporter, and verifies a pact', async () => {
    const mock = serveSlotcheck(['mock', '--port', '0', '--now', '2026-03-02T08:00:00+01:00', '--frozen'], process.env, bin);
    try {
      const url = await mock.url;
      const out = join(dir, 'reports');
      const simulated = await runSlotcheck(['simulate', '--api', 'unified', '--target', `${url}/unified`, '--altegio', `${url}/api/v1`, '--reporter', 'console,junit,json,html', '--out', out], process.env, bin);
      expect(simulated.stdout).toContain('All 6 scenarios passed');
      expect(readdirSync(out).sort()).toEqual(['slotcheck-junit.xml', 'slotcheck-report.html', 'slotcheck-report.json']);
      const verified = await runSlotcheck(['pact', 'verify', '--api', 'unified', '--target', `${url}/unified`, '--states-url', url], process.env, bin);
      expect(verified.code).toBe(0);
    } finally {
      mock.child.kill();
      await mock.exit;
    }
  }, 60_000);

  it('gives a typed programmatic API: startMock, simulate, and the types of each API', () => {
    const app = join(dir, 'app');
    writeFileSync(
      join(app, 'api-check.mts'),
      `import { simulate, startMock, type RunResult } from 'slotcheck';
import type { components } from 'slotcheck/types/voicebot';
type SlotsAnswer = components['schemas'];
const mock = await startMock({ now: '2026-03-02T08:00:00+01:00', frozen: true });
try {
  const result: RunResult = await simulate({ api: 'voicebot', target: mock.apis.voicebot, altegio: mock.apis.altegio });
  const clock = await mock.admin.GET('/clock');
  const schemas: keyof SlotsAnswer | undefined = undefined;
  console.log(JSON.stringify({ failed: result.counts.failedScenarios, scenarios: result.counts.scenarios, clock: clock.response.status, schemas }));
} finally {
  await mock.close();
}
`,
    );
    // Type-checked against the package's declarations (skipLibCheck off), then run as the JavaScript tsc writes.
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, skipLibCheck: false, types: [] }, files: ['api-check.mts'] }));
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { cwd: app, stdio: 'pipe' });
    const out = JSON.parse(execFileSync(process.execPath, [join(app, 'api-check.mjs')], { cwd: app }).toString()) as { failed: number; scenarios: number; clock: number };
    expect(out).toMatchObject({ failed: 0, clock: 200 });
    expect(out.scenarios).toBeGreaterThan(5);
  }, 60_000);
});
