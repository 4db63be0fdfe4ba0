import { createServer } from 'node:net';

/**
 * A port nothing listens on right now, for tools that cannot bind port 0 and say which
 * port they got (Prism). The OS hands out ephemeral ports in turn, so a port freed here is
 * not handed to the next caller at once and parallel runs do not clash.
 * @example const port = await freePort('127.0.0.1')
 */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
