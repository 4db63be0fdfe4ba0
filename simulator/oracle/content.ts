import { fail, pass } from '../checks/check.ts';
import { select } from '../scenario/template.ts';
import type { CheckResult } from '../types.ts';
import { sameName, type Service, type Truth } from './truth.ts';

// What an answer says about the business, held against what the fake Altegio holds:
// the business name is the location's title, the agents of a type are the location's
// staff who provide it, products are its services with their lengths, and an answer names
// the staff member who really holds the booking.

type ContentCheck = (answer: unknown, args: Readonly<Record<string, unknown>>, truth: Truth) => CheckResult;

const servicesOfType = (truth: Truth, companyId: number, type: unknown) => {
  const category = truth.state.tables.categories.find((c) => c.companyId === companyId && sameName(c.title, type));
  return (truth.state.tables.services as Service[]).filter((s) => s.categoryId === category?.id && s.active);
};

const names = (list: unknown, field: string) => (Array.isArray(list) ? list.map((item) => String(item?.[field] ?? '')) : []);

/** Content checks by name; a step names them in `content`. */
export const contentChecks: Readonly<Record<string, ContentCheck>> = {
  'business-name'(answer, { location }, truth) {
    const title = truth.company(Number(location))?.title;
    const given = (answer as { name?: unknown })?.name;
    return sameName(given, title) ? pass('content.business-name', `"${given}"`) : fail('content.business-name', 'the business name is not the location’s title', title, given);
  },
  agents(answer, { location, type }, truth) {
    const companyId = Number(location);
    const providers = new Set(servicesOfType(truth, companyId, type).flatMap((s) => [...truth.providers(s).keys()]));
    const expected = truth.staffOf(companyId).filter((s) => providers.has(s.id)).map((s) => s.name).sort();
    const given = names(answer, 'name').sort();
    return expected.length === given.length && expected.every((n, i) => sameName(n, given[i]))
      ? pass('content.agents', `${given.length} agents, the staff who provide ${type}`)
      : fail('content.agents', `the agents are not the staff of the location who provide ${type}`, expected, given);
  },
  'staff-name'(answer, { location, staff, at }, truth) {
    const name = truth.staff(Number(location), { id: staff })?.name;
    const given = select(answer, String(at));
    return sameName(given, name) ? pass('content.staff-name', `"${given}"`) : fail('content.staff-name', `${at} does not name the staff member who holds the booking`, name, given);
  },
  products(answer, { location, type }, truth) {
    const services = servicesOfType(truth, Number(location), type);
    const wrong = (Array.isArray(answer) ? answer : []).filter((p) => {
      const service = services.find((s) => sameName(s.title, p?.name));
      const lengths = service ? [service.duration, ...truth.providers(service).values()] : [];
      return !lengths.includes(Number(p?.duration) * 60);
    });
    return wrong.length === 0 && Array.isArray(answer) && answer.length === services.length
      ? pass('content.products', `${services.length} products with their lengths`)
      : fail('content.products', `the products are not the services of ${type} with their lengths`, services.map((s) => ({ name: s.title, duration: s.duration / 60 })), answer);
  },
};
