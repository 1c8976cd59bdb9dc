/**
 * The explorer's GraphQL client: typed operations (GraphQL Code Generator's client preset) over
 * HTTP to the public `/graphql`, and subscriptions over graphql-ws on the same path.
 */
import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { authorization, readCredential } from './credential';
import { toApiError } from './errors';
import type { ApiError } from './errors';

export interface Result<T> {
  data: T | null;
  errors: ApiError[];
}

interface RawResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

/** Runs one operation over HTTP with the stored credential. Never throws. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<Result<TResult>> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization(readCredential()) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (error) {
    return {
      data: null,
      errors: [{ code: 'NETWORK_ERROR', message: error instanceof Error ? error.message : '' }],
    };
  }
  let body: RawResponse<TResult>;
  try {
    body = (await res.json()) as RawResponse<TResult>;
  } catch {
    return {
      data: null,
      errors: [
        {
          code: res.status === 503 ? 'UPSTREAM_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR',
          message: `HTTP ${res.status}`,
        },
      ],
    };
  }
  return { data: body.data ?? null, errors: (body.errors ?? []).map(toApiError) };
}

let ws: { client: Client; credential: string | null } | null = null;
const statusListeners = new Set<(status: LiveStatus) => void>();
let status: LiveStatus = 'idle';

/** The WebSocket's state, for the header's live indicator. */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'offline';

function setStatus(next: LiveStatus): void {
  status = next;
  for (const l of statusListeners) l(next);
}

/** Calls `listener` with the live status now and on every change; returns the unsubscribe. */
export function onLiveStatus(listener: (status: LiveStatus) => void): () => void {
  statusListeners.add(listener);
  listener(status);
  return () => statusListeners.delete(listener);
}

/** The graphql-ws client of the current credential (a new one after signing in or out). */
function wsClient(): Client {
  const credential = readCredential();
  if (ws && ws.credential === credential) return ws.client;
  void ws?.client.dispose();
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const client = createClient({
    url,
    lazy: true,
    lazyCloseTimeout: 1000,
    connectionParams: authorization(credential),
    retryAttempts: 1_000_000,
    shouldRetry: () => true,
    on: {
      connecting: () => setStatus('connecting'),
      connected: () => setStatus('live'),
      closed: () => setStatus('offline'),
    },
  });
  ws = { client, credential };
  return client;
}

/** Forgets the WebSocket of an old credential. */
export function resetLive(): void {
  void ws?.client.dispose();
  ws = null;
  setStatus('idle');
}

/**
 * Subscribes to one operation; `onError` gets the errors of a refused subscription (their
 * codes), after which nothing more arrives. Returns the unsubscribe.
 */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
  onError: (errors: ApiError[]) => void = () => {},
): () => void {
  return wsClient().subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        if (value.errors && value.errors.length > 0) onError(value.errors.map(toApiError));
        else if (value.data) onData(value.data);
      },
      error: (error: unknown) => {
        const list = Array.isArray(error) ? (error as { message?: string }[]) : [];
        onError(
          list.length > 0
            ? list.map((e) => toApiError(e as Parameters<typeof toApiError>[0]))
            : [{ code: 'NETWORK_ERROR', message: 'The live connection closed' }],
        );
      },
      complete: () => {},
    },
  );
}
