/**
 * One runtime for every entry point (`serve`, `sync`, `reindex`, `eval`, `bench`, the tests):
 * the Neo4j driver and Redis client (the configured servers, or the local launchers when none is
 * configured), the embedder, the Ollama client, the writer, the metrics registry, the change feed
 * and the sync-progress hub. `close()` releases all of it, and stops only the local servers this
 * runtime started itself.
 */
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../core/config.js';
import { createDependencyState } from '../core/dependency.js';
import { createMetrics } from '../core/metrics.js';
import type { Metrics } from '../core/metrics.js';
import { createOllamaClient } from '../core/ollama.js';
import type { OllamaClient } from '../core/ollama.js';
import { createEmbedder } from '../embed/provider.js';
import type { Embedder } from '../embed/provider.js';
import { createProgressHub } from '../graph/progress.js';
import type { ProgressHub } from '../graph/progress.js';
import { createWriter } from '../graph/writer.js';
import type { Writer } from '../graph/writer.js';
import { createChangeFeed } from '../queries/changes.js';
import type { ChangeFeed } from '../queries/changes.js';
import { createGraphModelCheck } from '../queries/model-check.js';
import type { GraphModelCheck } from '../queries/model-check.js';
import type { QueryRuntime } from '../queries/runtime.js';
import { duplicateRedis, watchRedis } from '../core/redis.js';
import { openServices } from './services.js';

export interface Runtime extends QueryRuntime {
  config: Config;
  logger: Logger;
  driver: Driver;
  redis: Redis;
  embedder: Embedder;
  ollama: OllamaClient;
  writer: Writer;
  metrics: Metrics;
  checkGraphModel: GraphModelCheck;
  /** The change feed's reader (started by the API server; idle otherwise). */
  changes: ChangeFeed;
  /** Sync progress from Redis pub/sub (started by the API server; idle otherwise). */
  progress: ProgressHub;
  /**
   * Stops the feeds and the writer, closes the clients this runtime opened (not ones passed in)
   * and stops the local Neo4j/Redis it started. Safe to call twice.
   */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  logger: Logger;
  /** Start-up messages for a person (local servers starting, stopping). @default logger.info */
  log?: (message: string) => void;
  /** Use these clients instead of opening new ones (tests); `close()` leaves them open. */
  driver?: Driver;
  redis?: Redis;
  /** Aborts the start (Ctrl-C): local servers this call started are stopped, then it throws. */
  signal?: AbortSignal;
  /** Restart the local Neo4j/Redis this call started when they die (long-running `serve`). */
  supervise?: boolean;
}

/**
 * Opens (or takes) the clients and wires everything above them.
 * @throws when Neo4j or Redis cannot be reached, or a local server cannot start.
 */
export async function createRuntime(config: Config, options: RuntimeOptions): Promise<Runtime> {
  const { logger } = options;
  const log = options.log ?? ((m: string) => logger.info(m));
  const given = options.driver && options.redis;
  const opened = given
    ? undefined
    : await openServices(config, log, {
        signal: options.signal,
        supervise: options.supervise ? { warn: (m) => logger.warn(m) } : undefined,
      });
  const driver = options.driver ?? opened!.driver;
  const redis = options.redis ?? opened!.redis;
  const metrics = createMetrics();
  const ollama = createOllamaClient(config.ollama);
  const embedder = createEmbedder(config, ollama);
  const writer = createWriter({
    driver,
    redis,
    embedder,
    logger,
    database: config.neo4j.database,
    keyPrefix: config.redis.keyPrefix,
    changes: {
      maxLen: config.changes.streamMaxLen,
      bufferLimit: config.changes.outboxBuffer,
      metrics: { buffered: metrics.changeOutboxBuffered, dropped: metrics.changeEventsDropped },
    },
  });
  // The feeds read on connections of their own (XREAD BLOCK, SUBSCRIBE); lazy, opened by start().
  const reader = duplicateRedis(redis);
  const subscriber = duplicateRedis(redis);
  // One outage log for the three connections: a warning when Redis goes away, one when it is back.
  const redisState = createDependencyState('redis', logger, Date.now, {
    up: (up) => metrics.dependencyUp.set({ dependency: 'redis' }, up ? 1 : 0),
    downFor: (ms) => metrics.dependencyDownSeconds.inc({ dependency: 'redis' }, ms / 1000),
  });
  const unwatch = [redis, reader, subscriber].map((client) => watchRedis(client, redisState));
  const changes = createChangeFeed({
    reader,
    redis,
    keyPrefix: config.redis.keyPrefix,
    logger,
    metrics,
    maxQueue: config.ws.slowConsumerEvents,
  });
  const progress = createProgressHub({
    subscriber,
    keyPrefix: config.redis.keyPrefix,
    logger,
  });
  const checkGraphModel = createGraphModelCheck({
    driver,
    embedder,
    database: config.neo4j.database,
  });
  let closed = false;
  return {
    config,
    logger,
    driver,
    redis,
    embedder,
    ollama,
    writer,
    metrics,
    checkGraphModel,
    changes,
    progress,
    async close() {
      if (closed) return;
      closed = true;
      await progress.stop();
      await changes.stop();
      writer.stop();
      for (const stop of unwatch) stop();
      await opened?.close();
    },
  };
}
