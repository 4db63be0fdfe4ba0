import type { Request, RequestHandler, Response } from 'express';
import { ApiError, type ApiRequest, type ApiResponse } from '../routing/index.ts';

/** What an API needs to be served over HTTP: a handler and its own error rendering. */
export interface HttpApi {
  handle(request: ApiRequest): Promise<ApiResponse>;
  renderError(error: ApiError): ApiResponse;
}

/** Bodies above this are refused with 413 in the API's own shape (the fake never needs more). */
export const bodyLimitBytes = 1024 * 1024;

/**
 * Express is only the socket: it hands the raw request to the API and writes back
 * what it answers. Body parsing stays in the API so that malformed JSON and huge
 * bodies get the API's own error shape, and signatures see the exact bytes.
 * @example app.use('/api/v1', expressAdapter(altegioApi))
 */
export function expressAdapter(api: HttpApi): RequestHandler {
  return async function slotcheckApi(req, res, next) {
    try {
      const raw = await readBody(req);
      const response =
        raw === undefined
          ? api.renderError(new ApiError(413, 'payload_too_large', `The request body is larger than ${bodyLimitBytes} bytes.`))
          : await api.handle(toApiRequest(req, raw));
      // For the request log, which runs outside the API and never sees the parsed bodies.
      Object.assign(res.locals, { requestBody: raw, responseBody: response.body });
      send(res, response);
    } catch (error) {
      next(error);
    }
  };
}

export function toApiRequest(req: Request, rawBody: string): ApiRequest {
  const url = new URL(req.url, 'http://localhost');
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const existing = query[key];
    query[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  }
  const headers: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.headers)) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  // The path stays percent-encoded: the router decodes each segment once, after splitting.
  return { method: req.method, path: url.pathname, query, headers, rawBody, remoteAddress: req.socket.remoteAddress };
}

export function send(res: Response, response: ApiResponse): void {
  res.status(response.status);
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (response.body === undefined) return void res.end();
  // What res.json writes, without Express's send() on top (the ETag and freshness checks no API here uses): it counts under load.
  if (!res.hasHeader('content-type')) res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(response.body));
}

/** The body as text, or undefined once it passes the limit (the rest is drained, not buffered). */
function readBody(req: Request): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > bodyLimitBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
