/**
 * Sync progress travels over Redis pub/sub: a sync (the CLI, the scheduler) publishes each
 * progress event on one channel; every API process subscribes once and hands events to its
 * `syncProgress` subscribers. Progress is a live view, not a record: an event nobody hears is
 * gone, which is why it does not use the change stream.
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createAsyncQueue } from '../core/async-queue.js';

/** One progress report of a running sync, published on Redis pub/sub. */
export interface ProgressEvent {
  source: string;
  phase: 'fetching' | 'writing' | 'waiting' | 'done' | 'failed';
  fetched: number;
  written: number;
  embedded: number;
  /** Rate-limit waits so far. */
  waits: number;
  message?: string;
}

export const progressChannel = (keyPrefix: string) => `${keyPrefix}sync-progress`;

export interface ProgressHub {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Events whose source starts with `source` (all when absent), until the iterator returns. */
  subscribe(source: string | null | undefined): AsyncIterableIterator<ProgressEvent>;
}

/** Creates the hub on a connection of its own (`subscriber`: a duplicate, in subscriber mode). */
export function createProgressHub(deps: {
  subscriber: Redis;
  keyPrefix: string;
  logger: Logger;
}): ProgressHub {
  const listeners = new Set<(e: ProgressEvent) => void>();
  const channel = progressChannel(deps.keyPrefix);
  const onMessage = (ch: string, message: string) => {
    if (ch !== channel) return;
    try {
      const event = JSON.parse(message) as ProgressEvent;
      for (const l of listeners) l(event);
    } catch (error) {
      deps.logger.warn({ err: error }, 'unreadable sync progress message');
    }
  };
  return {
    async start() {
      deps.subscriber.on('message', onMessage);
      // ioredis subscribes again by itself after a reconnect; when Redis is down at start-up,
      // `ready` subscribes once it is reachable (the API starts without live progress).
      const subscribe = () =>
        deps.subscriber.subscribe(channel).catch((error: unknown) => {
          deps.logger.warn({ err: error }, 'sync progress unavailable until Redis is reachable');
        });
      if (deps.subscriber.status === 'wait') await deps.subscriber.connect().catch(() => {});
      if (deps.subscriber.status === 'ready') await subscribe();
      else deps.subscriber.once('ready', () => void subscribe());
    },
    async stop() {
      deps.subscriber.off('message', onMessage);
      deps.subscriber.disconnect();
      await Promise.resolve();
    },
    subscribe(source) {
      // Progress is a view: when a client lags, its oldest events are dropped.
      const events = createAsyncQueue<ProgressEvent>({
        limit: 100,
        overflow: 'drop-oldest',
        onClose: () => {
          listeners.delete(listener);
        },
      });
      const listener = (e: ProgressEvent) => {
        if (!source || e.source.startsWith(source)) events.push(e);
      };
      listeners.add(listener);
      return events;
    },
  };
}

/** A `SyncDeps.onProgress` that publishes each event for the API's `syncProgress` subscribers. */
export function publishProgress(redis: Redis, keyPrefix: string): (event: ProgressEvent) => void {
  const channel = progressChannel(keyPrefix);
  return (event) => {
    // Progress is best effort: a sync never fails because Redis is away.
    redis.publish(channel, JSON.stringify(event)).catch(() => {});
  };
}
