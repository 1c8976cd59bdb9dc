/**
 * How the server fails: a runaway query is stopped by the Neo4j transaction deadline
 * (`QUERY_TIMEOUT_MS`), and an internal error reaches a production client masked, over HTTP and
 * WebSocket alike (docs/security.md).
 */
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { ERROR_CODES } from '../../../core/errors.js';
import { PROJECT_ROOT } from '../../../core/config.js';
import { startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { testToken } from '../../support/services.js';
import { wsClient } from '../../support/ws.js';

const p = `runaway-${randomUUID().slice(0, 8)}`;
const closedSet: readonly string[] = ERROR_CODES;

/** Runs one operation over graphql-ws and resolves with its last result or its errors. */
function overWs(client: Client, query: string): Promise<{ data?: unknown; errors?: unknown }> {
  return new Promise((resolve) => {
    let last = {};
    client.subscribe(
      { query },
      {
        next: (result) => {
          last = result;
        },
        error: (error) => resolve({ errors: error }),
        complete: () => resolve(last),
      },
    );
  });
}

describe('a runaway query', () => {
  let app: TestApp;
  const SIDE = 40;
  beforeAll(async () => {
    // Development: the masked error keeps `originalMessage`, which names the deadline.
    app = await startTestApp({ env: { QUERY_TIMEOUT_MS: '1000', NODE_ENV: 'development' } });
    // A complete bipartite graph: every story is PART_OF every epic (40 x 40 = 1,600 edges).
    await app.driver.executeQuery(
      `UNWIND range(1, $side) AS i
       CREATE (:Epic:Artifact {uid: $p + ':epic:' + i, kind: 'EPIC', title: 'Epic ' + i, accessLevel: 'PUBLIC'}),
              (:UserStory:Artifact {uid: $p + ':story:' + i, kind: 'USER_STORY', title: 'Story ' + i, accessLevel: 'PUBLIC'})`,
      { side: SIDE, p },
    );
    await app.driver.executeQuery(
      `MATCH (e:Epic) WHERE e.uid STARTS WITH $p
       MATCH (s:UserStory) WHERE s.uid STARTS WITH $p
       CREATE (s)-[:PART_OF {evidence: 'test', confidence: 1.0}]->(e)`,
      { p },
    );
  });
  afterAll(async () => {
    await app.driver.executeQuery('MATCH (a:Artifact) WHERE a.uid STARTS WITH $p DETACH DELETE a', {
      p,
    });
    await app.close();
  });

  it('is stopped by the transaction deadline with QUERY_TIMEOUT, long before a minute', async () => {
    // Five nested hops over the complete graph: 40^5 (about 10^8) subqueries, each counting 40
    // more. Depth 8, well within GRAPHQL_MAX_DEPTH and the cost limit: only the deadline stops it.
    const query = `{ epics(where: { uid: { eq: "${p}:epic:1" } }) {
      uid stories { uid epics { uid stories { uid epics { uid stories { uid epicsConnection { totalCount } } } } } }
    } }`;
    const started = Date.now();
    const res = await app.gql(query);
    const elapsed = Date.now() - started;
    expect(res.data ?? null).toBeNull();
    const error = res.errors?.[0];
    expect(closedSet).toContain(error?.extensions?.code);
    expect(error?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(error?.message).toMatch(/deadline/);
    expect(JSON.stringify(res.errors)).not.toMatch(/Neo\.|MATCH|CALL/);
    // The server logs it with the id the client was given.
    const requestId = (error?.extensions as Record<string, unknown>).requestId;
    expect(typeof requestId).toBe('string');
    expect(app.logs.some((l) => l.requestId === requestId)).toBe(true);
    // Generous: the deadline is 1 s; a loaded two-core machine adds planning and queueing.
    expect(elapsed).toBeLessThan(30_000);
  });
});

describe('errors in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await app.close();
  });

  // Neo4j refuses a negative SKIP; its message names the Cypher clause.
  const broken = '{ epics(offset: -1) { uid } }';

  /**
   * Nothing of the server's insides (no stack, no Cypher or Neo4j text, no file path), but a
   * request id under which the server logged the real error.
   */
  const expectMasked = (errors: unknown) => {
    const list = errors as { message: string; extensions?: Record<string, unknown> }[];
    expect(list[0]?.message).toBe('Internal server error');
    expect(list[0]?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: expect.any(String) as unknown,
    });
    const logged = app.logs.find((l) => l.requestId === list[0]?.extensions?.requestId);
    expect(JSON.stringify(logged)).toContain('SKIP');
    const text = JSON.stringify(errors);
    for (const leak of [
      'SKIP',
      'Neo',
      'stacktrace',
      'originalMessage',
      PROJECT_ROOT,
      'node_modules',
    ]) {
      expect(text).not.toContain(leak);
    }
  };

  it('masks an internal error on HTTP, under the request id of the response', async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await testToken()}`,
      },
      body: JSON.stringify({ query: broken }),
    });
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expectMasked(body.errors);
    expect(body.errors[0]?.extensions.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('masks an internal error on WebSocket', async () => {
    const client = wsClient(app.url);
    try {
      const res = await overWs(client, broken);
      expect(res.errors).toBeDefined();
      expectMasked(res.errors);
    } finally {
      await client.dispose();
    }
  });

  it('serves no GraphiQL while introspection is off (production)', async () => {
    const res = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
  });
});
