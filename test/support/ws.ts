/** A graphql-ws client that collects what a subscription delivers. */
import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  completed: boolean;
  stop(): void;
}

export function wsClient(httpUrl: string): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and collects `data[field]` of every event; resolves once the server acknowledged. */
export function collect<T>(
  client: Client,
  query: string,
  field: string,
  variables: Record<string, unknown> = {},
): Collected<T> {
  const out: Collected<T> = { items: [], errors: [], completed: false, stop: () => {} };
  out.stop = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) out.errors.push(...result.errors);
        const item = result.data?.[field];
        if (item !== undefined) out.items.push(item);
      },
      error: (error) => out.errors.push(error),
      complete: () => {
        out.completed = true;
      },
    },
  );
  return out;
}

/** Polls until `predicate` holds. @throws after `timeoutMs` with `what` in the message. */
export async function until(
  what: string,
  predicate: () => boolean,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
