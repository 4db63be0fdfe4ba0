import { describe, expect, it } from 'vitest';
import { createSpecValidator, pointerSegment } from './index.ts';

describe('createSpecValidator', () => {
  const partner = createSpecValidator('partner');
  const booking = `#/paths/${pointerSegment('/bookings')}/post/requestBody/content/${pointerSegment('application/json')}/schema`;
  const good = {
    bot_id: 'bot_1',
    booking: { start_at: '2026-03-02T09:00:00Z', duration_minutes: 30, customer: { phone: '+15551234567', name: 'John Doe' } },
  };

  it('accepts a value its schema allows, addressed by a pointer into the spec', () => {
    expect(partner.validate(booking, good)).toEqual({ valid: true });
  });

  it('names the field and the rule a value breaks, formats included', () => {
    const result = partner.validate(booking, { ...good, booking: { ...good.booking, start_at: 'tomorrow', duration_minutes: '30' } });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.violations).toEqual(
      expect.arrayContaining([
        { path: '/booking/start_at', message: 'booking.start_at must match format "date-time"' },
        { path: '/booking/duration_minutes', message: 'booking.duration_minutes must be integer' },
      ]),
    );
  });

  it('says which field is missing', () => {
    const result = partner.validate(booking, { booking: good.booking });
    expect(result).toEqual({ valid: false, violations: [{ path: '/', message: 'bot_id is required' }] });
  });

  it('fills in defaults only when asked to', () => {
    const admin = createSpecValidator('admin', { applyDefaults: true });
    const seed: Record<string, unknown> = { seed: 1 };
    expect(admin.validate('#/components/schemas/SeedRequest', seed)).toEqual({ valid: true });
    expect(seed).toEqual({ seed: 1, dataset: 'demo' });
    const untouched: Record<string, unknown> = { seed: 1 };
    createSpecValidator('admin').validate('#/components/schemas/SeedRequest', untouched);
    expect(untouched).toEqual({ seed: 1 });
  });
});
