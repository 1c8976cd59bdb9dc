import { randomUUID } from 'node:crypto';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { runCli } from '../../support/cli.js';
import { startFakeGitHub } from '../../support/fake-github.js';
import type { FakeGitHub } from '../../support/fake-github.js';

const SHOP = `ptest${randomUUID().slice(0, 6)}/shop`;
const GONE = `ptest${randomUUID().slice(0, 6)}/gone`;
const C1 = 'a'.repeat(40);

describe('a GitHub sync where one repository and one endpoint of another fail', () => {
  let app: TestApp;
  let gh: FakeGitHub;
  const prefix = `test:${randomUUID()}:`;
  const source = () => `github:${new URL(gh.url).host}`;
  const sync = () =>
    runCli(['sync', 'github'], {
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 't',
      GITHUB_REPOS: `${GONE},${SHOP}`,
      REDIS_KEY_PREFIX: prefix,
    });
  const uids = async () => {
    const { records } = await app.driver.executeQuery(
      `MATCH (a:Artifact) WHERE any(p IN $prefixes WHERE a.uid STARTS WITH p)
       RETURN a.uid AS uid ORDER BY uid`,
      { prefixes: [`github:${SHOP}`, `git:${SHOP}`, `file:${SHOP}`, `doc:${SHOP}`] },
    );
    return records.map((r) => r.get('uid') as string);
  };

  beforeAll(async () => {
    app = await startTestApp();
    gh = await startFakeGitHub('t');
    const repo = gh.repo(SHOP);
    repo.issues.push({
      number: 1,
      title: 'Pay with a saved card',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    repo.commits.push({
      sha: C1,
      message: 'Add the vault client',
      date: '2026-01-02T10:00:00Z',
      files: [{ filename: 'src/vault.ts', status: 'added' }],
    });
    repo.files = { 'docs/specs/vault.md': '---\nkind: spec\n---\n# Card vault\n\nTokens only.' };
  });
  afterAll(async () => {
    for (const p of [`github:${SHOP}`, `git:${SHOP}`, `file:${SHOP}`, `doc:${SHOP}`])
      await deleteByPrefix(app.driver, p);
    await app.driver.executeQuery('MATCH (s:SyncState {source: $source}) DETACH DELETE s', {
      source: source(),
    });
    await gh.close();
    await app.close();
  });

  it('writes everything else, lists both failures and exits 3 (partial)', async () => {
    // The commit list of the second repository answers 404 once; the first repository is unknown.
    gh.script({
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
      path: new RegExp(`^/repos/${SHOP}/commits\\?`),
    });
    const run = await sync();
    expect({ code: run.code, out: run.output }).toMatchObject({ code: 3 });
    expect(run.stdout).toContain(`partial`);
    expect(run.stdout).toContain(`failed ${GONE}: GitHub GET`);
    expect(run.stdout).toContain(`not found or no access: check that the token can read ${GONE}`);
    expect(run.stdout).toContain(`failed ${SHOP} commits: GitHub GET`);
    expect(run.stdout).not.toContain(`failed ${SHOP}:`);
    // Issues and documents of the second repository were read past the failed commit list.
    expect(await uids()).toEqual([`doc:${SHOP}/docs/specs/vault`, `github:${SHOP}#1`]);
  }, 120_000);

  it('retries what failed on the next run, and only that fails again', async () => {
    const run = await sync();
    expect({ code: run.code, out: run.output }).toMatchObject({ code: 3 });
    expect(run.stdout).toContain(`failed ${GONE}:`);
    expect(run.stdout).not.toContain(`failed ${SHOP}`);
    expect(await uids()).toEqual([
      `doc:${SHOP}/docs/specs/vault`,
      `file:${SHOP}:src/vault.ts`,
      `git:${SHOP}@${C1}`,
      `github:${SHOP}#1`,
    ]);
  }, 120_000);
});
