import { json, type ApiResponse } from '../routing/index.ts';
import { invalidField, notFound } from './errors.ts';
import type { Category, Client, Company, Db, Service, Staff } from './state.ts';

// Small reads every handler group shares: find-or-404 and the success envelope.

/** `{success: true, data, meta}` with Altegio's empty meta `[]`. */
export function ok(data: unknown, meta: unknown = [], status = 200): ApiResponse {
  return json(status, { success: true, data, meta });
}

export function companyOf(db: Db, companyId: number): Company {
  const company = db.tables.companies.get(companyId);
  if (!company) throw notFound(`Location ${companyId} not found.`);
  return company;
}

// A row deleted through the API is not found, as one of another location is not.
export function staffOf(db: Db, company: Company, staffId: number, as: 'path' | 'body' = 'path'): Staff {
  const staff = db.tables.staff.get(staffId);
  if (staff && staff.companyId === company.id && !staff.deleted) return staff;
  const message = `Staff member ${staffId} not found in location ${company.id}.`;
  throw as === 'path' ? notFound(message) : invalidField('body', 'staff_id', message);
}

export function serviceOf(db: Db, company: Company, serviceId: number, as: 'path' | 'body' = 'path'): Service {
  const service = db.tables.services.get(serviceId);
  if (service && service.companyId === company.id && !service.deleted) return service;
  const message = `Service ${serviceId} not found in location ${company.id}.`;
  throw as === 'path' ? notFound(message) : invalidField('body', 'services', message);
}

export function categoryOf(db: Db, company: Company, categoryId: number, as: 'path' | 'body' = 'path'): Category {
  const category = db.tables.categories.get(categoryId);
  if (category && category.companyId === company.id && !category.deleted) return category;
  const message = `Service category ${categoryId} not found in location ${company.id}.`;
  throw as === 'path' ? notFound(message) : invalidField('body', 'category_id', message);
}

export function clientOf(db: Db, company: Company, clientId: number): Client {
  const client = db.tables.clients.get(clientId);
  if (client && client.companyId === company.id && !client.deleted) return client;
  throw notFound(`Client ${clientId} not found in location ${company.id}.`);
}

/** Page `page` (1-based) of `count` rows, and the meta Altegio sends with it. */
export function paginate<T>(rows: readonly T[], page = 1, count = 50): { data: T[]; meta: { page: number; total_count: number } } {
  return { data: rows.slice((page - 1) * count, page * count), meta: { page, total_count: rows.length } };
}

/** Digits of a phone number with a plus, or undefined when it cannot be one (9–15 digits). */
export function normalizePhone(text: string): string | undefined {
  const digits = text.replace(/[\s()\-.]/g, '').replace(/^\+/, '');
  return /^\d{9,15}$/.test(digits) ? `+${digits}` : undefined;
}
