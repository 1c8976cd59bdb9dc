import { randomUUID } from 'node:crypto';
import { createLogger } from '../../../core/logger.js';
import { decodeChange } from '../../../graph/outbox.js';
import type { ChangeRecord } from '../../../graph/outbox.js';
import { applyPage } from '../../../ingest/sync/apply.js';
import { emptyPage } from '../../../ingest/sync/types.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

const P = `pl-${randomUUID().slice(0, 8)}:`;
const SOURCE = `git:/${P}repo`;
const commit = `${P}git:abc123`;
const story = `${P}jira:CLI-266`;
const secret = `${P}git:def456`;
const evidence = 'CLI-266: parse options lazily';

const TRACE = `query ($uid: ID!) {
  trace(uid: $uid, direction: UP) {
    nodes { uid }
    edges { from to type via evidence resolved }
    placeholders { uid resolved }
  }
}`;
const PENDING = `query ($source: String, $first: Int, $after: String) {
  pendingLinks(source: $source, first: $first, after: $after) {
    nodes { from to type via evidence source firstSeen resolved }
    endCursor
    hasNextPage
  }
}`;

interface TraceData {
  trace: {
    nodes: { uid: string }[];
    edges: Record<string, unknown>[];
    placeholders: { uid: string; resolved: boolean }[];
  };
}
interface PendingData {
  pendingLinks: {
    nodes: Record<string, unknown>[];
    endCursor: string | null;
    hasNextPage: boolean;
  };
}

/** Change events of this file's artifacts appended to the stream after `from`. */
async function eventsSince(app: TestApp, from: string): Promise<ChangeRecord[]> {
  const entries = await app.redis.xrange(`${app.keyPrefix}changes`, `(${from}`, '+');
  return entries.map(([, fields]) => decodeChange(fields)).filter((e) => e.uid.startsWith(P));
}

async function lastEventId(app: TestApp): Promise<string> {
  const [last] = await app.redis.xrevrange(`${app.keyPrefix}changes`, '+', '-', 'COUNT', 1);
  return last?.[0] ?? '0-0';
}

async function pendingCount(app: TestApp): Promise<number> {
  const { records } = await app.driver.executeQuery(
    'MATCH (p:PendingLink) WHERE p.from STARTS WITH $p RETURN count(p) AS n',
    { p: P },
  );
  return records[0]?.get('n') as number;
}

