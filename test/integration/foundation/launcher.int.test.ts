import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { localNeo4jStatus, startLocalNeo4j } from '../../../dev/neo4j.js';
import { migrate } from '../../../core/migrate.js';
import {
  testCacheDir,
  testConfig,
  testDriver,
  testServiceOptions,
} from '../../support/services.js';

// With NEO4J_URI set the tests run against that server, and the launcher has nothing to report.
const itWithLauncher = process.env.NEO4J_URI ? it.skip : it;
const cacheDir = testCacheDir();

describe('local Neo4j launcher', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await migrate(driver, testConfig());
  });
  afterAll(async () => {
    await driver.executeQuery('MATCH (n:VectorProbe) DETACH DELETE n');
    await driver.close();
  });

  itWithLauncher('reports the running server and a second start is a no-op', async () => {
    const options = testServiceOptions(cacheDir).neo4j;
    const status = localNeo4jStatus(options);
    expect(status.running).toBe(true);
    const second = await startLocalNeo4j(options);
    expect(second.started).toBe(false);
    expect(localNeo4jStatus(options).pid).toBe(status.pid);
  });

  it('refuses a busy port with a message naming it', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const options = {
        ...testServiceOptions(cacheDir).neo4j,
        port,
        dataDir: `/tmp/threadline-busy-${port}`,
      };
      await expect(startLocalNeo4j(options)).rejects.toThrow(
        `Port ${port} on 127.0.0.1 is already in use`,
      );
    } finally {
      blocker.close();
    }
  });

  it('serves Neo4j Community 2026.08 with the Cypher 25 SEARCH clause', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
    );
    expect(records[0]?.get('version')).toBe('2026.08.1');
    expect(records[0]?.get('edition')).toBe('community');
  });

  it('returns nearest vectors in order from the migrated vector index', async () => {
    const dims = testConfig().embeddings.dimensions;
    const axis = (i: number, tilt = 0) =>
      Array.from({ length: dims }, (_, d) => (d === i ? 1 : d === 0 ? tilt : 0));
    // Three probes at increasing angles from the query vector (axis 0).
    await driver.executeQuery(
      `UNWIND $rows AS row
       CREATE (a:Artifact:VectorProbe {uid: row.uid, kind: 'EPIC', accessLevel: 'PUBLIC'})
       WITH a, row CALL db.create.setNodeVectorProperty(a, 'embedding', row.embedding)`,
      {
        rows: [
          { uid: 'probe:far', embedding: axis(2, 0.1) },
          { uid: 'probe:near', embedding: axis(0) },
          { uid: 'probe:mid', embedding: axis(1, 1) },
        ],
      },
    );
    await driver.executeQuery('CALL db.awaitIndexes()');
    const { records } = await driver.executeQuery(
      `CALL db.index.vector.queryNodes('artifact_embedding', 10, $q) YIELD node, score
       WHERE node:VectorProbe RETURN node.uid AS uid, score`,
      { q: axis(0) },
    );
    expect(records.map((r) => r.get('uid') as string)).toEqual([
      'probe:near',
      'probe:mid',
      'probe:far',
    ]);
    const scores = records.map((r) => r.get('score') as number);
    expect(scores[0]).toBeCloseTo(1, 5);
    expect(scores[1]).toBeGreaterThan(scores[2] ?? 1);
  });
});
