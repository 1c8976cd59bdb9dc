/**
 * The graph epoch: a counter in Neo4j (`(:_GraphMeta).epoch`) that every write that changes
 * something increments in its own transaction, mirrored to Redis after commit. Cache keys carry
 * it, so a committed write makes every earlier cached answer unreachable.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { cypher } from '../core/cypher.js';

/** Redis key of the mirrored epoch. */
export const epochKey = (prefix: string) => `${prefix}epoch`;

// Sets the epoch only forward, so two writers finishing out of order never move it back.
const SET_MAX = `local c = tonumber(redis.call('GET', KEYS[1]) or '-1')
if tonumber(ARGV[1]) > c then redis.call('SET', KEYS[1], ARGV[1]) return 1 end return 0`;

/** The current epoch from Neo4j, the source of truth (0 before the first write). */
export async function readEpoch(driver: Driver, database?: string): Promise<number> {
  const res = await driver.executeQuery(cypher('epoch/current'), {}, { database });
  return res.records[0]?.get('epoch') as number;
}

/** The current epoch inside a transaction. */
export async function epochIn(tx: ManagedTransaction): Promise<number> {
  const res = await tx.run(cypher('epoch/current'));
  return res.records[0]?.get('epoch') as number;
}

/** Increments the epoch in `tx` (recording the embedding model when given); returns the new one. */
export async function bumpEpoch(tx: ManagedTransaction, model: string | null): Promise<number> {
  const res = await tx.run(cypher('epoch/bump'), { model });
  return res.records[0]?.get('epoch') as number;
}

/**
 * Mirrors `epoch` to Redis, forwards only. A failure is logged, not thrown: readers fall back to
 * Neo4j's epoch when Redis has none, and skip the cache while Redis is unreachable.
 */
export async function publishEpoch(
  redis: Redis,
  keyPrefix: string,
  epoch: number,
  logger: Logger,
): Promise<void> {
  try {
    await redis.eval(SET_MAX, 1, epochKey(keyPrefix), String(epoch));
  } catch (error) {
    logger.warn({ err: error, epoch }, 'could not publish graph epoch to Redis');
  }
}
