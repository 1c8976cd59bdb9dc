import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createGitJob } from '../../../ingest/git/job.js';
import { applyPage } from '../../../ingest/sync/apply.js';
import type { SyncDeps } from '../../../ingest/sync/job.js';
import { emptyPage } from '../../../ingest/sync/types.js';
import { PROJECT_ROOT } from '../../../core/config.js';
import { createLogger } from '../../../core/logger.js';
import { startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { createTestRepo, fastCommits } from '../../support/git-repo.js';
import type { TestRepo } from '../../support/git-repo.js';
import { testConfig, testNeo4jUri, testRedisUrl } from '../../support/services.js';

const config = testConfig({ LINK_PROJECT_KEYS: 'GTT', GIT_FILE_GLOBS: 'src/**' });

/** Artifacts, relationships and pending links of one repository name. */
async function counts(app: TestApp, name: string) {
  const { records } = await app.driver.executeQuery(
    `MATCH (a:Artifact) WHERE a.uid STARTS WITH 'git:' + $name + '@' OR a.uid STARTS WITH 'file:' + $name + ':'
     OPTIONAL MATCH (a)-[r]->()
     WITH count(DISTINCT a) AS nodes, count(DISTINCT r) AS rels
     OPTIONAL MATCH (p:PendingLink) WHERE p.from STARTS WITH 'git:' + $name + '@'
     RETURN nodes, rels, count(p) AS pending`,
    { name },
  );
  const r = records[0];
  return {
    nodes: r?.get('nodes') as number,
    rels: r?.get('rels') as number,
    pending: r?.get('pending') as number,
  };
}

async function cleanup(app: TestApp, repo: TestRepo): Promise<void> {
  await app.driver.executeQuery(
    `MATCH (a) WHERE (a:Artifact OR a:DeletedArtifact)
       AND (a.uid STARTS WITH 'git:' + $name OR a.uid STARTS WITH 'file:' + $name)
     DETACH DELETE a`,
    { name: repo.name },
  );
  await app.driver.executeQuery(
    `MATCH (n) WHERE (n:PendingLink AND n.from STARTS WITH 'git:' + $name)
       OR (n:SyncState AND n.source = 'git:' + $path)
     DETACH DELETE n`,
    { name: repo.name, path: repo.path },
  );
  repo.remove();
}

describe('the git connector on a real repository', () => {
  let app: TestApp;
  let deps: SyncDeps;
  let repo: TestRepo;
  // Jira numbers have no leading zero (`GTT-0123` in a message is the key GTT-123): start with 1.
  const story = `jira:GTT-1${randomUUID().slice(0, 4).replace(/\D/g, '7')}`;
  beforeAll(async () => {
    app = await startTestApp();
    deps = { driver: app.driver, writer: app.writer, logger: createLogger('silent') };
    repo = createTestRepo(`gtest/r${randomUUID().slice(0, 8)}`);
  });
  afterAll(async () => {
    await cleanup(app, repo);
    await app.driver.executeQuery('MATCH (a) WHERE a.uid = $story DETACH DELETE a', { story });
    await app.close();
  });
  const job = () => createGitJob({ path: repo.path }, config, deps);

  it('syncs commits and tracked files, each file PART_OF the commits that changed it', async () => {
    const key = story.slice('jira:'.length);
    repo.commit(`${key} add quote cache\n\nCaches carrier quotes per postcode.`, {
      'src/quotes.ts': 'export const ttl = 900;\n',
      'README.md': '# not under src/**\n',
    });
    repo.commit('Add vault client (see UTF-8 and SHA-256 notes)', {
      'src/vault.ts': 'export const vault = true;\n',
    });
    const summary = await job().start();
    expect(summary).toMatchObject({ status: 'ok', created: 4, bad: [], pending: 1 });
    expect(await counts(app, repo.name)).toEqual({ nodes: 4, rels: 2, pending: 1 });
    const { records } = await app.driver.executeQuery(
      `MATCH (f:Code {uid: $file})-[r:PART_OF]->(c:Code)
       RETURN c.title AS title, c.key AS key, r.via AS via, r.evidence AS evidence`,
      { file: `file:${repo.name}:src/quotes.ts` },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        title: `${key} add quote cache`,
        key: expect.stringMatching(/^[0-9a-f]{7}$/) as unknown,
        via: 'commit-files',
        evidence: expect.stringMatching(/^A src\/quotes\.ts in [0-9a-f]{7}$/) as unknown,
      },
    ]);
  });

  it('makes the pending IMPLEMENTS link real when the story arrives, with its evidence', async () => {
    const result = await applyPage(
      deps,
      'test:jira',
      [],
      emptyPage({ artifacts: [{ uid: story, kind: 'USER_STORY', title: 'Cache carrier quotes' }] }),
    );
    expect(result.resolved).toBe(1);
    const { records } = await app.driver.executeQuery(
      'MATCH (c:Code)-[r:IMPLEMENTS]->(:UserStory {uid: $story}) RETURN c.codeKind AS kind, r.via AS via, r.evidence AS evidence',
      { story },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        kind: 'COMMIT',
        via: 'commit-message',
        evidence: `${story.slice(5)} add quote cache`,
      },
    ]);
    expect((await counts(app, repo.name)).pending).toBe(0);
  });

  it('changes nothing when replayed', async () => {
    const before = await counts(app, repo.name);
    const epoch = await app.writer.epoch();
    const summary = await job().start();
    expect(summary).toMatchObject({ status: 'ok', created: 0, updated: 0, deleted: 0, linked: 0 });
    expect(await counts(app, repo.name)).toEqual(before);
    expect(await app.writer.epoch()).toBe(epoch);
  });

  it('reads only new commits, updates changed files and soft-deletes removed ones', async () => {
    repo.commit('Shorter quote TTL', {
      'src/quotes.ts': 'export const ttl = 600;\n',
      'src/vault.ts': null,
    });
    const summary = await job().start();
    // One tracked file left, one new commit.
    expect(summary).toMatchObject({ status: 'ok', fetched: 2, created: 1, updated: 1, deleted: 1 });
    const { records } = await app.driver.executeQuery(
      `MATCH (d {uid: $uid}) RETURN labels(d) AS labels, d.deletedAt IS NOT NULL AS deleted,
              EXISTS { (d)--() } AS connected`,
      { uid: `file:${repo.name}:src/vault.ts` },
    );
    expect(records[0]?.toObject()).toEqual({
      labels: ['DeletedArtifact'],
      deleted: true,
      connected: false,
    });
    const body = await app.driver.executeQuery('MATCH (f:Code {uid: $uid}) RETURN f.body AS body', {
      uid: `file:${repo.name}:src/quotes.ts`,
    });
    expect(body.records[0]?.get('body')).toBe('export const ttl = 600;\n');
  });
});

