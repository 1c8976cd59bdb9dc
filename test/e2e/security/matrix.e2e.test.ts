/**
 * The permission matrix: every role × every set of readable access levels × every kind of query,
 * over HTTP and WebSocket. Two oracles, both able to fail:
 *
 * 1. **Markers.** Every fixture artifact at level L carries `L` in its uid (`…:RESTRICTED:…`) and a
 *    marker word (`markrestricted`) in its title, body and link evidence; no answer to a caller who
 *    may not read L contains either (positive control: every level it may read does show up).
 * 2. **Non-interference.** A caller's answers do not change when artifacts it may not read are
 *    added, linked to what it can see, given pending links, or rewritten: no text, uid, count or
 *    existence of a hidden artifact can reach it, even indirectly. Only relevance scores are left
 *    out of the comparison (Lucene's BM25 statistics are index-wide; docs/security.md).
 *
 * Hidden and missing uids are also asked for side by side (reads and every mutation, per role):
 * the answers are the same once the uid itself is blanked out.
 */
import { randomUUID } from 'node:crypto';
import type { ArtifactInput, LinkInput } from '../../../graph/writer.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { GqlResponse, TestApp } from '../../support/app.js';
import { testToken } from '../../support/services.js';
import { collect, until, wsClient } from '../../support/ws.js';
import type { Collected } from '../../support/ws.js';

const P = `mx-${randomUUID().slice(0, 8)}`;
const LEVELS = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] as const;
type Level = (typeof LEVELS)[number];
const ROLES = ['viewer', 'engineer', 'pm', 'admin'] as const;
/** What a caller may read: PUBLIC only, up to INTERNAL, up to CONFIDENTIAL, everything. */
const LEVEL_SETS = LEVELS.map((_l, i) => LEVELS.slice(0, i + 1));

const uid = (level: Level, name: string) => `${P}:${level}:${name}`;
const mark = (level: Level) => `mark${level.toLowerCase()}`;
const MISSING = `${P}:nowhere:missing`;

/** One lineage per level, every node at that level, each with the level's marker. */
function lineage(level: Level): { rows: ArtifactInput[]; links: LinkInput[] } {
  const m = mark(level);
  const row = (name: string, kind: ArtifactInput['kind'], extra: Partial<ArtifactInput> = {}) => ({
    uid: uid(level, name),
    kind,
    title: `Quokka ${name} ${m}`,
    body: `The quokka ${name} of level ${m}: checkout payments and refunds.`,
    accessLevel: level,
    ...extra,
  });
  const link = (from: string, to: string, type: LinkInput['type']): LinkInput => ({
    from: uid(level, from),
    to: uid(level, to),
    type,
    via: 'manual',
    evidence: `evidence ${m}`,
  });
  return {
    rows: [
      row('prd', 'PRD'),
      row('epic', 'EPIC'),
      row('story', 'USER_STORY'),
      row('spec', 'TECH_SPEC'),
      row('code', 'CODE', { codeKind: 'FILE', path: `src/${level.toLowerCase()}/quokka.ts` }),
    ],
    links: [
      link('epic', 'prd', 'PART_OF'),
      link('story', 'epic', 'PART_OF'),
      link('spec', 'story', 'SPECIFIES'),
      link('code', 'spec', 'IMPLEMENTS'),
    ],
  };
}

/** Links from what more callers can see to what fewer can: each a path to climb or count. */
const CROSS: LinkInput[] = [
  ['PUBLIC', 'spec', 'RESTRICTED', 'story', 'SPECIFIES'],
  ['PUBLIC', 'story', 'CONFIDENTIAL', 'epic', 'PART_OF'],
  ['INTERNAL', 'epic', 'RESTRICTED', 'epic', 'DEPENDS_ON'],
  ['INTERNAL', 'code', 'PUBLIC', 'story', 'IMPLEMENTS'],
  ['CONFIDENTIAL', 'spec', 'PUBLIC', 'story', 'SPECIFIES'],
  ['RESTRICTED', 'code', 'PUBLIC', 'code', 'DEPENDS_ON'],
].map(([fl, f, tl, t, type]) => ({
  from: uid(fl as Level, f as string),
  to: uid(tl as Level, t as string),
  type: type as LinkInput['type'],
  via: 'manual',
  evidence: `cross evidence ${mark(fl as Level)} ${mark(tl as Level)}`,
}));

