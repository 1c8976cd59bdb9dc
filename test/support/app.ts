/** Starts the real API on a free port against the test Neo4j and Redis. */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/app.js';
import { createRuntime } from '../../runtime/runtime.js';
import type { Runtime } from '../../runtime/runtime.js';
import type { Writer } from '../../graph/writer.js';
import { pino } from 'pino';
import { createDriver, neo4jTarget } from '../../core/neo4j.js';
import { migrate } from '../../core/migrate.js';
import type { Redis } from '../../core/redis.js';
import { testConfig, testDriver, testRedis, testToken } from './services.js';

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface TestApp {
  url: string;
  /** The local admin token a development server without a token issuer minted. */
  localToken?: string;
  /** Redis key prefix of this app (its change stream is `${keyPrefix}changes`). */
  keyPrefix: string;
  redisUrl: string;
  driver: Driver;
  redis: Redis;
  writer: Writer;
  runtime: Runtime;
  /**
   * A GraphQL request as an admin reading `ACCESS_DEFAULT_LEVELS`; `token` replaces that
   * identity (`null`: no credentials at all).
   */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null },
  ): Promise<GqlResponse<T>>;
  metricsText(): Promise<string>;
  /** What the server logged at `warn` and above, as parsed JSON lines, oldest first. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * Starts the API. `identity` sets who `gql` calls as by default (an admin reading the configured
 * `ACCESS_DEFAULT_LEVELS` unless `levels` says otherwise).
 */
export async function startTestApp(
  options: {
    redisUrl?: string;
    env?: Record<string, string | undefined>;
    identity?: { role?: string; levels?: string[] };
  } = {},
): Promise<TestApp> {
  const config = testConfig({
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    // Each app gets its own key space so cached answers never cross test files.
    REDIS_KEY_PREFIX: `test:${randomUUID()}:`,
    ...options.env,
  });
  // An app may reach Neo4j another way (through a proxy a test can cut): NEO4J_URI in `env`.
  const driver = options.env?.NEO4J_URI ? createDriver(neo4jTarget(config)) : testDriver();
  const redis = await testRedis(config.redis.url);
  await migrate(driver, config);
  const logs: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'warn' },
    { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const runtime = await createRuntime(config, { logger, driver, redis });
  const server = await createApp(runtime);
  await server.start();
  const url = `${server.url()}/graphql`;
  return {
    url,
    ...(server.localToken ? { localToken: server.localToken } : {}),
    keyPrefix: config.redis.keyPrefix,
    redisUrl: config.redis.url ?? '',
    driver,
    redis,
    writer: runtime.writer,
    runtime,
    logs,
    async gql<T>(
      query: string,
      variables: Record<string, unknown> = {},
      requestOptions: { token?: string | null } = {},
    ) {
      const token =
        requestOptions.token === undefined
          ? await testToken(options.identity)
          : requestOptions.token;
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse<T>;
    },
    async metricsText() {
      return (await fetch(`${server.url()}/metrics`)).text();
    },
    async close() {
      await server.stop();
      await runtime.close();
      redis.disconnect();
      await driver.close();
    },
  };
}

/** Deletes every artifact whose uid starts with `prefix`, with its chunks. */
export async function deleteByPrefix(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (a:Artifact) WHERE a.uid STARTS WITH $prefix
     OPTIONAL MATCH (c:Chunk)-[:OF]->(a)
     DETACH DELETE c, a`,
    { prefix },
  );
}

/** Node and relationship counts under a uid prefix (artifacts, chunks, and their edges). */
export async function countsUnder(
  driver: Driver,
  prefix: string,
): Promise<{ nodes: number; rels: number }> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Artifact) WHERE a.uid STARTS WITH $prefix
     OPTIONAL MATCH (c:Chunk)-[:OF]->(a)
     WITH collect(DISTINCT a) + collect(DISTINCT c) AS ns
     UNWIND ns AS n
     OPTIONAL MATCH (n)-[r]->()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS rels`,
    { prefix },
  );
  return { nodes: records[0]?.get('nodes') as number, rels: records[0]?.get('rels') as number };
}
