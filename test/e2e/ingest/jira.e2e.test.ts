import { createJiraJob } from '../../../ingest/jira/job.js';
import type { SyncDeps, SyncJob } from '../../../ingest/sync/job.js';
import { createLogger } from '../../../core/logger.js';
import { startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { adfDoc, startFakeJira } from '../../support/fake-jira.js';
import type { FakeIssue, FakeJira } from '../../support/fake-jira.js';
import { testConfig } from '../../support/services.js';

const AUTH = `Basic ${Buffer.from('x@y:t').toString('base64')}`;
const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00Z`;

/** PRD ← epic ← stories (one blocked by another), a sub-task, and a story whose epic comes later. */
const PORTFOLIO: FakeIssue[] = [
  { key: 'JTST-1', type: 'PRD', summary: 'Checkout v2', updated: at(0) },
  { key: 'JTST-2', type: 'Epic', summary: 'Saved cards', parent: 'JTST-1', updated: at(1) },
  {
    key: 'JTST-3',
    summary: 'Save card after payment',
    parent: 'JTST-2',
    description: adfDoc('Store the vault token.', 'Mentions JTST-9, which is not a link.'),
    updated: at(2),
  },
  { key: 'JTST-4', summary: 'Pay with a saved card', parent: 'JTST-2', updated: at(3) },
  { key: 'JTST-5', type: 'Sub-task', summary: 'Card picker', parent: 'JTST-4', updated: at(4) },
  { key: 'JTST-6', summary: 'Pay with a wallet', parent: 'JTST-8', updated: at(5) },
  { key: 'JTST-7', type: 'Bug', summary: 'Card form crashes', updated: at(6) },
  { key: 'JTST-8', type: 'Epic', summary: 'Wallets', parent: 'JTST-1', updated: at(7) },
  { key: 'JTST-9', type: 'Task', summary: 'Clean up fixtures', updated: at(8) },
];

async function counts(app: TestApp, prefix: string) {
  const { records } = await app.driver.executeQuery(
    `MATCH (a:Artifact) WHERE a.uid STARTS WITH $prefix
     OPTIONAL MATCH (a)-[r]->()
     WITH count(DISTINCT a) AS nodes, count(DISTINCT r) AS rels
     OPTIONAL MATCH (p:PendingLink) WHERE p.from STARTS WITH $prefix
     RETURN nodes, rels, count(p) AS pending`,
    { prefix },
  );
  const r = records[0];
  return {
    nodes: r?.get('nodes') as number,
    rels: r?.get('rels') as number,
    pending: r?.get('pending') as number,
  };
}

async function edge(app: TestApp, from: string, to: string) {
  const { records } = await app.driver.executeQuery(
    `MATCH (:Artifact {uid: $from})-[r]->(:Artifact {uid: $to})
     RETURN type(r) AS type, r.via AS via, r.evidence AS evidence, r.kind AS kind`,
    { from: `jira:${from}`, to: `jira:${to}` },
  );
  return records.map((r) => r.toObject());
}

async function cleanup(app: TestApp, prefix: string, source: string) {
  await app.driver.executeQuery(
    `MATCH (n) WHERE ((n:Artifact OR n:DeletedArtifact) AND n.uid STARTS WITH $prefix)
       OR (n:PendingLink AND (n.from STARTS WITH $prefix OR n.to STARTS WITH $prefix))
       OR (n:SyncState AND n.source = $source)
     DETACH DELETE n`,
    { prefix, source },
  );
}

async function checkpoint(app: TestApp, source: string) {
  const { records } = await app.driver.executeQuery(
    'MATCH (s:SyncState {source: $source}) RETURN s.checkpoint AS checkpoint',
    { source },
  );
  const raw = records[0]?.get('checkpoint') as string | null | undefined;
  return raw ? (JSON.parse(raw) as { highWater: string | null }) : null;
}

describe('the Jira connector against a fake Jira Cloud', () => {
  let app: TestApp;
  let fake: FakeJira;
  let deps: SyncDeps;
  let source: string;
  const job = (env: Record<string, string> = {}, extra: Partial<SyncDeps> = {}) =>
    createJiraJob(
      testConfig({
        JIRA_BASE_URL: fake.url,
        JIRA_EMAIL: 'x@y',
        JIRA_API_TOKEN: 't',
        JIRA_PROJECTS: 'JTST',
        JIRA_PAGE_SIZE: '3',
        INGEST_ACCESS_LEVEL: 'CONFIDENTIAL',
        ...env,
      }),
      { ...deps, ...extra, client: { backoffMs: 10 } },
    );
  beforeAll(async () => {
    app = await startTestApp();
    deps = { driver: app.driver, writer: app.writer, logger: createLogger('silent') };
    // Jira reads JQL dates in the user's zone: a zone behind UTC catches windows written in UTC.
    fake = await startFakeJira({ authorization: AUTH, timeZone: 'America/New_York' });
    source = `jira:${new URL(fake.url).host}`;
    await cleanup(app, 'jira:JTST-', source);
    fake.put(...PORTFOLIO);
    fake.link({ type: 'Blocks', from: 'JTST-3', to: 'JTST-4' });
    fake.link({ type: 'Relates', from: 'JTST-7', to: 'JTST-3' });
  });
  afterAll(async () => {
    await fake?.close();
    if (!app) return;
    await cleanup(app, 'jira:JTST-', source);
    await app.close();
  });

  it('writes every issue with its hierarchy and dependencies on a full sync', async () => {
    const summary = await job().start();
    expect(summary).toMatchObject({ status: 'ok', fetched: 9, pages: 4, created: 9, bad: [] });
    // JTST-6's epic and JTST-3's related bug arrive on the last page: pending until then.
    expect(summary).toMatchObject({ resolved: 2, pending: 0, refused: 0, deleted: 0 });
    // PART_OF 2→1, 3→2, 4→2, 6→8, 8→1; DEPENDS_ON 4→3 (blocks), 5→4 (sub-task), 3→7 (relates).
    expect(await counts(app, 'jira:JTST-')).toEqual({ nodes: 9, rels: 8, pending: 0 });
    expect(await edge(app, 'JTST-3', 'JTST-2')).toEqual([
      { type: 'PART_OF', via: 'jira-parent', evidence: 'parent: JTST-2', kind: null },
    ]);
    expect(await edge(app, 'JTST-4', 'JTST-3')).toEqual([
      {
        type: 'DEPENDS_ON',
        via: 'jira-link',
        evidence: 'JTST-4 is blocked by JTST-3',
        kind: 'blocks',
      },
    ]);
    expect(await edge(app, 'JTST-5', 'JTST-4')).toMatchObject([
      { type: 'DEPENDS_ON', kind: 'subtask-of' },
    ]);
    expect(await edge(app, 'JTST-3', 'JTST-7')).toMatchObject([
      { type: 'DEPENDS_ON', kind: 'relates' },
    ]);
    expect(await edge(app, 'JTST-3', 'JTST-9')).toEqual([]);
    const { records } = await app.driver.executeQuery(
      `MATCH (a:Artifact) WHERE a.uid IN ['jira:JTST-1', 'jira:JTST-2', 'jira:JTST-3']
       RETURN a.uid AS uid, labels(a) AS labels, a.body AS body, a.url AS url, a.source AS source,
              a.accessLevel AS accessLevel, toString(a.updatedAt) AS updatedAt ORDER BY uid`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      expect.objectContaining({
        uid: 'jira:JTST-1',
        labels: expect.arrayContaining(['PRD']) as string[],
      }),
      expect.objectContaining({
        uid: 'jira:JTST-2',
        labels: expect.arrayContaining(['Epic']) as string[],
      }),
      {
        uid: 'jira:JTST-3',
        labels: expect.arrayContaining(['Artifact', 'UserStory']) as string[],
        body: 'Store the vault token.\n\nMentions JTST-9, which is not a link.',
        url: `${fake.url}/browse/JTST-3`,
        source,
        accessLevel: 'CONFIDENTIAL',
        updatedAt: '2026-11-20T10:02:00Z',
      },
    ]);
    expect((await checkpoint(app, source))?.highWater).toBe('2026-11-20T10:08:00.000Z');
  });

  it('changes nothing when replayed, incrementally or in full', async () => {
    const before = await counts(app, 'jira:JTST-');
    for (const options of [{}, { full: true }]) {
      const summary = await job().start(options);
      expect(summary).toMatchObject({
        status: 'ok',
        created: 0,
        updated: 0,
        linked: 0,
        unlinked: 0,
        deleted: 0,
      });
      expect(await counts(app, 'jira:JTST-')).toEqual(before);
    }
  });

  it('fetches only what changed since the checkpoint, updating titles and removing dropped links', async () => {
    fake.put({
      ...PORTFOLIO[3]!,
      summary: 'Pay with a saved card in one click',
      updated: '2026-11-21T09:00:00Z',
    });
    fake.unlink('JTST-3', 'JTST-4', '2026-11-21T09:01:00Z');
    const from = fake.requests.length;
    const summary = await job().start();
    const search = fake.requests.slice(from).filter((r) => r.path === '/rest/api/3/search/jql');
    // 10:08 UTC minus the minute of overlap, on a New York wall clock.
    expect(search[0]?.jql).toBe(
      'project in ("JTST") AND updated >= "2026/11/20 05:07" ORDER BY updated ASC, key ASC',
    );
    expect(search.flatMap((r) => r.returned)).toEqual(['JTST-8', 'JTST-9', 'JTST-3', 'JTST-4']);
    expect(summary).toMatchObject({
      status: 'ok',
      fetched: 4,
      created: 0,
      updated: 2,
      unlinked: 1,
    });
    expect(await edge(app, 'JTST-4', 'JTST-3')).toEqual([]);
    expect(await counts(app, 'jira:JTST-')).toEqual({ nodes: 9, rels: 7, pending: 0 });
    const { records } = await app.driver.executeQuery(
      `MATCH (a:Artifact {uid: 'jira:JTST-4'}) RETURN a.title AS title`,
    );
    expect(records[0]?.get('title')).toBe('Pay with a saved card in one click');
  });

  it('soft-deletes on a full sync an issue Jira no longer returns', async () => {
    fake.remove('JTST-9');
    const summary = await job().start({ full: true });
    expect(summary).toMatchObject({ status: 'ok', deleted: 1 });
    const { records } = await app.driver.executeQuery(
      `MATCH (a {uid: 'jira:JTST-9'})
       RETURN a:Artifact AS live, a:DeletedArtifact AS deleted, a.deletedAt IS NOT NULL AS stamped`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { live: false, deleted: true, stamped: true },
    ]);
    expect(await counts(app, 'jira:JTST-')).toEqual({ nodes: 8, rels: 7, pending: 0 });
  });

  it('skips and reports a malformed issue, writes the rest, and moves the checkpoint past it', async () => {
    fake.put({ key: 'JTST-11', summary: 'Card nicknames', updated: '2026-11-21T10:00:00Z' });
    fake.putRaw({
      key: 'JTST-10',
      fields: { updated: '2026-11-21T05:01:00.000-0500', labels: [] },
    });
    const summary = await job().start();
    expect(summary.status).toBe('ok');
    expect(summary.bad).toEqual([{ sourceId: 'JTST-10', reason: 'missing summary' }]);
    expect(summary.created).toBe(1);
    expect((await checkpoint(app, source))?.highWater).toBe('2026-11-21T10:01:00.000Z');
    fake.remove('JTST-10');
  });

  it('waits out a rate limit as Jira asks, then syncs', async () => {
    fake.put({ key: 'JTST-12', summary: 'Default card', updated: '2026-11-21T11:00:00Z' });
    fake.fail({ status: 429, retryAfter: 1 });
    const summary = await job().start();
    expect(summary).toMatchObject({ status: 'ok', created: 1 });
    expect(summary.waits).toBeGreaterThanOrEqual(1);
    expect(summary.waitedMs).toBeGreaterThanOrEqual(1000);
  });

  it('fails on a refused token, naming it, and writes or deletes nothing', async () => {
    const before = await counts(app, 'jira:JTST-');
    const mark = await checkpoint(app, source);
    const summary = await job({ JIRA_API_TOKEN: 'expired' }).start({ full: true });
    expect(summary.status).toBe('failed');
    expect(summary.error).toMatch(/refused the credential \(401\).*JIRA_API_TOKEN/);
    expect(summary).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(await counts(app, 'jira:JTST-')).toEqual(before);
    expect(await checkpoint(app, source)).toEqual(mark);
  });
});

describe('a Jira sync stopped after its first page', () => {
  let app: TestApp;
  let fake: FakeJira;
  let deps: SyncDeps;
  let source: string;
  const job = (extra: Partial<SyncDeps> = {}) =>
    createJiraJob(
      testConfig({
        JIRA_BASE_URL: fake.url,
        JIRA_EMAIL: 'x@y',
        JIRA_API_TOKEN: 't',
        JIRA_PROJECTS: 'JTSK',
        JIRA_PAGE_SIZE: '2',
      }),
      { ...deps, ...extra },
    );
  beforeAll(async () => {
    app = await startTestApp();
    deps = { driver: app.driver, writer: app.writer, logger: createLogger('silent') };
    fake = await startFakeJira({ authorization: AUTH, timeZone: 'Asia/Kolkata' });
    source = `jira:${new URL(fake.url).host}`;
    await cleanup(app, 'jira:JTSK-', source);
    fake.put(
      ...PORTFOLIO.map((i) => ({
        ...i,
        key: i.key.replace('JTST', 'JTSK'),
        ...(i.parent ? { parent: i.parent.replace('JTST', 'JTSK') } : {}),
      })),
    );
    fake.link({ type: 'Blocks', from: 'JTSK-3', to: 'JTSK-4' });
    fake.link({ type: 'Relates', from: 'JTSK-7', to: 'JTSK-3' });
  });
  afterAll(async () => {
    await fake?.close();
    if (!app) return;
    await cleanup(app, 'jira:JTSK-', source);
    await app.close();
  });

  it('resumes from its checkpoint to the same graph as an uninterrupted run', async () => {
    expect(await job().start()).toMatchObject({ status: 'ok', created: 9 });
    const uninterrupted = await counts(app, 'jira:JTSK-');
    expect(uninterrupted).toEqual({ nodes: 9, rels: 8, pending: 0 });
    await cleanup(app, 'jira:JTSK-', source);

    let stopping: Promise<void> | undefined;
    const stopped: SyncJob = job({
      onProgress: (e) => {
        if (e.phase === 'writing' && !stopping) stopping = stopped.stop();
      },
    });
    const first = await stopped.start();
    await stopping;
    expect(first).toMatchObject({ status: 'stopped', pages: 1, created: 2 });
    expect((await counts(app, 'jira:JTSK-')).nodes).toBe(2);

    const from = fake.requests.length;
    const rest = await job().start();
    expect(rest).toMatchObject({ status: 'ok' });
    const search = fake.requests.slice(from).find((r) => r.path === '/rest/api/3/search/jql');
    // The first page ended at 10:01 UTC: resume a minute earlier, on an Indian wall clock.
    expect(search?.jql).toContain('updated >= "2026/11/20 15:30"');
    expect(await counts(app, 'jira:JTSK-')).toEqual(uninterrupted);
  });
});
