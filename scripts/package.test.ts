import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackage, type InstalledPackage } from './installed-package.ts';
import { runSlotcheck, serveSlotcheck } from './slotcheck-process.ts';

// slotcheck as its users get it: `npm pack`, installed into an empty project from the
// tarball and the local npm cache (no network), its commands run from there with only
// the package's dependencies: nothing test-only may be on their way.

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'slotcheck-installed-'));
let installed: InstalledPackage;
let bin: string;

beforeAll(() => {
  installed = installPackage(dir);
  bin = installed.bin;
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the installed package', () => {
  it('ships no tests and no test helpers', () => {
    const files = execFileSync('tar', ['tzf', installed.tarball]).toString().split('\n');
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

  it('loads for `mock` only what it needs: no Pact, Prism, Playwright or YAML parser', async () => {
    // An ESM resolve hook writes every module the command imports to a file.
    const trace = join(dir, 'mock-modules.txt');
    writeFileSync(join(dir, 'trace-hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(process.env.SLOTCHECK_TRACE, r.url + '\\n'); return r; }\n");
    writeFileSync(join(dir, 'trace.mjs'), "import { register } from 'node:module';\nregister('./trace-hooks.mjs', import.meta.url);\n");
    const run = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--import', join(dir, 'trace.mjs'), bin, 'mock', '--port', '0', '--', process.execPath, '-e', ''], { env: { ...process.env, SLOTCHECK_TRACE: trace }, stdio: 'ignore' });
      child.once('exit', resolve);
    });
    expect(run).toBe(0);
    const modules = readFileSync(trace, 'utf8');
    expect(modules).toContain('/dist/mock-server/');
    expect(modules).toContain('/node_modules/express/');
    expect(modules.split('\n').filter((m) => /@pact-foundation|@stoplight|playwright|\/node_modules\/yaml\//.test(m))).toEqual([]);
  });

  it('serves the fake, simulates every API against it with every reporter, verifies a pact and wraps Prism', async () => {
    const mock = serveSlotcheck(['mock', '--port', '0', '--now', '2026-03-02T08:00:00+01:00', '--frozen'], process.env, bin);
    try {
      const url = await mock.url;
      const mounts = { voicebot: '/voicebot', unified: '/unified', partner: '/partner', altegio: '/api/v1', 'platform-webhook': '/platform-webhook' };
      for (const [api, mount] of Object.entries(mounts)) {
        const out = join(dir, 'reports', api);
        const simulated = await runSlotcheck(['simulate', '--api', api, '--target', `${url}${mount}`, '--altegio', `${url}/api/v1`, '--reporter', 'console,junit,json,html', '--out', out], process.env, bin);
        expect({ api, code: simulated.code, passed: /All \d+ scenarios passed/.test(simulated.stdout) }).toEqual({ api, code: 0, passed: true });
        expect(readdirSync(out).sort()).toEqual(['slotcheck-junit.xml', 'slotcheck-report.html', 'slotcheck-report.json']);
        expect(simulated.stdout).toContain(`Reports: ${join(out, 'slotcheck-junit.xml')}`);
      }
      // Load mode and the Artillery export, whose processor the package ships bundled.
      // --altegio only sets the days from the fake's pinned clock here: load mode keeps no oracle.
      const loaded = await runSlotcheck(['simulate', '--api', 'unified', '--target', `${url}/unified`, '--altegio', `${url}/api/v1`, '--load', '2', '--duration', '2s'], process.env, bin);
      expect({ code: loaded.code, out: loaded.stdout.slice(-400) }).toMatchObject({ code: 0 });
      const script = join(dir, 'artillery', 'unified.yml');
      const exported = await runSlotcheck(['export', 'artillery', '--api', 'unified', '--target', `${url}/unified`, '--altegio', `${url}/api/v1`, '--out', script], process.env, bin);
      expect(exported.code).toBe(0);
      expect(readFileSync(join(dir, 'artillery', 'slotcheck-processor.cjs'), 'utf8')).toContain('slotcheckCaptures');
      const verified = await runSlotcheck(['pact', 'verify', '--api', 'unified', '--target', `${url}/unified`, '--states-url', url], process.env, bin);
      expect(verified.code).toBe(0);
      // Prism wrapped around a command that calls through it: the command's code comes back, 3 here.
      const call = (path: string) => `fetch(process.env.SLOTCHECK_URL + ${JSON.stringify(path)}, { headers: { authorization: 'Bearer x' } }).then((r) => process.exit(r.status < 500 ? 3 : 1), () => process.exit(1))`;
      const mocked = await runSlotcheck(['prism', 'mock', '--api', 'altegio', '--port', '0', '--', process.execPath, '-e', call('/company/1001')], process.env, bin);
      expect(mocked.code).toBe(3);
      const proxied = await runSlotcheck(['prism', 'proxy', '--api', 'altegio', '--target', `${url}/api/v1`, '--port', '0', '--', process.execPath, '-e', call('/company/1001')], process.env, bin);
      expect(proxied.code).toBe(3);
    } finally {
      mock.child.kill();
      await mock.exit;
    }
  }, 120_000);

  it('gives a typed programmatic API: startMock, simulate, and the types of each API', () => {
    const { app } = installed;
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
    // An integrator's Node.js project has Node's types; ours stand in for theirs.
    const compilerOptions = { module: 'nodenext', target: 'es2022', strict: true, skipLibCheck: false, types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['api-check.mts'] }));
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { cwd: app, stdio: 'pipe' });
    const out = JSON.parse(execFileSync(process.execPath, [join(app, 'api-check.mjs')], { cwd: app }).toString()) as { failed: number; scenarios: number; clock: number };
    expect(out).toMatchObject({ failed: 0, clock: 200 });
    expect(out.scenarios).toBeGreaterThan(5);
  }, 60_000);
});
