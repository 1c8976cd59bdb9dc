import {
  mapCommit,
  mapIssue,
  mapPullCommits,
  mapPullFiles,
  mapPullRequest,
  mapWebhook,
} from './mapper.js';
import type { RepoContext } from './records.js';

const ctx: RepoContext = {
  repo: 'Lumen/Shop',
  webUrl: 'https://github.com/Lumen/Shop',
  source: 'github:api.github.com',
  accessLevel: 'INTERNAL',
  projectKeys: ['SHOP', 'SEC'],
  repos: ['Lumen/Shop', 'lumen/search'],
};
const SHA = 'a'.repeat(40);
const SHA2 = 'b'.repeat(40);

const issue = (over: Record<string, unknown> = {}) => ({
  number: 12,
  title: 'Saved cards',
  body: 'As a shopper I want to pay with a saved card.',
  state: 'open',
  html_url: 'https://github.com/Lumen/Shop/issues/12',
  created_at: '2026-01-02T10:00:00Z',
  updated_at: '2026-01-03T10:00:00Z',
  ...over,
});
const pull = (over: Record<string, unknown> = {}) => ({
  number: 40,
  title: 'SHOP-21: store vault tokens',
  body: 'Stores the token after payment.\n\nFixes #12, see #7 and Lumen/Shop#8.\nUses UTF-8 and SHA-256 hashes.',
  state: 'closed',
  merged: true,
  merged_at: '2026-01-05T10:00:00Z',
  html_url: 'https://github.com/Lumen/Shop/pull/40',
  head: { ref: 'feature/sec-4-vault', sha: SHA },
  base: { ref: 'main' },
  created_at: '2026-01-04T10:00:00Z',
  updated_at: '2026-01-05T10:00:00Z',
  ...over,
});
const commit = (over: Record<string, unknown> = {}) => ({
  sha: SHA,
  html_url: `https://github.com/Lumen/Shop/commit/${SHA}`,
  commit: {
    message: 'SHOP-22 charge the saved token\n\nAsks for the CVC only.\nCloses lumen/search#3',
    author: { name: 'Ada', email: 'ada@example.com', date: '2026-01-04T11:00:00+02:00' },
    committer: { date: '2026-01-04T12:00:00+02:00' },
  },
  ...over,
});
const targets = (links: { to: string }[]) => links.map((l) => l.to);

describe('mapping GitHub issues', () => {
  it('maps an issue to a USER_STORY keyed by its number', () => {
    const m = mapIssue(issue(), ctx);
    expect(m.artifacts).toEqual([
      expect.objectContaining({
        uid: 'github:Lumen/Shop#12',
        kind: 'USER_STORY',
        issueType: 'GitHub issue',
        key: '#12',
        status: 'open',
        source: 'github:api.github.com',
        accessLevel: 'INTERNAL',
        updatedAt: '2026-01-03T10:00:00.000Z',
      }),
    ]);
    expect(m.reconcile).toEqual(['github:Lumen/Shop#12']);
  });

  it('reports an issue that does not parse as a bad record naming the field', () => {
    const m = mapIssue(issue({ title: null }), ctx);
    expect(m.artifacts).toEqual([]);
    expect(m.bad).toEqual([
      { sourceId: 'Lumen/Shop#12', reason: expect.stringMatching(/^title: /) as string },
    ]);
  });
});

