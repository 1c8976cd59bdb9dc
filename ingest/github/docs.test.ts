import { docMatcher, docUid, mapDoc } from './docs.js';
import type { RepoContext } from './records.js';

const ctx: RepoContext = {
  repo: 'Lumen/Shop',
  webUrl: 'https://github.com/Lumen/Shop',
  source: 'github:api.github.com',
  accessLevel: 'INTERNAL',
  projectKeys: ['SHOP'],
  repos: ['Lumen/Shop'],
};

describe('document paths', () => {
  const isDoc = docMatcher(['docs/prd/**', 'docs/specs/*.md']);

  it.each([
    ['docs/prd/checkout.md', true],
    ['docs/prd/2026/q1/checkout.md', true],
    ['docs/prd/diagram.png', false],
    ['docs/prds/checkout.md', false],
    ['docs/specs/vault.md', true],
    ['docs/specs/old/vault.md', false],
    ['README.md', false],
  ])('counts %s as a document: %s', (path, expected) => {
    expect(isDoc(path)).toBe(expected);
  });

  it('names a document by its repository and path without .md', () => {
    expect(docUid('Lumen/Shop', 'docs/prd/checkout.md')).toBe('doc:Lumen/Shop/docs/prd/checkout');
  });
});

describe('mapping documents', () => {
  it('maps a spec that SPECIFIES its stories, Jira keys and GitHub issues alike', () => {
    const m = mapDoc(
      'docs/specs/vault.md',
      '---\nkind: spec\nstories: [SHOP-40, "#12", "lumen/shop#13"]\n---\n# Card vault\n\nTokens only.',
      ctx,
      'https://github.com/Lumen/Shop/blob/main/docs/specs/vault.md',
    );
    expect(m.artifacts).toEqual([
      expect.objectContaining({
        uid: 'doc:Lumen/Shop/docs/specs/vault',
        kind: 'TECH_SPEC',
        title: 'Card vault',
        source: 'github:api.github.com',
        url: 'https://github.com/Lumen/Shop/blob/main/docs/specs/vault.md',
      }),
    ]);
    expect(m.links.map((l) => [l.type, l.to, l.via])).toEqual([
      ['SPECIFIES', 'jira:SHOP-40', 'front-matter'],
      ['SPECIFIES', 'github:Lumen/Shop#12', 'front-matter'],
      ['SPECIFIES', 'github:Lumen/Shop#13', 'front-matter'],
    ]);
    expect(m.links[0]?.evidence).toBe('stories: SHOP-40, #12, lumen/shop#13');
    expect(m.reconcile).toEqual(['doc:Lumen/Shop/docs/specs/vault']);
  });

  it('makes a PRD’s epics PART_OF it, the kind taken from its folder', () => {
    const m = mapDoc('docs/prd/checkout.md', '---\nepics: [SHOP-1]\n---\nOne page.', ctx);
    expect(m.artifacts[0]).toMatchObject({ kind: 'PRD', uid: 'doc:Lumen/Shop/docs/prd/checkout' });
    expect(m.links).toEqual([
      expect.objectContaining({
        from: 'jira:SHOP-1',
        to: 'doc:Lumen/Shop/docs/prd/checkout',
        type: 'PART_OF',
      }),
    ]);
  });

  it('keeps the uid the path gives, whatever the front matter claims', () => {
    const m = mapDoc(
      'docs/prd/checkout.md',
      '---\nkind: prd\nuid: jira:SHOP-1\nepics: [SHOP-2]\n---\nx',
      ctx,
    );
    expect(m.artifacts[0]?.uid).toBe('doc:Lumen/Shop/docs/prd/checkout');
    expect(m.links[0]?.to).toBe('doc:Lumen/Shop/docs/prd/checkout');
  });

  it('reports a document without a known kind, or with front matter that is not YAML, as bad', () => {
    expect(mapDoc('docs/notes/a.md', '---\nkind: memo\n---\n# A', ctx)).toMatchObject({
      artifacts: [],
      bad: [
        {
          sourceId: 'Lumen/Shop:docs/notes/a.md',
          reason: expect.stringMatching(/no kind/) as string,
        },
      ],
    });
    expect(mapDoc('docs/prd/a.md', '---\nkind: [prd\n---\n', ctx).bad[0]?.reason).toMatch(
      /^front matter: /,
    );
  });
});
