import { createHmac, timingSafeEqual } from 'node:crypto';

// The DialStack webhook signature, `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`:
// the partner relay signs with it and the platform verifies it, both over the exact bytes sent.

export const signatureHeader = 'x-dialstack-signature';
export const accountHeader = 'x-dialstack-account-id';

const signaturePattern = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/;

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text, 'utf8').digest('hex');

/** Unix seconds of a clock reading, as `t` carries them. */
export const unixSeconds = (ms: number) => Math.floor(ms / 1000);

/**
 * The signature header for a body.
 * @example signatureFor({ secret: 'whsec_slotcheck_example', timestamp: 1705309200, body }) // 't=1705309200,v1=b8a8…'
 */
export function signatureFor(input: { readonly secret: string; readonly timestamp: number; readonly body: string }): string {
  return `t=${input.timestamp},v1=${hmac(input.secret, `${input.timestamp}.${input.body}`)}`;
}

export interface SignatureCheck {
  readonly header: string | undefined;
  readonly secret: string;
  /** The raw body as received, never re-serialised. */
  readonly body: string;
  readonly nowSeconds: number;
  readonly toleranceSeconds: number;
}

/**
 * Why a signature header does not sign this body, or undefined when it does.
 * @example signatureProblem({ header, secret, body, nowSeconds: unixSeconds(clock.now()), toleranceSeconds: 300 })
 */
export function signatureProblem(check: SignatureCheck): string | undefined {
  if (check.header === undefined || check.header === '') return 'X-DialStack-Signature header is missing.';
  const match = signaturePattern.exec(check.header);
  if (!match) return 'X-DialStack-Signature must look like t=<unix seconds>,v1=<64 lowercase hex digits>.';
  const [, t, v1] = match as unknown as [string, string, string];
  const skew = Math.abs(check.nowSeconds - Number(t));
  if (skew > check.toleranceSeconds) {
    return `X-DialStack-Signature is stale: t is ${skew} s away from now, at most ${check.toleranceSeconds} s is accepted.`;
  }
  // Both sides are 32 bytes (the pattern fixed v1's length), as timingSafeEqual needs.
  const expected = Buffer.from(hmac(check.secret, `${t}.${check.body}`), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(v1, 'hex'))) return 'X-DialStack-Signature does not sign this body for this account.';
  return undefined;
}
