/** A TCP proxy between a test API and the test Neo4j, to take Neo4j away and bring it back. */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A TCP proxy to Neo4j's Bolt port that can be cut (every connection dropped) and restored. */
export async function boltProxy(target: URL): Promise<{
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
}> {
  const sockets = new Set<net.Socket>();
  let port = 0;
  let server: net.Server;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    port,
    cut: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) {
          resolve();
          return;
        }
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
    restore: listen,
  };
}

/**
 * The settings of an API that reaches Neo4j through `proxy` and fails fast (2 s to connect, 2 s
 * of retries) once the proxy is cut.
 */
export function viaProxy(proxy: { port: number }): Record<string, string> {
  return {
    NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
    NEO4J_CONNECT_TIMEOUT_MS: '2000',
    NEO4J_RETRY_TIME_MS: '2000',
  };
}
