/**
 * Traffic rules of the HTTP server: per-identity rate limits on HTTP and WebSocket (one budget),
 * security headers, and CORS for configured origins only (docs/security.md).
 */
import type { Client } from 'graphql-ws';
import { startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { testToken } from '../../support/services.js';
import { wsClient } from '../../support/ws.js';

const ALLOWED = 'https://app.example.com';
const ping = '{ __typename }';

interface WsResult {
  data?: unknown;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs one operation over graphql-ws; resolves with its result or the errors it was refused with. */
function overWs(client: Client, query: string): Promise<WsResult> {
  return new Promise((resolve) => {
    let last: WsResult = {};
    client.subscribe(
      { query },
      {
        next: (result) => {
          last = result;
        },
        error: (error) => resolve({ errors: Array.isArray(error) ? error : [error] }),
        complete: () => resolve(last),
      },
    );
  });
}

let app: TestApp;
let origin: string;
beforeAll(async () => {
  app = await startTestApp({ env: { RATE_LIMIT_POINTS: '3', CORS_ORIGINS: ALLOWED } });
  origin = new URL(app.url).origin;
});
afterAll(async () => {
  await app.close();
});

const post = (token: string, headers: Record<string, string> = {}) =>
  fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query: ping }),
  });

describe('rate limits', () => {
  it('answers RATE_LIMITED with HTTP 429 and Retry-After once an identity spent its budget', async () => {
    const alice = await testToken({ sub: 'rate-alice' });
    for (let i = 0; i < 3; i += 1) expect((await post(alice)).status).toBe(200);
    const refused = await post(alice);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: retryAfter,
    });
    // Another identity has its own budget.
    expect((await post(await testToken({ sub: 'rate-bob' }))).status).toBe(200);
  });

  it('refuses a WebSocket operation over the budget with RATE_LIMITED, from the same budget as HTTP', async () => {
    const token = await testToken({ sub: 'rate-carol' });
    const client = wsClient(app.url, token);
    try {
      for (let i = 0; i < 3; i += 1) {
        expect(await overWs(client, ping)).toEqual({ data: { __typename: 'Query' } });
      }
      const refused = await overWs(client, 'subscription { artifactChanged { uid } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    } finally {
      await client.dispose();
    }
    expect((await post(token)).status).toBe(429);
  });
});

describe('security headers', () => {
  it('sends a deny-all CSP, nosniff, DENY framing and HSTS, and no X-Powered-By', async () => {
    for (const res of [
      await fetch(`${origin}/health/live`),
      await post(await testToken({ sub: 'headers' })),
    ]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('serves browsers the bundled GraphiQL under a policy that allows this origin only', async () => {
    const res = await fetch(app.url, { headers: { accept: 'text/html' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // No CDN, no inline or evaluated script: the page runs only files this server serves.
    expect(csp).not.toMatch(/https?:|'unsafe-inline'|'unsafe-eval'/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('CORS', () => {
  const preflight = (from: string) =>
    fetch(app.url, {
      method: 'OPTIONS',
      headers: {
        origin: from,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });

  it('allows an origin in CORS_ORIGINS, with the Authorization header', async () => {
    const res = await preflight(ALLOWED);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const call = await post(await testToken({ sub: 'cors' }), { origin: ALLOWED });
    expect(call.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('sends no CORS header to any other origin', async () => {
    const res = await preflight('https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const call = await post(await testToken({ sub: 'cors' }), { origin: 'https://evil.example' });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('refused credentials', () => {
  let guarded: TestApp;
  beforeAll(async () => {
    guarded = await startTestApp({ env: { RATE_LIMIT_AUTH_FAILURES: '3' } });
  });
  afterAll(async () => {
    await guarded.close();
  });

  it('refuses an address outright, even with a valid token, once it presented too many bad ones', async () => {
    const valid = await testToken({ sub: 'guesser' });
    expect((await guarded.gql(ping, {}, { token: valid })).errors).toBeUndefined();
    // No credential at all is not a guess: it never counts.
    for (let i = 0; i < 5; i += 1)
      expect((await guarded.gql(ping, {}, { token: null })).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    for (let i = 0; i < 3; i += 1) {
      const res = await guarded.gql(ping, {}, { token: `guess-${i}` });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const refused = await fetch(guarded.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${valid}` },
      body: JSON.stringify({ query: ping }),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    // The WebSocket door is shut too.
    const client = wsClient(guarded.url, valid);
    const result = await overWs(client, ping);
    expect(result.data).toBeUndefined();
    await client.dispose();
  });
});
