import type { AltegioSchemas } from '../altegio-client/index.ts';
import type { ReferenceContext, RequiredInfo } from '../reference/index.ts';
import type { Action, Schemas } from './contract.ts';
import { notFound, unwrap } from './errors.ts';
import { makeId } from './ids.ts';
import { checkSessionEntity, entityForSip, locate, locationOf, siteOfEntity, type Site } from './sites.ts';

// What can be booked: appointment types are Altegio service categories, products are
// the services of a category that can be booked online, agents are the staff members
// (not fired, not hidden) who provide one of them.

export type Service = AltegioSchemas['Service'];
export type StaffMember = AltegioSchemas['StaffMember'];

export interface Catalog {
  readonly categories: readonly AltegioSchemas['Category'][];
  readonly services: readonly Service[];
  readonly staff: readonly StaffMember[];
}

/** What products and agents are made of: the catalog without its categories (one Altegio request fewer). */
export type Offer = Pick<Catalog, 'services' | 'staff'>;

export async function offerOf(site: Site): Promise<Offer> {
  const { altegio, companyId } = site;
  const [services, staff] = await Promise.all([altegio.getServices(companyId), altegio.getStaff(companyId)]);
  return {
    services: unwrap(services, 'reading the services').filter((s) => s.active === 1),
    staff: unwrap(staff, 'reading the staff').filter((s) => s.fired === 0 && s.hidden === 0 && s.status !== 1),
  };
}

export async function catalogOf(site: Site): Promise<Catalog> {
  const [categories, offer] = await Promise.all([site.altegio.getServiceCategories(site.companyId), offerOf(site)]);
  return { categories: unwrap(categories, 'reading the service categories'), ...offer };
}

/** The staff members of the catalog who provide the service, in Altegio's order. */
export const staffOf = (catalog: Offer, service: Service) => catalog.staff.filter((m) => service.staff.some((l) => l.id === m.id));

const productsOf = (catalog: Catalog, categoryId: number) => catalog.services.filter((s) => s.category_id === categoryId);

export const getEntityForSipId: Action<'getEntityForSipId'> = async ({ sipId }, ctx) => ({ entityId: entityForSip(ctx, sipId) });

export const getBusinessName: Action<'getBusinessName'> = async ({ entityId }, ctx) => ({
  name: (await locationOf(siteOfEntity(ctx, entityId))).title,
});

export const getAppointmentTypes: Action<'getAppointmentTypes'> = async ({ entityId }, ctx) => {
  const site = siteOfEntity(ctx, entityId);
  const catalog = await catalogOf(site);
  // A type without a bookable product is nothing the bot can book.
  return catalog.categories.filter((c) => productsOf(catalog, c.id).length > 0).map((c) => appointmentType(site, c));
};

export const getAppointmentTypesWithProducts: Action<'getAppointmentTypesWithProducts'> = async ({ entityId }, ctx) => {
  const site = siteOfEntity(ctx, entityId);
  const [catalog, location] = await Promise.all([catalogOf(site), locationOf(site)]);
  return catalog.categories
    .map((c) => ({ ...appointmentType(site, c), products: productsOf(catalog, c.id).map((s) => product(site, { service: s, location })) }))
    .filter((t) => t.products.length > 0);
};

export const getAgents: Action<'getAgents'> = async ({ entityId, appointmentTypeId }, ctx) => {
  const { site, category, catalog } = await appointmentTypeAt(ctx, { entityId, appointmentTypeId });
  const services = productsOf(catalog, category.id);
  return catalog.staff.filter((m) => services.some((s) => s.staff.some((l) => l.id === m.id))).map((m) => agent(site, m));
};

export const getProducts: Action<'getProducts'> = async ({ entityId, appointmentTypeId }, ctx) => {
  const { site, category, catalog } = await appointmentTypeAt(ctx, { entityId, appointmentTypeId });
  const location = await locationOf(site);
  return productsOf(catalog, category.id).map((s) => product(site, { service: s, location }));
};