const ART = 'uid kind title body accessLevel';
/** Every kind of read, each with the fields that could carry something hidden. */
const READS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  searchHybrid: {
    query: `{ search(text: "quokka checkout", first: 60) { score vectorScore textScore matchedChunk artifact { ${ART} } lineage { ${ART} } } }`,
  },
  searchVector: {
    query: `{ search(text: "quokka checkout", mode: VECTOR, first: 60) { score artifact { ${ART} } lineage { uid title } } }`,
  },
  searchFulltext: {
    query: `{ search(text: "quokka", mode: FULLTEXT, first: 60) { score artifact { ${ART} } lineage { uid title } } }`,
  },
  searchCode: {
    query: `{ search(text: "quokka payments", kinds: [CODE], first: 60) { score artifact { uid title } lineage { uid title } } }`,
  },
  traceCode: {
    query: `query ($u: ID!) { trace(uid: $u) { root { uid } nodes { ${ART} } edges { from to type via evidence resolved } placeholders { uid } } }`,
    variables: { u: uid('PUBLIC', 'code') },
  },
  traceStory: {
    query: `query ($u: ID!) { trace(uid: $u, direction: BOTH) { nodes { uid title } edges { from to evidence } placeholders { uid } } }`,
    variables: { u: uid('PUBLIC', 'story') },
  },
  impactPrd: {
    query: `query ($u: ID!) { impact(uid: $u) { root { uid } affected { artifact { uid title } distance path via } unresolved { from to evidence } } }`,
    variables: { u: uid('PUBLIC', 'prd') },
  },
  impactCode: {
    query: `query ($u: ID!) { impact(uid: $u, maxDepth: 6) { affected { artifact { uid title } distance path via } unresolved { from to evidence } } }`,
    variables: { u: uid('PUBLIC', 'code') },
  },
  coverageScoped: {
    query: `query ($u: ID!) { coverage(scopeUid: $u) { storiesWithoutSpec { uid } storiesWithoutCode { uid } specsWithoutCode { uid } orphanCode { uid } epicsWithoutStories { uid } totals { prds epics stories specs code } } }`,
    variables: { u: uid('PUBLIC', 'prd') },
  },
  coverageAll: {
    query: `{ coverage { storiesWithoutSpec { uid title } storiesWithoutCode { uid } specsWithoutCode { uid } orphanCode { uid } epicsWithoutStories { uid } totals { prds epics stories specs code } } }`,
  },
  ask: {
    query: `{ ask(question: "What does the quokka checkout plan say?", first: 20) { generated reason text citations { marker snippet artifact { uid title } } context { artifact { uid title } lineage { uid title } } } }`,
  },
  related: {
    query: `query ($u: ID!) { related(uid: $u, first: 50) { score vectorScore textScore graphScore artifact { ${ART} } } }`,
    variables: { u: uid('PUBLIC', 'story') },
  },
  relatedCode: {
    query: `query ($u: ID!) { related(uid: $u, kinds: [CODE], first: 50) { score artifact { uid title } } }`,
    variables: { u: uid('PUBLIC', 'spec') },
  },
  suggestedLinks: {
    query: `query ($u: ID!) { suggestedLinks(uid: $u, first: 50) { from to type confidence artifact { uid title } evidence { terms sourceExcerpt targetExcerpt signals } } }`,
    variables: { u: uid('PUBLIC', 'story') },
  },
  coverageSuggestions: {
    query: `query ($u: ID!) { coverage(scopeUid: $u) { gaps { gap artifact { uid title } suggestions(first: 5) { from to type artifact { uid title } evidence { terms } } } } }`,
    variables: { u: uid('PUBLIC', 'prd') },
  },
  pendingLinks: {
    query: `{ pendingLinks(first: 100) { nodes { from to type via evidence source } hasNextPage } }`,
  },
  generatedTree: {
    query: `query ($p: ID!) { prds(where: { uid: { startsWith: $p } }, sort: [{ title: DESC }]) { uid title pendingLinks { to evidence } dependsOn { uid title } epics { uid title dependsOn { uid title } stories { uid title specs { uid title code { uid title } } code { uid title } } } } }`,
    variables: { p: P },
  },
  generatedUpward: {
    query: `query ($p: ID!) { codes(where: { uid: { startsWith: $p } }) { uid title dependsOn { uid title } implementsSpecs { uid title stories { uid title epics { uid title prds { uid title } } } } implementsStories { uid title epics { uid title } } } }`,
    variables: { p: P },
  },
  generatedInterface: {
    query: `query ($p: ID!) { artifacts(where: { uid: { startsWith: $p } }, sort: [{ title: ASC }], limit: 500) { uid title accessLevel dependsOn { uid } } }`,
    variables: { p: P },
  },
  generatedConnections: {
    query: `query ($p: ID!) {
      userStoriesConnection(where: { uid: { startsWith: $p } }, sort: [{ title: DESC }]) {
        totalCount
        aggregate { count { nodes } node { title { longest shortest } body { longest } } }
        edges { cursor node { uid title } }
      }
      epics(where: { uid: { startsWith: $p } }) {
        uid
        storiesConnection { totalCount aggregate { count { nodes edges } node { title { longest } } } edges { properties { via evidence } node { uid } } }
        prdsConnection { totalCount edges { properties { evidence } node { uid title } } }
      }
      codes(where: { uid: { startsWith: $p } }) {
        uid
        implementsStoriesConnection { totalCount edges { properties { evidence } node { uid title } } }
      }
    }`,
    variables: { p: P },
  },
  chunks: {
    query: `{ chunks(where: { text: { contains: "quokka" } }) { uid text accessLevel artifacts { uid title } } }`,
  },
  // Filters through relationships (1-3 levels, on nodes, edges and aggregates) are switched off:
  // each must stay a validation error for everyone, whatever the graph holds.
  filterOneLevel: {
    query: `{ userStories(where: { epics: { some: { title: { contains: "markrestricted" } } } }) { uid } }`,
  },
  filterTwoLevels: {
    query: `{ userStories(where: { epics: { some: { prds: { some: { title: { startsWith: "Quokka" } } } } } }) { uid } }`,
  },
  filterThreeLevels: {
    query: `{ codes(where: { implementsStories: { some: { epics: { some: { prds: { some: { body: { contains: "mark" } } } } } } } }) { uid } }`,
  },
  filterEdge: {
    query: `{ prds(where: { epicsConnection: { some: { edge: { evidence: { contains: "mark" } } } } }) { uid } }`,
  },
  filterAggregate: {
    query: `{ prds(where: { epicsAggregate: { count: { gt: 0 } } }) { uid } }`,
  },
  filterInterface: {
    query: `{ artifacts(where: { dependsOn: { some: { title: { contains: "mark" } } } }) { uid } }`,
  },
};
const FILTERS = Object.keys(READS).filter((k) => k.startsWith('filter'));

