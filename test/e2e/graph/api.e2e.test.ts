import { DEMO_ARTIFACTS, loadDemoData } from '../../../ingest/demo/portfolio.js';
import { startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

describe('the API end to end over HTTP, on the demo portfolio', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await loadDemoData(app.writer);
  });
  afterAll(async () => {
    await app.close();
  });

  it('loads the demo portfolio idempotently', async () => {
    const count = async () =>
      (
        await app.driver.executeQuery(
          'MATCH (a:Artifact) WHERE a.uid IN $uids RETURN count(a) AS n',
          {
            uids: DEMO_ARTIFACTS.map((a) => a.uid),
          },
        )
      ).records[0]?.get('n') as number;
    expect(await count()).toBe(DEMO_ARTIFACTS.length);
    await loadDemoData(app.writer);
    expect(await count()).toBe(DEMO_ARTIFACTS.length);
  });

  it('answers a generated nested query PRD → epics → stories → specs → code', async () => {
    const res = await app.gql<{
      prds: {
        epics: {
          key: string;
          stories: { key: string; specs: { code: { codeKind: string }[] }[] }[];
        }[];
      }[];
    }>(
      `{ prds(where: { uid: { eq: "doc:lumen/prd/checkout-v2" } }) {
          epics(sort: [{ key: ASC }]) { key stories(sort: [{ key: ASC }]) { key specs { code { codeKind } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const epics = res.data?.prds[0]?.epics ?? [];
    expect(epics.map((e) => e.key)).toEqual(['SHOP-1', 'SHOP-2', 'SHOP-3']);
    expect(epics[0]?.stories.map((s) => s.key)).toEqual(['SHOP-11', 'SHOP-12', 'SHOP-13']);
    expect(epics[0]?.stories[0]?.specs[0]?.code.map((c) => c.codeKind).sort()).toEqual([
      'FILE',
      'PULL_REQUEST',
    ]);
  });

  it('filters the generated API by access level', async () => {
    const res = await app.gql<{ epics: unknown[]; userStoriesConnection: { totalCount: number } }>(
      '{ epics(where: { key: { eq: "SEC-2" } }) { key } userStoriesConnection(where: { key: { in: ["SEC-21", "SEC-11"] } }) { totalCount } }',
    );
    expect(res.data?.epics).toEqual([]);
    expect(res.data?.userStoriesConnection.totalCount).toBe(1);
  });

  it('pages a generated cursor connection', async () => {
    const page = `query($after: String) { userStoriesConnection(first: 5, after: $after, sort: [{ key: ASC }]) {
      edges { node { key } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      userStoriesConnection: {
        edges: { node: { key: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const one = await app.gql<Page>(page);
    const two = await app.gql<Page>(page, {
      after: one.data?.userStoriesConnection.pageInfo.endCursor,
    });
    const keys = [
      ...(one.data?.userStoriesConnection.edges ?? []),
      ...(two.data?.userStoriesConnection.edges ?? []),
    ].map((e) => e.node.key);
    expect(new Set(keys).size).toBe(10);
    expect(one.data?.userStoriesConnection.pageInfo.hasNextPage).toBe(true);
  });

  it('answers each custom query', async () => {
    const res = await app.gql<{
      search: { artifact: { uid: string }; lineage: { uid: string }[] }[];
      trace: { nodes: { uid: string }[] };
      impact: { affected: { artifact: { uid: string }; distance: number }[] };
      coverage: { epicsWithoutStories: { uid: string }[]; orphanCode: { uid: string }[] };
    }>(`{
      search(text: "pay with a card I saved before", first: 3) { artifact { uid } lineage { uid } }
      trace(uid: "git:lumen/shop@e1a9c33", direction: UP) { nodes { uid } }
      impact(uid: "doc:lumen/specs/card-vault") { affected { artifact { uid } distance } }
      coverage { epicsWithoutStories { uid } orphanCode { uid } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.search[0]?.artifact.uid).toBe('jira:SHOP-22');
    expect(res.data?.search[0]?.lineage.map((l) => l.uid)).toEqual([
      'jira:SHOP-2',
      'doc:lumen/prd/checkout-v2',
    ]);
    expect(res.data?.trace.nodes.map((n) => n.uid)).toEqual([
      'git:lumen/shop@e1a9c33',
      'jira:SHOP-21',
      'jira:SHOP-2',
      'doc:lumen/prd/checkout-v2',
    ]);
    expect(res.data?.impact.affected).toEqual(
      expect.arrayContaining([
        { artifact: { uid: 'github:lumen/shop#112' }, distance: 1 },
        { artifact: { uid: 'file:lumen/shop:src/payments/vault-client.ts' }, distance: 1 },
      ]),
    );
    expect(res.data?.coverage.epicsWithoutStories.map((e) => e.uid)).toContain('jira:SHOP-3');
    expect(res.data?.coverage.orphanCode.map((e) => e.uid)).toEqual(
      expect.arrayContaining(['git:lumen/shop@c3d4e5f', 'git:lumen/shop@0a1b2c3']),
    );
  });

  it('resolves relationship fields on search hits in one batched query per relationship', async () => {
    const driver = app.driver;
    const original = driver.executeQuery.bind(driver);
    const neighbourQueries: string[] = [];
    // A counting spy around the real driver: every query still runs against Neo4j.
    driver.executeQuery = ((query: string, ...rest: unknown[]) => {
      if (query.includes('UNWIND $uids AS uid')) neighbourQueries.push(query);
      return (original as (q: string, ...r: unknown[]) => unknown)(query, ...rest);
    }) as typeof driver.executeQuery;
    try {
      const res = await app.gql<{
        search: { artifact: { uid: string; epics?: { key: string }[] } }[];
      }>(
        '{ search(text: "saved card", kinds: [USER_STORY], first: 3, mode: FULLTEXT) { artifact { uid ... on UserStory { epics { key } } } } }',
      );
      expect(res.errors).toBeUndefined();
      const hits = res.data?.search ?? [];
      expect(hits).toHaveLength(3);
      expect(hits.every((h) => h.artifact.epics?.[0]?.key === 'SHOP-2')).toBe(true);
      expect(neighbourQueries.filter((q) => q.includes('PART_OF'))).toHaveLength(1);
    } finally {
      driver.executeQuery = original;
    }
  });

  it('masks unexpected errors and keeps every error code in the closed set', async () => {
    const bad = await app.gql('{ nope }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badVar = await app.gql('query($n: Int) { search(text: "x", first: $n) { score } }', {
      n: 'many',
    });
    expect(badVar.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