describe('mapping pull requests', () => {
  it('maps a merged pull request to CODE with its branch in the body', () => {
    const [pr] = mapPullRequest(pull(), ctx).artifacts;
    expect(pr).toMatchObject({
      uid: 'github:Lumen/Shop#40',
      kind: 'CODE',
      codeKind: 'PULL_REQUEST',
      key: '#40',
      status: 'merged',
      url: 'https://github.com/Lumen/Shop/pull/40',
    });
    expect(pr?.body).toMatch(/\n\nBranch: feature\/sec-4-vault$/);
    expect(mapPullRequest(pull({ merged: false, merged_at: null }), ctx).artifacts[0]?.status).toBe(
      'closed',
    );
  });

  it('links Jira keys from title and branch name with the text that proves them', () => {
    const { links } = mapPullRequest(pull(), ctx);
    expect(links).toEqual(
      expect.arrayContaining([
        {
          from: 'github:Lumen/Shop#40',
          to: 'jira:SHOP-21',
          type: 'IMPLEMENTS',
          via: 'pr-title',
          evidence: 'SHOP-21: store vault tokens',
        },
        {
          from: 'github:Lumen/Shop#40',
          to: 'jira:SEC-4',
          type: 'IMPLEMENTS',
          via: 'branch-name',
          evidence: 'feature/sec-4-vault',
        },
      ]),
    );
  });

  it('links only issues named by a closing keyword, never plain mentions or look-alike keys', () => {
    const { links } = mapPullRequest(pull(), ctx);
    expect(targets(links).sort()).toEqual(['github:Lumen/Shop#12', 'jira:SEC-4', 'jira:SHOP-21']);
    expect(links.find((l) => l.to === 'github:Lumen/Shop#12')).toMatchObject({
      via: 'pr-body',
      evidence: 'Fixes #12, see #7 and Lumen/Shop#8.',
    });
  });

  it('keeps the first evidence when title and body name the same key', () => {
    const { links } = mapPullRequest(pull({ body: 'More on SHOP-21 here.' }), ctx);
    expect(links.filter((l) => l.to === 'jira:SHOP-21')).toEqual([
      expect.objectContaining({ via: 'pr-title' }),
    ]);
  });

  it('never links a pull request to itself', () => {
    const { links } = mapPullRequest(pull({ title: 'Tidy', body: 'Fixes #40' }), ctx);
    expect(targets(links)).toEqual(['jira:SEC-4']);
  });

  it('makes each commit of a pull request PART_OF it', () => {
    const m = mapPullCommits('github:Lumen/Shop#40', [commit()], ctx);
    expect(m.links).toContainEqual({
      from: `git:Lumen/Shop@${SHA}`,
      to: 'github:Lumen/Shop#40',
      type: 'PART_OF',
      via: 'pr-commits',
      evidence: 'aaaaaaa SHOP-22 charge the saved token',
    });
    expect(m.reconcile).toEqual([]);
  });

  it('makes each changed file of a pull request PART_OF it', () => {
    const m = mapPullFiles(
      'github:Lumen/Shop#40',
      [{ filename: 'src/vault.ts', status: 'renamed', previous_filename: 'src/cards.ts' }],
      ctx,
    );
    expect(m.artifacts).toEqual([
      expect.objectContaining({
        uid: 'file:Lumen/Shop:src/vault.ts',
        codeKind: 'FILE',
        path: 'src/vault.ts',
      }),
    ]);
    expect(m.links).toEqual([
      expect.objectContaining({
        from: 'file:Lumen/Shop:src/vault.ts',
        to: 'github:Lumen/Shop#40',
        via: 'pr-files',
        evidence: 'renamed src/cards.ts → src/vault.ts',
      }),
    ]);
  });
});

describe('mapping commits', () => {
  it('maps a commit to CODE keyed by its short sha, the first line as title', () => {
    const [c] = mapCommit(commit(), ctx).artifacts;
    expect(c).toMatchObject({
      uid: `git:Lumen/Shop@${SHA}`,
      codeKind: 'COMMIT',
      key: 'aaaaaaa',
      title: 'SHOP-22 charge the saved token',
      body: 'Asks for the CVC only.\nCloses lumen/search#3\n\nAuthor: Ada <ada@example.com>',
      createdAt: '2026-01-04T09:00:00.000Z',
      updatedAt: '2026-01-04T10:00:00.000Z',
    });
  });

  it('titles a commit without a message by its short sha', () => {
    const [c] = mapCommit(commit({ commit: { message: '', author: null } }), ctx).artifacts;
    expect(c).toMatchObject({ title: '(no message) aaaaaaa', body: null });
  });

  it('links the message’s keys and closed issues, spelling a configured repository as configured', () => {
    const { links } = mapCommit(commit(), ctx);
    expect(links).toEqual([
      expect.objectContaining({ to: 'jira:SHOP-22', via: 'commit-message' }),
      expect.objectContaining({
        to: 'github:lumen/search#3',
        via: 'commit-message',
        evidence: 'Closes lumen/search#3',
      }),
    ]);
    const other = mapCommit(commit({ commit: { message: 'fix: closes LUMEN/SHOP#9' } }), ctx);
    expect(targets(other.links)).toEqual(['github:Lumen/Shop#9']);
  });

  it('makes every changed file PART_OF the commit', () => {
    const m = mapCommit(
      commit({
        files: [
          { filename: 'src/pay.ts', status: 'modified' },
          { filename: 'README.md', status: 'added' },
        ],
      }),
      ctx,
    );
    expect(m.links.filter((l) => l.via === 'commit-files')).toEqual([
      expect.objectContaining({
        from: 'file:Lumen/Shop:src/pay.ts',
        to: `git:Lumen/Shop@${SHA}`,
        type: 'PART_OF',
        evidence: 'modified src/pay.ts',
      }),
      expect.objectContaining({ from: 'file:Lumen/Shop:README.md', evidence: 'added README.md' }),
    ]);
  });

  it('drops a file whose path cannot be a uid, with its link, and reports it', () => {
    const m = mapCommit(
      commit({ files: [{ filename: 'docs/my notes.txt', status: 'added' }] }),
      ctx,
    );
    expect(m.artifacts.map((a) => a.codeKind)).toEqual(['COMMIT']);
    expect(m.links.some((l) => l.via === 'commit-files')).toBe(false);
    expect(m.bad).toEqual([
      {
        sourceId: 'Lumen/Shop:docs/my notes.txt',
        reason: expect.stringContaining('uid') as string,
      },
    ]);
  });

  it('reports a commit without a full sha as a bad record', () => {
    const m = mapCommit(commit({ sha: 'abc1234' }), ctx);
    expect(m.artifacts).toEqual([]);
    expect(m.bad[0]).toMatchObject({
      sourceId: 'abc1234',
      reason: expect.stringMatching(/^sha: /) as string,
    });
  });
});

