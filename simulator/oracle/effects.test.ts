import { describe, expect, it } from 'vitest';
import type { EffectExpectation } from '../scenario/scenario.ts';
import { checkEffect, diffStates } from './effects.ts';
import type { TruthState } from './truth.ts';

// The effect oracle on hand-made states: each wrong write is named by the check for its
// field, and a write anywhere else is a stray change.

const at = (hhmm: string) => Date.parse(`2026-03-03T${hhmm}:00Z`);
const massage = { id: 7, companyId: 1, categoryId: 3, title: 'Massage', duration: 1800, active: true, staff: [{ staffId: 11, seanceLength: 1800 }, { staffId: 12, seanceLength: 2700 }] };
const staff = (id: number, name: string) => ({ id, companyId: 1, name, hidden: false, fired: false, weekly: [], exceptions: {} });
const client = (id: number, name: string, phone: string, email = '') => ({ id, companyId: 1, name, surname: '', phone, email, changedAt: 0 });
const record = (id: number, fields: Record<string, unknown> = {}) => ({ id, companyId: 1, staffId: 11, clientId: 100, services: [{ id: 7 }], start: at('09:00'), length: 1800, comment: '', deleted: false, changedAt: 0, ...fields });

function state(records: object[], clients: object[] = [client(100, 'Old Client', '+491700000100')]): TruthState {
  return {
    now: at('07:00'),
    tables: {
      companies: [{ id: 1, title: 'Praxis', timeZone: 'Europe/Berlin', slotStepMinutes: 15 }],
      categories: [{ id: 3, companyId: 1, title: 'Massage' }],
      services: [massage],
      staff: [staff(11, 'Anna Berg'), staff(12, 'Jonas Kurz')],
      clients: clients as TruthState['tables']['clients'],
      records: records as TruthState['tables']['records'],
      users: [],
    },
  };
}

const before = state([record(1)]);
const booking: EffectExpectation = {
  create: { location: 1, staff: { name: 'Anna Berg' }, service: { id: 7 }, start: '2026-03-03T11:00:00+01:00', client: { name: 'Robin Test', phone: '+49 170 0000200', email: 'robin@example.com' }, notes: 'call 42' },
};
const newClient = client(200, 'Robin Test', '+491700000200', 'robin@example.com');
const booked = (fields: Record<string, unknown> = {}) => record(2, { start: at('10:00'), clientId: 200, comment: 'via bot, call 42', ...fields });

const failedOf = (expectation: EffectExpectation, after: TruthState) =>
  checkEffect(expectation, { before, after }).checks.filter((c) => c.state === 'failed').map((c) => c.check);

describe('the effect oracle', () => {
  it('passes a booking with every field right, new client included, and captures it', () => {
    const outcome = checkEffect(booking, { before, after: state([record(1), booked()], [client(100, 'Old Client', '+491700000100'), newClient]) });
    expect(outcome.checks.filter((c) => c.state === 'failed')).toEqual([]);
    expect(outcome.booked).toEqual({ id: 2, start: '2026-03-03T10:00:00.000Z', staffId: 11 });
  });

  it.each([
    ['another staff member', { staffId: 12, length: 2700 }, 'oracle.booked-staff'],
    ['another service', { services: [{ id: 8 }] }, 'oracle.booked-service'],
    ['another length', { length: 2700 }, 'oracle.booked-length'],
    ['another start', { start: at('10:15') }, 'oracle.booked-start'],
    ['another client', { clientId: 100 }, 'oracle.booked-client'],
    ['no notes', { comment: 'via bot' }, 'oracle.booked-notes'],
    ['another location', { companyId: 2 }, 'oracle.booked-location'],
  ])('names the field of a booking with %s', (_, fields, check) => {
    expect(failedOf(booking, state([record(1), booked(fields)], [client(100, 'Old Client', '+491700000100'), newClient]))).toContain(check);
  });

  it('names a lost email and a wrong name of the client', () => {
    const lost = client(200, 'Robin Test', '+491700000200');
    expect(failedOf(booking, state([record(1), booked()], [client(100, 'Old Client', '+491700000100'), lost]))).toEqual(['oracle.booked-client']);
    const renamed = client(200, 'Robyn Test', '+491700000200', 'robin@example.com');
    expect(failedOf(booking, state([record(1), booked()], [client(100, 'Old Client', '+491700000100'), renamed]))).toEqual(['oracle.booked-client']);
  });

  it('counts records: none, or two, where one was asked for', () => {
    expect(failedOf(booking, before)).toEqual(['oracle.record-created']);
    const twice = state([record(1), booked(), booked({ id: 3 })], [client(100, 'Old Client', '+491700000100'), newClient]);
    expect(failedOf(booking, twice)).toEqual(['oracle.record-created', 'oracle.no-stray-change']);
  });

  it('calls any change to another record or client a stray change', () => {
    const clients = [client(100, 'Changed Name', '+491700000100'), newClient];
    expect(failedOf(booking, state([record(1), booked()], clients))).toEqual(['oracle.no-stray-change']);
    expect(failedOf(booking, state([record(1, { deleted: true }), booked()], [client(100, 'Old Client', '+491700000100'), newClient]))).toEqual(['oracle.no-stray-change']);
  });

  it('does not count a touched changedAt as a change', () => {
    expect(diffStates(before, state([record(1, { changedAt: 99 })]))).toEqual([]);
    expect(failedOf({ none: true }, state([record(1, { changedAt: 99 })]))).toEqual([]);
  });

  it('holds a refused step to no change at all', () => {
    expect(failedOf({ none: true }, state([record(1), booked()]))).toEqual(['oracle.nothing-changed']);
  });

  describe('moves', () => {
    const move: EffectExpectation = { move: { record: 1, to: { start: '2026-03-03T12:00:00Z', staff: { id: 11 } } } };

    it('passes a record moved in place, or cancelled and made anew', () => {
      expect(failedOf(move, state([record(1, { start: at('12:00') })]))).toEqual([]);
      expect(failedOf(move, state([record(1, { deleted: true }), record(5, { start: at('12:00') })]))).toEqual([]);
    });

    it('names a second booking that leaves the old time held', () => {
      expect(failedOf(move, state([record(1), record(5, { start: at('12:00') })]))).toEqual(['oracle.record-moved', 'oracle.old-time-released', 'oracle.no-stray-change']);
    });

    it('names a move to another staff member, or of another record', () => {
      expect(failedOf(move, state([record(1, { start: at('12:00'), staffId: 12, length: 2700 })]))).toEqual(['oracle.booked-staff']);
      const two = state([record(1), record(4, { start: at('14:00') })]);
      const movedOther = checkEffect(move, { before: two, after: state([record(1), record(4, { start: at('12:00') })]) });
      expect(movedOther.checks.filter((c) => c.state === 'failed').map((c) => c.check)).toEqual(['oracle.record-moved', 'oracle.old-time-released', 'oracle.no-stray-change']);
    });

    it('keeps the client: a move that changes who the booking is for is named', () => {
      expect(failedOf(move, state([record(1, { start: at('12:00'), clientId: 200 })], [client(100, 'Old Client', '+491700000100'), newClient]))).toContain('oracle.booked-client');
    });
  });

  it('names a cancellation of the wrong record', () => {
    const two = state([record(1), record(4, { start: at('14:00') })]);
    const outcome = checkEffect({ cancel: { record: 1 } }, { before: two, after: state([record(1), record(4, { start: at('14:00'), deleted: true })]) });
    expect(outcome.checks.filter((c) => c.state === 'failed').map((c) => c.check)).toEqual(['oracle.record-cancelled', 'oracle.no-stray-change']);
  });
});