/** Scores left out (index-wide BM25 statistics); hit lists compared as sets of uids. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalise);
    const keyed = items.every((i) => typeof i === 'object' && i !== null && 'artifact' in i);
    return keyed
      ? [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : items;
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !['score', 'vectorScore', 'textScore'].includes(k))
      .map(([k, v]) => [k, normalise(v)]),
  );
}

/** Uids or markers of the levels outside `levels` that appear in `text`. */
function leaks(text: string, levels: readonly Level[]): string[] {
  return LEVELS.filter((l) => !levels.includes(l)).flatMap((l) =>
    [`:${l}:`, mark(l)].filter((needle) => text.includes(needle)),
  );
}

interface Caller {
  role: (typeof ROLES)[number];
  levels: readonly Level[];
  token: string;
}

let app: TestApp;
const callers: Caller[] = [];

beforeAll(async () => {
  app = await startTestApp({ env: { ASK_GENERATION: 'off' } });
  const parts = LEVELS.map(lineage);
  await app.writer.upsertArtifacts(parts.flatMap((p) => p.rows));
  await app.writer.linkMany([...parts.flatMap((p) => p.links), ...CROSS]);
  // A reference to something not in the graph, from an artifact of each level.
  for (const level of LEVELS) {
    await app.writer.keepPending(`test:${P}`, [
      {
        from: uid(level, 'code'),
        to: `${P}:nowhere:${level.toLowerCase()}`,
        type: 'IMPLEMENTS',
        via: 'commit-message',
        evidence: `pending evidence ${mark(level)}`,
      },
    ]);
  }
  for (const levels of LEVEL_SETS)
    for (const role of ROLES)
      callers.push({
        role,
        levels,
        token: await testToken({ role, levels: [...levels], sub: `${role}-${levels.length}` }),
      });
});

afterAll(async () => {
  await app.driver.executeQuery('MATCH (p:PendingLink) WHERE p.from STARTS WITH $p DELETE p', {
    p: P,
  });
  await deleteByPrefix(app.driver, `${P}:`);
  await app.close();
});

