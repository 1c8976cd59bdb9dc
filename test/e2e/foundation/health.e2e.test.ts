import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../../server/app.js';
import { createRuntime } from '../../../runtime/runtime.js';
import type { Runtime } from '../../../runtime/runtime.js';
import type { ThreadlineServer } from '../../../server/http.js';
import { startLocalRedis, stopLocalRedis } from '../../../dev/redis.js';
import type { LocalRedisOptions } from '../../../dev/redis.js';
import { createLogger } from '../../../core/logger.js';
import type { Redis } from '../../../core/redis.js';
import { TEST_ROOT, testConfig, testDriver, testRedis } from '../../support/services.js';
import { until } from '../../support/ws.js';

// A Redis of this test's own, so stopping it does not disturb other tests.
const redisOptions: LocalRedisOptions = {
  port: 6391,
  dataDir: path.join(TEST_ROOT, 'redis-health'),
  persistent: false,
};

describe('health and metrics endpoints', () => {
  let driver: Driver;
  let redis: Redis;
  let server: ThreadlineServer;
  let runtime: Runtime;

  beforeAll(async () => {
    const { url } = await startLocalRedis(redisOptions);
    driver = testDriver();
    redis = await testRedis(url);
    const config = testConfig({ REDIS_URL: url });
    runtime = await createRuntime(config, { logger: createLogger('silent'), driver, redis });
    server = await createApp(runtime);
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await runtime.close();
    redis.disconnect();
    await driver.close();
    await stopLocalRedis(redisOptions);
  });

  it('answers liveness', async () => {
    const res = await fetch(`${server.url()}/health/live`);
    expect(res.status).toBe(200);
  });

  it('answers 503 naming Redis while it is down, and 200 once it is back', async () => {
    // A Neo4j that has just started can take longer than the 2 s probe for its first query.
    await until(
      'ready before Redis stops',
      async () => (await fetch(`${server.url()}/health/ready`)).status === 200,
    );
    await stopLocalRedis(redisOptions);
    const down = await fetch(`${server.url()}/health/ready`);
    expect(down.status).toBe(503);
    const body = (await down.json()) as { status: string; checks: Record<string, { up: boolean }> };
    expect(body.status).toBe('unavailable: redis');
    expect(body.checks.neo4j?.up).toBe(true);
    await startLocalRedis(redisOptions);
    // Generous: ioredis reconnects with a backoff, and this machine may be busy.
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${server.url()}/health/ready`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
  });

  it('exposes Prometheus metrics', async () => {
    const res = await fetch(`${server.url()}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('threadline_http_request_duration_seconds_bucket');
    expect(text).toContain('threadline_process_cpu_user_seconds_total');
  });
});
