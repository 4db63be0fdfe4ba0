import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../mock-server/index.ts';
import { startBrokenProxy } from '../../simulator/testing/broken-proxy.ts';
import { startPrism, type PrismViolation } from './prism.ts';
import { sampleRequests, send } from './sample-requests.ts';

// The proxy is the gate for teams that run their own traffic: it must stay quiet in front
// of a correct implementation and name the fault in front of a broken one.

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, now: Date.parse('2026-03-02T07:00:00Z'), frozen: true });
});
afterAll(() => mock.close());

async function throughProxy(api: 'altegio' | 'voicebot' | 'unified' | 'partner', target: string): Promise<readonly PrismViolation[]> {
  const prism = await startPrism({ mode: 'proxy', api, host: '127.0.0.1', port: 0, target });
  try {
    // One at a time: Prism's log names the request a violation belongs to by order.
    for (const request of sampleRequests(api)) await send(prism.url, request);
    return [...prism.violations];
  } finally {
    await prism.close();
  }
}

const mounts = { altegio: '/api/v1', voicebot: '/voicebot', unified: '/unified', partner: '/partner' } as const;

describe('prism proxy', () => {
  it.each(Object.entries(mounts) as [keyof typeof mounts, string][])('reports no answer of the reference %s implementation as a violation', async (api, mount) => {
    mock.fake.reset();
    const violations = await throughProxy(api, `${mock.url}${mount}`);
    expect(violations.filter((v) => v.side === 'response')).toEqual([]);
  });

  it('reports the violation when an implementation drops a required field, naming the request', async () => {
    const broken = await startBrokenProxy(`${mock.url}/unified`, async (req, forward) => {
      const res = await forward(req);
      const { message: _dropped, ...rest } = JSON.parse(res.body);
      return { ...res, body: JSON.stringify(rest) };
    });
    try {
      const violations = await throughProxy('unified', broken.url);
      expect(violations).toContainEqual(
        expect.objectContaining({ request: 'POST /', side: 'response', location: 'response.body', message: expect.stringContaining("required property 'message'") }),
      );
    } finally {
      await broken.close();
    }
  });
});

describe('prism proxy --api voicebot', () => {
  const bot = sampleRequests('voicebot');
  const sample = (name: string) => bot.find((r) => r.name === name)!;

  it('names the action and only its schema’s faults, for a bad request and a bad answer', async () => {
    // One answer broken: the business name comes back as a number.
    const broken = await startBrokenProxy(`${mock.url}/voicebot`, async (req, forward) => {
      const res = await forward(req);
      return JSON.parse(req.body).action === 'getBusinessName' ? { ...res, body: JSON.stringify({ ...JSON.parse(res.body), name: 42 }) } : res;
    });
    const prism = await startPrism({ mode: 'proxy', api: 'voicebot', host: '127.0.0.1', port: 0, target: broken.url });
    try {
      const answered = await send(prism.url, sample('getBusinessName'));
      expect(answered.status).toBe(200);
      const badSlots = { action: 'getSlots', appointmentTypeId: 'x', dateTime: 'tomorrow', timezone: 'Europe/Berlin' };
      await send(prism.url, { ...sample('getSlots'), body: JSON.stringify(badSlots) });
      await send(prism.url, { ...sample('getSlots'), body: JSON.stringify({ action: 'getSlotz' }) });
      await prism.close();
      expect(prism.violations.filter((v) => v.side === 'response')).toEqual([
        { request: 'POST /', side: 'response', location: 'response.body.name', message: 'action getBusinessName: name must be string', severity: 'error' },
      ]);
      const requests = prism.violations.filter((v) => v.side === 'request');
      expect(requests).toContainEqual(expect.objectContaining({ location: 'request.body', message: 'action getSlots: productId is required' }));
      expect(requests).toContainEqual(expect.objectContaining({ location: 'request.body.dateTime', message: 'action getSlots: dateTime must match format "date"' }));
      expect(requests).toContainEqual(expect.objectContaining({ location: 'request.body.action', message: expect.stringMatching(/^action must be one of getEntityForSipId, .*; got "getSlotz"$/) }));
      // Not every other action's complaint (sipId, entityId, bookingId, …) as Prism gives them.
      expect(requests.every((v) => v.message.startsWith('action '))).toBe(true);
      expect(requests.length).toBeLessThanOrEqual(5);
    } finally {
      await prism.close();
      await broken.close();
    }
  });
});