/** Every read as `caller`, each asked twice (the second answer may come from the cache). */
async function readAll(caller: Caller): Promise<Record<string, GqlResponse<unknown>>> {
  const out: Record<string, GqlResponse<unknown>> = {};
  for (const [name, { query, variables }] of Object.entries(READS)) {
    const first = await app.gql(query, variables ?? {}, { token: caller.token });
    const again = await app.gql(query, variables ?? {}, { token: caller.token });
    expect({ name, answer: normalise(again) }).toEqual({ name, answer: normalise(first) });
    out[name] = first;
  }
  return out;
}

/** Adds artifacts at `hidden`, tied to what every caller sees, and rewrites one; undone after. */
async function withHiddenChanges(hidden: Level, run: () => Promise<void>): Promise<void> {
  const m = mark(hidden);
  const shadow = {
    story: uid(hidden, 'shadow-story'),
    code: uid(hidden, 'shadow-code'),
    spec: uid(hidden, 'shadow-spec'),
  };
  const row = (u: string, kind: ArtifactInput['kind'], what: string): ArtifactInput => ({
    uid: u,
    kind,
    title: `Quokka shadow ${what} ${m}`,
    body: `quokka checkout payments ${m}`,
    accessLevel: hidden,
  });
  await app.writer.upsertArtifacts([
    row(shadow.story, 'USER_STORY', 'story'),
    { ...row(shadow.code, 'CODE', 'commit'), codeKind: 'COMMIT' },
    row(shadow.spec, 'TECH_SPEC', 'spec'),
    {
      uid: uid(hidden, 'story'),
      kind: 'USER_STORY',
      title: `Quokka story ${m} rewritten`,
      body: `rewritten ${m}`,
      accessLevel: hidden,
    },
  ]);
  const link = (from: string, to: string, type: LinkInput['type']): LinkInput => ({
    from,
    to,
    type,
    via: 'manual',
    evidence: `shadow evidence ${m}`,
  });
  await app.writer.linkMany([
    link(shadow.story, uid('PUBLIC', 'epic'), 'PART_OF'),
    link(shadow.code, uid('PUBLIC', 'story'), 'IMPLEMENTS'),
    link(shadow.code, uid('PUBLIC', 'spec'), 'IMPLEMENTS'),
    link(shadow.spec, uid('PUBLIC', 'story'), 'SPECIFIES'),
    link(shadow.code, uid('PUBLIC', 'code'), 'DEPENDS_ON'),
    // A hidden shortcut: code → shadow story → PUBLIC epic → PRD is shorter than the visible path.
    link(uid('PUBLIC', 'code'), shadow.story, 'IMPLEMENTS'),
  ]);
  await app.writer.keepPending(`test:${P}`, [
    link(shadow.code, `${P}:nowhere:shadow`, 'IMPLEMENTS'),
  ]);
  try {
    await run();
  } finally {
    for (const u of Object.values(shadow)) await app.writer.deleteArtifact(u);
    await app.writer.upsertArtifacts(
      lineage(hidden).rows.filter((r) => r.uid === uid(hidden, 'story')),
    );
  }
}

