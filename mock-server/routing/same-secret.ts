import { createHash, timingSafeEqual } from 'node:crypto';

// Digests have equal lengths, so the comparison takes the same time whatever the secret sent.
const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether a secret sent by a client is the expected one, in constant time. */
export const sameSecret = (sent: string, expected: string): boolean => timingSafeEqual(digest(sent), digest(expected));
