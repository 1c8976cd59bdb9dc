import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { startLocalRedis, stopLocalRedis } from '../../../dev/redis.js';
import type { LocalRedisOptions } from '../../../dev/redis.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { TEST_ROOT } from '../../support/services.js';
import { seedFixture } from './fixture.js';

// A Redis of this file's own, so stopping it does not disturb other tests.
const redisOptions: LocalRedisOptions = {
  port: 6392,
  dataDir: path.join(TEST_ROOT, 'redis-cache'),
  persistent: false,
};
const P = `fc-${randomUUID().slice(0, 8)}:`;
const word = `zephyrine${randomUUID().slice(0, 6)}`;

function cacheCount(metrics: string, result: string): number {
  const m = new RegExp(`threadline_cache_lookups_total\\{result="${result}"\\} (\\d+)`).exec(
    metrics,
  );
  return m ? Number(m[1]) : 0;
}

describe('the epoch-keyed Redis cache', () => {
  let app: TestApp;
  beforeAll(async () => {
    const { url } = await startLocalRedis(redisOptions);
    app = await startTestApp({ redisUrl: url });
    await seedFixture(app.writer, P);
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, P);
    await app.close();
    await stopLocalRedis(redisOptions);
  });

  const searchWord = () =>
    app.gql<{ search: { artifact: { uid: string } }[] }>(
      `{ search(text: "${word}", mode: FULLTEXT) { artifact { uid } } }`,
    );

  it('returns new data after a write (the epoch moves)', async () => {
    expect((await searchWord()).data?.search).toEqual([]);
    await app.writer.upsertArtifacts([{ uid: `${P}new`, kind: 'EPIC', title: `The ${word} epic` }]);
    expect((await searchWord()).data?.search.map((h) => h.artifact.uid)).toEqual([`${P}new`]);
  });

  it('serves a repeated read from the cache', async () => {
    const query = `{ trace(uid: "${P}code-commit", direction: UP) { nodes { uid } } }`;
    const first = await app.gql(query);
    const hitsBefore = cacheCount(await app.metricsText(), 'hit');
    const second = await app.gql(query);
    expect(second).toEqual(first);
    expect(cacheCount(await app.metricsText(), 'hit')).toBe(hitsBefore + 1);
  });

  it('gives the same answers with Redis stopped, and caches again once it is back', async () => {
    const queries = [
      `{ search(text: "earn points on every vellichor purchase") { artifact { uid } lineage { uid } } }`,
      `{ trace(uid: "${P}code-commit") { nodes { uid } edges { from to type } } }`,
      `{ impact(uid: "${P}story-earn") { affected { artifact { uid } distance } } }`,
      `{ coverage(scopeUid: "${P}prd") { storiesWithoutCode { uid } totals { stories } } }`,
    ];
    const withRedis = await Promise.all(queries.map((q) => app.gql(q)));
    await stopLocalRedis(redisOptions);
    try {
      const without = await Promise.all(queries.map((q) => app.gql(q)));
      expect(without).toEqual(withRedis);
      expect(without.every((r) => r.errors === undefined)).toBe(true);
      expect(cacheCount(await app.metricsText(), 'error')).toBeGreaterThan(0);
    } finally {
      await startLocalRedis(redisOptions);
    }
    const deadline = Date.now() + 10_000;
    while (app.redis.status !== 'ready' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await Promise.all(queries.map((q) => app.gql(q)))).toEqual(withRedis);
  });
});
