import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request and its answer as they passed between Prism and the implementation. */
export interface Exchange {
  readonly method: string;
  /** Path and query below the target, as Prism forwarded it. */
  readonly path: string;
  readonly requestBody: string;
  readonly status: number;
  readonly contentType: string;
  readonly responseBody: string;
}

export interface ExchangeRecorder {
  /** Where Prism forwards to instead of the target. */
  readonly url: string;
  close(): Promise<void>;
}

// Headers that describe one hop or the bytes as sent (fetch has already decoded the body).
const hopHeaders = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'host', 'upgrade']);

const read = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/**
 * A pass-through between Prism and the target that hands each finished exchange to
 * `onExchange` before the answer goes back to Prism, so whatever reads it has the whole
 * exchange before Prism logs the exchange's violations. A target that does not answer
 * drops the connection, as the target itself would have.
 * @example const recorder = await startExchangeRecorder('http://127.0.0.1:4010/voicebot', (e) => seen.push(e))
 */
export async function startExchangeRecorder(target: string, onExchange: (exchange: Exchange) => void): Promise<ExchangeRecorder> {
  const base = target.replace(/\/$/, '');
  const server = createServer(async (req, res) => {
    try {
      const body = await read(req);
      const headers = Object.entries(req.headers).flatMap(([k, v]) => (hopHeaders.has(k) || v === undefined ? [] : [[k, String(v)] as [string, string]]));
      const answer = await fetch(base + (req.url ?? '/'), {
        method: req.method,
        headers,
        redirect: 'manual',
        ...(body.length > 0 && req.method !== 'GET' && req.method !== 'HEAD' && { body: new Uint8Array(body) }),
      });
      const text = Buffer.from(await answer.arrayBuffer());
      onExchange({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        requestBody: body.toString('utf8'),
        status: answer.status,
        contentType: answer.headers.get('content-type') ?? '',
        responseBody: text.toString('utf8'),
      });
      for (const [name, value] of answer.headers) if (!hopHeaders.has(name) && name !== 'set-cookie') res.setHeader(name, value);
      const cookies = answer.headers.getSetCookie();
      if (cookies.length) res.setHeader('set-cookie', cookies);
      res.writeHead(answer.status).end(text);
    } catch {
      req.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
