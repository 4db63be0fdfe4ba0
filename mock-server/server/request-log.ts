import type { RequestHandler } from 'express';
import type { Clock } from '../time/clock.ts';

/** One answered request as it went; the admin API masks credentials when it shows one. */
export interface LoggedRequest {
  readonly id: number;
  readonly at: string;
  /** By this machine's clock: apart from `at` when the fake's clock is pinned. */
  readonly receivedAt: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly fault?: number;
  readonly run?: string;
  readonly scenario?: string;
  /** Records created while a tagged request was answered. */
  readonly recordIds?: readonly number[];
  readonly request: { readonly headers: Readonly<Record<string, string>>; readonly body?: string };
  readonly response: { readonly headers: Readonly<Record<string, string>>; readonly body?: unknown };
}

/** A run tag's requests and the records they created. */
export interface RunTally {
  readonly run: string;
  readonly scenarios: string[];
  requests: number;
  readonly recordIds: Set<number>;
  readonly firstAt: string;
  lastAt: string;
}

/** The newest requests the server answered, at most `capacity` of them (old ones fall off), and the tagged runs. */
export interface RequestLog {
  add(entry: Omit<LoggedRequest, 'id'>): void;
  recent(limit: number, filter?: { run?: string }): LoggedRequest[];
  get(id: number): LoggedRequest | undefined;
  runs(): RunTally[];
  /** Empties the log and forgets the runs. */
  clear(): void;
}

/** Runs remembered at most; the oldest is forgotten first. */
const runCapacity = 200;

export function createRequestLog(capacity = 1000): RequestLog {
  let entries: LoggedRequest[] = [];
  let lastId = 0;
  const runs = new Map<string, RunTally>();
  const tally = (entry: LoggedRequest) => {
    if (entry.run === undefined) return;
    let run = runs.get(entry.run);
    if (!run) {
      run = { run: entry.run, scenarios: [], requests: 0, recordIds: new Set(), firstAt: entry.at, lastAt: entry.at };
      runs.set(entry.run, run);
      if (runs.size > runCapacity) runs.delete(runs.keys().next().value!);
    }
    run.requests++;
    run.lastAt = entry.at;
    if (entry.scenario !== undefined && !run.scenarios.includes(entry.scenario)) run.scenarios.push(entry.scenario);
    for (const id of entry.recordIds ?? []) run.recordIds.add(id);
  };
  return {
    add(fields) {
      const entry = { id: ++lastId, ...fields };
      entries.push(entry);
      tally(entry);
      if (entries.length > capacity * 2) entries = entries.slice(-capacity);
    },
    recent(limit, filter = {}) {
      const kept = entries.slice(-capacity);
      return (filter.run === undefined ? kept : kept.filter((e) => e.run === filter.run)).slice(-limit);
    },
    get: (id) => entries.slice(-capacity).find((e) => e.id === id),
    runs: () => [...runs.values()],
    clear() {
      entries = [];
      runs.clear();
    },
  };
}

/** The headers a caller tags its requests with (`slotcheck simulate` sends both). */
export const runHeader = 'x-slotcheck-run';
export const scenarioHeader = 'x-slotcheck-scenario';
/** Bodies are kept up to this many characters (the log holds up to 1000 entries). */
const bodyLimit = 16 * 1024;
const cut = (text: string) => (text.length > bodyLimit ? `${text.slice(0, bodyLimit)}…(cut)` : text);

function headersOf(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  return out;
}

const tagOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value.slice(0, 200) : undefined);
/** The highest id among records; ids only grow, so records created later are above it. */
const maxId = (records: ReadonlyMap<number, unknown>) => {
  let max = 0;
  for (const id of records.keys()) if (id > max) max = id;
  return max;
};

/**
 * Logs every request that reaches it with its bodies (the API adapter leaves them in
 * `res.locals`); a request tagged with a run also notes the records created meanwhile.
 * @example app.use(logRequests(requestLog, { clock, records: () => fake.db.tables.records }))
 */
export function logRequests(log: RequestLog, ctx: { readonly clock: Clock; readonly records: () => ReadonlyMap<number, { readonly deleted: boolean }> }): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const at = new Date(ctx.clock.now()).toISOString();
    const receivedAt = new Date().toISOString();
    const run = tagOf(req.headers[runHeader]);
    const scenario = tagOf(req.headers[scenarioHeader]);
    // Only tagged requests pay for the scan.
    const before = run === undefined ? 0 : maxId(ctx.records());
    res.on('finish', () => {
      const fault = res.getHeader('x-slotcheck-fault');
      const created = run === undefined ? [] : [...ctx.records().keys()].filter((id) => id > before);
      const requestBody = res.locals.requestBody as string | undefined;
      log.add({
        at,
        receivedAt,
        method: req.method,
        path: req.originalUrl,
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        ...(fault !== undefined && { fault: Number(fault) }),
        ...(run !== undefined && { run, recordIds: created }),
        ...(scenario !== undefined && { scenario }),
        request: { headers: headersOf(req.headers), ...(requestBody && { body: cut(requestBody) }) },
        response: { headers: headersOf(res.getHeaders()), ...(res.locals.responseBody !== undefined && { body: res.locals.responseBody }) },
      });
    });
    next();
  };
}
