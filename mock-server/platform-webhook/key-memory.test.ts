import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { createClock } from '../time/clock.ts';
import { createKeyMemory, keyLifetimeMs } from './key-memory.ts';

describe('createKeyMemory', () => {
  it('runs tasks with one key one after the other, and other keys alongside', async () => {
    const memory = createKeyMemory<number>(createClock(0, { frozen: true }));
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await sleep(ms);
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([memory.serialize('k', task('a', 30)), memory.serialize('k', task('b', 1)), memory.serialize('other', task('c', 1))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events.indexOf('b start')).toBeGreaterThan(events.indexOf('a end'));
    expect(events.indexOf('c end')).toBeLessThan(events.indexOf('a end'));
  });

  it('goes on with the next task after one fails', async () => {
    const memory = createKeyMemory<number>(createClock(0, { frozen: true }));
    const failing = memory.serialize('k', () => Promise.reject(new Error('boom')));
    await expect(failing).rejects.toThrow('boom');
    await expect(memory.serialize('k', async () => 'next')).resolves.toBe('next');
  });

  it('remembers a value for a day from its first use, then forgets it', () => {
    const clock = createClock(0, { frozen: true });
    const memory = createKeyMemory<string>(clock);
    memory.remember('k', 'first');
    clock.set(keyLifetimeMs - 1, { frozen: true });
    memory.remember('k', 'second');
    expect(memory.recall('k')).toBe('second');
    clock.set(keyLifetimeMs, { frozen: true });
    expect(memory.recall('k')).toBeUndefined();
  });
});

describe('createKeyMemory kept in a store', () => {
  const saved = [
    { memory: 'partner', key: 'k', value: 'kept', expires: 10 },
    { memory: 'other', key: 'k', value: 'not ours', expires: 10 },
  ];

  it('starts with the keys saved under its name and saves each key before remembering it', () => {
    const store = { saved, save: vi.fn() };
    const clock = createClock(5, { frozen: true });
    const memory = createKeyMemory<string>(clock, { name: 'partner', store });
    expect(memory.recall('k')).toBe('kept');
    memory.remember('k', 'again');
    memory.remember('new', 'fresh');
    expect(store.save.mock.calls).toEqual([[{ memory: 'partner', key: 'k', value: 'again', expires: 10 }], [{ memory: 'partner', key: 'new', value: 'fresh', expires: 5 + keyLifetimeMs }]]);
    clock.set(10, { frozen: true });
    expect(memory.recall('k')).toBeUndefined();
  });

  it('does not remember a key the store refused to save', () => {
    const refusing = {
      saved: [],
      save: () => {
        throw new Error('disk full');
      },
    };
    const memory = createKeyMemory<string>(createClock(0, { frozen: true }), { name: 'partner', store: refusing });
    expect(() => memory.remember('k', 'v')).toThrow('disk full');
    expect(memory.recall('k')).toBeUndefined();
  });
});
