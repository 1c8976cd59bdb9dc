/**
 * The graph epoch: a counter in Neo4j (`(:_GraphMeta).epoch`) that every write that changes
 * something increments in its own transaction, mirrored to Redis after commit. Cache keys carry
 * it, so a committed write makes every earlier cached answer unreachable. {@link createCommitter}
 * is the one way the writer's modules write: transaction, epoch, mirror, change events.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { cypher } from '../core/cypher.js';
import type { Outbox, PendingChange } from './outbox.js';

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

/** What a write transaction reports: its value, the changes it made, the embedding model used. */
export interface Work<T> {
  value: T;
  /** Described in the transaction (`describeChanges`); none means nothing changed. */
  events: PendingChange[];
  /** Recorded with the epoch when the transaction embedded something. */
  model?: string | null;
  /**
   * The graph changed in a way no change event describes (a pending link saved or dropped): the
   * epoch is incremented all the same, so no cached answer shows the old state.
   * @default false
   */
  changed?: boolean;
}

export interface Committer {
  /**
   * Runs `work` in a write transaction (`executeWrite`: retried on transient errors, so `work`
   * must be safe to run twice). When it reports changes (events, or `changed`), the epoch is incremented in the same
   * transaction, then after commit mirrored to Redis and the events appended to the outbox, all
   * stamped with that one epoch.
   * @returns the value and the epoch after the transaction (unchanged when nothing changed).
   * @throws whatever `work` throws; nothing is committed then.
   */
  commit: <T>(
    work: (tx: ManagedTransaction) => Promise<Work<T>>,
  ) => Promise<{ value: T; epoch: number }>;
  /** The current epoch, from Neo4j. */
  readEpoch: () => Promise<number>;
}

export interface CommitterDeps {
  driver: Driver;
  redis: Redis;
  logger: Logger;
  outbox: Outbox;
  keyPrefix: string;
  database?: string | undefined;
}

/** The writer's transactions: see {@link Committer}. */
export function createCommitter(deps: CommitterDeps): Committer {
  const { driver, database, outbox } = deps;
  async function writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = driver.session({ database });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }
  return {
    async commit(work) {
      const out = await writeTx(async (tx) => {
        const { value, events, model, changed } = await work(tx);
        const bumped = events.length > 0 || changed === true;
        const epoch = bumped ? await bumpEpoch(tx, model ?? null) : await epochIn(tx);
        return { value, events, epoch, bumped };
      });
      if (out.bumped) await publishEpoch(deps.redis, deps.keyPrefix, out.epoch, deps.logger);
      if (out.events.length > 0) {
        const at = new Date().toISOString();
        await outbox.publish(out.events.map((e) => ({ ...e, epoch: out.epoch, at })));
      }
      return { value: out.value, epoch: out.epoch };
    },
    readEpoch: () => readEpoch(driver, database),
  };
}
