import { describe, expect, it } from 'vitest';
import { nextWeekday } from './voicebot.ts';

describe('suite defaults', () => {
  it.each([
    ['2026-11-20T10:00:00Z', '2026-11-23'], // Friday → Monday
    ['2026-11-21T10:00:00Z', '2026-11-23'], // Saturday → Monday
    ['2026-11-22T23:30:00Z', '2026-11-23'], // Sunday night → Monday
    ['2026-11-23T10:00:00Z', '2026-11-24'], // Monday → Tuesday
  ])('the VoiceBot suite looks for slots on the next weekday: %s → %s', (now, want) => {
    expect(nextWeekday(Date.parse(now))).toBe(want);
  });
});
