import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadSpec, resolve } from './index.ts';

// The VoiceBot spec's machine-readable maps are what the router and the simulator read
// to pick an action's own schema; they must cover seed 001's actions exactly and agree
// with the discriminator and the examples.
const seedActions = [
  'getEntityForSipId', 'getBusinessName', 'getAppointmentTypes', 'getAgents', 'getProducts', 'getAppointmentTypesWithProducts',
  'getSlots', 'getRequiredInfo', 'bookAppointment', 'modifyAppointment', 'cancelAppointment', 'findExistingUser', 'findExistingBooking',
];

type Json = Record<string, any>;
const doc = loadSpec('voicebot');
const op = (doc.paths['/'] as Json).post as Json;
const refs = (map: Record<string, { $ref: string }>) => Object.fromEntries(Object.entries(map).map(([k, v]) => [k, v.$ref]));
const validator = createSpecValidator('voicebot');
const media = (holder: Json) => holder.content['application/json'];
const ok = (op.responses['200'].$ref ? resolve(doc, op.responses['200'].$ref) : op.responses['200']) as Json;

describe('voicebot action maps', () => {
  it('x-action-requests and x-action-responses name exactly the 13 actions of seed 001', () => {
    expect(Object.keys(op['x-action-requests']).sort()).toEqual([...seedActions].sort());
    expect(Object.keys(op['x-action-responses']).sort()).toEqual([...seedActions].sort());
  });

  it('the request discriminator maps each action to the schema x-action-requests names', () => {
    const body = media(op.requestBody).schema;
    const schema = body.$ref ? resolve(doc, body.$ref)! : body;
    expect(schema.discriminator.mapping).toEqual(refs(op['x-action-requests']));
  });

  it.each(seedActions)('%s: its request and response examples fit its own schemas', (action) => {
    const request = media(op.requestBody).examples[action]?.value;
    const response = media(ok).examples[action]?.value;
    expect(request).toMatchObject({ action });
    expect(validator.validate(op['x-action-requests'][action].$ref, request)).toEqual({ valid: true });
    expect(response).toBeDefined();
    expect(validator.validate(op['x-action-responses'][action].$ref, response)).toEqual({ valid: true });
  });

  it('every id in the VoiceBot schemas is a string', () => {
    const offenders: string[] = [];
    let checked = 0;
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const obj = node as Json;
      for (const [name, prop] of Object.entries((obj.properties ?? {}) as Json)) {
        if ((name === 'id' || /Id(Old|New)?$/.test(name)) && !prop.$ref) {
          checked++;
          const types = [].concat(prop.type ?? []);
          if (!types.includes('string' as never)) offenders.push(`${at}.${name}`);
        }
      }
      for (const [k, v] of Object.entries(obj)) walk(v, `${at}.${k}`);
    };
    walk(doc.components, 'components');
    expect(checked).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});
