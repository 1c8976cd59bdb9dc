import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { startLocalRedis, stopLocalRedis } from '../../../dev/redis.js';
import type { LocalRedisOptions } from '../../../dev/redis.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { TEST_ROOT } from '../../support/services.js';
import { collect, until, wsClient } from '../../support/ws.js';

// A Redis of this file's own, so stopping it does not disturb other tests.
const redisOptions: LocalRedisOptions = {
  port: 6393,
  dataDir: path.join(TEST_ROOT, 'redis-outbox'),
  persistent: false,
};
const P = `fo-${randomUUID().slice(0, 8)}:`;

describe('the change outbox while Redis is down', () => {
  let app: TestApp;
  beforeAll(async () => {
    const { url } = await startLocalRedis(redisOptions);
    app = await startTestApp({ redisUrl: url });
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, P);
    await app.close();
    await stopLocalRedis(redisOptions);
  });

  it('keeps committed events, reports them as buffered, and delivers them in order once Redis is back', async () => {
    const client = wsClient(app.url);
    const events = collect<{ op: string; uid: string; epoch: number }>(
      client,
      `subscription { artifactChanged(uids: ["${P}a", "${P}b", "${P}c"]) { op uid epoch } }`,
      'artifactChanged',
    );
    await app.writer.upsertArtifacts([{ uid: `${P}a`, kind: 'EPIC', title: 'Before the outage' }]);
    await until('the first event', () => events.items.length === 1);

    await stopLocalRedis(redisOptions);
    await app.writer.upsertArtifacts([{ uid: `${P}b`, kind: 'EPIC', title: 'During the outage' }]);
    await app.writer.upsertArtifacts([{ uid: `${P}c`, kind: 'EPIC', title: 'Still down' }]);
    await app.writer.upsertArtifacts([{ uid: `${P}a`, kind: 'EPIC', title: 'Edited while down' }]);
    // The writes are in Neo4j even though Redis is gone.
    const { records } = await app.driver.executeQuery(
      'MATCH (a:Artifact) WHERE a.uid STARTS WITH $p RETURN count(a) AS n',
      { p: P },
    );
    expect(records[0]?.get('n')).toBe(3);
    expect(await app.metricsText()).toMatch(/threadline_change_outbox_buffered 3/);

    await startLocalRedis(redisOptions);
    await until('the buffered events', () => events.items.length === 4, 20_000);
    expect(events.items.map((e) => `${e.op} ${e.uid.slice(P.length)}`)).toEqual([
      'CREATED a',
      'CREATED b',
      'CREATED c',
      'UPDATED a',
    ]);
    const epochs = events.items.map((e) => e.epoch);
    expect(epochs).toEqual([...epochs].sort((x, y) => x - y));
    await until('the buffer to drain', async () =>
      /threadline_change_outbox_buffered 0/.test(await app.metricsText()),
    );
    expect(await app.metricsText()).toMatch(/threadline_change_outbox_buffered 0/);
    events.stop();
    await client.dispose();
  });
});
