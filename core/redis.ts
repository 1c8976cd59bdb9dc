/** Redis client factory. Commands fail fast while Redis is down (no offline queue), so the
 * cache degrades to "slower" instead of requests hanging. */
import { Redis } from 'ioredis';

export type { Redis };

export function createRedis(url: string): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Connection errors surface through health checks and failed commands; without a listener
  // ioredis would print each reconnect attempt as an unhandled error event.
  client.on('error', () => {});
  return client;
}
