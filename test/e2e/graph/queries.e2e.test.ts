import { randomUUID } from 'node:crypto';
import { cypher } from '../../../core/cypher.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { seedFixture } from './fixture.js';

const P = `fx-${randomUUID().slice(0, 8)}:`;
const uids = (list: { uid: string }[] | undefined) =>
  (list ?? []).map((x) => x.uid.slice(P.length));

interface Hit {
  score: number;
  artifact: { uid: string; __typename: string };
  lineage: { uid: string }[];
}

describe('custom queries on a fixture graph', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await seedFixture(app.writer, P);
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, P);
    await app.close();
  });

  const search = async (text: string, mode: string, extra = '') => {
    const res = await app.gql<{ search: Hit[] }>(
      `query($text: String!) { search(text: $text, mode: ${mode} ${extra}) { score artifact { uid __typename } lineage { uid } } }`,
      { text },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.search ?? [];
  };

  it.each(['FULLTEXT', 'VECTOR', 'HYBRID'])(
    'ranks the story whose body holds the phrase first in %s mode',
    async (mode) => {
      const hits = await search('earn points on every vellichor purchase', mode);
      expect(hits[0]?.artifact.uid).toBe(`${P}story-earn`);
      expect(hits[0]?.artifact.__typename).toBe('UserStory');
    },
  );

  it("returns a commit's lineage up to its PRD, in order", async () => {
    const hits = await search(
      'LOY-7 credit quarnex points after payment',
      'HYBRID',
      ', kinds: [CODE], first: 1',
    );
    expect(hits[0]?.artifact.uid).toBe(`${P}code-commit`);
    expect(uids(hits[0]?.lineage)).toEqual(['story-earn', 'epic-a', 'prd']);
  });

  it('never returns an artifact above the caller’s access levels', async () => {
    const hits = await search('quarnex fraud rules points farming', 'HYBRID', ', first: 50');
    expect(hits.map((h) => h.artifact.uid)).not.toContain(`${P}story-secret`);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('trace UP from a commit ends at the right PRD, with the evidence of each edge', async () => {
    const res = await app.gql<{
      trace: {
        nodes: { uid: string }[];
        edges: { from: string; to: string; type: string; evidence: string }[];
      };
    }>(
      `query($uid: ID!) { trace(uid: $uid, direction: UP) { nodes { uid } edges { from to type via evidence } } }`,
      { uid: `${P}code-commit` },
    );
    expect(res.errors).toBeUndefined();
    expect(uids(res.data?.trace.nodes)).toEqual(['code-commit', 'story-earn', 'epic-a', 'prd']);
    expect(res.data?.trace.edges).toContainEqual(
      expect.objectContaining({
        from: `${P}code-commit`,
        to: `${P}story-earn`,
        type: 'IMPLEMENTS',
        evidence: 'LOY-7 credit points',
      }),
    );
  });

  it('trace DOWN from the PRD reaches the code but not hidden stories', async () => {
    const res = await app.gql<{ trace: { nodes: { uid: string }[] } }>(
      `query($uid: ID!) { trace(uid: $uid, direction: DOWN) { nodes { uid } } }`,
      { uid: `${P}prd` },
    );
    const nodes = uids(res.data?.trace.nodes);
    expect(nodes).toEqual(
      expect.arrayContaining(['code-pr', 'code-commit', 'spec-ledger', 'epic-empty']),
    );
    expect(nodes).not.toContain('story-secret');
    expect(nodes).not.toContain('code-orphan');
  });

  it('impact of a story lists specs, code and dependants with distances', async () => {
    const res = await app.gql<{
      impact: {
        affected: { artifact: { uid: string }; distance: number; path: string[]; via: string[] }[];
      };
    }>(
      `query($uid: ID!) { impact(uid: $uid) { affected { artifact { uid } distance path via } } }`,
      { uid: `${P}story-earn` },
    );
    expect(res.errors).toBeUndefined();
    const byUid = Object.fromEntries(
      (res.data?.impact.affected ?? []).map((a) => [a.artifact.uid.slice(P.length), a]),
    );
    expect(Object.keys(byUid).sort()).toEqual([
      'code-commit',
      'code-pr',
      'spec-ledger',
      'spec-redeem',
      'story-redeem',
    ]);
    expect(byUid['spec-ledger']?.distance).toBe(1);
    expect(byUid['story-redeem']).toMatchObject({ distance: 1, via: ['DEPENDS_ON'] });
    expect(byUid['code-pr']).toMatchObject({
      distance: 2,
      path: [`${P}story-earn`, `${P}spec-ledger`, `${P}code-pr`],
    });
    expect(byUid['spec-redeem']?.distance).toBe(2);
  });

  it('coverage under the PRD finds exactly the seeded gaps', async () => {
    const res = await app.gql<{
      coverage: Record<string, { uid: string }[]> & { totals: Record<string, number> };
    }>(
      `query($scope: ID) { coverage(scopeUid: $scope) {
         storiesWithoutSpec { uid } storiesWithoutCode { uid } specsWithoutCode { uid }
         orphanCode { uid } epicsWithoutStories { uid } totals { prds epics stories specs code } } }`,
      { scope: `${P}prd` },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data?.coverage;
    expect(uids(c?.storiesWithoutSpec)).toEqual(['story-nospec']);
    expect(uids(c?.storiesWithoutCode).sort()).toEqual(['story-nospec', 'story-redeem']);
    expect(uids(c?.specsWithoutCode)).toEqual(['spec-redeem']);
    expect(uids(c?.epicsWithoutStories)).toEqual(['epic-empty']);
    expect(c?.orphanCode).toEqual([]);
    expect(c?.totals).toEqual({ prds: 1, epics: 2, stories: 3, specs: 2, code: 2 });
  });

  it('global coverage reports code linked to nothing', async () => {
    const res = await app.gql<{ coverage: { orphanCode: { uid: string }[] } }>(
      '{ coverage { orphanCode { uid } } }',
    );
    expect(res.data?.coverage.orphanCode.map((o) => o.uid)).toContain(`${P}code-orphan`);
    expect(res.data?.coverage.orphanCode.map((o) => o.uid)).not.toContain(`${P}code-pr`);
  });

  it('answers NOT_FOUND and BAD_USER_INPUT with their codes', async () => {
    const missing = await app.gql('{ trace(uid: "nope:nothing") { root { uid } } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const depth = await app.gql(`{ impact(uid: "${P}prd", maxDepth: 99) { root { uid } } }`);
    expect(depth.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'maxDepth',
    });
    const empty = await app.gql('{ search(text: "   ") { score } }');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const lucene = await app.gql(
      '{ search(text: "AND (quarnex OR \\"points", mode: FULLTEXT) { score } }',
    );
    expect(lucene.errors).toBeUndefined();
  });

  it('answers NOT_FOUND for a coverage scope that is missing or above the caller’s levels', async () => {
    for (const scope of [`${P}missing`, `${P}story-secret`]) {
      const res = await app.gql(
        'query($scope: ID) { coverage(scopeUid: $scope) { orphanCode { uid } } }',
        {
          scope,
        },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  describe('small lookups', () => {
    const levels = ['PUBLIC', 'INTERNAL'];
    const rows = async (name: string, params: Record<string, unknown> = {}) =>
      (await app.driver.executeQuery(cypher(name), params)).records.map((r) => r.toObject());

    it('coverage/scope-exists finds a readable scope only', async () => {
      expect(await rows('coverage/scope-exists', { uid: `${P}prd`, levels })).toEqual([
        { uid: `${P}prd` },
      ]);
      expect(await rows('coverage/scope-exists', { uid: `${P}story-secret`, levels })).toEqual([]);
    });

    it('changes/artifact reads a readable artifact with its labels and without its embedding', async () => {
      const [row] = await rows('changes/artifact', { uid: `${P}story-earn`, levels });
      const a = row?.a as Record<string, unknown>;
      expect(a).toMatchObject({ uid: `${P}story-earn`, kind: 'USER_STORY', embedding: null });
      expect(a.labels).toEqual(expect.arrayContaining(['Artifact', 'UserStory']));
      expect(await rows('changes/artifact', { uid: `${P}story-secret`, levels })).toEqual([]);
    });

    it('search/graph-model names the model the graph was embedded with', async () => {
      expect(await rows('search/graph-model')).toEqual([{ model: app.runtime.embedder.model }]);
    });

    it('seed/graph-empty says a graph with artifacts is not empty', async () => {
      expect(await rows('seed/graph-empty')).toEqual([{ empty: false }]);
    });

    it('the schema lookups list constraints, indexes and vector dimensions', async () => {
      const names = (list: Record<string, unknown>[]) => list.map((r) => r.name);
      expect(names(await rows('schema/constraints'))).toContain('artifact_uid');
      const indexes = names(await rows('schema/indexes'));
      expect(indexes).toEqual(expect.arrayContaining(['artifact_embedding', 'chunk_embedding']));
      const dims = app.runtime.config.embeddings.dimensions;
      expect(await rows('schema/vector-index-dimensions')).toEqual(
        expect.arrayContaining([
          { name: 'artifact_embedding', dims },
          { name: 'chunk_embedding', dims },
        ]),
      );
      expect(await rows('schema/vector-index-dimensions')).toHaveLength(2);
      expect(await rows('reindex/vector-indexes')).toEqual(
        expect.arrayContaining([{ name: 'artifact_embedding', dims }]),
      );
      expect(await rows('health/ping')).toEqual([{ 1: 1 }]);
    });
  });
});

describe('kind-filtered search', () => {
  const Q = `fk-${randomUUID().slice(0, 8)}:`;
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    // 80 stories that match the query strongly, 6 commits that match it only weakly.
    const stories = Array.from({ length: 80 }, (_, i) => ({
      uid: `${Q}story-${i}`,
      kind: 'USER_STORY' as const,
      title: `Glimmerwick lantern refill ${i}`,
      body: 'Glimmerwick lantern refill glimmerwick lantern refill flow for the glimmerwick shop.',
    }));
    const commits = Array.from({ length: 6 }, (_, i) => ({
      uid: `${Q}commit-${i}`,
      kind: 'CODE' as const,
      codeKind: 'COMMIT' as const,
      title: `Refactor wick module part ${i}`,
      body: 'Rename helpers in the lantern module.',
    }));
    await app.writer.upsertArtifacts([...stories, ...commits]);
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, Q);
    await app.close();
  });

  it.each(['VECTOR', 'HYBRID'])(
    'still returns `first` CODE hits when other kinds dominate (%s)',
    async (mode) => {
      const res = await app.gql<{ search: { artifact: { uid: string; __typename: string } }[] }>(
        `{ search(text: "glimmerwick lantern refill", kinds: [CODE], first: 5, mode: ${mode}) { artifact { uid __typename } } }`,
      );
      expect(res.errors).toBeUndefined();
      const hits = res.data?.search ?? [];
      expect(hits).toHaveLength(5);
      expect(hits.every((h) => h.artifact.__typename === 'Code')).toBe(true);
    },
  );
});
