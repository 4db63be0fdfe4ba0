import type { AltegioClient, AltegioSchemas } from '../altegio-client/index.ts';
import type { ReferenceContext } from '../reference/index.ts';
import { notFound, unwrap } from './errors.ts';
import { readId, type AltegioRef, type IdKind } from './ids.ts';

// Where a request is answered: the configured business entities (sipId → entity →
// Altegio location) and the location an id names. Only configured locations are
// reachable, because only they have a user token for Altegio.

/** A location this webhook answers for, reached as that location's Altegio user. */
export interface Site {
  readonly companyId: number;
  readonly altegio: AltegioClient;
}

export type Location = AltegioSchemas['Location'];

const siteOf = (ctx: ReferenceContext, companyId: number): Site => ({ companyId, altegio: ctx.altegio(companyId) });

/** The entity that answers a called number. */
export function entityForSip(ctx: ReferenceContext, sipId: string): string {
  const entity = ctx.config.voicebot.entities.find((e) => e.sipIds.includes(sipId));
  if (!entity) throw notFound(`No business entity is configured for sipId "${sipId}".`, 'sipId');
  return entity.entityId;
}

export function siteOfEntity(ctx: ReferenceContext, entityId: string): Site {
  const entity = ctx.config.voicebot.entities.find((e) => e.entityId === entityId);
  if (!entity) throw notFound(`There is no business entity "${entityId}".`, 'entityId');
  return siteOf(ctx, entity.companyId);
}

/** Whether the location is one of the configured entities' (so its ids could be ours). */
export const isServed = (ctx: ReferenceContext, companyId: number) => ctx.config.voicebot.entities.some((e) => e.companyId === companyId);

/** Every location the webhook answers for, once each. */
export const allSites = (ctx: ReferenceContext): Site[] =>
  [...new Set(ctx.config.voicebot.entities.map((e) => e.companyId))].map((companyId) => siteOf(ctx, companyId));

/** The session's entity, when a request carries one along, must be the location's. */
export function checkSessionEntity(ctx: ReferenceContext, entityId: string | undefined, site: Site): void {
  if (entityId !== undefined && siteOfEntity(ctx, entityId).companyId !== site.companyId) {
    throw notFound(`The ids of this request belong to another business entity than "${entityId}".`, 'entityId');
  }
}

const labels: Readonly<Record<IdKind, string>> = {
  appointmentType: 'appointment type',
  product: 'product',
  agent: 'agent',
  user: 'user',
  booking: 'booking',
};

/**
 * The site and Altegio id an id names; 404 when it is not an id of that kind of a
 * served location (whether the Altegio object exists is for the caller to ask).
 * @example const { site, ref } = locate(ctx, { kind: 'product', value: body.productId, field: 'productId' })
 */
export function locate(ctx: ReferenceContext, id: { kind: IdKind; value: string; field: string }): { site: Site; ref: AltegioRef } {
  const ref = readId(id.kind, id.value);
  if (!ref || !isServed(ctx, ref.companyId)) throw notFound(`There is no ${labels[id.kind]} "${id.value}".`, id.field);
  return { site: siteOf(ctx, ref.companyId), ref };
}

export async function locationOf(site: Site): Promise<Location> {
  return unwrap(await site.altegio.getLocation(site.companyId), 'reading the location');
}
