import { artifactHref, coverageHref, encodeUid, parseRoute, searchHref } from './routes';

describe('explorer routes', () => {
  it.each([
    'jira:SHOP-12',
    'doc:lumen/prd/checkout-v2',
    'github:lumen/shop#112',
    'git:lumen/shop@e1a9c33',
    'file:lumen/shop:src/a b%c?.ts',
  ])('opens the artifact page of %s from its own link', (uid) => {
    const url = new URL(artifactHref(uid), 'http://x');
    expect(parseRoute(url.pathname, url.search)).toEqual({
      page: 'artifact',
      uid,
      view: 'lineage',
    });
  });

  it('keeps readable uids readable and escapes the rest', () => {
    expect(artifactHref('jira:SHOP-12')).toBe('/a/jira:SHOP-12');
    expect(encodeUid('github:lumen/shop#112')).toBe('github:lumen/shop%23112');
    expect(artifactHref('git:lumen/shop@e1a9c33', 'impact')).toBe(
      '/a/git:lumen/shop@e1a9c33?view=impact',
    );
  });

  it('reads a shared search with its filters, dropping unknown kinds', () => {
    const url = new URL(searchHref('saved card', ['USER_STORY', 'EPIC'], 'Done'), 'http://x');
    expect(parseRoute(url.pathname, url.search)).toEqual({
      page: 'search',
      q: 'saved card',
      kinds: ['USER_STORY', 'EPIC'],
      status: 'Done',
    });
    expect(parseRoute('/', '?kinds=EPIC,NOPE').page === 'search').toBe(true);
    expect(parseRoute('/', '?kinds=EPIC,NOPE')).toMatchObject({ kinds: ['EPIC'] });
  });

  it('reads coverage of one scope and of the whole graph', () => {
    expect(parseRoute(coverageHref('doc:lumen/prd/checkout-v2'), '')).toEqual({
      page: 'coverage',
      uid: 'doc:lumen/prd/checkout-v2',
    });
    expect(parseRoute(coverageHref(null), '')).toEqual({ page: 'coverage', uid: null });
  });

  it('never redirects a sign-in to another origin', () => {
    expect(parseRoute('/sign-in', '?next=/a/jira:SHOP-2')).toEqual({
      page: 'sign-in',
      next: '/a/jira:SHOP-2',
    });
    expect(parseRoute('/sign-in', '?next=//evil.example')).toEqual({ page: 'sign-in', next: '/' });
    expect(parseRoute('/sign-in', '?next=https://evil.example')).toEqual({
      page: 'sign-in',
      next: '/',
    });
  });

  it('answers an unknown path as not found', () => {
    expect(parseRoute('/nope', '')).toEqual({ page: 'not-found', path: '/nope' });
  });
});
