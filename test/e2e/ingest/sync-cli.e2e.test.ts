import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { runCli } from '../../support/cli.js';
import { createTestRepo, fastCommits } from '../../support/git-repo.js';
import type { TestRepo } from '../../support/git-repo.js';

const ENV = { GIT_FILE_GLOBS: 'src/**', LINK_PROJECT_KEYS: 'PTK' };

/** The summary row of `source` in the CLI's table, by column. */
function row(stdout: string, source: string): Record<string, string> {
  const lines = stdout.split('\n');
  const header = lines.find((l) => l.startsWith('source'))?.split(/\s{2,}/) ?? [];
  const cells = lines.find((l) => l.startsWith(`${source} `))?.split(/\s{2,}/) ?? [];
  return Object.fromEntries(header.map((h, i) => [h.trim(), (cells[i] ?? '').trim()]));
}

describe('threadline sync git: inputs and counts', () => {
  let app: TestApp;
  const repos: TestRepo[] = [];
  const env = { ...ENV, REDIS_KEY_PREFIX: `test:${randomUUID()}:` };

  async function stateOf(source: string): Promise<number> {
    const { records } = await app.driver.executeQuery(
      'MATCH (s:SyncState {source: $source}) RETURN count(s) AS n',
      { source },
    );
    return records[0]?.get('n') as number;
  }
  async function pendingOf(source: string): Promise<number> {
    const { records } = await app.driver.executeQuery(
      'MATCH (p:PendingLink {source: $source}) RETURN count(p) AS n',
      { source },
    );
    return records[0]?.get('n') as number;
  }

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    for (const repo of repos) {
      await app.driver.executeQuery(
        `MATCH (a) WHERE (a:Artifact OR a:DeletedArtifact)
           AND any(n IN $names WHERE a.uid STARTS WITH 'git:' + n + '@' OR a.uid STARTS WITH 'file:' + n + ':')
         DETACH DELETE a`,
        { names: [repo.name, `named/r${path.basename(repo.path)}`] },
      );
      await app.driver.executeQuery(
        `MATCH (n) WHERE (n:PendingLink OR n:SyncState) AND n.source = $source DETACH DELETE n`,
        { source: `git:${repo.path}` },
      );
      repo.remove();
    }
    await app.close();
  });

  it('fails fast with exit 2, naming --repo, for a path that does not exist; nothing is written', async () => {
    const missing = path.join(os.tmpdir(), `threadline-missing-${randomUUID()}`);
    const run = await runCli(['sync', 'git', '--repo', missing], env);
    expect({ code: run.code, out: run.output }).toMatchObject({ code: 2 });
    expect(run.output).toContain(`--repo: ${missing}: no such folder`);
    expect(await stateOf(`git:${missing}`)).toBe(0);
  }, 120_000);

  it('fails fast with exit 2 for a folder that is not a git repository; nothing is written', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'threadline-plain-'));
    try {
      const run = await runCli(['sync', 'git', '--repo', folder], env);
      expect({ code: run.code, out: run.output }).toMatchObject({ code: 2 });
      expect(run.output).toContain(`--repo: ${folder}: not a git repository`);
      expect(await stateOf(`git:${folder}`)).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it('takes the repository name from --repo owner/name=path', async () => {
    const repo = createTestRepo(`ctest/n${randomUUID().slice(0, 8)}`);
    repos.push(repo);
    // Without a GitHub-shaped origin the name would be local/<folder>.
    repo.git('remote', 'remove', 'origin');
    const sha = repo.commit('Add the quote cache', { 'src/quotes.ts': 'export {};\n' });
    const name = `named/r${path.basename(repo.path)}`;
    const run = await runCli(['sync', 'git', '--repo', `${name}=${repo.path}`], env);
    expect({ code: run.code, out: run.output }).toMatchObject({ code: 0 });
    const { records } = await app.driver.executeQuery(
      'MATCH (a:Artifact) WHERE a.uid IN $uids RETURN a.uid AS uid ORDER BY uid',
      { uids: [`git:${name}@${sha}`, `file:${name}:src/quotes.ts`] },
    );
    expect(records.map((r) => r.get('uid') as string)).toEqual([
      `file:${name}:src/quotes.ts`,
      `git:${name}@${sha}`,
    ]);
  }, 120_000);

  it('counts alike in a dry run and a real run; pending is what waits in the graph after the run', async () => {
    const repo = createTestRepo(`ctest/c${randomUUID().slice(0, 8)}`);
    repos.push(repo);
    const source = `git:${repo.path}`;
    // Keys in the first page of commits only: the last page states no link that waits.
    repo.commit('PTK-1 add the quote cache', { 'src/f0.ts': 'export {};\n' });
    repo.commit('PTK-2 tune the quote cache\n\nFixes #7', { 'src/f1.ts': 'export {};\n' });
    fastCommits(repo, 450);

    const dry = await runCli(['sync', 'git', '--repo', repo.path, '--dry-run'], env);
    expect({ code: dry.code, out: dry.output }).toMatchObject({ code: 0 });
    expect(await stateOf(source)).toBe(1);
    expect(await pendingOf(source)).toBe(0);
    const real = await runCli(['sync', 'git', '--repo', repo.path], env);
    expect({ code: real.code, out: real.output }).toMatchObject({ code: 0 });

    const waiting = await pendingOf(source);
    expect(waiting).toBe(3);
    const counted = ['fetched', 'created', 'updated', 'unchanged', 'deleted', 'linked', 'pending'];
    const pick = (r: Record<string, string>) =>
      Object.fromEntries(counted.map((c) => [c, Number(r[c])]));
    expect(pick(row(real.stdout, source))).toMatchObject({ created: 472, pending: waiting });
    expect(pick(row(dry.stdout, source))).toEqual(pick(row(real.stdout, source)));

    // Without a terminal, a line per page shows the run moving; no raw template is printed.
    const pages = real.output.split('\n').filter((l) => l.startsWith(`${source}: fetched `));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(real.output).not.toContain('{fetched}');

    // Run again: nothing changes, and pending still counts what waits.
    const again = await runCli(['sync', 'git', '--repo', repo.path, '--full', '--dry-run'], env);
    expect(pick(row(again.stdout, source))).toMatchObject({ created: 0, linked: 0, pending: 3 });
  }, 240_000);
});
