import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { loadSpec } from '../../specs/index.ts';
import { apiProfiles } from '../api-profiles.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { artilleryScript, exportCommand, jsonPath, schemaExpression } from './index.ts';
import { processorSource } from './processor-bundle.ts';

// The export as Artillery reads it: JSONPath captures, JMESPath schema expressions judged
// by the same jmespath library the expect plugin uses, scenarios left out with a reason,
// and one exported script run by Artillery against the fake for a second, its report read.

const require = createRequire(import.meta.url);
// What artillery-plugin-expect evaluates `jmespath` expectations with.
const jmespath = require(require.resolve('jmespath', { paths: [dirname(require.resolve('artillery/package.json'))] })) as { search(data: unknown, expression: string): unknown };
const artilleryBin = join(dirname(require.resolve('artillery/package.json')), 'bin', 'run');

const dir = mkdtempSync(join(tmpdir(), 'slotcheck-artillery-'));
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('JSONPath of a capture', () => {
  it('reads pointers as bracketed paths, names with quotes and slashes included', () => {
    expect(jsonPath('')).toBe('$');
    expect(jsonPath('/data/0/id')).toBe("$['data'][0]['id']");
    expect(jsonPath("/a~1b/it's/~0")).toBe("$['a/b']['it\\'s']['~']");
  });
});

describe('schema expressions', () => {
  const doc = loadSpec('voicebot');
  const slots = schemaExpression(doc, { $ref: apiProfiles.voicebot().responseSchema('getSlots', 200)! })!;
  const slot = { id: 'sl_1', start: '2026-03-03T10:00:00+01:00', end: '2026-03-03T10:30:00+01:00', duration: 30, agentId: 'ag_1', agentName: 'Anna' };
  const holds = (expression: string, body: unknown) => jmespath.search(body, expression) === true;

  it("holds a VoiceBot getSlots answer to its schema's types and required fields", () => {
    expect(holds(slots, [slot, { ...slot, id: 'sl_2' }])).toBe(true);
    expect(holds(slots, [])).toBe(true);
    expect(holds(slots, [slot, { ...slot, id: undefined }])).toBe(false);
    expect(holds(slots, [{ ...slot, duration: '30' }])).toBe(false);
    expect(holds(slots, { slots: [slot] })).toBe(false);
    expect(holds(slots, [null])).toBe(false);
  });

  it('reads nullable and alternative types, and odd property names', () => {
    const schema = {
      type: 'object',
      required: ['__proto__', 'with "quotes"', 'maybe', 'either'],
      properties: { maybe: { type: ['string', 'null'] }, either: { oneOf: [{ type: 'integer' }, { type: 'array', items: { type: 'string' } }] } },
    };
    const e = schemaExpression(doc, schema)!;
    const ok = JSON.parse('{"__proto__": 1, "with \\"quotes\\"": true, "maybe": null, "either": ["a"]}');
    expect(holds(e, ok)).toBe(true);
    expect(holds(e, { ...ok, maybe: 3 })).toBe(false);
    expect(holds(e, JSON.parse('{"with \\"quotes\\"": true, "maybe": null, "either": 2}'))).toBe(false);
    expect(holds(e, JSON.parse('{"__proto__": 1, "with \\"quotes\\"": true, "maybe": "x", "either": [2]}'))).toBe(false);
    expect(schemaExpression(doc, {})).toBeUndefined();
  });
});

