import { describe, expect, it } from 'vitest';
import { signatureFor, signatureProblem } from './signature.ts';

// The worked example of the webhook spec's description, byte for byte.
const secret = 'whsec_slotcheck_example';
const body =
  '{"account_id":"acct_1MqG7hLkdIwHu7ix","query":{"filter":{"start_at_range":{"start_at":"2024-01-15T09:00:00Z","end_at":"2024-01-15T17:00:00Z"}}}}';
const header = 't=1705309200,v1=b8a822959eb917d78504f5bf0dc433f6ab5a56696d8463b9cc3dcfc22260c214';
const check = { header, secret, body, nowSeconds: 1705309200, toleranceSeconds: 300 };

describe('webhook signatures', () => {
  it('signs the spec’s example exactly as the spec says', () => {
    expect(signatureFor({ secret, timestamp: 1705309200, body })).toBe(header);
  });

  it('accepts its own signature up to the tolerance either way', () => {
    expect(signatureProblem(check)).toBeUndefined();
    expect(signatureProblem({ ...check, nowSeconds: 1705309200 + 300 })).toBeUndefined();
    expect(signatureProblem({ ...check, nowSeconds: 1705309200 - 300 })).toBeUndefined();
  });

  it.each([
    ['missing', { header: undefined }, /missing/],
    ['malformed', { header: 't=1705309200,v1=XYZ' }, /must look like/],
    ['uppercase hex', { header: header.toUpperCase() }, /must look like/],
    ['stale', { nowSeconds: 1705309200 + 301 }, /stale: t is 301 s away/],
    ['from the future', { nowSeconds: 1705309200 - 301 }, /stale/],
    ['another secret', { secret: 'whsec_other' }, /does not sign this body/],
    ['another body', { body: body.replace('09:00', '08:00') }, /does not sign this body/],
    ['re-serialised body', { body: JSON.stringify(JSON.parse(body), null, 2) }, /does not sign this body/],
    ['another timestamp', { header: header.replace('1705309200', '1705309201') }, /does not sign this body/],
  ])('refuses a signature that is %s', (_name, change, message) => {
    expect(signatureProblem({ ...check, ...change })).toMatch(message);
  });
});
