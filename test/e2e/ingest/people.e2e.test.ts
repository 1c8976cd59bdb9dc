import { randomUUID } from 'node:crypto';
import { createGitJob } from '../../../ingest/git/job.js';
import { createGitHubJob, githubSource } from '../../../ingest/github/job.js';
import { mapIssue } from '../../../ingest/jira/mapper.js';
import { applyPage } from '../../../ingest/sync/apply.js';
import type { SyncDeps } from '../../../ingest/sync/job.js';
import { emptyPage } from '../../../ingest/sync/types.js';
import { createLogger } from '../../../core/logger.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { startFakeGitHub } from '../../support/fake-github.js';
import type { FakeGitHub } from '../../support/fake-github.js';
import { createTestRepo } from '../../support/git-repo.js';
import type { TestRepo } from '../../support/git-repo.js';
import { testConfig } from '../../support/services.js';

describe('people across Jira, git and GitHub', () => {
  const name = `ppl/r${randomUUID().slice(0, 8)}`;
  const key = `PPL-${Math.floor(Math.random() * 9000) + 1000}`;
  const prefixes = [`git:${name}`, `file:${name}`, `github:${name}`, `jira:${key}`];
  let app: TestApp;
  let gh: FakeGitHub;
  let repo: TestRepo;
  let deps: SyncDeps;
  // The fake GitHub's user is `octocat`; the test repository's commits are by ada@example.com.
  const config = () =>
    testConfig({
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 't',
      GITHUB_REPOS: name,
      GIT_FILE_GLOBS: 'src/**',
      PEOPLE_ALIASES: 'ada@example.com=github:octocat|jira:acc-ada',
    });

  beforeAll(async () => {
    app = await startTestApp();
    gh = await startFakeGitHub('t');
    repo = createTestRepo(name);
    deps = { driver: app.driver, writer: app.writer, logger: createLogger('silent') };
  });
  afterAll(async () => {
    for (const p of prefixes) await deleteByPrefix(app.driver, p);
    await app.driver.executeQuery(
      'MATCH (n:SyncState) WHERE n.source IN $sources DETACH DELETE n',
      { sources: [`git:${repo.path}`, githubSource(config())] },
    );
    repo.remove();
    await gh.close();
    await app.close();
  });

  it('merges one person across sources by email and aliases, with their roles and times', async () => {
    const sha = repo.commit('Vault client\n\nCo-authored-by: Bob <bob@example.com>', {
      'src/vault.ts': 'export {};\n',
    });
    expect(await createGitJob({ path: repo.path, name }, config(), deps).start()).toMatchObject({
      status: 'ok',
    });
    gh.repo(name).issues.push({
      number: 1,
      title: 'Saved cards',
      updatedAt: '2026-02-01T00:00:00Z',
    });
    expect(
      await createGitHubJob(config(), deps, { sleep: () => Promise.resolve() }).start(),
    ).toMatchObject({ status: 'ok' });
    const jira = mapIssue(
      {
        key,
        fields: {
          summary: 'Saved cards',
          issuetype: { name: 'Story' },
          created: '2026-01-05T10:00:00.000+0100',
          updated: '2026-01-06T10:00:00.000+0100',
          assignee: { accountId: 'acc-ada', displayName: 'Ada (Jira)' },
        },
      },
      {
        baseUrl: 'https://ppl.atlassian.net',
        source: 'jira:ppl.atlassian.net',
        prdIssueType: 'PRD',
        prdLabel: 'prd',
        accessLevel: 'INTERNAL',
        aliases: config().sources.peopleAliases,
      },
    );
    if (!jira.ok) throw new Error(jira.bad.reason);
    await applyPage(deps, 'jira:ppl.atlassian.net', [], emptyPage({ artifacts: [jira.artifact] }));

    const { records } = await app.driver.executeQuery(
      `MATCH (p:Person)-[r:AUTHORED|ASSIGNED|REVIEWED]->(a:Artifact)
       WHERE a.uid IN $uids
       RETURN p.uid AS person, type(r) AS role, a.uid AS artifact, r.source AS source,
              toString(r.at) IS NOT NULL AS dated
       ORDER BY person, artifact`,
      { uids: [`git:${name}@${sha}`, `github:${name}#1`, `jira:${key}`] },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      // One Ada: her git commit, the GitHub issue she opened as octocat, her Jira assignment.
      {
        person: 'person:ada@example.com',
        role: 'AUTHORED',
        artifact: `git:${name}@${sha}`,
        source: `git:${repo.path}`,
        dated: true,
      },
      {
        person: 'person:ada@example.com',
        role: 'AUTHORED',
        artifact: `github:${name}#1`,
        source: githubSource(config()),
        dated: true,
      },
      {
        person: 'person:ada@example.com',
        role: 'ASSIGNED',
        artifact: `jira:${key}`,
        source: 'jira:ppl.atlassian.net',
        dated: true,
      },
      {
        person: 'person:bob@example.com',
        role: 'AUTHORED',
        artifact: `git:${name}@${sha}`,
        source: `git:${repo.path}`,
        dated: true,
      },
    ]);
    const people = await app.gql<{ people: { person: { uid: string } }[] }>(
      'query ($uid: ID) { people(uid: $uid) { person { uid } score } }',
      { uid: `git:${name}@${sha}` },
    );
    expect(people.data?.people.map((h) => h.person.uid).sort()).toEqual([
      'person:ada@example.com',
      'person:bob@example.com',
    ]);
  }, 180_000);
});