describe.each(LEVEL_SETS.map((levels) => [levels.join('+'), levels] as const))(
  'a caller reading %s',
  (_name, levels) => {
    const mine = () => callers.filter((c) => c.levels.join() === levels.join());
    const hidden = LEVELS.find((l) => !levels.includes(l));

    it('sees every level it may read and nothing of the others, whatever its role', async () => {
      for (const caller of mine()) {
        const answers = await readAll(caller);
        const text = JSON.stringify(answers);
        expect({ role: caller.role, leaks: leaks(text, levels) }).toEqual({
          role: caller.role,
          leaks: [],
        });
        // Positive control: the queries do reach the fixture.
        for (const level of levels) expect(text).toContain(mark(level));
        for (const name of ['searchHybrid', 'traceCode', 'generatedTree', 'ask'])
          expect({ name, errors: answers[name]?.errors }).toEqual({ name, errors: undefined });
        for (const name of FILTERS)
          expect({ name, code: answers[name]?.errors?.[0]?.extensions?.code }).toEqual({
            name,
            code: 'BAD_USER_INPUT',
          });
      }
    });

    it('cannot move an artifact to or from a level outside its own', async () => {
      for (const caller of mine().filter((c) => c.role !== 'viewer')) {
        const outside = hidden ?? 'RESTRICTED';
        const res = await app.gql(
          'mutation ($i: [ArtifactInput!]!) { upsertArtifacts(input: $i) { created updated } }',
          {
            i: [
              {
                uid: uid('PUBLIC', 'epic'),
                kind: 'EPIC',
                title: `Quokka epic ${mark('PUBLIC')}`,
                body: `The quokka epic of level ${mark('PUBLIC')}: checkout payments and refunds.`,
                accessLevel: outside,
              },
            ],
          },
          { token: caller.token },
        );
        // Refused outside its levels; allowed (as a move within them) for the all-levels caller.
        expect(res.errors?.[0]?.extensions?.code).toBe(hidden ? 'BAD_USER_INPUT' : undefined);
      }
      // Put back what the all-levels caller may legitimately have moved.
      await app.writer.upsertArtifacts(
        lineage('PUBLIC').rows.filter((r) => r.uid === uid('PUBLIC', 'epic')),
      );
    });

    if (!hidden) return; // Nothing is hidden from a caller who may read every level.

    it('gets the same answers when artifacts it may not read are added, linked or rewritten', async () => {
      const before = new Map<Caller, unknown>();
      for (const caller of mine()) before.set(caller, normalise(await readAll(caller)));
      await withHiddenChanges(hidden, async () => {
        for (const caller of mine()) {
          const after = normalise(await readAll(caller));
          expect({ role: caller.role, after }).toEqual({
            role: caller.role,
            after: before.get(caller),
          });
        }
      });
    });

    it('is answered the same for a hidden uid as for a missing one, in reads and writes', async () => {
      const secret = uid(hidden, 'epic');
      const visible = uid('PUBLIC', 'story');
      const asks: [string, (u: string) => { query: string; variables: Record<string, unknown> }][] =
        [
          [
            'trace',
            (u) => ({
              query: 'query ($u: ID!) { trace(uid: $u) { root { uid } } }',
              variables: { u },
            }),
          ],
          [
            'impact',
            (u) => ({
              query: 'query ($u: ID!) { impact(uid: $u) { root { uid } } }',
              variables: { u },
            }),
          ],
          [
            'coverage',
            (u) => ({
              query: 'query ($u: ID!) { coverage(scopeUid: $u) { totals { code } } }',
              variables: { u },
            }),
          ],
          [
            'generated',
            (u) => ({
              query:
                'query ($u: ID!) { epics(where: { uid: { eq: $u } }) { uid } epicsConnection(where: { uid: { eq: $u } }) { totalCount } }',
              variables: { u },
            }),
          ],
          [
            'link',
            (u) => ({
              query:
                'mutation ($f: ID!, $u: ID!) { link(from: $f, to: $u, type: PART_OF) { changed edge { evidence } } }',
              variables: { f: visible, u },
            }),
          ],
          [
            'link from',
            (u) => ({
              query:
                'mutation ($u: ID!, $t: ID!) { link(from: $u, to: $t, type: DEPENDS_ON) { changed } }',
              variables: { u, t: visible },
            }),
          ],
          [
            'unlink',
            (u) => ({
              query:
                'mutation ($f: ID!, $u: ID!) { unlink(from: $f, to: $u, type: PART_OF) { changed edge { evidence } } }',
              variables: { f: visible, u },
            }),
          ],
          [
            'delete',
            (u) => ({
              query: 'mutation ($u: ID!) { deleteArtifact(uid: $u) { deleted } }',
              variables: { u },
            }),
          ],
        ];
      for (const caller of mine()) {
        for (const [name, make] of asks) {
          const h = make(secret);
          const m = make(MISSING);
          const hiddenAnswer = await app.gql(h.query, h.variables, { token: caller.token });
          const missingAnswer = await app.gql(m.query, m.variables, { token: caller.token });
          const blank = (r: unknown, u: string) =>
            normalise(JSON.parse(JSON.stringify(r).split(u).join('X')));
          expect({ role: caller.role, name, answer: blank(hiddenAnswer, secret) }).toEqual({
            role: caller.role,
            name,
            answer: blank(missingAnswer, MISSING),
          });
        }
      }
      // Nothing was written through any of it.
      const { records } = await app.driver.executeQuery(
        'MATCH (a:Artifact {uid: $u}) RETURN a.title AS t',
        { u: secret },
      );
      expect(records[0]?.get('t')).toBe(`Quokka epic ${mark(hidden)}`);
    });
  },
);

