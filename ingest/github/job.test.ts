import { buildConfig } from '../../core/config.js';
import { startFakeGitHub } from '../../test/support/fake-github.js';
import type { FakeGitHub } from '../../test/support/fake-github.js';
import type { Checkpoint, SyncContext, SyncPage } from '../sync/types.js';
import { createGitHubConnector, githubSource, repoContext } from './job.js';

const REPO = 'acme/app';

describe('the GitHub connector’s pages', () => {
  let gh: FakeGitHub;
  const config = (env: Record<string, string> = {}) =>
    buildConfig({
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 't',
      GITHUB_REPOS: REPO,
      LINK_PROJECT_KEYS: 'APP',
      ...env,
    });
  const context = (over: Partial<SyncContext> = {}): SyncContext => ({
    checkpoint: null,
    since: null,
    signal: new AbortController().signal,
    existing: () => Promise.resolve(new Set<string>()),
    waited: () => {},
    ...over,
  });
  async function collect(ctx: SyncContext, env?: Record<string, string>): Promise<SyncPage[]> {
    const pages: SyncPage[] = [];
    const connector = createGitHubConnector(config(env), { docsPerPage: 1 });
    for await (const page of connector.pages(ctx)) pages.push(page);
    return pages;
  }
  const treeEtag = (c: Checkpoint) =>
    Object.keys(c.etags ?? {}).find((k) => k.includes('/git/trees/'));

  beforeAll(async () => {
    gh = await startFakeGitHub();
    const repo = gh.repo(REPO);
    repo.issues.push({ number: 1, title: 'One', updatedAt: '2026-02-01T00:00:00Z' });
    repo.issues.push({ number: 2, title: 'Two', updatedAt: '2026-02-03T00:00:00Z' });
    repo.files = {
      'docs/prd/a.md': '---\nkind: prd\n---\n# A',
      'docs/prd/b.md': '---\nkind: prd\n---\n# B',
    };
  });
  afterAll(async () => {
    await gh.close();
  });
  beforeEach(() => {
    gh.pageSize = 100;
  });

  it('names its source after the API host and spells repositories as configured', () => {
    expect(githubSource(config({ GITHUB_API_URL: 'https://ghe.example.com/api/v3' }))).toBe(
      'github:ghe.example.com',
    );
    const ctx = repoContext(
      config({ GITHUB_API_URL: 'https://ghe.example.com/api/v3' }),
      'ACME/App',
    );
    expect(ctx).toMatchObject({ repo: REPO, webUrl: `https://ghe.example.com/${REPO}` });
    expect(repoContext(config({ GITHUB_API_URL: 'https://api.github.com' }), REPO).webUrl).toBe(
      `https://github.com/${REPO}`,
    );
  });

  it('moves the issue high-water mark with each page', async () => {
    gh.pageSize = 1;
    const pages = await collect(context());
    const marks = pages
      .filter((p) => p.artifacts.some((a) => a.kind === 'USER_STORY'))
      .map((p) => (p.checkpoint.extra?.repos as Record<string, { issues?: string }>)[REPO]?.issues);
    expect(marks).toEqual(['2026-02-01T00:00:00.000Z', '2026-02-03T00:00:00.000Z']);
  });

  it('puts the tree’s ETag in the checkpoint only with the last page of its documents', async () => {
    const pages = await collect(context());
    const docPages = pages.filter((p) => p.artifacts.some((a) => a.kind === 'PRD'));
    expect(docPages).toHaveLength(2);
    expect(treeEtag(docPages[0]?.checkpoint ?? {})).toBeUndefined();
    expect(treeEtag(docPages[1]?.checkpoint ?? {})).toBeDefined();
  });

  it('deletes issues a full read no longer lists, but never after an incremental read', async () => {
    const existing = () => Promise.resolve(new Set([`github:${REPO}#1`, `github:${REPO}#9`]));
    const full = await collect(context({ existing }));
    expect(full.flatMap((p) => p.deleted)).toEqual([`github:${REPO}#9`]);
    const since = await collect(context({ existing, since: '2026-01-01T00:00:00Z' }));
    expect(since.flatMap((p) => p.deleted)).toEqual([]);
  });

  it('reads nothing again when every conditional request answers 304', async () => {
    const first = await collect(context());
    // The second run asks for issues since the first's mark: a new URL, read in full.
    const second = await collect(context({ checkpoint: first.at(-1)?.checkpoint ?? null }));
    gh.requests.length = 0;
    const again = await collect(context({ checkpoint: second.at(-1)?.checkpoint ?? null }));
    expect(again.flatMap((p) => p.artifacts)).toEqual([]);
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(gh.requests.every((r) => r.status === 304)).toBe(true);
  });

  it('records a failing endpoint, reads the rest, and leaves its mark where it was', async () => {
    // The second document's blob fails half-way through its batch.
    gh.script({ status: 404, body: { message: 'Not Found' }, path: /\/git\/blobs\// });
    gh.script({ status: 404, body: { message: 'Not Found' }, path: /\/commits\?/ });
    const pages = await collect(context(), { GITHUB_REPOS: `${REPO},acme/missing` });
    const failed = pages.flatMap((p) => p.failed ?? []);
    expect(failed.map((f) => f.scope)).toEqual([`${REPO} commits`, `${REPO} docs`, 'acme/missing']);
    expect(failed[2]?.hint).toMatch(/^not found or no access: check that the token can read acme/);
    // Issues were read past the failures; no document entered the state without its page.
    expect(pages.flatMap((p) => p.artifacts.map((a) => a.uid))).toEqual(
      expect.arrayContaining([`github:${REPO}#1`, `github:${REPO}#2`]),
    );
    const last = pages.at(-1)?.checkpoint.extra?.repos as Record<string, Record<string, unknown>>;
    expect(last[REPO]).toMatchObject({ issues: '2026-02-03T00:00:00.000Z' });
    expect(last[REPO]?.commits).toBeUndefined();
    const written = pages.flatMap((p) => p.artifacts.filter((a) => a.kind === 'PRD'));
    expect(Object.keys(last[REPO]?.docs ?? {})).toHaveLength(written.length);
  });

  it('stops at the next request once the signal aborts', async () => {
    const controller = new AbortController();
    const pages: SyncPage[] = [];
    const connector = createGitHubConnector(config());
    const run = async () => {
      for await (const page of connector.pages(context({ signal: controller.signal }))) {
        pages.push(page);
        controller.abort();
      }
    };
    await expect(run()).rejects.toThrow(/abort/i);
    expect(pages).toHaveLength(1);
  });
});