describe('unresolved references', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    // A commit ingested with git alone names a Jira key that is not in the graph; a second,
    // CONFIDENTIAL commit (the test caller reads PUBLIC and INTERNAL) names another.
    await applyPage(
      { driver: app.driver, writer: app.writer, logger: createLogger('silent') },
      SOURCE,
      ['commit-message'],
      emptyPage({
        artifacts: [
          { uid: commit, kind: 'CODE', codeKind: 'COMMIT', title: evidence, accessLevel: 'PUBLIC' },
          {
            uid: secret,
            kind: 'CODE',
            codeKind: 'COMMIT',
            title: 'CLI-999 secret',
            accessLevel: 'CONFIDENTIAL',
          },
        ],
        links: [
          { from: commit, to: story, type: 'IMPLEMENTS', via: 'commit-message', evidence },
          {
            from: commit,
            to: `${P}jira:CLI-300`,
            type: 'DEPENDS_ON',
            via: 'commit-message',
            evidence: 'see CLI-300',
          },
          {
            from: secret,
            to: `${P}jira:CLI-999`,
            type: 'IMPLEMENTS',
            via: 'commit-message',
            evidence: 'CLI-999 secret',
          },
        ],
        reconcile: [commit, secret],
      }),
    );
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, P);
    await app.driver.executeQuery('MATCH (p:PendingLink) WHERE p.from STARTS WITH $p DELETE p', {
      p: P,
    });
    await app.close();
  });

  it('lists pending links of readable artifacts only, paged in order', async () => {
    const page1 = await app.gql<PendingData>(PENDING, { source: SOURCE, first: 1 });
    expect(page1.errors).toBeUndefined();
    expect(page1.data?.pendingLinks).toMatchObject({
      nodes: [
        {
          from: commit,
          to: `${P}jira:CLI-300`,
          type: 'DEPENDS_ON',
          via: 'commit-message',
          evidence: 'see CLI-300',
          source: SOURCE,
          resolved: false,
        },
      ],
      hasNextPage: true,
    });
    expect(page1.data?.pendingLinks.nodes[0]?.firstSeen).toEqual(expect.any(String));
    const page2 = await app.gql<PendingData>(PENDING, {
      source: SOURCE,
      first: 1,
      after: page1.data?.pendingLinks.endCursor,
    });
    // The CONFIDENTIAL commit's link is not there: neither it nor its placeholder is revealed.
    expect(page2.data?.pendingLinks).toMatchObject({
      nodes: [{ from: commit, to: story, type: 'IMPLEMENTS', evidence }],
      hasNextPage: false,
    });
  });

  it('refuses a page size out of range and a cursor it did not make', async () => {
    const big = await app.gql(PENDING, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const foreign = await app.gql(PENDING, { after: 'bm90IGEgY3Vyc29y' });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it("shows the references on the artifact's own field, in generated and hand-written queries", async () => {
    const generated = await app.gql<{ codes: { pendingLinks: Record<string, unknown>[] }[] }>(
      `query ($uids: [ID!]) {
        codes(where: { uid: { in: $uids } }) { pendingLinks { from to type via resolved } }
      }`,
      { uids: [commit, secret] },
    );
    expect(generated.errors).toBeUndefined();
    // The CONFIDENTIAL commit is not returned, so neither are its references.
    expect(generated.data?.codes).toEqual([
      {
        pendingLinks: [
          {
            from: commit,
            to: `${P}jira:CLI-300`,
            type: 'DEPENDS_ON',
            via: 'commit-message',
            resolved: false,
          },
          { from: commit, to: story, type: 'IMPLEMENTS', via: 'commit-message', resolved: false },
        ],
      },
    ]);
    const traced = await app.gql<{ trace: { root: { pendingLinks: { to: string }[] } } }>(
      `query ($uid: ID!) { trace(uid: $uid) { root { ... on Code { pendingLinks { to } } } } }`,
      { uid: commit },
    );
    expect(traced.data?.trace.root.pendingLinks).toEqual([
      { to: `${P}jira:CLI-300` },
      { to: story },
    ]);
  });

  it('shows the reference in impact as an unresolved edge', async () => {
    const res = await app.gql<{ impact: { unresolved: Record<string, unknown>[] } }>(
      `query ($uid: ID!) { impact(uid: $uid) { unresolved { from to type resolved } } }`,
      { uid: commit },
    );
    expect(res.data?.impact.unresolved).toEqual([
      { from: commit, to: `${P}jira:CLI-300`, type: 'DEPENDS_ON', resolved: false },
      { from: commit, to: story, type: 'IMPLEMENTS', resolved: false },
    ]);
  });

  it('resolves the link when the story is created through upsertArtifacts, seen in trace before and after, with the change event', async () => {
    const before = await app.gql<TraceData>(TRACE, { uid: commit });
    expect(before.errors).toBeUndefined();
    expect(before.data?.trace).toEqual({
      nodes: [{ uid: commit }],
      edges: [
        {
          from: commit,
          to: story,
          type: 'IMPLEMENTS',
          via: 'commit-message',
          evidence,
          resolved: false,
        },
      ],
      placeholders: [{ uid: story, resolved: false }],
    });

    const mark = await lastEventId(app);
    const created = await app.gql<{
      upsertArtifacts: { created: number; resolved: number; epoch: number };
    }>(
      `mutation ($uid: ID!) {
        upsertArtifacts(input: [{ uid: $uid, kind: USER_STORY, title: "Lazy option parsing" }]) {
          created resolved epoch
        }
      }`,
      { uid: story },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.upsertArtifacts).toMatchObject({ created: 1, resolved: 1 });

    const after = await app.gql<TraceData>(TRACE, { uid: commit });
    expect(after.data?.trace).toEqual({
      nodes: [{ uid: commit }, { uid: story }],
      edges: [
        {
          from: commit,
          to: story,
          type: 'IMPLEMENTS',
          via: 'commit-message',
          evidence,
          resolved: true,
        },
      ],
      placeholders: [],
    });

    // One transaction: the story's CREATED and the LINKED event share the write's epoch.
    const events = await eventsSince(app, mark);
    const epoch = created.data?.upsertArtifacts.epoch;
    expect(events.map((e) => [e.op, e.uid, e.epoch])).toEqual([
      ['CREATED', story, epoch],
      ['LINKED', commit, epoch],
    ]);
    expect(events[1]?.link).toEqual({
      from: commit,
      to: story,
      type: 'IMPLEMENTS',
      via: 'commit-message',
      evidence,
    });

    const listed = await app.gql<PendingData>(PENDING, { source: SOURCE });
    expect(listed.data?.pendingLinks.nodes.map((n) => n.to)).toEqual([`${P}jira:CLI-300`]);
  });

  it('drops a pending link the rules refuse once the target arrives as the wrong kind', async () => {
    await app.writer.keepPending(SOURCE, [
      {
        from: commit,
        to: `${P}jira:CLI-400`,
        type: 'IMPLEMENTS',
        via: 'commit-message',
        evidence: 'CLI-400',
      },
    ]);
    const before = await pendingCount(app);
    const r = await app.writer.upsertArtifacts([
      { uid: `${P}jira:CLI-400`, kind: 'EPIC', title: 'An epic' },
    ]);
    expect(r.resolved).toBe(0);
    expect(await pendingCount(app)).toBe(before - 1);
    const { records } = await app.driver.executeQuery(
      'MATCH (:Artifact {uid: $from})-[r]->(:Artifact {uid: $to}) RETURN count(r) AS n',
      { from: commit, to: `${P}jira:CLI-400` },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('links at once a pending link whose target arrived before it was kept', async () => {
    await app.writer.upsertArtifacts([
      { uid: `${P}jira:CLI-500`, kind: 'USER_STORY', title: 'Here' },
    ]);
    const before = await pendingCount(app);
    const kept = await app.writer.keepPending(SOURCE, [
      {
        from: commit,
        to: `${P}jira:CLI-500`,
        type: 'IMPLEMENTS',
        via: 'commit-message',
        evidence: 'CLI-500',
      },
    ]);
    expect(kept).toMatchObject({ pending: 0, linked: 1 });
    expect(await pendingCount(app)).toBe(before);
  });

  it('makes a kept pending link visible to a cached trace at once', async () => {
    const first = await app.gql<TraceData>(TRACE, { uid: commit });
    const { epoch } = await app.writer.keepPending(SOURCE, [
      {
        from: commit,
        to: `${P}jira:CLI-600`,
        type: 'IMPLEMENTS',
        via: 'commit-message',
        evidence: 'CLI-600',
      },
    ]);
    expect(epoch).toBeGreaterThan(0);
    const second = await app.gql<TraceData>(TRACE, { uid: commit });
    expect(first.data?.trace.placeholders).toEqual([]);
    expect(second.data?.trace.placeholders).toEqual([{ uid: `${P}jira:CLI-600`, resolved: false }]);
  });
});