describe('artilleryScript', () => {
  const plan = { target: 'http://127.0.0.1:4010/voicebot', profile: apiProfiles.voicebot(), headers: { authorization: 'Bearer t' }, vars: { sipId: 'phone' }, arrivalRate: 1, durationSeconds: 5, runIds: ['0000001', '0000002'] };
  const ask = (extra: object = {}) => ({ name: 'ask', operation: 'getEntityForSipId', request: { method: 'POST' as const, path: '', body: { action: 'getEntityForSipId', sipId: '{{sipId}}' } }, ...extra });

  it('carries captures, adds the undo request at the end, and leaves out what JSONPath cannot say, naming why', () => {
    const scenarios: Scenario[] = [
      { name: 'kept', description: '', steps: [ask({ capture: { e: '/entityId', pick: { pick: '', where: { id: '{{e}}', n: 2 } } }, undo: { method: 'POST', path: '/undo', body: { id: '{{answer.entityId}}' } } }), ask({ badInput: true })] },
      { name: 'by day', description: '', steps: [ask({ capture: { s: { daySlots: '/slots', timeZone: '{{zone}}', pick: true }, e: '/entityId' } })] },
      { name: 'other offset', description: '', steps: [ask({ capture: { z: { instant: '{{e}}', offset: 'Z' } } })] },
      { name: 'racing', description: '', steps: [ask({ race: { conflictStatus: 409 }, request: { method: 'POST', path: '', body: { key: 'k-{{copy}}' } } })] },
    ];
    const { script, leftOut, stepsLeftOut, needsProcessor } = artilleryScript(scenarios, plan);
    expect(leftOut).toEqual([{ scenario: 'other offset', reason: 'its capture "z" reads an instant in another offset, which the export cannot say' }]);
    expect(needsProcessor).toBe(true);
    expect(stepsLeftOut).toEqual([{ scenario: 'kept', step: 'ask', reason: 'bad-input variants are derived by the simulator' }]);
    const [kept, byDay, racing] = script.scenarios as unknown as { flow: Record<string, any>[] }[];
    // Slots grouped by day go to the processor, the rest stay Artillery captures.
    expect(byDay!.flow[0]!.post).toMatchObject({
      capture: [{ json: "$['entityId']", as: 'e' }],
      slotcheckCaptures: { s: { daySlots: '/slots', timeZone: '{{zone}}', pick: true } },
      afterResponse: 'slotcheckCaptures',
    });
    expect(kept!.flow).toHaveLength(2);
    expect(kept!.flow[0]!.post).toMatchObject({
      url: '/voicebot',
      headers: { authorization: 'Bearer t' },
      json: { sipId: '{{sipId}}' },
      capture: [{ json: "$['entityId']", as: 'e' }, { json: '$[?(@["id"]=="{{e}}" && @["n"]===2)]', as: 'pick' }, { json: '$', as: 'undo0', strict: false }],
      expect: [{ statusCode: 200 }, { contentType: 'json' }, { jmespath: expect.stringContaining('type("entityId") == \'string\'') }],
    });
    expect(kept!.flow[1]!.post).toMatchObject({ url: '/voicebot/undo', json: { id: '{{undo0.entityId}}' } });
    expect(kept!.flow[1]!.post.expect).toBeUndefined();
    expect(racing!.flow[0]!.post).toMatchObject({ json: { key: 'k-1' }, expect: [{ statusCode: [200, 409] }] });
    expect(script.config).toMatchObject({ target: 'http://127.0.0.1:4010', processor: './slotcheck-processor.cjs', phases: [{ duration: 5, arrivalRate: 1 }], variables: { sipId: ['phone'], runId: ['0000001', '0000002'] } });
  });
});

describe('the processor file', () => {
  it('captures slots grouped by day in the zone a var names, one of them with pick, and fails the caller when there are none', () => {
    const file = join(dir, 'processor.cjs');
    writeFileSync(file, processorSource());
    const { slotcheckCaptures } = require(file) as { slotcheckCaptures: (...args: unknown[]) => void };
    const run = (captures: object, body: unknown, vars: Record<string, unknown> = { zone: 'Asia/Kolkata' }) => {
      let failure: Error | undefined;
      slotcheckCaptures({ slotcheckCaptures: captures }, { body: JSON.stringify(body) }, { vars }, undefined, (error?: Error) => (failure = error));
      return { vars, failure };
    };
    const body = { data: { available_slots: [{ date: '2026-03-03', slots: ['9:00 AM', '1:30 PM'] }] } };
    const all = run({ slots: { daySlots: '/data/available_slots', timeZone: '{{zone}}' } }, body);
    expect(all.failure).toBeUndefined();
    expect(all.vars.slots).toEqual([
      { date: '2026-03-03', time: '9:00 AM', datetime: '2026-03-03T03:30:00.000Z' },
      { date: '2026-03-03', time: '1:30 PM', datetime: '2026-03-03T08:00:00.000Z' },
    ]);
    const one = run({ slot: { daySlots: '/data/available_slots', timeZone: 'Europe/Berlin', pick: true } }, body);
    expect(['2026-03-03T08:00:00.000Z', '2026-03-03T12:30:00.000Z']).toContain((one.vars.slot as { datetime: string }).datetime);
    expect(run({ slot: { daySlots: '/data/available_slots', timeZone: 'UTC', pick: true } }, { data: { available_slots: [] } }).failure?.message).toMatch(/nothing to capture as "slot"/);
    expect(run({ slots: { daySlots: '/nope', timeZone: 'UTC' } }, body).failure?.message).toMatch(/nothing to capture/);
    expect(run({ slots: { daySlots: '/data/available_slots', timeZone: '{{missing}}' } }, body, {}).failure?.message).toMatch(/cannot capture "slots"/);
  });
});

