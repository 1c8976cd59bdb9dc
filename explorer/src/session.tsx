/**
 * Who the explorer is signed in as: the `viewer` of the stored credential (or of none, where
 * anonymous access is on). Every page reads it to say what the caller's scope hides.
 */
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';
import { request, resetLive } from './api/client';
import { normaliseCredential, readCredential, writeCredential } from './api/credential';
import type { ApiError } from './api/errors';

const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      subject
      role
      levels
      canWrite
    }
  }
`);

export type Viewer = ViewerQuery['viewer'];

export const ALL_LEVELS = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] as const;

export type Session =
  | { status: 'checking' }
  | { status: 'signed-in'; viewer: Viewer; credential: string | null }
  | { status: 'signed-out'; error: ApiError | null };

interface SessionApi {
  session: Session;
  /** Checks and stores a credential; answers the error when the API refuses it. */
  signIn: (credential: string) => Promise<ApiError | null>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

async function check(): Promise<Exclude<Session, { status: 'checking' }>> {
  const { data, errors } = await request(ViewerDocument, {});
  if (data) return { status: 'signed-in', viewer: data.viewer, credential: readCredential() };
  return { status: 'signed-out', error: errors[0] ?? null };
}

/** Provides the session to the pages. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'checking' });
  useEffect(() => {
    void check().then(setSession);
  }, []);
  const signIn = useCallback(async (input: string) => {
    const previous = readCredential();
    writeCredential(normaliseCredential(input) || null);
    const next = await check();
    if (next.status === 'signed-in') {
      resetLive();
      setSession(next);
      return null;
    }
    writeCredential(previous);
    return next.error ?? { code: 'UNAUTHENTICATED' as const, message: 'Refused' };
  }, []);
  const signOut = useCallback(async () => {
    writeCredential(null);
    resetLive();
    setSession({ status: 'checking' });
    setSession(await check());
  }, []);
  return (
    <SessionContext.Provider value={{ session, signIn, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

/** The session and the sign-in actions. */
export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}

/** The levels the signed-in caller does not read (empty when it reads all, or is signed out). */
export function hiddenLevels(session: Session): string[] {
  if (session.status !== 'signed-in') return [];
  return ALL_LEVELS.filter((l) => !session.viewer.levels.includes(l));
}
