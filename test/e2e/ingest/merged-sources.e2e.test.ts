import { randomUUID } from 'node:crypto';
import { createGitJob } from '../../../ingest/git/job.js';
import { createGitHubJob, githubSource } from '../../../ingest/github/job.js';
import { applyPage } from '../../../ingest/sync/apply.js';
import type { SyncDeps } from '../../../ingest/sync/job.js';
import { emptyPage } from '../../../ingest/sync/types.js';
import type { LinkCandidate } from '../../../ingest/sync/types.js';
import { createLogger } from '../../../core/logger.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { startFakeGitHub } from '../../support/fake-github.js';
import type { FakeGitHub } from '../../support/fake-github.js';
import { createTestRepo } from '../../support/git-repo.js';
import type { TestRepo } from '../../support/git-repo.js';
import { testConfig } from '../../support/services.js';

describe('two sources writing the same artifacts', () => {
  const name = `msrc/r${randomUUID().slice(0, 8)}`;
  const prefixes = [`git:${name}`, `file:${name}`, `github:${name}`, `doc:${name}`, 'msrc:'];
  let app: TestApp;
  let gh: FakeGitHub;
  let repo: TestRepo;
  let deps: SyncDeps;
  const config = () =>
    testConfig({
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 't',
      GITHUB_REPOS: name,
      GIT_FILE_GLOBS: 'src/**',
      LINK_PROJECT_KEYS: 'MSRC',
    });
  // The checkout's origin is not on GitHub, so git knows no web URL: GitHub alone gives it.
  const gitJob = () => createGitJob({ path: repo.path, name }, config(), deps);
  const githubJob = () => createGitHubJob(config(), deps, { sleep: () => Promise.resolve() });

  async function artifact(uid: string) {
    const { records } = await app.driver.executeQuery(
      `MATCH (a:Artifact {uid: $uid})
       RETURN a.body AS body, a.url AS url, a.title AS title, a.source AS source,
              a.sources AS sources, a.embeddingModel IS NOT NULL AS embedded`,
      { uid },
    );
    return records[0]?.toObject();
  }

  beforeAll(async () => {
    app = await startTestApp();
    gh = await startFakeGitHub('t');
    repo = createTestRepo(name);
    repo.git('remote', 'set-url', 'origin', 'https://git.example.org/shop.git');
    deps = { driver: app.driver, writer: app.writer, logger: createLogger('silent') };
  });
  afterAll(async () => {
    for (const p of prefixes) await deleteByPrefix(app.driver, p);
    await app.driver.executeQuery(
      `MATCH (n) WHERE (n:DeletedArtifact AND any(p IN $prefixes WHERE n.uid STARTS WITH p))
          OR (n:PendingLink AND any(p IN $prefixes WHERE n.from STARTS WITH p))
          OR (n:SyncState AND n.source IN $sources)
       DETACH DELETE n`,
      { prefixes, sources: [`git:${repo.path}`, githubSource(config())] },
    );
    repo.remove();
    await gh.close();
    await app.close();
  });

  it('keeps the git body and both sources’ fields when the same commit comes through git and GitHub', async () => {
    const sha = repo.commit('Add the card vault client MSRC-1', {
      'src/vault.ts': 'export const vault = "tokenised cards";\n',
    });
    const file = `file:${name}:src/vault.ts`;
    const commit = `git:${name}@${sha}`;
    expect(await gitJob().start()).toMatchObject({ status: 'ok', created: 2 });
    const byGit = await artifact(file);
    expect(byGit).toMatchObject({
      body: expect.stringContaining('tokenised cards') as unknown,
      url: null,
    });

    gh.repo(name).commits.push({
      sha,
      message: 'Add the card vault client MSRC-1',
      date: '2026-03-01T10:00:00Z',
      files: [{ filename: 'src/vault.ts', status: 'added' }],
    });
    const github = await githubJob().start();
    // Both artifacts gained GitHub's fields; neither text changed, so nothing was embedded.
    expect(github).toMatchObject({ status: 'ok', created: 0, updated: 2, embedded: 0 });
    const source = githubSource(config());
    expect(await artifact(file)).toEqual({
      ...byGit,
      url: expect.stringContaining(`/${name}/blob/HEAD/src/vault.ts`) as unknown,
      source: `git:${repo.path}`,
      sources: [`git:${repo.path}`, source].sort(),
    });
    // The commit keeps git's body (its author), and GitHub's author does not replace it.
    const c = await artifact(commit);
    expect(c?.body).toContain('Ada Tester');
    expect(c?.body).not.toContain('Octo Cat');
    expect(c?.url).toContain(`/${name}/commit/${sha}`);
    const { records } = await app.driver.executeQuery(
      'MATCH (:Artifact {uid: $commit})-[r]->() RETURN r.sources AS sources',
      { commit },
    );
    // The link both sources state (to a story not yet synced) waits with both as its sources.
    const pending = await app.driver.executeQuery(
      'MATCH (p:PendingLink {from: $commit}) RETURN p.sources AS sources',
      { commit },
    );
    expect(records).toHaveLength(0);
    expect(pending.records.map((r) => (r.get('sources') as string[]).sort())).toEqual([
      [`git:${repo.path}`, source].sort(),
    ]);

    // Syncing again, in either order, changes nothing.
    const epoch = await app.writer.epoch();
    expect(await gitJob().start({ full: true })).toMatchObject({ updated: 0, embedded: 0 });
    expect(await githubJob().start({ full: true })).toMatchObject({ updated: 0, embedded: 0 });
    expect(await app.writer.epoch()).toBe(epoch);
  }, 120_000);

  it('lets a source clear only the fields it holds', async () => {
    const uid = 'msrc:shared-1';
    const a = { uid, kind: 'USER_STORY' as const, title: 'Shared story' };
    await applyPage(
      deps,
      'msrc:a',
      [],
      emptyPage({ artifacts: [{ ...a, source: 'msrc:a', body: 'from a' }] }),
    );
    await applyPage(
      deps,
      'msrc:b',
      [],
      emptyPage({ artifacts: [{ ...a, source: 'msrc:b', status: 'Done' }] }),
    );
    expect(await artifact(uid)).toMatchObject({ body: 'from a', sources: ['msrc:a', 'msrc:b'] });
    // b writes no body: a's stays. a drops its body: it goes; b's status stays.
    await applyPage(
      deps,
      'msrc:b',
      [],
      emptyPage({ artifacts: [{ ...a, source: 'msrc:b', status: 'Done', body: null }] }),
    );
    expect((await artifact(uid))?.body).toBe('from a');
    await applyPage(deps, 'msrc:a', [], emptyPage({ artifacts: [{ ...a, source: 'msrc:a' }] }));
    const { records } = await app.driver.executeQuery(
      'MATCH (a:Artifact {uid: $uid}) RETURN a.body AS body, a.status AS status',
      { uid },
    );
    expect(records[0]?.toObject()).toEqual({ body: null, status: 'Done' });
  });

  it('reconciles only the links a source states, even when two sources share a via', async () => {
    const spec = 'msrc:spec';
    const [s1, s2, s3] = ['msrc:story-1', 'msrc:story-2', 'msrc:story-3'];
    const stories = [s1, s2, s3].map((uid) => ({ uid, kind: 'USER_STORY' as const, title: uid }));
    const specRow = { uid: spec, kind: 'TECH_SPEC' as const, title: 'Vault spec' };
    const link = (to: string): LinkCandidate => ({
      from: spec,
      to,
      type: 'SPECIFIES',
      via: 'front-matter',
      evidence: `stories: ${to}`,
    });
    const vias = ['front-matter'];
    const page = (source: string, links: LinkCandidate[]) =>
      applyPage(
        deps,
        source,
        vias,
        emptyPage({ artifacts: [{ ...specRow, source }], links, reconcile: [spec] }),
      );
    await applyPage(deps, 'msrc:stories', [], emptyPage({ artifacts: stories }));
    // markdown states s1 and s2; GitHub's copy of the document states s2 and s3.
    await page('msrc:markdown', [link(s1), link(s2)]);
    await page('msrc:github', [link(s2), link(s3)]);
    const targets = async () =>
      (
        await app.driver.executeQuery(
          'MATCH (:Artifact {uid: $spec})-[r:SPECIFIES]->(s) RETURN s.uid AS s, r.sources AS src ORDER BY s',
          { spec },
        )
      ).records.map((r) => [r.get('s') as string, (r.get('src') as string[]).sort()]);
    expect(await targets()).toEqual([
      [s1, ['msrc:markdown']],
      [s2, ['msrc:github', 'msrc:markdown']],
      [s3, ['msrc:github']],
    ]);
    // GitHub's document now states nothing: its own link goes, the shared one stays markdown's.
    const r = await page('msrc:github', []);
    expect(r.unlinked).toBe(1);
    expect(await targets()).toEqual([
      [s1, ['msrc:markdown']],
      [s2, ['msrc:markdown']],
    ]);
    await page('msrc:markdown', [link(s1)]);
    expect(await targets()).toEqual([[s1, ['msrc:markdown']]]);
  });
});
