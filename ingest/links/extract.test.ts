import { extractGitHubRefs, extractJiraKeys } from './extract.js';

const keys = (text: string, via: Parameters<typeof extractJiraKeys>[2] = 'commit-message') =>
  extractJiraKeys(text, ['SHOP', 'SEC'], via).map((r) => r.key);

describe('Jira keys', () => {
  it('finds keys of configured projects with the line that proves them', () => {
    const refs = extractJiraKeys(
      'Add vault client\n\nSHOP-21: store the token (see SEC-4)',
      ['SHOP', 'SEC'],
      'commit-message',
    );
    expect(refs).toEqual([
      { key: 'SHOP-21', via: 'commit-message', evidence: 'SHOP-21: store the token (see SEC-4)' },
      { key: 'SEC-4', via: 'commit-message', evidence: 'SHOP-21: store the token (see SEC-4)' },
    ]);
  });

  it.each([
    'Use UTF-8 everywhere',
    'hash with SHA-256',
    'dates in ISO-8601',
    'needs JDK-8 or newer',
    'RFC-7231 says so',
  ])('never turns look-alikes into links: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it('ignores keys glued to other words or numbers', () => {
    expect(keys('XSHOP-12 SHOP-12a SHOP-1.5 ASHOP-3')).toEqual(['SHOP-1']);
  });

  it('reports each key once, in order of first appearance, without leading zeros', () => {
    expect(keys('SEC-2 then SHOP-007 and again SEC-2')).toEqual(['SEC-2', 'SHOP-7']);
  });

  it('reads lower-cased keys in branch names only', () => {
    expect(keys('feature/shop-12-saved-cards', 'branch-name')).toEqual(['SHOP-12']);
    expect(keys('fix shop-12 later', 'commit-message')).toEqual([]);
    expect(keys('SHOP-12_SHOP-13/SEC-1', 'branch-name')).toEqual(['SHOP-12', 'SHOP-13', 'SEC-1']);
  });

  it('finds keys inside Jira URLs', () => {
    expect(keys('https://lumen.atlassian.net/browse/SHOP-22')).toEqual(['SHOP-22']);
  });

  it('finds nothing without configured projects', () => {
    expect(extractJiraKeys('SHOP-1', [], 'pr-title')).toEqual([]);
  });
});

describe('GitHub references', () => {
  const refs = (text: string) =>
    extractGitHubRefs(text, 'lumen/shop', 'pr-body').map(
      (r) => `${r.closes ? 'closes' : 'mentions'} ${r.repo}#${r.number}`,
    );

  it.each([
    'close #12',
    'closes #12',
    'closed #12',
    'fix #12',
    'fixes #12',
    'fixed #12',
    'resolve #12',
    'resolves #12',
    'resolved #12',
    'Fixes: #12',
    'CLOSES #12',
  ])('understands the closing keyword in "%s"', (text) => {
    expect(refs(text)).toEqual(['closes lumen/shop#12']);
  });

  it('understands other repositories and issue URLs', () => {
    expect(
      refs('Closes lumen/search#41 and fixes https://github.com/Lumen/Infra/issues/7'),
    ).toEqual(['closes lumen/search#41', 'closes lumen/infra#7']);
  });

  it('keeps plain mentions apart from closing references', () => {
    expect(refs('See #3 and lumen/search#9; fixes #4')).toEqual([
      'closes lumen/shop#4',
      'mentions lumen/shop#3',
      'mentions lumen/search#9',
    ]);
  });

  it('lets a closing reference win over a mention of the same issue', () => {
    expect(refs('Related to #5.\n\nFixes #5')).toEqual(['closes lumen/shop#5']);
  });

  it.each(['prefix#12', 'fixes#12', 'the &#12; entity', 'fixes #0', 'color #fff'])(
    'finds no reference in "%s"',
    (text) => {
      expect(refs(text)).toEqual([]);
    },
  );

  it('reads "unfixes #12" as a mention, not a closing reference', () => {
    expect(refs('unfixes #12')).toEqual(['mentions lumen/shop#12']);
  });

  it('keeps the line as evidence', () => {
    const [ref] = extractGitHubRefs(
      'Saved cards\n\nFixes #112 by storing tokens',
      'lumen/shop',
      'pr-body',
    );
    expect(ref?.evidence).toBe('Fixes #112 by storing tokens');
  });
});
