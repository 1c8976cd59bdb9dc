/** The explorer's frame: header (navigation, sign-in, live state, sync progress) and the page. */
import { useEffect, useRef, useState } from 'react';
import { onLiveStatus } from './api/client';
import type { LiveStatus } from './api/client';
import { Link, useRoute } from './router';
import type { Route } from './routes';
import { coverageHref } from './routes';
import { SessionProvider, useSession } from './session';
import { ErrorState, Loading } from './components/error-state';
import { SyncProgress } from './components/sync-progress';
import { ArtifactPage } from './pages/artifact';
import { CoveragePage } from './pages/coverage';
import { SearchPage } from './pages/search';
import { SignInPage } from './pages/sign-in';

function LiveIndicator() {
  const [status, setStatus] = useState<LiveStatus>('idle');
  useEffect(() => onLiveStatus(setStatus), []);
  if (status === 'idle') return null;
  const text = { connecting: 'Connecting…', live: 'Live', offline: 'Offline' }[status];
  return (
    <span className={`live live-${status}`} data-testid="live-status" data-status={status}>
      <span aria-hidden="true">●</span> {text}
    </span>
  );
}

function Account() {
  const { session, signOut } = useSession();
  if (session.status === 'checking') return <span className="muted">Checking sign-in…</span>;
  if (session.status === 'signed-out') {
    return <Link href={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>Sign in</Link>;
  }
  const { viewer, credential } = session;
  return (
    <span className="account" data-testid="account">
      <span title={`reads ${viewer.levels.join(', ')}`}>
        {viewer.subject} · {viewer.role.toLowerCase()} · {viewer.levels.length} of 4 levels
      </span>{' '}
      {credential ? (
        <button type="button" className="link-button" onClick={() => void signOut()}>
          Sign out
        </button>
      ) : (
        <Link href="/sign-in">Sign in</Link>
      )}
    </span>
  );
}

function Page({ route }: { route: Route }) {
  const { session } = useSession();
  if (route.page === 'sign-in') return <SignInPage next={route.next} />;
  if (session.status === 'checking') return <Loading what="your sign-in" />;
  if (session.status === 'signed-out') {
    return (
      <>
        <h1 tabIndex={-1}>Threadline explorer</h1>
        <ErrorState errors={[session.error ?? { code: 'UNAUTHENTICATED', message: 'Sign in' }]} />
      </>
    );
  }
  switch (route.page) {
    case 'search':
      return <SearchPage q={route.q} kinds={route.kinds} status={route.status} />;
    case 'artifact':
      return <ArtifactPage key={route.uid} uid={route.uid} view={route.view} />;
    case 'coverage':
      return <CoveragePage key={route.uid ?? ''} uid={route.uid} />;
    case 'not-found':
      return (
        <>
          <h1 tabIndex={-1}>No such page</h1>
          <p>
            Nothing lives at <code>{route.path}</code>. <Link href="/">Search</Link> instead.
          </p>
        </>
      );
  }
}

/** The page's identity for focus: search parameters do not move focus, a new page does. */
function pageKey(route: Route): string {
  if (route.page === 'artifact') return `a:${route.uid}`;
  if (route.page === 'coverage') return `c:${route.uid ?? ''}`;
  return route.page;
}

function Shell() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const key = pageKey(route);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After a navigation, focus the new page's heading so a screen reader announces it.
    const id = setTimeout(() => main.current?.querySelector<HTMLElement>('h1')?.focus(), 0);
    return () => clearTimeout(id);
  }, [key]);
  useEffect(() => {
    const h1 = main.current?.querySelector('h1')?.textContent;
    document.title = h1 ? `${h1} · Threadline` : 'Threadline explorer';
  });
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          Threadline
        </Link>
        <nav aria-label="Main">
          <Link href="/" aria-current={route.page === 'search' ? 'page' : undefined}>
            Search
          </Link>
          <Link
            href={coverageHref(null)}
            aria-current={route.page === 'coverage' ? 'page' : undefined}
          >
            Coverage
          </Link>
          <a href="/graphql">GraphiQL</a>
        </nav>
        <span className="spacer" />
        <SyncProgress />
        <LiveIndicator />
        <Account />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}
