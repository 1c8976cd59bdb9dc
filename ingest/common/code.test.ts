import { issueRefUid, mapCommitFacts, mapFilePath } from './code.js';
import type { CodeContext } from './code.js';

const ctx: CodeContext = {
  repo: 'Lumen/Shop',
  webUrl: 'https://github.com/Lumen/Shop',
  source: 'git:/src/shop',
  accessLevel: 'INTERNAL',
  projectKeys: ['SHOP'],
};
const SHA = 'c'.repeat(40);
const facts = {
  sha: SHA,
  message: 'SHOP-21: store vault tokens\n\nFixes #12, see #7.\nAlso SHOP-21 again.',
  url: `https://github.com/Lumen/Shop/commit/${SHA}`,
  author: { name: 'Ada', email: 'ada@example.com' },
  authoredAt: '2026-01-02T10:00:00.000Z',
  committedAt: '2026-01-03T10:00:00.000Z',
};

describe('mapping a commit for the git and GitHub connectors', () => {
  it('titles the commit by its first line and keeps the rest and the author as body', () => {
    const { artifact } = mapCommitFacts(facts, ctx);
    expect(artifact).toEqual({
      uid: `git:Lumen/Shop@${SHA}`,
      kind: 'CODE',
      codeKind: 'COMMIT',
      key: 'ccccccc',
      title: 'SHOP-21: store vault tokens',
      body: 'Fixes #12, see #7.\nAlso SHOP-21 again.\n\nAuthor: Ada <ada@example.com>',
      url: facts.url,
      source: 'git:/src/shop',
      accessLevel: 'INTERNAL',
      createdAt: '2026-01-02T10:00:00.000Z',
      updatedAt: '2026-01-03T10:00:00.000Z',
      people: [
        {
          uid: 'person:ada@example.com',
          name: 'Ada',
          email: 'ada@example.com',
          role: 'AUTHORED',
          at: '2026-01-02T10:00:00.000Z',
        },
      ],
    });
  });

  it('counts Co-authored-by trailers as authors, once each, merged by email', () => {
    const message =
      'Vault client\n\nCo-authored-by: Bob <bob@example.com>\nCo-authored-by: Ada L <ADA@example.com>';
    const { artifact } = mapCommitFacts({ ...facts, message }, ctx);
    expect(artifact.people?.map((p) => [p.uid, p.role])).toEqual([
      ['person:ada@example.com', 'AUTHORED'],
      ['person:bob@example.com', 'AUTHORED'],
    ]);
  });

  it('gives a commit without message or author its short sha as title and no body', () => {
    const { artifact } = mapCommitFacts({ ...facts, message: '', author: null }, ctx);
    expect(artifact.title).toBe('(no message) ccccccc');
    expect(artifact.body).toBeNull();
  });

  it('links each Jira key once and only the issues a closing keyword names', () => {
    const { links } = mapCommitFacts(facts, ctx);
    expect(links).toEqual([
      {
        from: `git:Lumen/Shop@${SHA}`,
        to: 'jira:SHOP-21',
        type: 'IMPLEMENTS',
        via: 'commit-message',
        evidence: 'SHOP-21: store vault tokens',
      },
      {
        from: `git:Lumen/Shop@${SHA}`,
        to: 'github:Lumen/Shop#12',
        type: 'IMPLEMENTS',
        via: 'commit-message',
        evidence: 'Fixes #12, see #7.',
      },
    ]);
  });
});

describe('naming GitHub issues a text refers to', () => {
  it('spells the own repository and other configured ones as configured, others as written', () => {
    const repos = { repo: 'Lumen/Shop', repos: ['Lumen/Shop', 'Lumen/Search'] };
    expect(issueRefUid(repos, 'lumen/shop', 3)).toBe('github:Lumen/Shop#3');
    expect(issueRefUid(repos, 'lumen/search', 4)).toBe('github:Lumen/Search#4');
    expect(issueRefUid(repos, 'other/repo', 5)).toBe('github:other/repo#5');
    expect(issueRefUid({ repo: 'Lumen/Shop' }, 'lumen/search', 4)).toBe('github:lumen/search#4');
  });
});

describe('mapping a file path', () => {
  it('links a file to its page on HEAD, or to nothing without a web URL', () => {
    expect(mapFilePath('src/vault.ts', ctx)).toMatchObject({
      uid: 'file:Lumen/Shop:src/vault.ts',
      codeKind: 'FILE',
      key: 'src/vault.ts',
      url: 'https://github.com/Lumen/Shop/blob/HEAD/src/vault.ts',
    });
    expect(mapFilePath('src/vault.ts', { ...ctx, webUrl: null }).url).toBeNull();
  });
});

describe('links of a merge commit', () => {
  it('links the Jira key of a merged branch, in lower case too, as a branch name', () => {
    const message = "Merge branch 'feature/shop-313-saved-cards' into main";
    const { links } = mapCommitFacts({ ...facts, message }, ctx);
    expect(links).toEqual([
      expect.objectContaining({ to: 'jira:SHOP-313', via: 'branch-name', evidence: message }),
    ]);
  });

  it('reads the branch of a GitHub merge of a pull request', () => {
    const message = 'Merge pull request #40 from lumen/shop-77-vault\n\nVault client';
    const { links } = mapCommitFacts({ ...facts, message }, ctx);
    expect(links.map((l) => [l.to, l.via])).toEqual([['jira:SHOP-77', 'branch-name']]);
  });
});
