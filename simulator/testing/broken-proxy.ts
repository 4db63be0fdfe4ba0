import { createServer, type IncomingMessage } from 'node:http';

// A real HTTP server in front of a known-good implementation that breaks it in one
// realistic way: the simulator's own tests point it at these to prove each fault is
// caught by the right check.

export interface ProxiedRequest {
  readonly method: string;
  /** Path and query below the proxy's root. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface ProxiedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type Forward = (request: ProxiedRequest) => Promise<ProxiedResponse>;

/** One fault: gets the request and a way to pass it on, answers what the broken implementation would. */
export type Breakage = (request: ProxiedRequest, forward: Forward) => Promise<ProxiedResponse>;

export interface BrokenProxy {
  readonly url: string;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * @example const proxy = await startBrokenProxy(`${mock.url}/api/v1`, async (req, forward) => req.method === 'DELETE' ? { status: 204, headers: {}, body: '' } : forward(req))
 */
export async function startBrokenProxy(target: string, breakage: Breakage): Promise<BrokenProxy> {
  const forward: Forward = async (request) => {
    const headers = { ...request.headers };
    delete headers.host;
    delete headers['content-length'];
    const res = await fetch(target + request.path, {
      method: request.method,
      headers,
      ...(request.body !== '' && request.method !== 'GET' && { body: request.body }),
    });
    const out: Record<string, string> = {};
    res.headers.forEach((value, key) => {
      if (key !== 'content-length' && key !== 'transfer-encoding' && key !== 'connection') out[key] = value;
    });
    return { status: res.status, headers: out, body: await res.text() };
  };
  const server = createServer(async (req, res) => {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const request = { method: req.method ?? 'GET', path: req.url ?? '/', headers, body: await read(req) };
    // A breakage that throws answers 502, as a crashed gateway would, instead of hanging the test.
    const answer = await breakage(request, forward).catch((error: Error) => ({ status: 502, headers: {}, body: error.message }));
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A JSON answer, for breakages that make one up. */
export const jsonAnswer = (status: number, body: unknown): ProxiedResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
