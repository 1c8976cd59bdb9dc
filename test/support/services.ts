/** Real Neo4j and Redis for the integration and e2e tiers (see global-setup.mjs). */
import net from 'node:net';
import path from 'node:path';
import { SignJWT } from 'jose';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT, buildConfig } from '../../core/config.js';
import type { Config } from '../../core/config.js';
import type { LocalNeo4jOptions } from '../../dev/neo4j.js';
import type { LocalRedisOptions } from '../../dev/redis.js';
import { createDriver } from '../../core/neo4j.js';
import { createRedis } from '../../core/redis.js';
import type { Redis } from '../../core/redis.js';

export const TEST_ROOT = path.join(PROJECT_ROOT, '.threadline', 'test');

/** A TCP port free on 127.0.0.1 right now (for a server a test starts itself). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Launcher options for the test servers: own ports and folders, Redis without persistence. */
export function testServiceOptions(cacheDir: string): {
  neo4j: LocalNeo4jOptions;
  redis: LocalRedisOptions;
} {
  return {
    neo4j: {
      port: 7688,
      dataDir: path.join(TEST_ROOT, 'neo4j'),
      cacheDir,
      heapMb: 1024,
      pageCacheMb: 128,
    },
    redis: { port: 6380, dataDir: path.join(TEST_ROOT, 'redis'), persistent: false },
  };
}

/** The launcher cache (jars): THREADLINE_CACHE_DIR as for `npm start`, else the default. */
export function testCacheDir(): string {
  return buildConfig({ THREADLINE_CACHE_DIR: process.env.THREADLINE_CACHE_DIR }).paths.cacheDir;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run integration tests through jest (global-setup)`);
  return value;
}

export const testNeo4jUri = (): string => required('THREADLINE_TEST_NEO4J_URI');
export const testRedisUrl = (): string => required('THREADLINE_TEST_REDIS_URL');

/** The HS256 secret of every test server: tests mint their own tokens with {@link testToken}. */
export const TEST_JWT_SECRET = 'threadline-test-secret-0123456789abcdef';

/**
 * A bearer token for the test servers. Without `levels` the server gives the configured
 * `ACCESS_DEFAULT_LEVELS`, as it would to any token that names none.
 */
export async function testToken(
  claims: { role?: string; levels?: string[]; sub?: string; exp?: number | string } = {},
): Promise<string> {
  const jwt = new SignJWT({
    roles: [claims.role ?? 'admin'],
    ...(claims.levels ? { levels: claims.levels } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? 'test')
    .setIssuedAt()
    .setExpirationTime(claims.exp ?? '1h');
  return jwt.sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

/**
 * A config for tests pointing at the test servers, with overrides (`undefined` unsets one, e.g.
 * `AUTH_JWT_SECRET` for a development server that mints its local admin token).
 */
export function testConfig(overrides: Record<string, string | undefined> = {}): Config {
  return buildConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    NEO4J_URI: testNeo4jUri(),
    REDIS_URL: testRedisUrl(),
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    // The lexical embedder: fast and deterministic; a test that needs another says so.
    EMBEDDINGS_PROVIDER: 'local',
    ...overrides,
  });
}

export function testDriver(): Driver {
  return createDriver({ uri: testNeo4jUri() });
}

export async function testRedis(url = testRedisUrl()): Promise<Redis> {
  const redis = createRedis(url);
  await redis.connect();
  return redis;
}
