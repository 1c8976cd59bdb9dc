import { randomUUID } from 'node:crypto';
import { createGitJob } from '../../../ingest/git/job.js';
import { applyPage } from '../../../ingest/sync/apply.js';
import type { SyncDeps } from '../../../ingest/sync/job.js';
import { emptyPage } from '../../../ingest/sync/types.js';
import { createLogger } from '../../../core/logger.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { createTestRepo } from '../../support/git-repo.js';
import type { TestRepo } from '../../support/git-repo.js';
import { testConfig } from '../../support/services.js';

describe('#N references judged by the numbering of their repository', () => {
  const name = `nref/r${randomUUID().slice(0, 8)}`;
  const key = `NRF-${Math.floor(Math.random() * 9000) + 1000}`;
  const prefixes = [`git:${name}`, `github:${name}`, `jira:${key}`];
  const config = testConfig({ LINK_PROJECT_KEYS: 'NRF', GIT_FILE_GLOBS: 'src/**' });
  let app: TestApp;
  let repo: TestRepo;
  let deps: SyncDeps;

  beforeAll(async () => {
    app = await startTestApp();
    repo = createTestRepo(name);
    deps = { driver: app.driver, writer: app.writer, logger: createLogger('silent') };
  });
  afterAll(async () => {
    for (const p of prefixes) await deleteByPrefix(app.driver, p);
    await app.driver.executeQuery(
      `MATCH (n) WHERE (n:PendingLink AND n.from STARTS WITH $commits)
          OR (n:SyncState AND n.source = $source)
       DETACH DELETE n`,
      { commits: `git:${name}`, source: `git:${repo.path}` },
    );
    repo.remove();
    await app.close();
  });

  it('does not link a #N beyond the numbers seen, keeps it pending as doubtful, and links branch keys', async () => {
    // GitHub issues #1, #2 and #4 of the repository are in the graph; so is the Jira story.
    const issue = (n: number) => ({
      uid: `github:${name}#${n}`,
      kind: 'USER_STORY' as const,
      title: `Issue ${n}`,
    });
    await applyPage(
      deps,
      'nref:seed',
      [],
      emptyPage({
        artifacts: [
          issue(1),
          issue(2),
          issue(4),
          { uid: `jira:${key}`, kind: 'USER_STORY', title: 'Saved cards' },
        ],
      }),
    );
    const fixes2 = repo.commit('Store vault tokens\n\nFixes #2', { 'src/a.ts': 'a' });
    const fixes3 = repo.commit('Retry vault calls\n\nFixes #3', { 'src/b.ts': 'b' });
    const old = repo.commit('Port the quote cache\n\nresolves #28482', { 'src/c.ts': 'c' });
    repo.git('checkout', '-q', '-b', `feature/${key.toLowerCase()}-saved-cards`);
    repo.commit('Save the card', { 'src/d.ts': 'd' });
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '--no-edit', `feature/${key.toLowerCase()}-saved-cards`);
    const merge = repo.git('rev-parse', 'HEAD').trim();

    const summary = await createGitJob({ path: repo.path }, config, deps).start();
    expect(summary).toMatchObject({ status: 'ok', pending: 2 });
    const { records } = await app.driver.executeQuery(
      `MATCH (c:Code)-[r:IMPLEMENTS]->(t:Artifact) WHERE c.uid STARTS WITH $commits
       RETURN c.uid AS from, t.uid AS to, r.via AS via ORDER BY from`,
      { commits: `git:${name}@` },
    );
    expect(records.map((r) => r.toObject())).toEqual(
      expect.arrayContaining([
        { from: `git:${name}@${fixes2}`, to: `github:${name}#2`, via: 'commit-message' },
        { from: `git:${name}@${merge}`, to: `jira:${key}`, via: 'branch-name' },
      ]),
    );
    expect(records).toHaveLength(2);

    const res = await app.gql<{
      pendingLinks: { nodes: { from: string; to: string; doubt: string | null }[] };
    }>(
      `query ($source: String) { pendingLinks(source: $source, first: 10) { nodes { from to doubt } } }`,
      { source: `git:${repo.path}` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.pendingLinks.nodes).toEqual(
      expect.arrayContaining([
        // #3 is within the numbers seen (up to #4): plausible, waiting for its issue.
        { from: `git:${name}@${fixes3}`, to: `github:${name}#3`, doubt: null },
        {
          from: `git:${name}@${old}`,
          to: `github:${name}#28482`,
          doubt: `#28482 is beyond the highest issue or pull request number seen in ${name} (#4)`,
        },
      ]),
    );
    expect(res.data?.pendingLinks.nodes).toHaveLength(2);
  });
});
