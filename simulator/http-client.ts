import type { Exchange } from './types.ts';

export interface HttpRequest {
  readonly method: string;
  /** Appended to the base URL: `/book_times/1001/0/2026-03-03`, or `''` for the base itself. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | readonly (string | number)[]>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as is (malformed bodies for negative checks); wins over `body`. */
  readonly rawBody?: string;
  /** Signs the exact bytes sent: its headers are added last, so nothing re-serialises the body after signing. */
  readonly sign?: SignBytes;
}

/** The headers that sign a payload (`''` when there is no body). */
export type SignBytes = (payload: string) => Readonly<Record<string, string>>;

/**
 * A signing scheme (a webhook's HMAC): the headers that sign these bytes at this time, with
 * the run's key unless another is given.
 */
export type Signer = (input: { readonly payload: string; readonly unixSeconds: number; readonly secret?: string }) => Readonly<Record<string, string>>;

export interface HttpClient {
  send(request: HttpRequest): Promise<Exchange>;
}

/**
 * HTTP for scenarios: an injected `fetch` and base URL, and every outcome (an error
 * status, a refused connection, a timeout) comes back as an Exchange, never a throw.
 * @example const http = createHttpClient({ fetch, baseUrl: 'http://127.0.0.1:4010/voicebot', headers: {}, timeoutMs: 10_000 })
 */
export function createHttpClient(options: {
  readonly fetch: typeof fetch;
  readonly baseUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** The run and the scenario playing, sent as `x-slotcheck-run` and `x-slotcheck-scenario` so the fake's log and dashboard can tell runs apart. */
  readonly tag?: () => { readonly run: string; readonly scenario?: string };
}): HttpClient {
  const base = options.baseUrl.replace(/\/$/, '');
  return {
    async send(request) {
      const url = new URL(base + request.path);
      for (const [key, value] of Object.entries(request.query ?? {})) {
        for (const v of ([] as (string | number)[]).concat(value as string | number)) url.searchParams.append(key, String(v));
      }
      const payload = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
      const tag = options.tag?.();
      const tags = tag && { 'x-slotcheck-run': tag.run, ...(tag.scenario !== undefined && { 'x-slotcheck-scenario': tag.scenario }) };
      const headers: Record<string, string> = { accept: 'application/json', ...tags, ...options.headers, ...request.headers, ...request.sign?.(payload ?? '') };
      if (payload !== undefined) headers['content-type'] ??= 'application/json';
      const sent: Exchange['request'] = {
        method: request.method,
        url: url.toString(),
        headers,
        ...(request.rawBody !== undefined ? { body: request.rawBody } : request.body !== undefined ? { body: request.body } : {}),
      };
      const started = performance.now();
      try {
        const res = await options.fetch(url, {
          method: request.method,
          headers,
          ...(payload !== undefined && { body: payload }),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        const text = await res.text();
        let body: unknown = text === '' ? undefined : text;
        try {
          if (text !== '') body = JSON.parse(text);
        } catch {
          // Not JSON: the text itself is what a check will show.
        }
        return {
          request: sent,
          response: { status: res.status, headers: Object.fromEntries(res.headers), body },
          durationMs: performance.now() - started,
        };
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        const message = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : [(error as Error).message, cause].filter(Boolean).join(': ');
        return { request: sent, error: message, durationMs: performance.now() - started };
      }
    },
  };
}
