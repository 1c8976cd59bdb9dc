/**
 * The explorer's URLs, shareable as they are: `/` (search, `?q=&kinds=&status=`),
 * `/a/<uid>` (an artifact, `?view=impact` for its impact), `/coverage/<uid>` (gaps under a PRD or
 * Epic; `/coverage` for the whole graph) and `/sign-in`.
 */
export const KINDS = ['PRD', 'EPIC', 'USER_STORY', 'TECH_SPEC', 'CODE'] as const;
export type Kind = (typeof KINDS)[number];

export type ArtifactView = 'lineage' | 'impact';

export type Route =
  | { page: 'search'; q: string; kinds: Kind[]; status: string }
  | { page: 'artifact'; uid: string; view: ArtifactView }
  | { page: 'coverage'; uid: string | null }
  | { page: 'sign-in'; next: string }
  | { page: 'not-found'; path: string };

/**
 * A uid as a path segment: percent-encoded, except the characters that read well and are legal
 * in a path (`:`, `/`, `@`), so `/a/jira:SHOP-12` and `/a/doc:lumen/prd/checkout-v2` stay
 * readable while `#`, `?`, `%` and spaces are escaped.
 */
export function encodeUid(uid: string): string {
  return encodeURIComponent(uid).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%40/gi, '@');
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The link to an artifact's page. */
export function artifactHref(uid: string, view: ArtifactView = 'lineage'): string {
  return `/a/${encodeUid(uid)}${view === 'impact' ? '?view=impact' : ''}`;
}

/** The link to the coverage page of a PRD or Epic (`null`: the whole graph). */
export function coverageHref(uid: string | null): string {
  return uid ? `/coverage/${encodeUid(uid)}` : '/coverage';
}

/** The link to a search. */
export function searchHref(q: string, kinds: readonly Kind[] = [], status = ''): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (kinds.length > 0) params.set('kinds', kinds.join(','));
  if (status) params.set('status', status);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** The route of a path and query string (as `location.pathname` and `location.search`). */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  if (pathname === '/' || pathname === '/search') {
    const kinds = (params.get('kinds') ?? '')
      .split(',')
      .filter((k): k is Kind => (KINDS as readonly string[]).includes(k));
    return { page: 'search', q: params.get('q') ?? '', kinds, status: params.get('status') ?? '' };
  }
  if (pathname.startsWith('/a/') && pathname.length > 3) {
    const view = params.get('view') === 'impact' ? 'impact' : 'lineage';
    return { page: 'artifact', uid: decode(pathname.slice(3)), view };
  }
  if (pathname === '/coverage' || pathname === '/coverage/') return { page: 'coverage', uid: null };
  if (pathname.startsWith('/coverage/')) {
    return { page: 'coverage', uid: decode(pathname.slice('/coverage/'.length)) };
  }
  if (pathname === '/sign-in') {
    const next = params.get('next') ?? '/';
    // Only a path on this site: never an open redirect to another origin.
    return { page: 'sign-in', next: next.startsWith('/') && !next.startsWith('//') ? next : '/' };
  }
  return { page: 'not-found', path: pathname };
}
