/**
 * The credential the person signed in with: a JWT or an API key, kept in session storage (this
 * tab only, gone when it closes). GraphiQL (`/graphql`, opened in the same tab) reads it too.
 */
export const CREDENTIAL_KEY = 'threadline.credential';

/** The stored credential, without a `Bearer ` prefix; null when there is none. */
export function readCredential(): string | null {
  try {
    return sessionStorage.getItem(CREDENTIAL_KEY);
  } catch {
    return null;
  }
}

/** A pasted token or key, trimmed and without a `Bearer ` prefix. */
export function normaliseCredential(input: string): string {
  return input
    .trim()
    .replace(/^bearer\s+/i, '')
    .trim();
}

/** Stores (or, with null, forgets) the credential. */
export function writeCredential(value: string | null): void {
  if (value) sessionStorage.setItem(CREDENTIAL_KEY, value);
  else sessionStorage.removeItem(CREDENTIAL_KEY);
}

/** The `Authorization` header value for a credential. */
export function authorization(credential: string | null): Record<string, string> {
  return credential ? { authorization: `Bearer ${credential}` } : {};
}
