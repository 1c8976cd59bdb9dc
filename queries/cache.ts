/**
 * Epoch-keyed Redis cache for custom query results. The key holds the operation, its normalised
 * arguments, the caller's access scope and the graph epoch, so a committed write makes every
 * earlier answer unreachable. Redis down means a miss, never an error or a stale answer.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../core/config.js';
import { epochKey, readEpoch } from '../graph/epoch.js';
import type { QueryRuntime, Scope } from './runtime.js';

/** A canonical JSON text of `value`: object keys sorted, `undefined` members left out. */
export function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

let fingerprint: string | undefined;

/** Folders whose files decide what a cached answer contains. */
const ANSWER_SOURCES = ['cypher', 'queries', 'resolvers'];

/**
 * A digest of the queries and the code that shapes answers (`cypher/`, `queries/`, `resolvers/`).
 * It is part of each key, so an upgrade that changes a query, an index or a resolver never
 * serves answers cached by the previous version: Redis outlives deployments.
 */
export function queryFingerprint(): string {
  if (fingerprint === undefined) {
    const hash = createHash('sha256');
    for (const dir of ANSWER_SOURCES) {
      const root = path.join(PROJECT_ROOT, dir);
      const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
        // .ts in a checkout, .js in the image (compiled in place; deploy/stage-image.mjs).
        .filter((f) => /\.(cypher|ts|js)$/.test(f) && !/\.test\.(ts|js)$/.test(f))
        .sort();
      for (const file of files) {
        hash
          .update(`${dir}/${file}`)
          .update('\0')
          .update(readFileSync(path.join(root, file)));
      }
    }
    fingerprint = hash.digest('base64url').slice(0, 10);
  }
  return fingerprint;
}

/** The epoch from Redis, seeded from Neo4j when Redis has none (e.g. after a Redis restart). */
async function currentEpoch(rt: QueryRuntime): Promise<number> {
  const { redis, driver, config } = rt;
  const key = epochKey(config.redis.keyPrefix);
  const cached = await redis.get(key);
  if (cached !== null) return Number(cached);
  const epoch = await readEpoch(driver, config.neo4j.database);
  await redis.set(key, String(epoch), 'NX');
  return Number((await redis.get(key)) ?? epoch);
}

/**
 * The Redis key of one answer: prefix, code fingerprint, operation, graph epoch, and a digest of
 * the arguments and the caller's levels (in any order), so callers with different scopes never
 * share an entry and a new epoch never finds an old one.
 */
export function cacheKey(
  prefix: string,
  operation: string,
  epoch: number,
  args: unknown,
  scope: Scope,
): string {
  const digest = createHash('sha256')
    .update(stable({ args, levels: [...scope.levels].sort() }))
    .digest('base64url');
  return `${prefix}q:${queryFingerprint()}:${operation}:${epoch}:${digest}`;
}

/**
 * Runs `compute` through the cache. Results must be JSON-serialisable. `compute` receives the
 * graph epoch the answer is cached under (`undefined` while Redis is unreachable).
 */
export async function cached<T>(
  rt: QueryRuntime,
  scope: Scope,
  operation: string,
  args: unknown,
  compute: (epoch: number | undefined) => Promise<T>,
): Promise<T> {
  const { redis, config, metrics } = rt;
  let key: string;
  let epoch: number;
  try {
    epoch = await currentEpoch(rt);
    key = cacheKey(config.redis.keyPrefix, operation, epoch, args, scope);
    const hit = await redis.get(key);
    if (hit !== null) {
      metrics.cacheLookups.inc({ result: 'hit' });
      return JSON.parse(hit) as T;
    }
  } catch {
    metrics.cacheLookups.inc({ result: 'error' });
    return compute(undefined);
  }
  metrics.cacheLookups.inc({ result: 'miss' });
  const value = await compute(epoch);
  redis.set(key, JSON.stringify(value), 'EX', config.redis.cacheTtlSeconds).catch(() => {});
  return value;
}
