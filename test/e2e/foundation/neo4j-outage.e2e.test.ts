/**
 * Neo4j going away under a running API: requests fail within a bounded time with
 * UPSTREAM_UNAVAILABLE and Retry-After (never the driver's minute-long defaults), readiness names
 * Neo4j, and the API answers again once Neo4j is back. The outage is a TCP proxy on 127.0.0.1
 * between the API and the shared test Neo4j, closed and reopened by the test.
 */
import { startTestApp } from '../../support/app.js';
import { boltProxy, viaProxy } from '../../support/bolt-proxy.js';
import type { TestApp } from '../../support/app.js';
import { testNeo4jUri, testToken } from '../../support/services.js';

let app: TestApp;
let proxy: Awaited<ReturnType<typeof boltProxy>>;
beforeAll(async () => {
  proxy = await boltProxy(new URL(testNeo4jUri().replace(/^bolt/, 'http')));
  app = await startTestApp({
    env: viaProxy(proxy),
  });
});
afterAll(async () => {
  await app.close();
  await proxy.cut();
});

const post = async (query: string) =>
  fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken()}` },
    body: JSON.stringify({ query }),
  });

it('fails fast with UPSTREAM_UNAVAILABLE while Neo4j is gone, and answers again when it is back', async () => {
  const generated = '{ epics(limit: 1) { uid } }';
  const custom = '{ trace(uid: "outage:none") { root { uid } } }';
  expect((await post(generated)).status).toBe(200);

  await proxy.cut();
  for (const query of [generated, custom]) {
    const started = Date.now();
    const res = await post(query);
    const elapsed = Date.now() - started;
    const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      service: 'neo4j',
    });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The driver would wait 30-60 s by default; here connect and retries are bounded at 2 s each.
    // Generous for a loaded machine, far below the defaults.
    expect(elapsed).toBeLessThan(20_000);
  }
  const ready = await fetch(app.url.replace('/graphql', '/health/ready'));
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as { status: string }).status).toContain('neo4j');
  // The server logged it, with the id the client was given.
  expect(app.logs.some((l) => l.msg === 'GraphQL request failed' && l.requestId)).toBe(true);

  await proxy.restore();
  let status = 0;
  for (let i = 0; i < 60 && status !== 200; i += 1) {
    const res = await post(generated);
    status = res.status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 500));
  }
  expect(status).toBe(200);
});
