import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SpecName } from '../../specs/index.ts';
import { pactsDir } from '../pacts-dir.ts';
import { disagreements, type PactInteraction } from './spec-agreement.ts';

// Every interaction of every checked-in pact agrees with the OpenAPI spec of its API.
const pacts = readdirSync(pactsDir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(pactsDir, file), 'utf8')) as { provider: { name: SpecName }; interactions: PactInteraction[] });

describe.each(pacts.map((p) => [p.provider.name, p] as const))('the pact with %s agrees with its spec', (api, pact) => {
  it.each(pact.interactions.map((i) => [i.description, i] as const))('%s', (_description, interaction) => {
    expect(disagreements(api, interaction)).toEqual([]);
  });
});

describe('disagreements', () => {
  const booking: PactInteraction = {
    description: 'a booking',
    request: { method: 'DELETE', path: '/record/1001/5' },
    response: { status: 404, body: { content: { success: false, meta: { message: 'Record 5 not found.' } } } },
  };

  it('finds none in an interaction the spec allows', () => {
    expect(disagreements('altegio', booking)).toEqual([]);
  });

  it.each([
    ['an undocumented status', { ...booking, response: { status: 418 } }, 'status 418 is not documented for deleteRecord'],
    ['a path the spec lacks', { ...booking, request: { method: 'DELETE', path: '/bookings/5' } }, 'DELETE /bookings/5 is not an operation of the altegio spec'],
    ['a field the spec does not declare', { ...booking, response: { status: 404, body: { content: { success: false, meta: { msg: 'x' } } } } }, 'response body /meta/msg is not declared in the spec'],
    ['a field of the wrong type', { ...booking, response: { status: 404, body: { content: { success: 'no', meta: { message: 'x' } } } } }, 'response body /success'],
    ['a query parameter the spec lacks', { ...booking, request: { method: 'DELETE', path: '/record/1001/5', query: { force: ['1'] } } }, 'query parameter "force" is not in the spec'],
  ] as const)('reports %s', (_name, interaction, problem) => {
    expect(disagreements('altegio', interaction as PactInteraction).join('\n')).toContain(problem);
  });
});
