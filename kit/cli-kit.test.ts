import { describe, expect, it } from 'vitest';
import { colorEnabled, flagArgs, urlFlag } from './cli-kit.ts';

describe('colorEnabled', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('colours a terminal only', () => {
    expect(colorEnabled({}, tty, {})).toBe(true);
    expect(colorEnabled({}, pipe, {})).toBe(false);
    expect(colorEnabled({}, {}, {})).toBe(false);
  });

  it('never colours with --no-color or a non-empty NO_COLOR, even on a terminal', () => {
    expect(colorEnabled({ 'no-color': true }, tty, {})).toBe(false);
    expect(colorEnabled({}, tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({}, tty, { NO_COLOR: 'false' })).toBe(false);
  });

  it('reads an empty NO_COLOR as not set, as no-color.org says', () => {
    expect(colorEnabled({}, tty, { NO_COLOR: '' })).toBe(true);
  });
});

describe('urlFlag', () => {
  it('takes http(s) URLs without their trailing slash, and nothing else', () => {
    expect(urlFlag('target', 'http://127.0.0.1:4010/api/v1/')).toBe('http://127.0.0.1:4010/api/v1');
    expect(urlFlag('target', undefined)).toBeUndefined();
    for (const bad of ['ftp://x', 'http://', 'localhost:4010', '', 'javascript:alert(1)']) {
      expect(() => urlFlag('target', bad)).toThrow(`--target must be an http(s) URL; got "${bad}".`);
    }
  });
});

describe('flagArgs', () => {
  it('writes options back as the flags a command parses: =value, bare booleans, repeated lists', () => {
    expect(flagArgs({ port: 0, seed: -1, frozen: true, quiet: false, host: undefined, header: ['a: 1', 'b: 2'] })).toEqual(['--port=0', '--seed=-1', '--frozen', '--header=a: 1', '--header=b: 2']);
  });
});
