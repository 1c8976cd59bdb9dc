/** Readiness checks: each dependency answers within a short timeout or is reported down. */
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import { cypher } from '../core/cypher.js';

export interface ReadinessReport {
  ready: boolean;
  checks: Record<'neo4j' | 'redis', { up: boolean; error?: string }>;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref(),
    ),
  ]);
}

async function check(probe: () => Promise<unknown>): Promise<{ up: boolean; error?: string }> {
  try {
    await withTimeout(probe(), 2000);
    return { up: true };
  } catch (error) {
    return { up: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function readiness(
  driver: Driver,
  redis: Redis,
  database?: string,
): Promise<ReadinessReport> {
  const [neo4j, redisCheck] = await Promise.all([
    check(() => driver.executeQuery(cypher('health/ping'), {}, { database })),
    check(async () => {
      if ((await redis.ping()) !== 'PONG') throw new Error('unexpected PING reply');
    }),
  ]);
  return { ready: neo4j.up && redisCheck.up, checks: { neo4j, redis: redisCheck } };
}
