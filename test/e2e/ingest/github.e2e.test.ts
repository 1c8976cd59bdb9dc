import { createGitHubJob, githubSource } from '../../../ingest/github/job.js';
import type { SyncDeps, SyncJob, SyncSummary } from '../../../ingest/sync/job.js';
import type { Config } from '../../../core/config.js';
import { createLogger } from '../../../core/logger.js';
import { countsUnder, deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { secondaryRateLimit, startFakeGitHub } from '../../support/fake-github.js';
import type { FakeGitHub } from '../../support/fake-github.js';
import { testConfig } from '../../support/services.js';

const REPO = 'ghtest/shop';
const PREFIXES = ['github:ghtest/', 'git:ghtest/', 'file:ghtest/', 'doc:ghtest/', 'jira:GHT-'];
const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const PR = `github:${REPO}#2`;
const STORY = `github:${REPO}#1`;
const PRD = `doc:${REPO}/docs/prd/checkout`;
const SPEC = `doc:${REPO}/docs/specs/vault`;

describe('the GitHub connector against a local GitHub and the real graph', () => {
  let app: TestApp;
  let gh: FakeGitHub;
  let config: Config;
  let job: SyncJob;

  async function cleanUp() {
    for (const prefix of PREFIXES) await deleteByPrefix(app.driver, prefix);
    await app.driver.executeQuery(
      `MATCH (n) WHERE (n:DeletedArtifact AND any(p IN $prefixes WHERE n.uid STARTS WITH p))
          OR (n:PendingLink AND any(p IN $prefixes WHERE n.from STARTS WITH p OR n.to STARTS WITH p))
          OR (n:SyncState AND n.source = $source)
       DETACH DELETE n`,
      { prefixes: PREFIXES, source: config ? githubSource(config) : '' },
    );
  }

  /** The edge `from -[type]-> to` with its evidence, or null. */
  async function edge(from: string, type: string, to: string) {
    const { records } = await app.driver.executeQuery(
      `MATCH (:Artifact {uid: $from})-[r]->(:Artifact {uid: $to}) WHERE type(r) = $type
       RETURN r.via AS via, r.evidence AS evidence`,
      { from, to, type },
    );
    const r = records[0];
    return r ? { via: r.get('via') as string, evidence: r.get('evidence') as string } : null;
  }

  async function counts() {
    return Promise.all(PREFIXES.slice(0, 4).map((p) => countsUnder(app.driver, p)));
  }

  const ok = (s: SyncSummary) => {
    expect(s).toMatchObject({ status: 'ok' });
    return s;
  };

  beforeAll(async () => {
    app = await startTestApp();
    gh = await startFakeGitHub('t');
    config = testConfig({
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 't',
      GITHUB_REPOS: REPO,
      LINK_PROJECT_KEYS: 'GHT',
    });
    await cleanUp();
    const deps: SyncDeps = {
      driver: app.driver,
      writer: app.writer,
      logger: createLogger('silent'),
    };
    // Rate-limit waits are reported and counted, but take no time here.
    job = createGitHubJob(config, deps, { sleep: () => Promise.resolve() });

    const repo = gh.repo(REPO);
    repo.issues.push({
      number: 1,
      title: 'Pay with a saved card',
      body: 'As a returning shopper I want to pay with a saved card.',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    repo.pulls.push({
      number: 2,
      title: 'GHT-1: store vault tokens',
      body: 'Stores provider tokens after payment.\n\nFixes #1\nHashes with SHA-256, UTF-8 names.',
      head: 'feature/ght-1-vault',
      merged: true,
      state: 'closed',
      updatedAt: '2026-01-02T00:00:00Z',
      commits: [C1, C2],
      files: [
        { filename: 'src/vault.ts', status: 'added' },
        { filename: 'src/pay.ts', status: 'modified' },
      ],
    });
    repo.commits.push(
      {
        sha: C1,
        message: 'GHT-1 add the vault client\n\nTokens only, never card numbers.',
        date: '2026-01-02T10:00:00Z',
        files: [{ filename: 'src/vault.ts', status: 'added' }],
      },
      {
        sha: C2,
        message: 'Wire the vault into payment',
        date: '2026-01-02T11:00:00Z',
        files: [{ filename: 'src/pay.ts', status: 'modified' }],
        onDefaultBranch: false,
      },
    );
    repo.files = {
      'README.md': '# Shop',
      'src/vault.ts': 'export {};',
      'docs/prd/checkout.md': '---\nkind: prd\nepics: [GHT-10]\n---\n# Checkout v2\n\nOne page.',
      'docs/specs/vault.md':
        '---\nkind: spec\nstories: ["#1", GHT-1]\n---\n# Card vault\n\nStore provider tokens.',
      'docs/specs/broken.md': '---\nkind: memo\n---\n# Not a spec',
    };
  });
  afterAll(async () => {
    await cleanUp();
    await gh.close();
    await app.close();
  });

  it('writes issues, pull requests, commits, files and documents with their links', async () => {
    const summary = ok(await job.start());
    expect(summary.created).toBe(8);
    expect(summary.bad).toEqual([
      {
        sourceId: `${REPO}:docs/specs/broken.md`,
        reason: expect.stringMatching(/^no kind/) as string,
      },
    ]);
    const { records } = await app.driver.executeQuery(
      `MATCH (a:Artifact) WHERE a.uid STARTS WITH 'github:ghtest/' OR a.uid STARTS WITH 'git:ghtest/'
         OR a.uid STARTS WITH 'file:ghtest/' OR a.uid STARTS WITH 'doc:ghtest/'
       RETURN a.uid AS uid, a.kind AS kind, a.codeKind AS codeKind, a.status AS status ORDER BY uid`,
    );
    expect(
      records.map((r) => ['uid', 'kind', 'codeKind', 'status'].map((k) => r.get(k) as unknown)),
    ).toEqual([
      [PRD, 'PRD', null, null],
      [SPEC, 'TECH_SPEC', null, null],
      [`file:${REPO}:src/pay.ts`, 'CODE', 'FILE', null],
      [`file:${REPO}:src/vault.ts`, 'CODE', 'FILE', null],
      [`git:${REPO}@${C1}`, 'CODE', 'COMMIT', null],
      [`git:${REPO}@${C2}`, 'CODE', 'COMMIT', null],
      [STORY, 'USER_STORY', null, 'open'],
      [PR, 'CODE', 'PULL_REQUEST', 'merged'],
    ]);
    expect(await edge(PR, 'IMPLEMENTS', STORY)).toEqual({ via: 'pr-body', evidence: 'Fixes #1' });
    expect(await edge(`git:${REPO}@${C1}`, 'PART_OF', PR)).toEqual({
      via: 'pr-commits',
      evidence: '1111111 GHT-1 add the vault client',
    });
    expect(await edge(`file:${REPO}:src/vault.ts`, 'PART_OF', `git:${REPO}@${C1}`)).toEqual({
      via: 'commit-files',
      evidence: 'added src/vault.ts',
    });
    expect(await edge(SPEC, 'SPECIFIES', STORY)).toMatchObject({ via: 'front-matter' });
  });

  it('changes nothing when the same sync runs again', async () => {
    const before = await counts();
    const epoch = await app.writer.epoch();
    const summary = ok(await job.start({ full: true }));
    expect(summary).toMatchObject({ created: 0, updated: 0, linked: 0, unlinked: 0, deleted: 0 });
    expect(summary.unchanged).toBe(10);
    expect(await counts()).toEqual(before);
    expect(await app.writer.epoch()).toBe(epoch);
  });

  it('asks only for what changed since the last run and gets a 304 for the unchanged tree', async () => {
    gh.repo(REPO).issues.push({
      number: 3,
      title: 'Remove a saved card',
      updatedAt: '2026-01-05T00:00:00Z',
    });
    gh.requests.length = 0;
    const summary = ok(await job.start());
    expect(summary.created).toBe(1);
    const sent = (path: string) =>
      gh.requests.find((r) => new URL(r.url, gh.url).pathname === path);
    const issues = new URL(sent(`/repos/${REPO}/issues`)?.url ?? '', gh.url);
    expect(issues.searchParams.get('since')).toBe('2026-01-02T00:00:00.000Z');
    const commits = new URL(sent(`/repos/${REPO}/commits`)?.url ?? '', gh.url);
    expect(commits.searchParams.get('since')).toBe('2026-01-02T10:00:00.000Z');
    expect(sent(`/repos/${REPO}/git/trees/main`)?.status).toBe(304);
    expect(gh.requests.some((r) => r.url.includes('/git/blobs/'))).toBe(false);
  });

  it('keeps a link to a Jira issue that is not in the graph pending, and makes it real as soon as it arrives', async () => {
    expect(await edge(PR, 'IMPLEMENTS', 'jira:GHT-1')).toBeNull();
    const pending = await app.driver.executeQuery(
      'MATCH (p:PendingLink {from: $from, to: $to}) RETURN p.via AS via',
      { from: PR, to: 'jira:GHT-1' },
    );
    expect(pending.records.map((r) => r.get('via') as string)).toEqual(['pr-title']);

    // The writer makes the waiting links real as it writes the issue: no later sync is needed.
    const upserted = await app.writer.upsertArtifacts([
      {
        uid: 'jira:GHT-1',
        kind: 'USER_STORY',
        title: 'Store cards as vault tokens',
        source: 'jira',
      },
    ]);
    expect(upserted.resolved).toBeGreaterThanOrEqual(1);
    expect(await edge(PR, 'IMPLEMENTS', 'jira:GHT-1')).toMatchObject({ via: 'pr-title' });
    // A later full sync keeps them as they are.
    ok(await job.start({ full: true }));
    expect(await edge(PR, 'IMPLEMENTS', 'jira:GHT-1')).toEqual({
      via: 'pr-title',
      evidence: 'GHT-1: store vault tokens',
    });
    expect(await edge(`git:${REPO}@${C1}`, 'IMPLEMENTS', 'jira:GHT-1')).toMatchObject({
      via: 'commit-message',
    });
    const left = await app.driver.executeQuery(
      'MATCH (p:PendingLink {from: $from, to: $to}) RETURN count(p) AS n',
      { from: PR, to: 'jira:GHT-1' },
    );
    expect(left.records[0]?.get('n')).toBe(0);
  });

  it('soft-deletes a document that left the tree', async () => {
    delete gh.repo(REPO).files['docs/prd/checkout.md'];
    const summary = ok(await job.start());
    expect(summary.deleted).toBe(1);
    const { records } = await app.driver.executeQuery(
      'MATCH (n {uid: $uid}) RETURN labels(n) AS labels, n.deletedAt IS NOT NULL AS gone',
      { uid: PRD },
    );
    expect(records.map((r) => [r.get('labels') as string[], r.get('gone') as boolean])).toEqual([
      [['DeletedArtifact'], true],
    ]);
  });

  it('skips and reports a record that does not parse, and writes the rest of its page', async () => {
    const repo = gh.repo(REPO);
    repo.issues.push(
      { number: 5, title: 'x', updatedAt: '2026-01-06T00:00:00Z', overrides: { title: null } },
      { number: 6, title: 'Show card brand icons', updatedAt: '2026-01-06T00:00:00Z' },
    );
    const summary = ok(await job.start());
    expect(summary.bad).toEqual([
      { sourceId: `${REPO}#5`, reason: expect.stringMatching(/^title: /) as string },
    ]);
    const { records } = await app.driver.executeQuery(
      'MATCH (a:Artifact) WHERE a.uid IN $uids RETURN a.uid AS uid',
      { uids: [`github:${REPO}#5`, `github:${REPO}#6`] },
    );
    expect(records.map((r) => r.get('uid') as string)).toEqual([`github:${REPO}#6`]);
  });

  it('waits out a secondary rate limit and then finishes, counting the wait', async () => {
    gh.repo(REPO).issues.push({
      number: 7,
      title: 'Expire old cards',
      updatedAt: '2026-01-07T00:00:00Z',
    });
    gh.script({ ...secondaryRateLimit(2), path: /\/issues\?/ });
    const summary = ok(await job.start());
    expect(summary.waits).toBeGreaterThanOrEqual(1);
    expect(summary.waitedMs).toBeGreaterThanOrEqual(2000);
    expect(summary.created).toBe(1);
  });

  it('stops with GITHUB_TOKEN named when GitHub refuses the token', async () => {
    gh.token = 'another';
    try {
      const summary = await job.start();
      expect(summary.status).toBe('failed');
      expect(summary.error).toMatch(/refused the credential \(401\): check GITHUB_TOKEN/);
    } finally {
      gh.token = 't';
    }
  });
});
