import { describe, expect, it } from 'vitest';
import { bearer, ids, useVoicebot } from './testing.ts';

const { server, post, act } = useVoicebot();

describe('VoiceBot webhook: the door', () => {
  it.each([
    ['no Authorization header', {}, /needs an "Authorization: Bearer <token>" header/],
    ['a wrong token', { authorization: 'Bearer vb_wrong' }, /not valid/],
    ['another scheme', { authorization: 'Basic dmI6ZGVtbw==' }, /not valid/],
    ['an Altegio token', { authorization: 'Bearer sc_partner_demo_7f3a9c' }, /not valid/],
  ])('answers %s with 401 and WWW-Authenticate, before looking at the body', async (_name, headers, message) => {
    const res = await fetch(`${server.mock.url}/voicebot`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"action":' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="voicebot"');
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.stringMatching(message) } });
  });

  it.each([
    ['malformed JSON', '{"action":"getSlots"', undefined, /not valid JSON/],
    ['an empty body', '', undefined, /body is required/],
    ['a JSON array', '[]', 'action', /action must be one of/],
    ['no action', { sipId: 'phoneSipId12345678' }, 'action', /action must be one of/],
    ['an unknown action', { action: 'getOpeningHours' }, 'action', /action must be one of getEntityForSipId, .*; got "getOpeningHours"/],
    // Names every object has by inheritance are no actions.
    ...['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'].map((name): [string, unknown, string, RegExp] => [`the built-in name ${name} as action`, { action: name }, 'action', new RegExp(`got "${name}"`)]),
    ['a missing field', { action: 'getAgents', entityId: ids.berlin }, 'appointmentTypeId', /appointmentTypeId is required/],
    ['a wrong type', { action: 'getBusinessName', entityId: 42 }, 'entityId', /entityId must be string/],
    ['an empty id', { action: 'getBusinessName', entityId: '' }, 'entityId', /entityId must NOT have fewer than 1 characters/],
    ['a wrong nested type', { action: 'findExistingUser', participant: { birthDate: '1985-02-30' } }, 'participant.birthDate', /format "date"/],
  ])('answers %s with 400 invalid_request', async (_name, body, field, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(message) });
    expect(res.body.error.details?.field).toBe(field);
  });

  it('refuses a body that is not application/json', async () => {
    const res = await server.call('POST', '/voicebot', {
      auth: 'none',
      raw: 'action=getEntityForSipId',
      headers: { authorization: bearer, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'invalid_request', message: expect.stringMatching(/must be application\/json/) } } });
  });

  it('refuses a body over 100 kB with 413, and takes one just under it', async () => {
    const filler = (size: number) => ({ action: 'getEntityForSipId', sipId: 'phoneSipId12345678', note: 'x'.repeat(size) });
    const big = await post(filler(100 * 1024));
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    const fits = await post(filler(100 * 1024 - 100));
    expect(fits.status).toBe(200);
  });

  it('answers other methods and paths in its own shape', async () => {
    const get = await server.call('GET', '/voicebot', { auth: 'none', headers: { authorization: bearer } });
    expect(get).toMatchObject({ status: 405, body: { error: { code: 'invalid_request', message: expect.stringMatching(/use POST/) } } });
    const elsewhere = await server.call('POST', '/voicebot/book', { auth: 'none', headers: { authorization: bearer }, body: {} });
    expect(elsewhere).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('answers 500 internal_error, not a crash, when Altegio is down', async () => {
    server.mock.faults.add({ path: '/api/v1/*', status: 503, share: 1 });
    const res = await act('getAppointmentTypes', { entityId: ids.berlin });
    expect(res.status).toBe(500);
    expect(res.body.error).toMatchObject({
      code: 'internal_error',
      message: expect.stringMatching(/booking system answered 503/),
      details: { action: 'getAppointmentTypes' },
    });
  });
});

describe('getEntityForSipId and getBusinessName', () => {
  it.each([
    ['phoneSipId12345678', ids.berlin, 'Physiotherapie Gleichgewicht'],
    ['sip_gleichgewicht_main', ids.berlin, 'Physiotherapie Gleichgewicht'],
    ['sip_brooklyn_front_desk', ids.brooklyn, 'Brooklyn Smile Dental'],
  ])('routes %s to %s, named as its Altegio location', async (sipId, entityId, name) => {
    expect(await act('getEntityForSipId', { sipId })).toEqual({ status: 200, body: { entityId } });
    expect(await act('getBusinessName', { entityId })).toEqual({ status: 200, body: { name } });
  });

  it('ignores fields it does not know', async () => {
    expect((await act('getEntityForSipId', { sipId: 'phoneSipId12345678', callId: 'c-1', entityId: 'whatever' })).status).toBe(200);
  });

  it('answers 404 for an unknown sipId or entityId', async () => {
    expect((await act('getEntityForSipId', { sipId: 'phoneSipId00000000' })).body).toEqual({
      error: {
        code: 'not_found',
        message: 'No business entity is configured for sipId "phoneSipId00000000".',
        details: { field: 'sipId', action: 'getEntityForSipId' },
      },
    });
    const res = await act('getBusinessName', { entityId: 'xyzBusinessEntityId' });
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'not_found', details: { field: 'entityId' } } } });
  });
});
