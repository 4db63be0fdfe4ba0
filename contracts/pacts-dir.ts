import { fileURLToPath } from 'node:url';

/** Where the checked-in pacts live: consumer tests write them, provider verification reads them. */
export const pactsDir = fileURLToPath(new URL('pacts/', import.meta.url));