describe('the change feed, for every caller at once', () => {
  it('delivers changes of the levels a caller may read, and nothing of the others', async () => {
    const subs: { caller: Caller; feeds: Collected<unknown>[] }[] = [];
    const clients = callers.map((c) => wsClient(app.url, c.token));
    const watched = [...LEVELS.map((l) => uid(l, 'story')), MISSING, uid('PUBLIC', 'probe')];
    callers.forEach((caller, i) => {
      const client = clients[i];
      if (!client) return;
      const fields = `cursor op uid kind artifact { ${ART} } link { from to type evidence }`;
      subs.push({
        caller,
        feeds: [
          collect(
            client,
            `subscription ($u: [ID!]) { artifactChanged(uids: $u) { ${fields} } }`,
            'artifactChanged',
            { u: watched },
          ),
          collect(
            client,
            `subscription ($u: ID!) { artifactChanged(under: $u) { ${fields} } }`,
            'artifactChanged',
            { u: uid('PUBLIC', 'prd') },
          ),
          collect(
            client,
            `subscription { artifactChanged(kinds: [USER_STORY, CODE]) { ${fields} } }`,
            'artifactChanged',
          ),
        ],
      });
    });
    // The probe sits under the PUBLIC PRD, so every feed (uids, under, kinds) sees it.
    await app.writer.upsertArtifacts([
      { uid: uid('PUBLIC', 'probe'), kind: 'USER_STORY', title: 'probe 0', accessLevel: 'PUBLIC' },
    ]);
    await app.writer.link(uid('PUBLIC', 'probe'), uid('PUBLIC', 'epic'), 'PART_OF', null);
    const probe = (n: number) =>
      app.writer.upsertArtifacts([
        {
          uid: uid('PUBLIC', 'probe'),
          kind: 'USER_STORY',
          title: `probe ${n}`,
          accessLevel: 'PUBLIC',
        },
      ]);
    const hasProbe = (f: Collected<unknown>, title: string) =>
      f.items.some((e) => JSON.stringify(e).includes(title));
    // Live: probe until every feed has seen one, then wait for the last probe everywhere.
    let n = 0;
    await until(
      'every subscription live',
      async () => {
        n += 1;
        await probe(n);
        await new Promise((r) => setTimeout(r, 250));
        return subs.every((s) => s.feeds.every((f) => f.items.length > 0));
      },
      60_000,
    );
    await until('the last probe everywhere', () =>
      subs.every((s) => s.feeds.every((f) => hasProbe(f, `probe ${n}`))),
    );
    for (const s of subs) for (const f of s.feeds) f.items.length = 0;

    // Changes at every level: rewritten stories, links across levels, a link removed.
    for (const level of LEVELS) {
      await app.writer.upsertArtifacts([
        {
          uid: uid(level, 'story'),
          kind: 'USER_STORY',
          title: `Quokka story ${mark(level)} feed`,
          accessLevel: level,
        },
      ]);
    }
    await app.writer.linkMany([
      {
        from: uid('RESTRICTED', 'code'),
        to: uid('PUBLIC', 'story'),
        type: 'IMPLEMENTS',
        via: 'manual',
        evidence: `feed evidence ${mark('RESTRICTED')}`,
      },
      {
        from: uid('PUBLIC', 'code'),
        to: uid('CONFIDENTIAL', 'story'),
        type: 'IMPLEMENTS',
        via: 'manual',
        evidence: `feed evidence ${mark('CONFIDENTIAL')}`,
      },
    ]);
    await app.writer.unlink(uid('PUBLIC', 'spec'), uid('RESTRICTED', 'story'), 'SPECIFIES');
    await probe(n + 1);
    await until('the sentinel everywhere', () =>
      subs.every((s) => s.feeds.every((f) => hasProbe(f, `probe ${n + 1}`))),
    );

    for (const { caller, feeds } of subs) {
      const text = JSON.stringify(feeds.map((f) => [f.items, f.errors]));
      expect({
        role: caller.role,
        levels: caller.levels,
        leaks: leaks(text, caller.levels),
      }).toEqual({ role: caller.role, levels: caller.levels, leaks: [] });
      // Positive control: the rewrite of each readable story arrived on the uids feed.
      for (const level of caller.levels) expect(text).toContain(`${mark(level)} feed`);
    }
    for (const c of clients) await c.dispose();
  });
});
