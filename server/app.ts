/**
 * Wires the API from its dependencies: schema, context, HTTP server. Used by `server/main.ts`
 * and by end-to-end tests (which pass their own config, driver and Redis).
 */
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createServer } from './http.js';
import type { ThreadlineServer } from './http.js';
import { createMetrics } from './metrics.js';
import { buildSchema } from './schema.js';

export interface AppDeps {
  config: Config;
  driver: Driver;
  redis: Redis;
  logger: Logger;
}

/** Builds the schema and returns the (not yet started) server. */
export async function createApp(deps: AppDeps): Promise<ThreadlineServer> {
  const metrics = createMetrics();
  const schema = await buildSchema(deps);
  return createServer({
    ...deps,
    metrics,
    schema,
    context: () => Promise.resolve({}),
  });
}
