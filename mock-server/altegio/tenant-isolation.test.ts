import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../specs/index.ts';
import { useTestServer } from '../testing/test-server.ts';
import { demo } from './demo-data.ts';

// No spelling of a location id reaches another tenant. Every operation the spec guards
// with a user token and a location id is sent by each location's user with the other
// location's id spelled every way a careless or hostile client might, the other path
// ids naming the other location's rows and the body the spec's own example: never a
// success, never a 5xx, never a row of the other location in the answer, and no change.

const server = useTestServer();
const { call } = server;

const spellings = (id: number) => [`${id}.0`, `${id}.00`, `${id}%2E0`, `${id}%2e0`, `0${id}`, `00${id}`, `+${id}`, `${id}e0`, `${id}%20`, `%20${id}`, `0x${id.toString(16)}`, `-${id}`, `${id}%00`, `${id}n`, '99999999999999999999999', `${id}.000000000000000001`, '%ZZ', `${id}%`];

type Json = Record<string, any>;
const doc = loadSpec('altegio') as Json;
const guarded = Object.entries(doc.paths as Json).flatMap(([template, item]) =>
  Object.entries(item as Json)
    .filter(([method, op]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method) && template.includes('{company_id}') && JSON.stringify(op.security ?? doc.security).includes('partnerAndUser'))
    .map(([method, op]) => ({ template, method: method.toUpperCase(), op: op as Json })),
);

/** The first named example of the operation's request body, when it has one. */
function exampleBody(op: Json): unknown {
  const content = op.requestBody?.content?.['application/json'];
  const first = Object.values((content?.examples ?? {}) as Json)[0] as Json | undefined;
  const ref = first?.$ref as string | undefined;
  return ref ? (doc.components.examples[ref.split('/').pop()!] as Json).value : first?.value;
}

const tenants = [
  { user: 'berlin', own: demo.berlinId, other: demo.brooklynId },
  { user: 'brooklyn', own: demo.brooklynId, other: demo.berlinId },
] as const;

describe('tenant isolation', () => {
  it('covers every guarded operation', () => {
    expect(guarded.length).toBeGreaterThanOrEqual(10);
  });

  it.each(tenants)('the $user user reaches nothing of location $other by any spelling of its id', async ({ user, other }) => {
    const rows = server.mock.fake.db.tables;
    const firstOf = <T extends { companyId: number; id: number }>(table: Map<number, T>) => [...table.values()].find((r) => r.companyId === other)!.id;
    const ids: Record<string, number | string> = {
      record_id: firstOf(rows.records),
      client_id: firstOf(rows.clients),
      staff_id: firstOf(rows.staff),
      date: '2026-03-03',
      start_date: '2026-03-03',
      end_date: '2026-03-10',
    };
    // Strings only the other location's answers would carry.
    const secrets = [...rows.clients.values()].filter((c) => c.companyId === other).map((c) => c.phone);
    const before = JSON.stringify(server.mock.fake.db.snapshot());
    const leaks: string[] = [];
    for (const { template, method, op } of guarded) {
      for (const spelling of spellings(other)) {
        const path = template.replace('{company_id}', spelling).replace(/\{(\w+)\}/g, (_, name: string) => String(ids[name]));
        const body = exampleBody(op);
        const res = await call(method, `/api/v1${path}`, { auth: user, ...(body !== undefined && { body }) });
        const text = JSON.stringify(res.body ?? '');
        if (res.status < 400 || res.status >= 500 || secrets.some((s) => text.includes(s))) leaks.push(`${method} ${path} → ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(JSON.stringify(server.mock.fake.db.snapshot())).toBe(before);
  });
});
