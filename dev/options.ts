/** Launcher options derived from the configuration. */
import type { Config } from '../core/config.js';
import type { LocalNeo4jOptions } from './neo4j.js';
import type { LocalRedisOptions } from './redis.js';

export function localNeo4jOptions(
  config: Config,
  log?: (m: string) => void,
  signal?: AbortSignal,
): LocalNeo4jOptions {
  const l = config.neo4j.local;
  return {
    port: l.port,
    dataDir: l.dataDir,
    cacheDir: config.paths.cacheDir,
    heapMb: l.heapMb,
    pageCacheMb: l.pageCacheMb,
    javaHome: l.javaHome,
    ...(log ? { log } : {}),
    ...(signal ? { signal } : {}),
  };
}

export function localRedisOptions(
  config: Config,
  persistent: boolean,
  log?: (m: string) => void,
): LocalRedisOptions {
  return {
    port: config.redis.local.port,
    dataDir: config.redis.local.dataDir,
    persistent,
    ...(log ? { log } : {}),
  };
}
