import { createRequire } from 'node:module';

// autocannon ships no types: the little of its API used here, spelt out.
interface AutocannonResult {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

// Closed-loop load with autocannon (the generator the figures came from): N
// connections, each sending its next request when the answer came, for a fixed time.

export interface LoadFigures {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  /** Non-2xx answers and socket errors. */
  readonly failed: number;
}

export interface LoadRequest {
  readonly method?: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export async function load(base: string, requests: readonly LoadRequest[], options: { connections: number; seconds: number }): Promise<LoadFigures> {
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    requests: requests.map((r) => ({ method: r.method ?? 'GET', path: r.path, headers: r.headers ?? {}, ...(r.body !== undefined && { body: r.body }) })),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