describe('a git sync killed mid-run', () => {
  let app: TestApp;
  let repo: TestRepo;
  beforeAll(async () => {
    app = await startTestApp();
    repo = createTestRepo(`gtest/k${randomUUID().slice(0, 8)}`);
    repo.commit('Initial files', { 'src/f0.ts': 'export {};\n' });
    fastCommits(repo, 1000);
  });
  afterAll(async () => {
    await cleanup(app, repo);
    await app.close();
  });

  const cli = () =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(PROJECT_ROOT, 'cli', 'main.ts'),
        'sync',
        'git',
        '--repo',
        repo.path,
      ],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: testNeo4jUri(),
          REDIS_URL: testRedisUrl(),
          GIT_FILE_GLOBS: 'src/**',
          LOG_LEVEL: 'silent',
          REDIS_KEY_PREFIX: `test:${randomUUID()}:`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  const checkpoint = async () => {
    const { records } = await app.driver.executeQuery(
      'MATCH (s:SyncState {source: $source}) RETURN s.checkpoint AS c',
      { source: `git:${repo.path}` },
    );
    return (records[0]?.get('c') as string | null | undefined) ?? null;
  };

  it('resumes from its checkpoint and ends in the same graph as an uninterrupted run', async () => {
    const head = repo.git('rev-parse', 'HEAD').trim();
    const child = cli();
    let exited = false;
    child.on('exit', () => (exited = true));
    // Kill it as soon as a page of commits is written and checkpointed, well before the end.
    let killedAt: string | null = null;
    // A time bound, not a count of polls: starting the CLI can take long on a busy machine.
    const deadline = Date.now() + 120_000;
    while (!killedAt && Date.now() < deadline) {
      const c = await checkpoint();
      if (c?.includes('commit')) {
        child.kill('SIGKILL');
        killedAt = c;
      } else {
        if (exited) break;
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    await new Promise((r) => (exited ? r(null) : child.on('exit', r)));
    expect(killedAt).not.toBeNull();
    expect(killedAt).not.toContain(head);
    const partial = await counts(app, repo.name);
    expect(partial.nodes).toBeLessThan(1001 + 20);

    const rerun = cli();
    let out = '';
    rerun.stdout.on('data', (d: Buffer) => (out += d.toString()));
    rerun.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((r) => rerun.on('exit', r));
    expect({ code, out }).toMatchObject({ code: 0 });

    // 1001 commits and 20 files; every commit changed one tracked file: 1001 PART_OF edges.
    expect(await counts(app, repo.name)).toEqual({ nodes: 1021, rels: 1001, pending: 0 });
    expect(await checkpoint()).toContain(head);
    const { records } = await app.driver.executeQuery(
      'MATCH (a:Artifact) WHERE a.uid STARTS WITH $p WITH a.uid AS uid, count(*) AS n WHERE n > 1 RETURN count(uid) AS dupes',
      { p: `git:${repo.name}@` },
    );
    expect(records[0]?.get('dupes')).toBe(0);
  }, 240_000);
});
