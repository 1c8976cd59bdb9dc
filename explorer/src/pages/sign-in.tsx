/** `/sign-in`: paste a token or API key (kept in this tab's session storage), or sign out. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiError } from '../api/errors';
import { describeError } from '../api/errors';
import { navigate } from '../router';
import { useSession } from '../session';

export function SignInPage({ next }: { next: string }) {
  const { session, signIn, signOut } = useSession();
  const [value, setValue] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const refused = await signIn(value);
    setBusy(false);
    setError(refused);
    if (!refused) navigate(next);
  };
  const anonymous = session.status === 'signed-in' && session.credential === null;
  return (
    <>
      <h1 tabIndex={-1}>Sign in</h1>
      {session.status === 'signed-in' && session.credential ? (
        <p>
          You are signed in as <strong>{session.viewer.subject}</strong>.{' '}
          <button type="button" className="secondary" onClick={() => void signOut()}>
            Sign out
          </button>
        </p>
      ) : anonymous ? (
        <p>
          Anonymous access is on: without signing in you read {session.viewer.levels.join(', ')}{' '}
          only.
        </p>
      ) : null}
      <form className="sign-in" onSubmit={(e) => void submit(e)}>
        <label htmlFor="credential">Token or API key</label>
        <input
          id="credential"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-describedby="credential-help"
          required
        />
        <p id="credential-help" className="help">
          A bearer token from your identity provider, an API key (<code>tl_…</code>, from{' '}
          <code>threadline keys create</code>) or, in development, the local admin token{' '}
          <code>npm start</code> printed. It stays in this browser tab until you close it.
        </p>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      {error ? (
        <section className="state state-error" role="alert" data-code={error.code}>
          <h2>{describeError(error).title}</h2>
          <p>
            {error.code === 'UNAUTHENTICATED'
              ? 'The API refused that token or key: it may be mistyped, expired or revoked.'
              : describeError(error).detail}
          </p>
          <p className="code">
            <code>{error.code}</code>
          </p>
        </section>
      ) : null}
    </>
  );
}