describe('slotcheck export artillery', () => {
  it('refuses what it cannot write', async () => {
    await expect(exportCommand.run(['gatling', '--api', 'voicebot'])).rejects.toThrow(/export writes artillery scripts/);
    await expect(exportCommand.run(['artillery', '--api', 'platform-webhook'])).rejects.toThrow(/signs every request/);
    await expect(exportCommand.run(['artillery', '--api', 'voicebot', '--rate', '0'])).rejects.toThrow(/--rate takes/);
  });

  it('writes a script and its processor that Artillery runs against slotcheck mock with every expectation met', async () => {
    // The unified suite: slots grouped by day captured by the processor, ids by JSONPath, book, reschedule and cancel.
    // Into a folder that does not exist yet: the export makes it.
    const out = join(dir, 'load', 'unified.yml');
    const report = join(dir, 'report.json');
    const code = await exportCommand.run(['artillery', '--api', 'unified', '--target', `${mock.url}/unified`, '--altegio', `${mock.url}/api/v1`, '--scenario', 'book-reschedule-cancel', '--rate', '2', '--duration', '1s', '--out', out]);
    expect(code).toBe(0);
    const script = parse(readFileSync(out, 'utf8')) as { config: object; scenarios: { name: string; flow: Record<string, { expect?: unknown }>[] }[] };
    expect(script).toMatchObject({ config: { plugins: { expect: {} }, processor: './slotcheck-processor.cjs' }, scenarios: [{ name: 'book-reschedule-cancel' }] });
    expect(readFileSync(join(dir, 'load', 'slotcheck-processor.cjs'), 'utf8')).toContain('slotcheckCaptures');
    const judged = script.scenarios[0]!.flow.filter((step) => Object.values(step)[0]!.expect !== undefined).length;
    const run = await new Promise<{ error: Error | null; stdout: string }>((resolve) =>
      execFile(process.execPath, [artilleryBin, 'run', '--quiet', '--output', report, out], { env: { ...process.env, ARTILLERY_DISABLE_TELEMETRY: 'true', NO_COLOR: '1' } }, (error, stdout) => resolve({ error, stdout })),
    );
    expect(run.error, run.stdout).toBeNull();
    const counters = (JSON.parse(readFileSync(report, 'utf8')) as { aggregate: { counters: Record<string, number> } }).aggregate.counters;
    expect(counters['vusers.created']).toBe(2);
    expect(counters['vusers.completed']).toBe(2);
    expect(counters['vusers.failed']).toBe(0);
    // Every judged call of both callers held to its status and schema, none failed.
    expect(judged).toBeGreaterThan(5);
    expect(counters['plugins.expect.ok.statusCode']).toBe(2 * judged);
    expect(counters['plugins.expect.ok.jmespath']).toBe(2 * judged);
    expect(counters['plugins.expect.failed']).toBeUndefined();
    // What the callers booked, they cancelled.
    expect([...mock.fake.db.tables.records.values()].filter((r) => !r.deleted && r.createdAt >= Date.parse('2026-03-02T07:00:00Z') && r.online)).toEqual([]);
  }, 60_000);
});
