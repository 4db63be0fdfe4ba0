import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performAction, type Agent } from './actions.ts';
import { createAltegio } from './altegio-http.ts';
import { failure, invalid, type Answer } from './answers.ts';
import { validateRequest } from './request-validation.ts';

// A second implementation of the unified action API (specs/unified-action.openapi.yaml),
// written from the spec alone, on top of any Altegio REST v1 (the fake one in tests). It
// exists to run the simulator's unified suite against something other than the reference
// implementation. Checks run in the spec's order: body size (413), API key (401), JSON and
// schema (400), agent and appointment (404), appointment state (409 CONFLICT), slot
// (409 SLOT_UNAVAILABLE); a refused request writes nothing to Altegio.

export interface IndependentUnifiedOptions {
  /** Altegio's base URL, `…/api/v1`. */
  readonly altegioUrl: string;
  readonly partnerToken: string;
  readonly userToken: string;
  /** The one X-Api-Key accepted; it reaches every agent below. */
  readonly apiKey: string;
  readonly agents: readonly Agent[];
  /** The clock (ms) for the free-time window and "in the past"; default Date.now. */
  readonly now?: () => number;
}

export interface RunningIndependentUnified {
  /** The endpoint: `POST` here. */
  readonly url: string;
  close(): Promise<void>;
}

/** 100 KiB; a longer body is PAYLOAD_TOO_LARGE. */
export const bodyLimit = 102_400;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * @example const api = await startIndependentUnified({ altegioUrl: `${mock.url}/api/v1`, partnerToken, userToken, apiKey: 'k', agents: [{ agentId, companyId: 1001, serviceId: 10009, staffId: 10001 }] })
 */
export async function startIndependentUnified(options: IndependentUnifiedOptions): Promise<RunningIndependentUnified> {
  const altegio = createAltegio({ baseUrl: options.altegioUrl, partnerToken: options.partnerToken, userToken: options.userToken });
  const agents = new Map(options.agents.map((a) => [a.agentId.toLowerCase(), a]));
  const keyDigest = digest(options.apiKey);
  const clock = options.now ?? Date.now;

  async function answer(req: IncomingMessage): Promise<Answer> {
    const path = (req.url ?? '/').split('?')[0];
    const body = await readBody(req);
    if (req.method !== 'POST' || path !== '/') {
      return failure('NOT_FOUND', 'Sorry, I can\'t do that.', `No operation at ${req.method} ${path}; the API is POST /`);
    }
    if (body === undefined) {
      return failure('PAYLOAD_TOO_LARGE', 'Sorry, the request could not be understood.', `Request body exceeds ${bodyLimit} bytes`);
    }
    const key = req.headers['x-api-key'];
    const given = Array.isArray(key) ? key[0] : key;
    if (!given || !timingSafeEqual(digest(given), keyDigest)) {
      return failure('UNAUTHORIZED', "Sorry, I can't reach the booking system right now.", 'Missing or invalid X-Api-Key header');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      return failure('VALIDATION_ERROR', 'Sorry, the request could not be understood.', `Body is not valid JSON: ${(error as Error).message}`);
    }
    const now = clock();
    const checked = validateRequest(parsed, now);
    if (!checked.ok) return invalid(checked.fields);
    const agent = agents.get(checked.request.agentId);
    if (!agent) {
      return failure('NOT_FOUND', "Sorry, I can't book appointments right now.", `Agent ${checked.request.agentId} not found`);
    }
    return performAction({ altegio, agent, request: checked.request, now });
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let out: Answer;
    try {
      out = await answer(req);
    } catch (error) {
      out = failure('INTERNAL_ERROR', 'Sorry, something went wrong on our side. Please try again in a moment.', (error as Error).message || 'Internal error');
    }
    const text = JSON.stringify(out.body);
    res.writeHead(out.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  const server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The body as text, or undefined when it is over the limit (the rest is read and dropped). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > bodyLimit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > bodyLimit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
