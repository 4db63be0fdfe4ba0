import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError } from '../routing/index.ts';
import type { HttpApi } from './express-adapter.ts';

export interface FaultRule {
  readonly method?: string;
  /** Server path with `*` wildcards: `/api/v1/records/*`. */
  readonly path: string;
  readonly latencyMs?: number;
  readonly status?: number;
  /** Share of matching requests hit, 0–1. */
  readonly share: number;
}

export interface Fault extends FaultRule {
  readonly id: number;
  readonly hits: number;
}

/** Per-route faults, as `/__admin/faults` manages them. */
export interface Faults {
  list(): Fault[];
  add(rule: FaultRule): Fault;
  clear(): void;
  /** The fault that hits this request, if any (and counts the hit). */
  pick(method: string, path: string): Fault | undefined;
}

export function createFaults(): Faults {
  let rules: { rule: Fault; pattern: RegExp; seen: number }[] = [];
  let nextId = 1;
  return {
    list: () => rules.map((r) => r.rule),
    add(rule) {
      const fault: Fault = { ...rule, id: nextId++, hits: 0 };
      const pattern = new RegExp(`^${rule.path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ rule: fault, pattern, seen: 0 });
      return fault;
    },
    clear() {
      rules = [];
    },
    pick(method, path) {
      for (const entry of rules) {
        if (entry.rule.method && entry.rule.method !== method.toUpperCase()) continue;
        if (!entry.pattern.test(path)) continue;
        entry.seen += 1;
        // Deterministic share: the n-th matching request is hit when ⌊n·share⌋ grows.
        if (Math.floor(entry.seen * entry.rule.share) > Math.floor((entry.seen - 1) * entry.rule.share)) {
          entry.rule = { ...entry.rule, hits: entry.rule.hits + 1 };
          return entry.rule;
        }
      }
      return undefined;
    },
  };
}

/** Applies faults to an API mounted at `mount`: delay first, then an error answer in the API's shape. */
export function withFaults(api: HttpApi, mount: string, faults: Faults): HttpApi {
  return {
    renderError: api.renderError,
    async handle(request) {
      const fault = faults.pick(request.method, mount + request.path);
      if (!fault) return api.handle(request);
      if (fault.latencyMs) await sleep(fault.latencyMs);
      if (fault.status === undefined) return api.handle(request);
      const response = api.renderError(new ApiError(fault.status, 'injected_fault', `Injected fault ${fault.id}: ${fault.status} for ${fault.path}.`));
      return { ...response, headers: { ...response.headers, 'x-slotcheck-fault': String(fault.id) } };
    },
  };
}
