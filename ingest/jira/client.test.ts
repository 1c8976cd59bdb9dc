import { SourceAuthError } from '../sync/types.js';
import { createJiraClient, retryAfterMs } from './client.js';
import type { JiraClientOptions } from './client.js';

type Answer = Response | Error | ((url: string) => Response);

/** A `fetch` answering from a script, one answer per call, recording what it was asked. */
function scripted(...answers: Answer[]) {
  const calls: { url: URL; headers: Record<string, string> }[] = [];
  const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    calls.push({ url, headers: init?.headers as Record<string, string> });
    const next = answers.shift();
    if (!next) throw new Error('no scripted answer left');
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(typeof next === 'function' ? next(url.href) : next);
  };
  return { fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const page = (keys: string[], nextPageToken?: string) =>
  json(200, {
    issues: keys.map((key) => ({ key, fields: {} })),
    nextPageToken,
    isLast: !nextPageToken,
  });

function client(f: typeof globalThis.fetch, extra: Partial<JiraClientOptions> = {}) {
  const waits: { ms: number; reason: string }[] = [];
  const c = createJiraClient({
    baseUrl: 'https://lumen.atlassian.net',
    auth: { kind: 'basic', email: 'mia@example.com', token: 's3cret' },
    source: 'jira:lumen.atlassian.net',
    backoffMs: 5,
    onWait: (ms, reason) => waits.push({ ms, reason }),
    fetch: f,
    ...extra,
  });
  return { c, waits };
}
const signal = () => new AbortController().signal;

describe('the Jira client', () => {
  it('searches with JQL, page token, page size and the fields it maps, with Basic auth', async () => {
    const s = scripted(page(['SHOP-1'], 'tok-2'));
    const res = await client(s.fetch).c.search(
      { jql: 'project in ("SHOP")', maxResults: 50, nextPageToken: 'tok-1' },
      signal(),
    );
    expect(res).toEqual({
      issues: [{ key: 'SHOP-1', fields: {} }],
      nextPageToken: 'tok-2',
      isLast: false,
    });
    const { url, headers } = s.calls[0]!;
    expect(url.pathname).toBe('/rest/api/3/search/jql');
    expect(url.searchParams.get('jql')).toBe('project in ("SHOP")');
    expect(url.searchParams.get('nextPageToken')).toBe('tok-1');
    expect(url.searchParams.get('maxResults')).toBe('50');
    expect(url.searchParams.get('fields')).toBe(
      'summary,description,issuetype,status,parent,issuelinks,labels,updated,created,assignee,reporter,project',
    );
    expect(headers.authorization).toBe(
      `Basic ${Buffer.from('mia@example.com:s3cret').toString('base64')}`,
    );
  });

  it('sends a bearer token when configured with one', async () => {
    const s = scripted(page([]));
    await client(s.fetch, { auth: { kind: 'bearer', token: 'pat' } }).c.search(
      { jql: 'x', maxResults: 1 },
      signal(),
    );
    expect(s.calls[0]?.headers.authorization).toBe('Bearer pat');
    expect(s.calls[0]?.url.searchParams.has('nextPageToken')).toBe(false);
  });

  it('retries rate limits and server errors, waiting as told or backing off, and reports each wait', async () => {
    const s = scripted(
      json(429, { errorMessages: ['Rate limit exceeded.'] }, { 'retry-after': '0' }),
      new Response('<html>Service Unavailable</html>', { status: 503 }),
      new TypeError('fetch failed'),
      page(['SHOP-1']),
    );
    const { c, waits } = client(s.fetch);
    const res = await c.search({ jql: 'x', maxResults: 1 }, signal());
    expect(res.issues).toHaveLength(1);
    expect(s.calls).toHaveLength(4);
    expect(waits.map((w) => w.reason)).toEqual([
      'Jira search: rate limited',
      'Jira search: server error 503',
      'Jira search: fetch failed',
    ]);
    expect(waits[0]?.ms).toBe(0);
    // Exponential: 5 ms then 10 ms, plus at most a quarter of jitter.
    expect(waits[1]?.ms).toBeGreaterThanOrEqual(10);
    expect(waits[1]?.ms).toBeLessThanOrEqual(13);
    expect(waits[2]?.ms).toBeGreaterThanOrEqual(20);
  });

  it('gives up after the last attempt with the status and Jira message', async () => {
    const busy = () => json(503, { errorMessages: ['Jira is down for maintenance'] });
    const s = scripted(busy(), busy(), busy());
    await expect(
      client(s.fetch, { maxAttempts: 3 }).c.search({ jql: 'x', maxResults: 1 }, signal()),
    ).rejects.toThrow('Jira search failed after 3 attempts: 503 Jira is down for maintenance');
  });

  it('stops at once on a refused credential, naming the setting to check', async () => {
    const s = scripted(
      new Response('Client must be authenticated to access this resource.', { status: 401 }),
    );
    const error = await client(s.fetch)
      .c.search({ jql: 'x', maxResults: 1 }, signal())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceAuthError);
    expect((error as SourceAuthError).credential).toBe('JIRA_API_TOKEN');
    expect((error as Error).message).toMatch(
      /jira:lumen.atlassian.net refused the credential \(401\)/,
    );
    const bearer = scripted(json(403, { errorMessages: [] }));
    await expect(
      client(bearer.fetch, { auth: { kind: 'bearer', token: 'x' } }).c.search(
        { jql: 'x', maxResults: 1 },
        signal(),
      ),
    ).rejects.toMatchObject({ credential: 'JIRA_BEARER_TOKEN' });
    expect(s.calls).toHaveLength(1);
  });

  it("reports other refusals with Jira's error messages, without retrying", async () => {
    const s = scripted(
      json(400, {
        errorMessages: ["The value 'NOPE' does not exist for the field 'project'."],
        errors: { jql: 'bad' },
      }),
    );
    await expect(
      client(s.fetch).c.search({ jql: 'project = NOPE', maxResults: 1 }, signal()),
    ).rejects.toThrow(
      "Jira refused the search (400): The value 'NOPE' does not exist for the field 'project'.; jql: bad",
    );
    expect(s.calls).toHaveLength(1);
  });

  it('stops waiting as soon as the signal aborts', async () => {
    // A two-minute wait (Retry-After capped at maxWaitMs), aborted once it has begun: 30 s is far
    // above any delay a busy machine adds and far below the wait, so load cannot decide it.
    const s = scripted(json(429, {}, { 'retry-after': '3600' }));
    const controller = new AbortController();
    const { c, waits } = client(s.fetch, {
      onWait: (ms, reason) => {
        waits.push({ ms, reason });
        setTimeout(() => controller.abort(), 10);
      },
    });
    const started = Date.now();
    const error = await c
      .search({ jql: 'x', maxResults: 1 }, controller.signal)
      .catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(waits).toEqual([{ ms: 120_000, reason: 'Jira search: rate limited' }]);
    expect(s.calls).toHaveLength(1);
  });

  it('refuses an answer that is not a search page', async () => {
    const s = scripted(json(200, { values: [] }));
    await expect(client(s.fetch).c.search({ jql: 'x', maxResults: 1 }, signal())).rejects.toThrow(
      /issues array/,
    );
  });

  it("reads the user's time zone, ignoring one the runtime does not know", async () => {
    const s = scripted(
      json(200, { timeZone: 'America/New_York' }),
      json(200, { timeZone: 'Mars/Olympus' }),
    );
    const { c } = client(s.fetch);
    expect(await c.timeZone(signal())).toBe('America/New_York');
    expect(await c.timeZone(signal())).toBeNull();
    expect(s.calls[0]?.url.pathname).toBe('/rest/api/3/myself');
  });
});

describe('Retry-After', () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it('reads seconds, an HTTP date, or the X-RateLimit-Reset instant', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    expect(retryAfterMs(h({ 'retry-after': '7' }), now)).toBe(7000);
    expect(retryAfterMs(h({ 'retry-after': 'Fri, 20 Nov 2026 10:00:03 GMT' }), now)).toBe(3000);
    expect(retryAfterMs(h({ 'x-ratelimit-reset': '2026-11-20T10:00:02Z' }), now)).toBe(2000);
    expect(retryAfterMs(h({}), now)).toBeNull();
  });
});
