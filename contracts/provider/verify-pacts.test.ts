import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { jsonAnswer, startBrokenProxy } from '../../simulator/testing/broken-proxy.ts';
import { verifyPacts } from './verify-pacts.ts';

// Every checked-in pact holds against slotcheck's own implementations: the fake Altegio
// and the reference implementations on top of it, states set through /__admin.
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(() => mock.close());

describe('provider verification', () => {
  it('the fake Altegio honours the AI agent’s pact', async () => {
    expect(await verifyPacts({ api: 'altegio', target: `${mock.url}/api/v1`, statesUrl: mock.url })).toEqual({ passed: true });
  });

  it('the reference unified endpoint honours the voice agent’s pact', async () => {
    expect(await verifyPacts({ api: 'unified', target: `${mock.url}/unified`, statesUrl: mock.url })).toEqual({ passed: true });
  });

  it('the reference partner API honours the partner bot’s pact', async () => {
    expect(await verifyPacts({ api: 'partner', target: `${mock.url}/partner`, statesUrl: mock.url })).toEqual({ passed: true });
  });

  it('the reference VoiceBot webhook honours the VoiceBot’s pact', async () => {
    expect(await verifyPacts({ api: 'voicebot', target: `${mock.url}/voicebot`, statesUrl: mock.url })).toEqual({ passed: true });
  });

  it('fails, naming the interaction, when an implementation answers a taken slot with success', async () => {
    const broken = await startBrokenProxy(`${mock.url}/api/v1`, async (req, forward) => {
      const res = await forward(req);
      return req.method === 'POST' && res.status === 422 ? jsonAnswer(201, { success: true, data: { id: 1 }, meta: [] }) : res;
    });
    try {
      const outcome = await verifyPacts({ api: 'altegio', target: broken.url, statesUrl: mock.url });
      expect(outcome).toEqual({ passed: false, reason: expect.stringMatching(/a booking of a slot that is already taken: .*expected 422 but was 201/) });
    } finally {
      await broken.close();
    }
  });

  it('fails, naming the interaction, when a partner API does not keep Idempotency-Keys', async () => {
    // Each request gets a key of its own, so a retry books the taken slot again.
    let sent = 0;
    const broken = await startBrokenProxy(`${mock.url}/partner`, (req, forward) =>
      forward(req.headers['idempotency-key'] ? { ...req, headers: { ...req.headers, 'idempotency-key': `forgotten-${++sent}` } } : req),
    );
    try {
      const outcome = await verifyPacts({ api: 'partner', target: broken.url, statesUrl: mock.url });
      expect(outcome).toEqual({ passed: false, reason: expect.stringMatching(/a retried booking with the same Idempotency-Key and body: .*expected 200 but was 409/) });
    } finally {
      await broken.close();
    }
  });
});