describe('mapping webhooks', () => {
  const repository = { full_name: 'lumen/shop' };

  it('maps an issues delivery to the issue, and a deleted issue to a deletion', () => {
    const opened = mapWebhook('issues', { action: 'opened', issue: issue(), repository }, ctx);
    expect(opened.artifacts.map((a) => a.uid)).toEqual(['github:Lumen/Shop#12']);
    expect(opened.reconcile).toEqual(['github:Lumen/Shop#12']);
    expect(opened.checkpoint).toEqual({});
    const deleted = mapWebhook('issues', { action: 'deleted', issue: issue(), repository }, ctx);
    expect(deleted).toMatchObject({ artifacts: [], deleted: ['github:Lumen/Shop#12'] });
  });

  it('maps a pull_request delivery exactly as the REST pull request', () => {
    const page = mapWebhook(
      'pull_request',
      { action: 'closed', number: 40, pull_request: pull(), repository },
      ctx,
    );
    expect(page.artifacts).toEqual(mapPullRequest(pull(), ctx).artifacts);
    expect(page.links).toEqual(mapPullRequest(pull(), ctx).links);
  });

  it('maps a push to its commits and the files they touched', () => {
    const page = mapWebhook(
      'push',
      {
        ref: 'refs/heads/main',
        before: SHA2,
        after: SHA,
        commits: [
          {
            id: SHA,
            message: 'SEC-4 rotate keys',
            timestamp: '2026-01-04T12:00:00+02:00',
            url: `https://github.com/Lumen/Shop/commit/${SHA}`,
            author: { name: 'Octo', email: 'o@example.com', username: 'octo' },
            added: ['src/keys.ts'],
            modified: [],
            removed: ['src/old.ts'],
          },
        ],
        repository,
      },
      ctx,
    );
    expect(page.artifacts.map((a) => a.uid)).toEqual([
      `git:Lumen/Shop@${SHA}`,
      'file:Lumen/Shop:src/keys.ts',
      'file:Lumen/Shop:src/old.ts',
    ]);
    expect(page.artifacts[0]?.createdAt).toBe('2026-01-04T10:00:00.000Z');
    expect(page.links.map((l) => `${l.from} ${l.type} ${l.to} ${l.evidence}`)).toEqual([
      `git:Lumen/Shop@${SHA} IMPLEMENTS jira:SEC-4 SEC-4 rotate keys`,
      `file:Lumen/Shop:src/keys.ts PART_OF git:Lumen/Shop@${SHA} added src/keys.ts`,
      `file:Lumen/Shop:src/old.ts PART_OF git:Lumen/Shop@${SHA} removed src/old.ts`,
    ]);
    expect(page.fetched).toBe(1);
  });

  it('refuses a delivery for another repository and ignores other events', () => {
    const other = mapWebhook(
      'issues',
      { action: 'opened', issue: issue(), repository: { full_name: 'evil/repo' } },
      ctx,
    );
    expect(other.artifacts).toEqual([]);
    expect(other.bad).toEqual([
      { sourceId: 'evil/repo', reason: expect.stringContaining('Lumen/Shop') as string },
    ]);
    expect(mapWebhook('ping', { zen: 'Keep it logically awesome.' }, ctx)).toMatchObject({
      artifacts: [],
      bad: [],
      fetched: 0,
    });
  });
});
