import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { embedLocal } from '../../../embed/local.js';
import { ARTIFACT_KINDS } from '../../../graph/validate.js';
import { searchQuery } from '../../../queries/search.js';
import { cypher } from '../../../core/cypher.js';
import { migrate } from '../../../core/migrate.js';
import { testConfig, testDriver } from '../../support/services.js';

interface Plan {
  operatorType: string;
  children?: Plan[];
}
const operators = (p: Plan): string[] => [
  p.operatorType.replace(/@.*$/, ''),
  ...(p.children ?? []).flatMap(operators),
];

async function explain(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
): Promise<string[]> {
  const text = query.startsWith('CYPHER 25')
    ? `CYPHER 25 EXPLAIN ${query.slice('CYPHER 25'.length)}`
    : `EXPLAIN ${query}`;
  const { summary } = await driver.executeQuery(text, params);
  return operators(summary.plan as unknown as Plan);
}

const levels = ['PUBLIC', 'INTERNAL'];

describe('every custom query uses the indexes', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await migrate(driver, testConfig());
  });
  afterAll(async () => {
    await driver.close();
  });

  it('search reads the vector index and the fulltext index, never scanning all nodes', async () => {
    const ops = await explain(driver, searchQuery('HYBRID'), {
      vector: embedLocal('saved card', 384),
      query: 'saved card',
      levels,
      kinds: [...ARTIFACT_KINDS],
      k: neo4j.int(40),
      first: neo4j.int(10),
      mode: 'HYBRID',
    });
    expect(ops).toContain('NodeVectorIndexSearch');
    expect(ops).toContain('ProcedureCall');
    expect(ops).not.toContain('AllNodesScan');
    expect(ops).not.toContain('NodeByLabelScan');
  });

  it.each([
    ['trace', 'trace/lineage', { uid: 'x', levels, maxDepth: 6, up: true, down: true }],
    ['impact', 'impact/downstream', { uid: 'x', levels, maxDepth: 4 }],
    ['scoped coverage', 'coverage/gaps', { scopeUid: 'x', levels }],
  ])('%s starts from a unique-index seek on uid', async (_name, file, params) => {
    const ops = await explain(driver, cypher(file), params);
    expect(ops).toContain('NodeUniqueIndexSeek');
    expect(ops).not.toContain('AllNodesScan');
  });

  const related = { uids: ['x'], levels, kinds: ['CODE'], k: neo4j.int(40) };
  it.each([
    ['related seeds', 'related/seeds', related],
    ['related graph signals', 'related/graph-branch', related],
    [
      'related candidates',
      'related/candidates',
      { pairs: [{ seed: 'x', uid: 'y' }], levels, excerpt: neo4j.int(400) },
    ],
  ])('%s start from a unique-index seek on uid and never scan', async (_name, file, params) => {
    const ops = await explain(driver, cypher(file), params);
    expect(ops).toContain('NodeUniqueIndexSeek');
    expect(ops).not.toContain('AllNodesScan');
    expect(ops).not.toContain('NodeByLabelScan');
  });

  it('related reads the vector indexes from a uid seek, hubs included, never scanning', async () => {
    const ops = await explain(driver, cypher('related/vector-branch'), {
      ...related,
      chunks: neo4j.int(8),
      hubK: neo4j.int(10),
      similarity: 'cosine',
    });
    expect(ops).toContain('NodeUniqueIndexSeek');
    expect(ops).toContain('NodeVectorIndexSearch');
    expect(ops).not.toContain('AllNodesScan');
    expect(ops).not.toContain('NodeByLabelScan');
  });

  it('global coverage seeks the accessLevel index instead of scanning', async () => {
    const ops = await explain(driver, cypher('coverage/gaps'), { scopeUid: null, levels });
    expect(ops).toContain('NodeIndexSeek');
    expect(ops).not.toContain('AllNodesScan');
  });
});
