import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiProfiles } from '../api-profiles.ts';
import { checkScenario, loadScenarioFile, ScenarioError } from './load-scenario.ts';

// A scenario file is written by hand: a mistake must be shown where it is, all of them at once.
const dir = mkdtempSync(join(tmpdir(), 'slotcheck-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const profile = apiProfiles.altegio();

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function failure(file: string): ScenarioError {
  try {
    loadScenarioFile(file, profile);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error(`${file} loaded`);
}

const good = `name: staff-check
description: The staff list answers.
steps:
  - name: list the staff
    operation: listStaff
    request: { method: GET, path: '/company/{{companyId}}/staff' }
`;

describe('loadScenarioFile', () => {
  it('loads a good file', () => {
    expect(loadScenarioFile(write('good.yaml', good), profile).steps[0]!.operation).toBe('listStaff');
  });

  it('shows every schema error at its line with the source line and a caret under the spot', () => {
    const file = write(
      'bad.yaml',
      [
        'name: Bad Name',
        'description: several mistakes',
        'colour: blue',
        'steps:',
        '  - name: list the staff',
        '    operation: listStaf',
        "    request: { method: GET, path: '/company/1/staff' }",
        '    status: lots',
        '    capture: { first: { pik: /data/0 }, second: nope }',
        '  - name: read one',
        '    operation: getStaffMember',
        '',
      ].join('\n'),
    );
    const error = failure(file);
    expect(error.message).toContain(`${file}: 8 problems`);
    expect(error.message).toContain(`${file}:8:13: steps.0.status must be integer or array\n  8 |     status: lots\n    |             ^`);
    expect(error.message).toContain(`${file}:3:1: (top level) has an unknown field "colour"\n  3 | colour: blue\n    | ^`);
    expect(error.problems.map((p) => [p.line, p.col, p.message])).toEqual([
      [1, 7, 'name must match pattern "^[a-z0-9][a-z0-9-]*$"'],
      [3, 1, '(top level) has an unknown field "colour"'],
      [6, 16, 'steps.0.operation "listStaf" is not an operation of the altegio spec'],
      [8, 13, 'steps.0.status must be integer or array'],
      // Of the capture's oneOf, only the branch the value came closest to speaks.
      [9, 23, 'steps.0.capture.first needs "pick"'],
      [9, 25, 'steps.0.capture.first has an unknown field "pik"'],
      [9, 49, 'steps.0.capture.second must match pattern "^(/.*)?$"'],
      [10, 5, 'steps.1 needs "request"'],
    ]);
  });

  it('shows every YAML syntax error at its line', () => {
    const error = failure(write('syntax.yaml', 'name: a\ndescription: b\nname: c\nsteps: [ { name: x\n'));
    expect(error.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'Map keys must be unique'],
      [5, 'Flow map in block collection must be sufficiently indented and end with a }'],
      [5, 'Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ]);
    expect(error.message).toContain(`${join(dir, 'syntax.yaml')}:3:1: Map keys must be unique\n  3 | name: c\n    | ^`);
  });

  it('places the caret right in a file with Windows line ends', () => {
    const error = failure(write('crlf.yaml', good.replace('listStaff', 'listStuff').replaceAll('\n', '\r\n')));
    expect(error.message).toContain(':5:16: steps.0.operation "listStuff" is not an operation of the altegio spec\n  5 |     operation: listStuff\n    |                ^');
  });

  it('reports a __proto__ or constructor key as an unknown field, not as the object’s prototype', () => {
    const error = failure(write('proto.yaml', `${good}__proto__: { polluted: true }\nconstructor: x\n`));
    expect(error.problems.map((p) => [p.line, p.message])).toEqual([
      [7, '(top level) has an unknown field "__proto__"'],
      [8, '(top level) has an unknown field "constructor"'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('points at the top of an empty file or one that is not a mapping', () => {
    expect(failure(write('empty.yaml', '')).problems).toEqual([expect.objectContaining({ line: 1, col: 1, message: '(top level) must be object' })]);
    expect(failure(write('list.yaml', '- a\n- b\n')).problems).toEqual([expect.objectContaining({ line: 1, col: 1, message: '(top level) must be object' })]);
  });
});

describe('loadScenarioFile on hostile files', () => {
  it('reports nesting too deep to read as a problem of its line, showing a window of a long line', () => {
    const error = failure(write('deep.yaml', `name: a\ndescription: d\nsteps: ${'['.repeat(3000)}${']'.repeat(3000)}\n`));
    // How deep yaml gets before the stack runs out varies, and so does the number of errors.
    expect(error.problems.length).toBeGreaterThan(0);
    expect(error.problems.every((p) => p.line === 3)).toBe(true);
    const shownLines = error.message.split('\n').filter((l) => l.startsWith('  3 | '));
    expect(shownLines.every((l) => l.length < 120 && /^ {2}3 \| …\[+…$/.test(l))).toBe(true);
    expect(error.message.split('\n').length).toBeLessThanOrEqual(2 + 3 * 20);
  });

  it('shows the first 20 of many problems and counts the rest', () => {
    const error = failure(write('many.yaml', `${good}${Array.from({ length: 25 }, (_, i) => `extra${i}: 1`).join('\n')}\n`));
    expect(error.problems).toHaveLength(25);
    expect(error.message).toContain('extra19');
    expect(error.message).not.toContain('extra20');
    expect(error.message.endsWith('… and 5 more')).toBe(true);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const levels = Array.from({ length: 10 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`);
    const error = failure(write('bomb.yaml', ['name: a', 'description: d', 'steps: []', 'a0: &a0 [x, x, x]', ...levels, ''].join('\n')));
    expect(error.problems).toEqual([expect.objectContaining({ line: 1, col: 1, message: expect.stringContaining('Excessive alias count') })]);
  });
});

describe('checkScenario', () => {
  it('lists every problem of a scenario built in code, by path', () => {
    expect(() => checkScenario({ name: 'x', steps: [{ name: 'a', operation: 'nope', request: { method: 'GET', path: '/' } }] }, profile, 'suite')).toThrow(
      'suite: (top level) needs "description"\nsuite: steps.0.operation "nope" is not an operation of the altegio spec',
    );
  });
});
