import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { createEmbedder } from '../../../embed/provider.js';
import { reindex } from '../../../graph/reindex.js';
import { createWriter } from '../../../graph/writer.js';
import type { Config } from '../../../core/config.js';
import { createLogger } from '../../../core/logger.js';
import { assertVectorIndexes } from '../../../core/migrate.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { testConfig } from '../../support/services.js';
import { seedFixture } from './fixture.js';

const P = `fr-${randomUUID().slice(0, 8)}:`;

function reindexWith(app: TestApp, config: Config, onProgress?: (p: { done: number }) => void) {
  const embedder = createEmbedder(config);
  const writer = createWriter({
    driver: app.driver,
    redis: app.redis,
    embedder,
    logger: createLogger('silent'),
    keyPrefix: config.redis.keyPrefix,
  });
  return reindex({
    driver: app.driver,
    writer,
    embedder,
    config,
    batchSize: 5,
    ...(onProgress ? { onProgress } : {}),
  });
}

async function models(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Artifact) RETURN DISTINCT a.embeddingModel AS m ORDER BY m',
  );
  return records.map((r) => r.get('m') as string);
}

describe('reindex after switching the embedding model', () => {
  let app: TestApp;
  const small = testConfig({ EMBEDDINGS_DIMENSIONS: '64' });
  beforeAll(async () => {
    app = await startTestApp();
    await seedFixture(app.writer, P);
  });
  afterAll(async () => {
    await reindexWith(app, testConfig());
    await deleteByPrefix(app.driver, P);
    await app.close();
  });

  it('refuses to start on indexes of another dimension, naming npm run reindex', async () => {
    await expect(assertVectorIndexes(app.driver, small)).rejects.toThrow(
      /has 384 dimensions.*npm run reindex/,
    );
  });

  it('rebuilds the indexes, survives an interruption, and finishes on a re-run', async () => {
    let batches = 0;
    await expect(
      reindexWith(app, small, () => {
        batches += 1;
        if (batches === 3) throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(await models(app.driver)).toEqual(['local-hash-v1:384', 'local-hash-v1:64']);

    const resumed = await reindexWith(app, small);
    expect(resumed.rebuilt).toEqual([]);
    expect(await models(app.driver)).toEqual(['local-hash-v1:64']);
    await expect(assertVectorIndexes(app.driver, small)).resolves.toBeUndefined();
  });

  it('refuses vector queries from a server that embeds with the old model', async () => {
    const res = await app.gql('{ search(text: "quarnex points", mode: VECTOR) { score } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/npm run reindex/);
    const text = await app.gql('{ search(text: "quarnex points", mode: FULLTEXT) { score } }');
    expect(text.errors).toBeUndefined();
  });
});
