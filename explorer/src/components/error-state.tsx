/** How a failed request reads on a page: the error's code, what it means, and what to do. */
import type { ApiError } from '../api/errors';
import { describeError } from '../api/errors';
import { useSession } from '../session';
import { Link } from '../router';

export function ErrorState(props: { errors: ApiError[]; what?: string; onRetry?: () => void }) {
  const { session } = useSession();
  const error = props.errors[0];
  if (!error) return null;
  const levels = session.status === 'signed-in' ? session.viewer.levels : [];
  const text = describeError(error, { ...(props.what ? { what: props.what } : {}), levels });
  const retry =
    error.code === 'UPSTREAM_UNAVAILABLE' ||
    error.code === 'NETWORK_ERROR' ||
    error.code === 'QUERY_TIMEOUT' ||
    error.code === 'RATE_LIMITED' ||
    error.code === 'INTERNAL_SERVER_ERROR';
  return (
    <section className="state state-error" role="alert" data-code={error.code}>
      <h2>{text.title}</h2>
      <p>{text.detail}</p>
      <p className="code">
        <code>{error.code}</code>
      </p>
      {error.code === 'UNAUTHENTICATED' ? (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}>
            Sign in
          </Link>
        </p>
      ) : null}
      {retry && props.onRetry ? (
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>
      ) : null}
    </section>
  );
}

/** A quiet placeholder while a query runs. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="state state-loading" role="status">
      Loading {what}…
    </p>
  );
}
