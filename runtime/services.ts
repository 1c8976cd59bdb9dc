/**
 * Resolves Neo4j and Redis for a process: the configured URIs, or the local launchers when none
 * is configured. Shared by `npm start`, `npm run migrate` and the CLI.
 */
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Config } from '../core/config.js';
import { localNeo4jStatus, neo4jLogFile, startLocalNeo4j, stopLocalNeo4j } from '../dev/neo4j.js';
import { localNeo4jOptions, localRedisOptions } from '../dev/options.js';
import { localRedisStatus, startLocalRedis, stopLocalRedis } from '../dev/redis.js';
import { superviseServers } from './supervisor.js';
import type { SupervisedServer } from './supervisor.js';
import { createDriver, neo4jTarget } from '../core/neo4j.js';
import { createRedis } from '../core/redis.js';

export interface Services {
  driver: Driver;
  redis: Redis;
  /** Closes clients and stops the local servers this call started (not ones already running). */
  close(): Promise<void>;
}

export interface OpenServicesOptions {
  /** Aborts the start (Ctrl-C): what it started is stopped, then it throws. */
  signal?: AbortSignal | undefined;
  /**
   * Restart the local servers this call started when they die (runtime/supervisor.ts), warning
   * through `warn`. For long-running processes (`serve`).
   */
  supervise?: { warn: (m: string) => void } | undefined;
}

export async function openServices(
  config: Config,
  log: (m: string) => void,
  { signal, supervise }: OpenServicesOptions = {},
): Promise<Services> {
  let localNeo4j: { uri: string; started: boolean } | undefined;
  let localRedis: { url: string; started: boolean } | undefined;
  let driver: Driver | undefined;
  let redis: Redis | undefined;
  try {
    if (!config.neo4j.uri) {
      localNeo4j = await startLocalNeo4j(localNeo4jOptions(config, log, signal));
    }
    signal?.throwIfAborted();
    if (!config.redis.url) localRedis = await startLocalRedis(localRedisOptions(config, true, log));
    signal?.throwIfAborted();
    driver = createDriver(neo4jTarget(config, localNeo4j?.uri));
    await driver.verifyConnectivity();
    redis = createRedis(config.redis.url ?? localRedis?.url ?? '');
    await redis.connect();
  } catch (error) {
    // Nothing half-started outlives a failed start: stop what this call started, then fail.
    redis?.disconnect();
    await driver?.close().catch(() => {});
    if (localRedis?.started) await stopLocalRedis(localRedisOptions(config, true)).catch(() => {});
    if (localNeo4j?.started) {
      log('start-up failed: stopping the local Neo4j it started…');
      await stopLocalNeo4j(localNeo4jOptions(config)).catch(() => {});
    }
    throw error;
  }
  const supervised: SupervisedServer[] = [];
  if (localNeo4j?.started) {
    const o = localNeo4jOptions(config, log);
    supervised.push({
      name: 'Neo4j',
      alive: () => localNeo4jStatus(o).running,
      start: () => startLocalNeo4j(o),
      logFile: neo4jLogFile(o),
    });
  }
  if (localRedis?.started) {
    const o = localRedisOptions(config, true, log);
    supervised.push({
      name: 'Redis',
      alive: () => localRedisStatus(o).running,
      start: () => startLocalRedis(o),
    });
  }
  const supervisor =
    supervise && supervised.length > 0
      ? superviseServers(supervised, { info: log, warn: supervise.warn })
      : undefined;
  return {
    driver,
    redis,
    async close() {
      supervisor?.stop();
      redis?.disconnect();
      await driver?.close();
      // Only what this process started; Neo4j's clean shutdown (checkpoint) takes a few seconds.
      if (localRedis?.started) await stopLocalRedis(localRedisOptions(config, true));
      if (localNeo4j?.started) {
        log('stopping the local Neo4j (clean shutdown, a few seconds)…');
        await stopLocalNeo4j(localNeo4jOptions(config));
        log('local Neo4j stopped');
      }
    },
  };
}
