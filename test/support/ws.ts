/** A graphql-ws client that collects what a subscription delivers. */
import { createClient } from 'graphql-ws';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { testToken } from './services.js';

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  completed: boolean;
  stop(): void;
}

/**
 * A client of the test server at `httpUrl`, authenticated in `connection_init` as an admin
 * reading `ACCESS_DEFAULT_LEVELS` unless `token` says otherwise (`null`: no credentials).
 */
export function wsClient(httpUrl: string, token?: string | null): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: async () => {
      const t = token === undefined ? await testToken() : token;
      return t ? { authorization: `Bearer ${t}` } : {};
    },
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

/**
 * Polls until `predicate` holds (it may be async: a metric read over HTTP). The bound is generous:
 * on a loaded machine an event can take seconds, and a passing test never waits for it.
 * @throws after `timeoutMs` with `what` in the message.
 */
export async function until(
  what: string,
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Resolves once subscription `c` is live, then empties `c.items`. A subscription has no
 * acknowledgement, so this sends probes (`send(n)` sends the n-th and returns a test for the item
 * it causes) until one comes through, then waits for the last probe sent, since earlier ones may
 * still be on their way. From then on `c.items` holds exactly what the subscription delivers.
 * @throws after `timeoutMs` with `what` and the subscription's errors in the message.
 */
export async function untilLive<T>(
  what: string,
  c: Collected<T>,
  send: (n: number) => Promise<(item: T) => boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const sent: ((item: T) => boolean)[] = [];
  const arrived = () => sent.some((test) => c.items.some(test));
  while (!arrived()) {
    if (Date.now() > deadline || c.errors.length > 0)
      throw new Error(`${what} never became live: ${JSON.stringify(c.errors)}`);
    sent.push(await send(sent.length + 1));
    // A while for this probe before the next; how many are sent does not matter.
    const next = Date.now() + 250;
    while (!arrived() && Date.now() < next) await new Promise((r) => setTimeout(r, 25));
  }
  const last = sent[sent.length - 1] ?? (() => true);
  await until(`the last probe of ${what}`, () => c.items.some(last), timeoutMs);
  c.items.length = 0;
}
