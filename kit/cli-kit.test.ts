import { describe, expect, it } from 'vitest';
import { colorEnabled } from './cli-kit.ts';

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
