/**
 * Starts or stops the servers of the integration and e2e tiers; run by global-setup.mjs /
 * global-teardown.mjs (Jest loads those through CommonJS, so the TypeScript launchers run in a
 * child process).
 *
 * `start`: NEO4J_URI / REDIS_URL when set, otherwise the project's launchers on ports 7688 and
 * 6380 with a fresh data folder. Prints one JSON line: `{ neo4jUri, redisUrl, started }`.
 * `stop <started>`: stops what `start` started (never servers it found running or was given).
 */
import { rmSync } from 'node:fs';
import { startLocalNeo4j, stopLocalNeo4j } from '../../dev/neo4j.js';
import { startLocalRedis, stopLocalRedis } from '../../dev/redis.js';
import { testCacheDir, testServiceOptions } from './services.js';

const log = (m: string) => process.stderr.write(`[test services] ${m}\n`);
const o = testServiceOptions(testCacheDir());

async function start(): Promise<void> {
  const started: string[] = [];
  let neo4jUri = process.env.NEO4J_URI;
  let redisUrl = process.env.REDIS_URL;
  if (!neo4jUri) {
    rmSync(o.neo4j.dataDir, { recursive: true, force: true });
    const r = await startLocalNeo4j({ ...o.neo4j, log });
    neo4jUri = r.uri;
    if (r.started) started.push('neo4j');
  }
  if (!redisUrl) {
    const r = await startLocalRedis({ ...o.redis, log });
    redisUrl = r.url;
    if (r.started) started.push('redis');
  }
  process.stdout.write(`${JSON.stringify({ neo4jUri, redisUrl, started })}\n`);
}

async function stop(started: string[]): Promise<void> {
  if (started.includes('redis')) await stopLocalRedis(o.redis);
  if (started.includes('neo4j')) await stopLocalNeo4j(o.neo4j);
}

const [command, arg] = process.argv.slice(2);
(command === 'start' ? start() : stop((arg ?? '').split(','))).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
