import { authenticationNeeded, accessDenied } from './errors.ts';
import type { Db, User } from './state.ts';

/** What an Authorization header carries: `Bearer <partner>` or `Bearer <partner>, User <user>`. */
export interface Credentials {
  readonly partner?: string;
  readonly user?: string;
}

export function parseAuthorization(header: string | undefined): Credentials {
  if (!header) return {};
  const out: { partner?: string; user?: string } = {};
  for (const part of header.split(',')) {
    const [scheme, token] = part.trim().split(/\s+/, 2);
    if (!token) continue;
    if (scheme?.toLowerCase() === 'bearer') out.partner = token;
    else if (scheme?.toLowerCase() === 'user') out.user = token;
  }
  return out;
}

/**
 * Checks credentials the way Altegio does: a known partner token always; for the
 * operations whose spec names the `partnerAndUser` scheme, a user token too, and that
 * user must reach the location. Throws 401 `Authentication needed.` or 403 `Access denied.`.
 */
export function authorize(db: Db, request: { header?: string; scheme: string | undefined; companyId?: number }): User | undefined {
  const { partner } = parseAuthorization(request.header);
  if (!partner || !db.partnerTokens.has(partner)) throw authenticationNeeded();
  if (request.scheme !== 'partnerAndUser') return undefined;
  const found = currentUser(db, request.header);
  if (!found) throw authenticationNeeded();
  if (request.companyId !== undefined && !found.companyIds.includes(request.companyId)) throw accessDenied();
  return found;
}

/** The user whose token a request carries, if any. */
export function currentUser(db: Db, header: string | undefined): User | undefined {
  const { user } = parseAuthorization(header);
  return user === undefined ? undefined : [...db.tables.users.values()].find((u) => u.userToken === user);
}
