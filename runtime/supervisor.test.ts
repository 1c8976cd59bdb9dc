import { restartDelayMs, superviseServers } from './supervisor.js';
import type { SupervisedServer } from './supervisor.js';

function fakeServer(name: string, failFirst = 0) {
  let alive = true;
  let starts = 0;
  const server: SupervisedServer = {
    name,
    alive: () => alive,
    start: () => {
      starts += 1;
      if (starts <= failFirst) return Promise.reject(new Error(`port busy (${starts})`));
      alive = true;
      return Promise.resolve();
    },
    logFile: `/tmp/${name}.log`,
  };
  return {
    server,
    kill: () => (alive = false),
    get starts() {
      return starts;
    },
  };
}

function harness(servers: SupervisedServer[]) {
  const info: string[] = [];
  const warn: string[] = [];
  const slept: number[] = [];
  let clock = 0;
  const sup = superviseServers(servers, {
    info: (m) => info.push(m),
    warn: (m) => warn.push(m),
    intervalMs: 3_600_000, // checks are driven by the test
    sleep: (ms) => {
      slept.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
  });
  return { sup, info, warn, slept };
}

describe('superviseServers', () => {
  it('leaves live servers alone', async () => {
    const neo4j = fakeServer('Neo4j');
    const { sup, info, warn } = harness([neo4j.server]);
    await sup.check();
    expect(neo4j.starts).toBe(0);
    expect([...info, ...warn]).toEqual([]);
    sup.stop();
  });

  it('restarts a dead server, warning once when it goes and once when it is back', async () => {
    const neo4j = fakeServer('Neo4j');
    const redis = fakeServer('Redis');
    const { sup, info, warn } = harness([neo4j.server, redis.server]);
    neo4j.kill();
    await sup.check();
    expect(neo4j.starts).toBe(1);
    expect(redis.starts).toBe(0);
    expect(warn).toEqual([
      'the local Neo4j stopped unexpectedly; restarting it (its log: /tmp/Neo4j.log)',
    ]);
    expect(info).toEqual(['the local Neo4j is back after 0 s']);
    await sup.check();
    expect(neo4j.starts).toBe(1);
    sup.stop();
  });

  it('backs off between failed restarts (1 s doubling) and reports the time it was down', async () => {
    const neo4j = fakeServer('Neo4j', 3);
    const { sup, info, warn, slept } = harness([neo4j.server]);
    neo4j.kill();
    await sup.check();
    expect(neo4j.starts).toBe(4);
    expect(slept).toEqual([1000, 2000, 4000]);
    expect(warn.slice(1)).toEqual([
      'restarting the local Neo4j failed (port busy (1)); next try in 1 s',
      'restarting the local Neo4j failed (port busy (2)); next try in 2 s',
      'restarting the local Neo4j failed (port busy (3)); next try in 4 s',
    ]);
    expect(info).toEqual(['the local Neo4j is back after 7 s']);
    sup.stop();
  });

  it('caps the backoff at 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(restartDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('does nothing once stopped (a shutdown stops servers on purpose)', async () => {
    const neo4j = fakeServer('Neo4j');
    const { sup, warn } = harness([neo4j.server]);
    sup.stop();
    neo4j.kill();
    await sup.check();
    expect(neo4j.starts).toBe(0);
    expect(warn).toEqual([]);
  });
});
