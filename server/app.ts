/**
 * Wires the API from its dependencies: embedder, writer, schema, context, HTTP server. Used by
 * `server/main.ts` and by end-to-end tests (which pass their own config, driver and Redis).
 */
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createEmbedder } from '../ingest/embed/provider.js';
import type { Embedder } from '../ingest/embed/provider.js';
import { createWriter } from '../ingest/writer/writer.js';
import { createGraphModelCheck } from '../resolvers/Query/model-check.js';
import type { Writer } from '../ingest/writer/writer.js';
import type { Config } from './config.js';
import { createContext } from './context.js';
import { createChangeFeed } from './changes.js';
import { createServer } from './http.js';
import type { ThreadlineServer } from './http.js';
import { createMetrics } from './metrics.js';
import { registerSyncMetrics } from './sync-metrics.js';
import { webhookRoutes } from './webhooks.js';
import { createOllamaClient } from './ollama.js';
import { createProgressHub } from '../ingest/sync/progress.js';
import type { OllamaClient } from './ollama.js';
import { buildSchema } from './schema.js';
import { attachWebSocket } from './ws.js';

export interface AppDeps {
  config: Config;
  driver: Driver;
  redis: Redis;
  logger: Logger;
}

/** Builds the schema and returns the (not yet started) server and its writer. */
export async function createApp(
  deps: AppDeps,
): Promise<ThreadlineServer & { writer: Writer; ollama: OllamaClient; embedder: Embedder }> {
  const { config, driver, redis, logger } = deps;
  const metrics = createMetrics();
  registerSyncMetrics(metrics.registry, driver, config.neo4j.database);
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
  const changes = createChangeFeed({
    reader: redis.duplicate(),
    redis,
    keyPrefix: config.redis.keyPrefix,
    logger,
    metrics,
    maxQueue: config.ws.slowConsumerEvents,
  });
  const progress = createProgressHub({
    subscriber: redis.duplicate(),
    keyPrefix: config.redis.keyPrefix,
    logger,
  });
  const schema = await buildSchema(driver);
  const checkGraphModel = createGraphModelCheck({
    driver,
    embedder,
    database: config.neo4j.database,
  });
  const services = {
    config,
    driver,
    redis,
    embedder,
    writer,
    metrics,
    checkGraphModel,
    changes,
    ollama,
    progress,
  };
  const server = createServer({
    ...deps,
    metrics,
    schema,
    context: () => Promise.resolve(createContext(services)),
    routes: webhookRoutes({ config, driver, redis, writer, logger }),
    ws: (httpServer) =>
      attachWebSocket({
        httpServer,
        schema,
        config,
        metrics,
        logger,
        createContext: () => createContext(services),
      }),
    lifecycle: {
      async start() {
        await changes.start();
        await progress.start();
      },
      async stop() {
        await progress.stop();
        await changes.stop();
        writer.stop();
      },
    },
  });
  return { ...server, writer, ollama, embedder };
}
