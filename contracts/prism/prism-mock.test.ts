import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpecValidator, findOperation, responseSchemaPointer, specNames } from '../../specs/index.ts';
import { startPrism, type RunningPrism } from './prism.ts';
import { sampleRequests, send } from './sample-requests.ts';

// The static mock is what a consumer team codes against before any implementation exists,
// so every answer it gives must be one the spec allows: one request per operation of
// every spec, built from the spec's own examples, and each answer checked by the
// validator the fake and the simulator use.

describe.each(specNames)('prism mock --api %s', (api) => {
  let prism: RunningPrism;
  beforeAll(async () => {
    prism = await startPrism({ mode: 'mock', api, host: '127.0.0.1', port: 0, dynamic: false, seed: 1 });
  });
  afterAll(() => prism?.close());

  it.each(sampleRequests(api).map((r) => [r.name, r] as const))('%s: answers what the spec allows, the same every time', async (_name, request) => {
    const first = await send(prism.url, request);
    expect(first.status, first.text).toBeLessThan(300);
    const operation = findOperation(api, request.operationId)!;
    const pointer = responseSchemaPointer(api, operation, first.status);
    expect(pointer, `status ${first.status} is documented`).not.toBeUndefined();
    if (pointer) expect(createSpecValidator(api).validate(pointer, first.body)).toEqual({ valid: true });
    const again = await send(prism.url, request);
    expect(again.text).toBe(first.text);
  });
});
