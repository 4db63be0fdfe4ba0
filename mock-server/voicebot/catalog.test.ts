import { describe, expect, it } from 'vitest';
import { ids, useVoicebot } from './testing.ts';

const { act, tables } = useVoicebot();

const staffName = (agentId: string) => tables().staff.get(Number(agentId.split('_')[2]))!.name;

describe('appointment types, agents and products', () => {
  it('getAppointmentTypes lists the service categories; Brooklyn has one (the bot skips the question)', async () => {
    expect((await act('getAppointmentTypes', { entityId: ids.berlin })).body).toEqual([
      { id: ids.massage, name: 'Massage' },
      { id: ids.gymnastics, name: 'Krankengymnastik' },
    ]);
    expect((await act('getAppointmentTypes', { entityId: ids.brooklyn })).body).toEqual([{ id: ids.dentalHygiene, name: 'Dental hygiene' }]);
  });

  it('getAgents lists the staff who provide a service of the type', async () => {
    const massage = await act('getAgents', { entityId: ids.berlin, appointmentTypeId: ids.massage });
    expect(massage.body.map((a: { id: string }) => a.id)).toEqual([ids.anna, ids.jonas, ids.lea]);
    expect(massage.body[0]).toMatchObject({ name: staffName(ids.anna) });
    const gymnastics = await act('getAgents', { entityId: ids.berlin, appointmentTypeId: ids.gymnastics });
    expect(gymnastics.body.map((a: { id: string }) => a.id)).toEqual([ids.anna, ids.lea]);
  });

  it('getProducts gives duration in minutes, price and currency; Krankengymnastik has one product', async () => {
    expect((await act('getProducts', { entityId: ids.berlin, appointmentTypeId: ids.massage })).body).toEqual([
      { id: ids.massage30, name: 'Massage 30 Minuten', duration: 30, price: 35, currency: 'EUR' },
      { id: ids.massage45, name: 'Massage 45 Minuten', duration: 45, price: 50, currency: 'EUR' },
    ]);
    expect((await act('getProducts', { entityId: ids.berlin, appointmentTypeId: ids.gymnastics })).body).toEqual([
      { id: ids.gymnasticsProduct, name: 'Krankengymnastik', duration: 30, price: 28, currency: 'EUR' },
    ]);
    const dental = await act('getProducts', { entityId: ids.brooklyn, appointmentTypeId: ids.dentalHygiene });
    expect(dental.body.map((p: { currency: string; duration: number }) => [p.currency, p.duration])).toEqual([
      ['USD', 30],
      ['USD', 60],
    ]);
  });

  it('getAppointmentTypesWithProducts is getAppointmentTypes with each type’s getProducts', async () => {
    const types = (await act('getAppointmentTypes', { entityId: ids.berlin })).body;
    const both = (await act('getAppointmentTypesWithProducts', { entityId: ids.berlin })).body;
    for (const [i, type] of types.entries()) {
      const products = (await act('getProducts', { entityId: ids.berlin, appointmentTypeId: type.id })).body;
      expect(both[i]).toEqual({ ...type, products });
    }
    expect(both).toHaveLength(2);
  });

  it.each([
    ['an unknown type', { entityId: ids.berlin, appointmentTypeId: 'at_1001_99999' }, 'appointmentTypeId'],
    ['a type of another entity', { entityId: ids.brooklyn, appointmentTypeId: ids.massage }, 'appointmentTypeId'],
    ['a product id as type', { entityId: ids.berlin, appointmentTypeId: ids.massage30 }, 'appointmentTypeId'],
    ['an id of an unserved location', { entityId: ids.berlin, appointmentTypeId: 'at_1003_10006' }, 'appointmentTypeId'],
    ['an unknown entity', { entityId: 'ent_nowhere', appointmentTypeId: ids.massage }, 'entityId'],
  ])('getAgents and getProducts answer 404 for %s', async (_name, fields, field) => {
    for (const action of ['getAgents', 'getProducts']) {
      const res = await act(action, fields);
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ code: 'not_found', details: { field, action } });
    }
  });
});

describe('getRequiredInfo', () => {
  it('asks birth date and insurance for Krankengymnastik, as configured', async () => {
    const res = await act('getRequiredInfo', { productId: ids.gymnasticsProduct });
    expect(res.body.participantInfo.map((f: { name: string }) => f.name)).toEqual(['firstName', 'lastName', 'birthDate', 'insurance']);
    expect(res.body.participantInfo[3]).toEqual({ name: 'insurance', label: 'Versicherung', type: 'enum', required: true, options: ['statutory', 'private', 'selfPay'] });
    expect(res.body.bookerInfo.map((f: { name: string }) => f.name)).toEqual(['firstName', 'lastName', 'phone']);
  });

  it('asks the default for other products', async () => {
    const res = await act('getRequiredInfo', { productId: ids.massage30, entityId: ids.berlin });
    expect(res.body.participantInfo.map((f: { name: string }) => f.name)).toEqual(['firstName', 'lastName']);
  });

  it.each([
    ['an unknown product', { productId: 'pr_1001_99999' }, 'productId'],
    ['an appointment type id', { productId: ids.massage }, 'productId'],
    ['a session entity the product does not belong to', { productId: ids.massage30, entityId: ids.brooklyn }, 'entityId'],
  ])('answers 404 for %s', async (_name, fields, field) => {
    expect((await act('getRequiredInfo', fields)).body.error).toMatchObject({ code: 'not_found', details: { field } });
  });
});
