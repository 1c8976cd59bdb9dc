/**
 * `threadline serve` and the local Neo4j it starts, as a process: Ctrl-C while it is still
 * starting stops the Java process it spawned and leaves nothing running; a Neo4j killed with
 * SIGKILL is restarted by the supervisor and the API is ready again without a human.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../core/config.js';
import { freePort, testCacheDir, testRedisUrl } from '../../support/services.js';
import { until } from '../../support/ws.js';

// With NEO4J_URI set the suite runs against that server and serve would start no Neo4j.
const itWithLauncher = process.env.NEO4J_URI ? it.skip : it;

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** pids of the processes whose command line names `text`. */
function processesNaming(text: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Starts `threadline serve` on a local Neo4j of its own (a fresh folder and port). */
async function startServe() {
  const home = mkdtempSync(path.join(os.tmpdir(), 'threadline-serve-'));
  const port = await freePort();
  const { NEO4J_URI: _uri, ...env } = process.env;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'cli', 'main.ts'), 'serve'],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...env,
        THREADLINE_HOME: home,
        THREADLINE_CACHE_DIR: testCacheDir(),
        NEO4J_LOCAL_PORT: String(port),
        REDIS_URL: testRedisUrl(),
        EMBEDDINGS_PROVIDER: 'local',
        DEMO_DATA: 'false',
        EXPLORER: 'false',
        PORT: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const out = { text: '' };
  child.stdout.on('data', (d: Buffer) => (out.text += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out.text += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    home,
    port,
    child,
    out,
    exited,
    cleanup() {
      child.kill('SIGKILL');
      for (const pid of processesNaming(home)) process.kill(pid, 'SIGKILL');
      rmSync(home, { recursive: true, force: true });
    },
  };
}

describe('threadline serve', () => {
  itWithLauncher(
    'stops the local Neo4j it is starting when interrupted, and exits 130',
    async () => {
      const serve = await startServe();
      try {
        await until(
          'the local Neo4j to be starting',
          () => serve.out.text.includes('Starting Neo4j'),
          120_000,
        );
        // The Java process it spawned runs, named by its data folder.
        expect(processesNaming(serve.home).length).toBeGreaterThan(0);
        serve.child.kill('SIGINT');
        expect(await serve.exited).toBe(130);
        expect(serve.out.text).toContain('start interrupted');
        expect(processesNaming(serve.home)).toEqual([]);
        expect(await listening(serve.port)).toBe(false);
      } finally {
        serve.cleanup();
      }
    },
    180_000,
  );

  itWithLauncher(
    'restarts its local Neo4j after a kill -9 and is ready again without a human',
    async () => {
      const serve = await startServe();
      try {
        await until('the API', () => serve.out.text.includes('Threadline is ready'), 180_000);
        const url = /Threadline is ready: (\S+)\/graphql/.exec(serve.out.text)?.[1];
        const ready = async () => (await fetch(`${url}/health/ready`)).status;
        expect(await ready()).toBe(200);
        for (const pid of processesNaming(serve.home)) process.kill(pid, 'SIGKILL');
        await until('readiness to fail', async () => (await ready()) === 503, 60_000);
        await until('the restart', () => serve.out.text.includes('is back after'), 240_000);
        await until('readiness again', async () => (await ready()) === 200, 60_000);
        expect(serve.out.text).toContain('the local Neo4j stopped unexpectedly');
        // A clean stop afterwards stops the restarted Neo4j too.
        serve.child.kill('SIGINT');
        expect(await serve.exited).toBe(0);
        expect(processesNaming(serve.home)).toEqual([]);
      } finally {
        serve.cleanup();
      }
    },
    420_000,
  );
});
