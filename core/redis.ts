/** Redis client factory. Commands fail fast while Redis is down (no offline queue), so the
 * cache degrades to "slower" instead of requests hanging. */
import { Redis } from 'ioredis';
import type { DependencyState } from './dependency.js';

export type { Redis };

export function createRedis(url: string): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Connection errors surface through health checks, failed commands and `watchRedis`; without a
  // listener ioredis would print each reconnect attempt as an unhandled error event.
  client.on('error', () => {});
  return client;
}

/**
 * A second connection with the same options (blocking reads and pub/sub need their own).
 * `duplicate()` copies options, not listeners: this adds the silent error listener
 * {@link createRedis} gives, so the copy never prints unhandled error events either.
 */
export function duplicateRedis(client: Redis): Redis {
  const copy = client.duplicate();
  copy.on('error', () => {});
  return copy;
}

/**
 * Reports a client's failures and recoveries to `state` (one outage log for all the connections
 * of a process, see core/dependency.ts).
 * @returns a function that stops reporting (the listeners are removed).
 */
export function watchRedis(client: Redis, state: DependencyState): () => void {
  const onError = (error: unknown) => state.failed(client, error);
  const onReady = () => state.ready(client);
  const onEnd = () => state.closed(client);
  client.on('error', onError);
  client.on('ready', onReady);
  client.on('end', onEnd);
  return () => {
    client.off('error', onError);
    client.off('ready', onReady);
    client.off('end', onEnd);
    state.closed(client);
  };
}
