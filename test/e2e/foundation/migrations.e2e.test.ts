import type { Driver } from 'neo4j-driver';
import { loadMigrations, migrate, migrationParams } from '../../../core/migrate.js';
import { runCli } from '../../support/cli.js';
import { testConfig, testDriver } from '../../support/services.js';

async function schemaSnapshot(driver: Driver): Promise<string[]> {
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name',
  );
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, state, options WHERE type <> 'LOOKUP' RETURN name, type, state, options ORDER BY name",
  );
  return [
    ...constraints.records.map((r) => `constraint ${r.get('name')} ${r.get('type')}`),
    ...indexes.records.map(
      (r) =>
        `index ${r.get('name')} ${r.get('type')} ${r.get('state')} ${JSON.stringify(r.get('options'))}`,
    ),
  ];
}

async function resetSchema(driver: Driver): Promise<void> {
  for (const r of (await driver.executeQuery('SHOW CONSTRAINTS YIELD name')).records) {
    await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name') as string}\``);
  }
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  );
  for (const r of indexes.records)
    await driver.executeQuery(`DROP INDEX \`${r.get('name') as string}\``);
  await driver.executeQuery('MATCH (m:_Migration|_MigrationLock) DELETE m');
}

const runMigrateProcess = () => runCli(['migrate']);

const onDisk = loadMigrations(migrationParams(testConfig()));

describe('migrations', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await migrate(driver, testConfig());
    await driver.close();
  });

  it('create the uid constraint, the vector, fulltext and property indexes', async () => {
    await resetSchema(driver);
    const result = await migrate(driver, testConfig());
    // Every migration file, in order: the first six are the foundation's, later ones add to them.
    expect(result.applied).toEqual(onDisk.map((m) => m.name));
    expect(result.applied.slice(0, 6)).toEqual([
      '001-constraints',
      '002-property-indexes',
      '003-fulltext',
      '004-vector',
      '005-fulltext-keys',
      '006-sync',
    ]);
    const snapshot = (await schemaSnapshot(driver)).join('\n');
    expect(snapshot).toMatch(/constraint artifact_uid UNIQUENESS/);
    expect(snapshot).toMatch(/index artifact_text FULLTEXT ONLINE/);
    const fulltext = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = 'artifact_text' RETURN properties",
    );
    // 008-search-text: the body is indexed as its searchText (identifiers also split into words).
    expect(fulltext.records[0]?.get('properties')).toEqual(['title', 'key', 'searchText']);
    expect(snapshot).toMatch(/index artifact_kind RANGE ONLINE/);
    expect(snapshot).toMatch(/index artifact_key RANGE ONLINE/);
    expect(snapshot).toMatch(/index artifact_updated_at RANGE ONLINE/);
    const vector = await driver.executeQuery(
      "SHOW VECTOR INDEXES YIELD name, options WHERE name = 'artifact_embedding' RETURN options.indexConfig AS c",
    );
    expect(vector.records[0]?.get('c')).toMatchObject({
      'vector.dimensions': 384,
      'vector.similarity_function': 'COSINE',
      'vector.hnsw.m': 16,
      'vector.hnsw.ef_construction': 100,
    });
  });

  it('run once each when applied twice in a row', async () => {
    const before = await schemaSnapshot(driver);
    const again = await migrate(driver, testConfig());
    expect(again.applied).toEqual([]);
    expect(await schemaSnapshot(driver)).toEqual(before);
  });

  it('apply once when two processes migrate at the same time', async () => {
    const before = await schemaSnapshot(driver);
    await resetSchema(driver);
    const [a, b] = await Promise.all([runMigrateProcess(), runMigrateProcess()]);
    expect([a, b].map((r) => (r.code === 0 ? 'ok' : r.output))).toEqual(['ok', 'ok']);
    expect(`${a.output}\n${b.output}`.match(/applied migration 001-constraints/g)).toHaveLength(1);
    const { records } = await driver.executeQuery(
      'MATCH (m:_Migration) RETURN m.id AS id, count(*) AS n ORDER BY id',
    );
    expect(records.map((r) => [r.get('id') as number, r.get('n') as number])).toEqual(
      onDisk.map((m) => [m.id, 1]),
    );
    expect(await schemaSnapshot(driver)).toEqual(before);
  }, 120_000);
});
