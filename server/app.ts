/**
 * The API on top of a runtime: the schema, the per-request context, the HTTP and WebSocket
 * server, webhooks and metrics. Used by `threadline serve` and by the end-to-end tests.
 */
import { buildSchema } from './schema.js';
import { createContext } from '../resolvers/context.js';
import type { Runtime } from '../runtime/runtime.js';
import { createServer } from './http.js';
import type { ThreadlineServer } from './http.js';
import { registerSyncMetrics } from './sync-metrics.js';
import { webhookRoutes } from './webhooks.js';
import { attachWebSocket } from './ws.js';

/** Builds the schema and returns the (not yet started) server. The runtime stays the caller's. */
export async function createApp(runtime: Runtime): Promise<ThreadlineServer> {
  const { config, driver, redis, logger, metrics, writer, changes, progress } = runtime;
  registerSyncMetrics(metrics.registry, driver, config.neo4j.database);
  const schema = await buildSchema(driver);
  return createServer({
    config,
    driver,
    redis,
    logger,
    metrics,
    schema,
    context: () => Promise.resolve(createContext(runtime)),
    routes: webhookRoutes({ config, driver, redis, writer, logger }),
    ws: (httpServer) =>
      attachWebSocket({
        httpServer,
        schema,
        config,
        metrics,
        logger,
        createContext: () => createContext(runtime),
      }),
    lifecycle: {
      async start() {
        await changes.start();
        await progress.start();
      },
      async stop() {
        await progress.stop();
        await changes.stop();
      },
    },
  });
}