export const getRequiredInfo: Action<'getRequiredInfo'> = async ({ entityId, productId }, ctx) => {
  const { site, ref } = locate(ctx, { kind: 'product', value: productId, field: 'productId' });
  checkSessionEntity(ctx, entityId, site);
  const services = unwrap(await site.altegio.getServices(site.companyId), 'reading the services');
  if (!services.some((s) => s.id === ref.id && s.active === 1)) throw notFound(`There is no product "${productId}".`, 'productId');
  const info = requiredInfoOf(ctx, ref.id);
  return { bookerInfo: [...info.bookerInfo], participantInfo: [...info.participantInfo] };
};

/** What the configuration asks for a product (an Altegio service id), or the default. */
export const requiredInfoOf = (ctx: ReferenceContext, serviceId: number): RequiredInfo =>
  ctx.config.voicebot.requiredInfo.products[String(serviceId)] ?? ctx.config.voicebot.requiredInfo.default;

async function appointmentTypeAt(ctx: ReferenceContext, ids: { entityId: string; appointmentTypeId: string }) {
  const site = siteOfEntity(ctx, ids.entityId);
  const type = locate(ctx, { kind: 'appointmentType', value: ids.appointmentTypeId, field: 'appointmentTypeId' });
  const catalog = type.site.companyId === site.companyId ? await catalogOf(site) : undefined;
  const category = catalog?.categories.find((c) => c.id === type.ref.id);
  if (!catalog || !category) throw notFound(`Entity "${ids.entityId}" has no appointment type "${ids.appointmentTypeId}".`, 'appointmentTypeId');
  return { site, category, catalog };
}

/**
 * The service a product id names, checked to be a bookable product of the appointment
 * type (404 otherwise), with the services and staff of its location.
 */
export async function productOfType(ctx: ReferenceContext, ids: { appointmentTypeId: string; productId: string; entityId?: string }) {
  const { site, ref } = locate(ctx, { kind: 'product', value: ids.productId, field: 'productId' });
  const type = locate(ctx, { kind: 'appointmentType', value: ids.appointmentTypeId, field: 'appointmentTypeId' });
  checkSessionEntity(ctx, ids.entityId, site);
  const catalog = await offerOf(site);
  const service = catalog.services.find((s) => s.id === ref.id);
  if (!service) throw notFound(`There is no product "${ids.productId}".`, 'productId');
  if (type.site.companyId !== site.companyId || service.category_id !== type.ref.id) {
    throw notFound(`Product "${ids.productId}" is not a product of appointment type "${ids.appointmentTypeId}".`, 'productId');
  }
  return { site, service, catalog };
}

export const appointmentType = (site: Site, category: AltegioSchemas['Category']): Schemas['AppointmentType'] => ({
  id: makeId('appointmentType', { companyId: site.companyId, id: category.id }),
  name: category.title,
});

export function agent(site: Site, member: StaffMember): Schemas['Agent'] {
  // Altegio keeps one name; it is split only when that is unambiguous.
  const parts = member.name.trim().split(/\s+/);
  return {
    id: makeId('agent', { companyId: site.companyId, id: member.id }),
    name: member.name,
    ...(parts.length === 2 && { firstName: parts[0], lastName: parts[1] }),
  };
}

export function product(site: Site, of: { service: Service; location: AltegioSchemas['Location'] }): Schemas['Product'] {
  const { service, location } = of;
  // `duration` is 0 in Altegio when only the staff's own lengths are set.
  const seconds = service.duration || service.staff[0]?.seance_length || 60;
  return {
    id: makeId('product', { companyId: site.companyId, id: service.id }),
    name: service.title,
    duration: Math.max(1, Math.round(seconds / 60)),
    price: service.price_min,
    ...(/^[A-Z]{3}$/.test(location.currency_short_title) && { currency: location.currency_short_title }),
    ...(service.comment && { description: service.comment }),
  };
}
