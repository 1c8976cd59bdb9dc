/**
 * Clean logs when Redis goes away: a Redis of this file's own (on a free port) is stopped and
 * started again under a runtime whose feeds hold their own connections; the log says once that
 * it went away and once that it is back, with the duration, and ioredis prints nothing.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import type { Driver } from 'neo4j-driver';
import { startLocalRedis, stopLocalRedis } from '../../../dev/redis.js';
import type { LocalRedisOptions } from '../../../dev/redis.js';
import { createRuntime } from '../../../runtime/runtime.js';
import type { Runtime } from '../../../runtime/runtime.js';
import type { Redis } from '../../../core/redis.js';
import { TEST_ROOT, freePort, testConfig, testDriver, testRedis } from '../../support/services.js';

async function until(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface LogLine {
  level: number;
  msg: string;
  dependency?: string;
  reason?: string;
  downMs?: number;
}

describe('the log while Redis goes away and comes back', () => {
  let redisOptions: LocalRedisOptions;
  let driver: Driver;
  let redis: Redis;
  let runtime: Runtime;
  const lines: LogLine[] = [];
  // ioredis prints unhandled error events with console.error.
  const printed: unknown[][] = [];
  const consoleError = console.error;

  beforeAll(async () => {
    redisOptions = {
      port: await freePort(),
      dataDir: path.join(TEST_ROOT, `redis-outage-${process.pid}`),
      persistent: false,
    };
    const { url } = await startLocalRedis(redisOptions);
    driver = testDriver();
    redis = await testRedis(url);
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
    );
    runtime = await createRuntime(testConfig({ REDIS_URL: url }), { logger, driver, redis });
    // The feeds open their connections (XREAD BLOCK, SUBSCRIBE) as the API server does.
    await runtime.changes.start();
    await runtime.progress.start();
  }, 60_000);

  afterAll(async () => {
    console.error = consoleError;
    await runtime.close();
    redis.disconnect();
    await driver.close();
    await stopLocalRedis(redisOptions);
    rmSync(redisOptions.dataDir, { recursive: true, force: true });
  });

  it('warns once when it goes, once with the duration when it is back, and ioredis prints nothing', async () => {
    console.error = (...args: unknown[]) => void printed.push(args);
    const outage = (l: LogLine) => l.dependency === 'redis';
    const stoppedAt = Date.now();
    await stopLocalRedis(redisOptions);
    await until('the warning that Redis is down', () => lines.some(outage));
    // Every connection keeps failing for a while: still one line.
    await new Promise((r) => setTimeout(r, 3000));
    await startLocalRedis(redisOptions);
    const downFor = Date.now() - stoppedAt;
    await until('the line that Redis is back', () => lines.filter(outage).length === 2);
    // A late reconnect of another connection must not log a second outage.
    await new Promise((r) => setTimeout(r, 3000));

    const logged = lines.filter(outage);
    expect(logged.map((l) => [l.level, l.msg.replace(/\(.*\)/, '(…)')])).toEqual([
      [40, 'redis is unreachable (…); retrying quietly until it is back'],
      [40, expect.stringMatching(/^redis is back after \d+\.\d s$/)],
    ]);
    expect(logged[0]?.reason).toMatch(/ECONNREFUSED|Connection is closed|ECONNRESET/);
    expect(logged[1]?.downMs).toBeGreaterThan(2500);
    expect(logged[1]?.downMs).toBeLessThanOrEqual(downFor + 5000);
    expect(printed.map((args) => String(args[0]))).not.toContainEqual(
      expect.stringContaining('[ioredis]'),
    );
    // The metrics: up again, and the outage's length counted.
    const metric = async (name: string) =>
      Number(
        new RegExp(`^${name}\\{dependency="redis"\\} (\\S+)$`, 'm').exec(
          await runtime.metrics.registry.metrics(),
        )?.[1],
      );
    expect(await metric('threadline_dependency_up')).toBe(1);
    expect(await metric('threadline_dependency_down_seconds_total')).toBeCloseTo(
      (logged[1]?.downMs ?? 0) / 1000,
      3,
    );
    // The connections work again.
    expect(await redis.ping()).toBe('PONG');
  }, 60_000);
});
