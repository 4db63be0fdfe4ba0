import { isDeepStrictEqual } from 'node:util';
import type { Assertion, Vars } from '../scenario/scenario.ts';
import { render, select } from '../scenario/template.ts';
import type { CheckResult, Exchange } from '../types.ts';
import { fail, pass } from './check.ts';
import { writtenIn } from './zone.ts';

// Checks across steps: what an answer says about the flow so far (a booked slot is no
// longer offered …), and races.

const includes = (list: unknown, item: unknown) => Array.isArray(list) && list.some((v) => isDeepStrictEqual(v, item));

/** One flow assertion of a step, over the answer's body (or the captured value it names). */
export function assertFlow(assertion: Assertion, body: unknown, vars: Vars): CheckResult {
  const given = select(assertion.of === undefined ? body : vars[assertion.of], assertion.that);
  const at = assertion.of === undefined ? assertion.that : `${assertion.of}${assertion.that}`;
  if ('equals' in assertion) {
    const expected = render(assertion.equals, vars);
    return isDeepStrictEqual(given, expected) ? pass(assertion.name, `${at} equals`) : fail(assertion.name, `${at} differs`, expected, given);
  }
  if ('contains' in assertion) {
    const expected = render(assertion.contains, vars);
    return includes(given, expected) ? pass(assertion.name, `${at} contains it`) : fail(assertion.name, `${at} does not contain ${JSON.stringify(expected)}`, expected, given);
  }
  if ('notContains' in assertion) {
    const unwanted = render(assertion.notContains, vars);
    return includes(given, unwanted)
      ? fail(assertion.name, `${at} still contains ${JSON.stringify(unwanted)}`, `no ${JSON.stringify(unwanted)}`, given)
      : pass(assertion.name, `${at} does not contain it`);
  }
  if ('every' in assertion) {
    const expected = render(assertion.every, vars);
    const odd = Array.isArray(given) ? given.filter((v) => !isDeepStrictEqual(v, expected)) : [given];
    return odd.length === 0 ? pass(assertion.name, `every ${at} is ${JSON.stringify(expected)}`) : fail(assertion.name, `${at} has other values`, expected, odd);
  }
  if ('sameInstant' in assertion) {
    const expected = String(render(assertion.sameInstant, vars));
    return typeof given === 'string' && Date.parse(given) === Date.parse(expected)
      ? pass(assertion.name, `${at} is ${expected}`)
      : fail(assertion.name, `${at} is not the instant ${expected}`, expected, given);
  }
  if ('inZone' in assertion) {
    const zone = String(render(assertion.inZone, vars));
    const wrong = ([] as unknown[]).concat(given).filter((v) => typeof v !== 'string' || !writtenIn(v, zone));
    return wrong.length === 0
      ? pass(assertion.name, `${at} is written in ${zone}`)
      : fail(assertion.name, `${at} is not written in ${zone}`, `times with the offset of ${zone}`, wrong.slice(0, 3));
  }
  const length = Array.isArray(given) ? given.length : undefined;
  if ('maxLength' in assertion) {
    return length !== undefined && length <= assertion.maxLength
      ? pass(assertion.name, `${at} has ${length}`)
      : fail(assertion.name, `${at} has ${length ?? 'no'} items, at most ${assertion.maxLength} expected`, `<= ${assertion.maxLength}`, length ?? given);
  }
  if ('length' in assertion) {
    return length === assertion.length ? pass(assertion.name, `${at} has ${length}`) : fail(assertion.name, `${at} has ${length ?? 'no'} items`, assertion.length, length ?? given);
  }
  return length !== undefined && length >= assertion.minLength
    ? pass(assertion.name, `${at} has ${length}`)
    : fail(assertion.name, `${at} has ${length ?? 'no'} items, at least ${assertion.minLength} expected`, `>= ${assertion.minLength}`, length ?? given);
}

/** N copies of one booking at once: exactly one wins, every other gets the documented conflict. */
export function assertRace(exchanges: readonly Exchange[], conflictStatus: number): CheckResult {
  const statuses = exchanges.map((e) => e.response?.status ?? 0);
  const winners = statuses.filter((s) => s >= 200 && s < 300).length;
  const others = statuses.filter((s) => s < 200 || s >= 300);
  const histogram = Object.fromEntries([...new Set(statuses)].map((s) => [String(s), statuses.filter((x) => x === s).length]));
  return winners === 1 && others.every((s) => s === conflictStatus)
    ? pass('race.one-winner', `1 of ${exchanges.length} won, the rest got ${conflictStatus}`)
    : fail('race.one-winner', `${winners} of ${exchanges.length} racing bookings won`, { winners: 1, others: conflictStatus }, histogram);
}

/** N identical requests with one idempotency key at once: one resource, one creation. */
export function assertReplay(exchanges: readonly Exchange[], idPointer: string): CheckResult {
  const statuses = exchanges.map((e) => e.response?.status ?? 0);
  const ids = [...new Set(exchanges.map((e) => JSON.stringify(select(e.response?.body, idPointer))))];
  const created = statuses.filter((s) => s === 201).length;
  const allOk = statuses.every((s) => s >= 200 && s < 300);
  return allOk && ids.length === 1 && ids[0] !== undefined && created <= 1
    ? pass('idempotency.one-booking', `${exchanges.length} retries, one ${idPointer}: ${ids[0]}`)
    : fail('idempotency.one-booking', `${exchanges.length} retries with one key gave ${ids.length} different ${idPointer} (${created} created)`, { distinctIds: 1, created: 1 }, { statuses, ids });
}
