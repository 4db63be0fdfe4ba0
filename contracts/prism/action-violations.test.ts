import { describe, expect, it } from 'vitest';
import { voicebotBodyViolations } from './action-violations.ts';
import type { Exchange } from './exchange-recorder.ts';

// The proxy test runs this behind a real Prism; here every odd body, without Prism's start-up.
const json = 'application/json; charset=utf-8';
const exchange = (request: unknown, answer: { status?: number; body?: unknown; raw?: string } = {}): Exchange => ({
  method: 'POST',
  path: '/',
  requestBody: typeof request === 'string' ? request : JSON.stringify(request),
  status: answer.status ?? 200,
  contentType: json,
  responseBody: answer.raw ?? JSON.stringify(answer.body ?? { name: 'Physiotherapie Gleichgewicht' }),
});
const messages = (e: Exchange) => voicebotBodyViolations(e).map((v) => `${v.location}: ${v.message}`);

describe('voicebotBodyViolations', () => {
  it('finds nothing wrong with a right request and its right answer', () => {
    expect(voicebotBodyViolations(exchange({ action: 'getBusinessName', entityId: 'ent_1' }))).toEqual([]);
  });

  it('checks the answer against the schema of the action asked, not any action’s', () => {
    // A getEntityForSipId answer is a fine ActionResponse, but not a getBusinessName answer.
    expect(messages(exchange({ action: 'getBusinessName', entityId: 'ent_1' }, { body: { entityId: 'ent_1' } }))).toEqual([
      'response.body: action getBusinessName: name is required',
    ]);
  });

  it('checks an error answer against the error schema of its status', () => {
    expect(messages(exchange({ action: 'getBusinessName', entityId: 'nope' }, { status: 404, body: { error: { code: 404 } } }))).toEqual([
      'response.body.error: action getBusinessName: error.message is required',
      'response.body.error.code: action getBusinessName: error.code must be string',
      expect.stringMatching(/^response\.body\.error\.code: action getBusinessName: error\.code must be one of invalid_request, /),
    ]);
  });

  it.each([
    [{ entityId: 'ent_1' }, 'there is none'],
    [{ action: 'getSlotz' }, 'got "getSlotz"'],
    [{ action: '__proto__' }, 'got "__proto__"'],
    [{ action: 'constructor' }, 'got "constructor"'],
    [{ action: 'toString' }, 'got "toString"'],
    [{ action: 42 }, 'got 42'],
  ])('names the actions there are when the body names none of them: %j', (request, given) => {
    expect(messages(exchange(request, { status: 400, body: { error: { code: 'invalid_request', message: 'action?' } } }))).toEqual([
      expect.stringMatching(new RegExp(`^request\\.body\\.action: action must be one of getEntityForSipId, .*findExistingBooking; ${given.replace(/[()"_]/g, '.')}$`)),
    ]);
  });

  it.each([null, [], 'text'])('reads a body that is not an object (%s) as one without an action', (request) => {
    expect(messages(exchange(request === 'text' ? 'not json' : request, { status: 400, body: { error: { code: 'invalid_request', message: 'bad' } } }))).toEqual([
      expect.stringMatching(request === 'text' ? /^request\.body: the body is not JSON$/ : /^request\.body\.action: action must be one of /),
    ]);
  });

  it('says when an answer that should be JSON is not', () => {
    expect(messages(exchange({ action: 'getBusinessName', entityId: 'ent_1' }, { raw: '<html>' }))).toEqual(['response.body: action getBusinessName: the body is not JSON']);
  });

  it('leaves an undocumented status, another path or method, and a non-JSON answer type to Prism', () => {
    expect(voicebotBodyViolations(exchange({ action: 'getBusinessName', entityId: 'ent_1' }, { status: 418, body: {} }))).toEqual([]);
    expect(voicebotBodyViolations({ ...exchange({ action: 'nope' }), path: '/other' })).toEqual([]);
    expect(voicebotBodyViolations({ ...exchange({ action: 'nope' }), method: 'GET' })).toEqual([]);
    expect(voicebotBodyViolations({ ...exchange({ action: 'getBusinessName', entityId: 'ent_1' }, { raw: 'x' }), contentType: 'text/plain' })).toEqual([]);
  });

  it('names the request of a path with a query as Prism does, without the query', () => {
    expect(voicebotBodyViolations({ ...exchange({ action: 'getSlotz' }, { status: 400, body: { error: { code: 'invalid_request', message: 'x' } } }), path: '/?trace=1' })[0]!.request).toBe('POST /');
  });
});
