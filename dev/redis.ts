/**
 * Local Redis launcher: runs Debian's `redis-server` daemonized on 127.0.0.1, with AOF
 * persistence for `npm start` and none for tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { ensureCommand, isAlive, portInUse, readLivePid, waitFor } from './process.js';

export interface LocalRedisOptions {
  /** Port on 127.0.0.1. @default 6379 */
  port: number;
  /** Working directory: pid file, log, AOF files. */
  dataDir: string;
  /** Append-only-file persistence (on for `npm start`, off for tests). */
  persistent: boolean;
  log?: (message: string) => void;
}

const pidFileOf = (o: LocalRedisOptions) => path.join(o.dataDir, 'redis.pid');
const urlOf = (o: LocalRedisOptions) => `redis://127.0.0.1:${o.port}`;

async function pingable(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } finally {
    client.disconnect();
  }
}

/** Whether the launcher's redis-server is running. */
export function localRedisStatus(o: LocalRedisOptions): {
  running: boolean;
  pid?: number;
  url: string;
} {
  const pid = readLivePid(pidFileOf(o));
  return pid === undefined
    ? { running: false, url: urlOf(o) }
    : { running: true, pid, url: urlOf(o) };
}

/**
 * Starts redis-server unless it already runs, and waits for PING.
 * @throws {Error} when the port is taken by something else or redis-server cannot be had.
 */
export async function startLocalRedis(
  o: LocalRedisOptions,
): Promise<{ url: string; started: boolean }> {
  const log = o.log ?? (() => {});
  const url = urlOf(o);
  if (localRedisStatus(o).running) {
    await waitFor(`Redis at ${url}`, () => pingable(url), { timeoutMs: 10_000 });
    log(`Redis is already running at ${url}`);
    return { url, started: false };
  }
  if (await portInUse(o.port)) {
    throw new Error(
      `Port ${o.port} on 127.0.0.1 is already in use by another process. Stop it, choose another port with REDIS_LOCAL_PORT, or set REDIS_URL to use that server.`,
    );
  }
  ensureCommand('redis-server', 'redis-server', log);
  mkdirSync(o.dataDir, { recursive: true });
  const args = [
    '--port',
    String(o.port),
    '--bind',
    '127.0.0.1',
    '--protected-mode',
    'yes',
    '--dir',
    o.dataDir,
    '--pidfile',
    pidFileOf(o),
    '--logfile',
    path.join(o.dataDir, 'redis.log'),
    '--daemonize',
    'yes',
    '--save',
    '',
    '--appendonly',
    o.persistent ? 'yes' : 'no',
  ];
  const result = spawnSync('redis-server', args, { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`redis-server failed to start (exit ${result.status ?? 'signal'})`);
  await waitFor(`Redis at ${url}`, () => pingable(url), { timeoutMs: 15_000 });
  log(`Redis is ready at ${url}${o.persistent ? ' (AOF persistence on)' : ''}`);
  return { url, started: true };
}

/** Stops the launcher's redis-server. */
export async function stopLocalRedis(o: LocalRedisOptions): Promise<boolean> {
  const pid = readLivePid(pidFileOf(o));
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  try {
    await waitFor('Redis shutdown', () => Promise.resolve(!isAlive(pid)), { timeoutMs: 15_000 });
  } catch {
    process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFileOf(o), { force: true });
  return true;
}
