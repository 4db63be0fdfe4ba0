import { PassThrough } from 'node:stream';
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

/** Somewhere for Pact's report to go, read back as text. */
function sink() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => (text += d));
  return { stream, text: () => text };
}

describe('provider verification', () => {
  it('the fake Altegio honours the AI agent’s pact', async () => {
    const outcome = await verifyPacts({ api: 'altegio', target: `${mock.url}/api/v1`, statesUrl: mock.url, output: sink().stream });
    expect(outcome).toMatchObject({ passed: true, pact: expect.stringMatching(/altegio\.json$/) });
    expect(outcome.interactions.length).toBeGreaterThan(0);
  });

  it('the reference unified endpoint honours the voice agent’s pact', async () => {
    const outcome = await verifyPacts({ api: 'unified', target: `${mock.url}/unified`, statesUrl: mock.url, output: sink().stream });
    expect(outcome).toMatchObject({ passed: true, pact: expect.stringMatching(/unified\.json$/) });
    expect(outcome.interactions.length).toBeGreaterThan(0);
  });

  it('the reference partner API honours the partner bot’s pact', async () => {
    const outcome = await verifyPacts({ api: 'partner', target: `${mock.url}/partner`, statesUrl: mock.url, output: sink().stream });
    expect(outcome).toMatchObject({ passed: true, pact: expect.stringMatching(/partner\.json$/) });
    expect(outcome.interactions.length).toBeGreaterThan(0);
  });

  it('fails, naming the interaction, when an implementation answers a taken slot with success', async () => {
    const broken = await startBrokenProxy(`${mock.url}/api/v1`, async (req, forward) => {
      const res = await forward(req);
      return req.method === 'POST' && res.status === 422 ? jsonAnswer(201, { success: true, data: { id: 1 }, meta: [] }) : res;
    });
    try {
      const report = sink();
      const outcome = await verifyPacts({ api: 'altegio', target: broken.url, statesUrl: mock.url, output: report.stream });
      expect(outcome).toMatchObject({ passed: false, reason: expect.stringMatching(/a booking of a slot that is already taken: .*expected 422 but was 201/) });
      expect(outcome.interactions).toContainEqual({
        state: 'failed',
        description: 'a booking of a slot that is already taken',
        durationMs: expect.any(Number),
        mismatches: expect.arrayContaining([{ message: 'expected 422 but was 201', expected: 422, given: 201 }]),
      });
      expect(outcome.interactions.filter((i) => i.state === 'failed')).toHaveLength(1);
      // Pact's own report, passed on without colour unless asked for.
      expect(report.text()).toContain('a booking of a slot that is already taken');
      expect(report.text()).not.toMatch(/\u001b\[/);
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
      const outcome = await verifyPacts({ api: 'partner', target: broken.url, statesUrl: mock.url, output: sink().stream });
      expect(outcome).toMatchObject({ passed: false, reason: expect.stringMatching(/a retried booking with the same Idempotency-Key and body: .*expected 200 but was 409/) });
    } finally {
      await broken.close();
    }
  });

  it('the reference VoiceBot webhook honours the VoiceBot’s pact; Pact’s colour is kept when asked and its telemetry stays off', async () => {
    const before = process.env.PACT_DO_NOT_TRACK;
    delete process.env.PACT_DO_NOT_TRACK;
    try {
      const report = sink();
      const outcome = await verifyPacts({ api: 'voicebot', target: `${mock.url}/voicebot`, statesUrl: mock.url, color: true, output: report.stream });
      expect(outcome).toMatchObject({ passed: true, pact: expect.stringMatching(/voicebot\.json$/) });
      expect(report.text()).toMatch(/\u001b\[\d+m/);
      expect(report.text()).toContain('Verifying a pact between');
      // Pact prints this notice whenever it sends its tracking event.
      expect(report.text()).not.toMatch(/tracking events anonymously/i);
    } finally {
      if (before !== undefined) process.env.PACT_DO_NOT_TRACK = before;
    }
  });
});
