import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyLifetimeMs } from '../platform-webhook/key-memory.ts';
import { startMockServer, type RunningMock } from '../server/create-server.ts';
import { testNow } from '../testing/test-server.ts';

// Idempotency keys live in the --data file beside the rows: a retry after a restart
// gets the original booking, for a day by the fake's clock, and never after a reset.
const running: RunningMock[] = [];
afterEach(async () => {
  for (const mock of running.splice(0)) await mock.close();
});

const body = {
  bot_id: 'bot_gleichgewicht',
  booking: { start_at: '2026-03-02T10:00:00+01:00', duration_minutes: 30, customer: { phone: '+15551234567', name: 'John Doe' } },
};

async function start(dataFile: string, now = testNow) {
  const mock = await startMockServer({ port: 0, now, frozen: true, dataFile });
  running.push(mock);
  return mock;
}

function stop(mock: RunningMock) {
  running.splice(running.indexOf(mock), 1);
  return mock.close();
}

async function book(mock: RunningMock, key: string) {
  const response = await fetch(`${mock.url}/partner/bookings`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_ptnr_demo_gleichgewicht_a1b2c3', 'idempotency-key': key, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const bookingsOn = (mock: RunningMock) => [...mock.fake.db.tables.records.values()].filter((r) => r.start === Date.parse(body.booking.start_at) && !r.deleted);

async function bookedThenRestarted(key: string) {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'slotcheck-keys-')), 'state.jsonl');
  const first = await start(dataFile);
  const made = await book(first, key);
  expect(made.status).toBe(201);
  return { dataFile, first, made };
}

describe('idempotency keys with --data', () => {
  it('answers a retry after a restart 200 with the original booking, and books nothing more', async () => {
    const { dataFile, first, made } = await bookedThenRestarted('restart-1');
    await stop(first);
    const second = await start(dataFile, testNow + keyLifetimeMs - 1);
    expect(await book(second, 'restart-1')).toEqual({ status: 200, body: made.body });
    expect(bookingsOn(second)).toHaveLength(1);
  });

  it('forgets a key a day after its first use: the retry is relayed again and finds the slot taken', async () => {
    const { dataFile, first } = await bookedThenRestarted('expired-1');
    await stop(first);
    const second = await start(dataFile, testNow + keyLifetimeMs);
    expect(second.fake.keys.saved).toEqual([]);
    expect((await book(second, 'expired-1')).status).toBe(409);
    expect(bookingsOn(second)).toHaveLength(1);
  });

  it('drops the keys on an admin reset, on disk too', async () => {
    const { dataFile, first } = await bookedThenRestarted('reset-1');
    expect((await fetch(`${first.url}/__admin/reset`, { method: 'POST' })).status).toBe(200);
    await stop(first);
    const second = await start(dataFile);
    expect(second.fake.keys.saved).toEqual([]);
    expect((await book(second, 'reset-1')).status).toBe(201);
  });
});
