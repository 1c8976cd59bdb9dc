import {
  primaryRateLimit,
  secondaryRateLimit,
  startFakeGitHub,
} from '../../test/support/fake-github.js';
import type { FakeGitHub } from '../../test/support/fake-github.js';
import { SourceAuthError } from '../sync/types.js';
import { GitHubRateLimitError, createGitHubClient, parseLink } from './client.js';
import type { GitHubClientOptions } from './client.js';

describe('the GitHub client against a local server speaking GitHub REST', () => {
  let gh: FakeGitHub;
  let waits: { ms: number; reason: string }[];
  let slept: number[];
  const client = (options: Partial<GitHubClientOptions> = {}) =>
    createGitHubClient({
      apiUrl: `${gh.url}/`,
      token: 't',
      source: 'github:test',
      sleep: (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
      onWait: (ms, reason) => waits.push({ ms, reason }),
      backoffMs: 10,
      ...options,
    });

  beforeAll(async () => {
    gh = await startFakeGitHub();
    const repo = gh.repo('acme/app');
    for (let n = 1; n <= 5; n++) {
      repo.issues.push({ number: n, title: `Issue ${n}`, updatedAt: `2026-01-0${n}T00:00:00Z` });
    }
  });
  afterAll(async () => {
    await gh.close();
  });
  beforeEach(() => {
    waits = [];
    slept = [];
    gh.pageSize = 100;
    gh.requests.length = 0;
  });

  it('sends the token, media type and API version GitHub asks for', async () => {
    await client().get('/repos/acme/app');
    expect(gh.requests[0]?.headers).toMatchObject({
      authorization: 'Bearer t',
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    });
  });

  it('follows Link next URLs as given until the last page', async () => {
    gh.pageSize = 2;
    const items = await client().all('/repos/acme/app/issues?state=all&direction=asc&per_page=100');
    expect(items.map((i) => (i as { number: number }).number)).toEqual([1, 2, 3, 4, 5]);
    expect(gh.requests.map((r) => new URL(r.url, gh.url).searchParams.get('page'))).toEqual([
      null,
      '2',
      '3',
    ]);
  });

  it('reads the relations of a Link header', () => {
    expect(parseLink('<https://x/r?page=2>; rel="next", <https://x/r?page=9>; rel="last"')).toEqual(
      { next: 'https://x/r?page=2', last: 'https://x/r?page=9' },
    );
    expect(parseLink(null)).toEqual({});
  });

  it('answers "not modified" to a conditional request whose ETag still matches, and counts it', async () => {
    const c = client();
    const first = await c.get('/repos/acme/app');
    expect(first.notModified).toBe(false);
    const etag = first.etag;
    expect(etag).toMatch(/^W\/"/);
    const again = await c.get('/repos/acme/app', { etag });
    expect(again).toEqual({ notModified: true, etag });
    expect(gh.requests[1]?.headers['if-none-match']).toBe(etag);
    expect(c.stats).toMatchObject({ requests: 2, notModified: 1 });
  });

  it('waits as long as retry-after says on a secondary rate limit, then succeeds', async () => {
    gh.script(secondaryRateLimit(7));
    const res = await client().get('/repos/acme/app');
    expect(res.notModified).toBe(false);
    expect(waits).toEqual([{ ms: 7000, reason: 'GitHub rate limit: retry-after 7s' }]);
    expect(slept).toEqual([7000]);
  });

  it('waits a minute, then two, on a secondary rate limit without retry-after', async () => {
    gh.script(secondaryRateLimit(undefined, 429), secondaryRateLimit());
    await client().get('/repos/acme/app');
    expect(slept).toEqual([60_000, 120_000]);
    expect(waits.every((w) => w.reason === 'GitHub secondary rate limit')).toBe(true);
  });

  it('waits until the reset when the primary limit is spent', async () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    gh.script(primaryRateLimit(now / 1000 + 90));
    await client({ now: () => now }).get('/repos/acme/app');
    expect(slept).toEqual([91_000]);
    expect(waits[0]?.reason).toBe('GitHub rate limit spent until 2026-03-01T10:01:30.000Z');
  });

  it('fails instead of waiting longer than allowed', async () => {
    gh.script(secondaryRateLimit(3600));
    await expect(client({ maxWaitMs: 60_000 }).get('/repos/acme/app')).rejects.toThrow(
      GitHubRateLimitError,
    );
    expect(slept).toEqual([]);
  });

  it('retries a 5xx with a doubling backoff', async () => {
    gh.script(
      { status: 502, body: { message: 'Server Error' } },
      { status: 503, body: { message: 'Unavailable' } },
    );
    const res = await client().get('/repos/acme/app');
    expect(res.notModified).toBe(false);
    expect(slept).toEqual([10, 20]);
    expect(waits.map((w) => w.reason)).toEqual(['GitHub answered 502', 'GitHub answered 503']);
  });

  it('retries a request that takes longer than its timeout', async () => {
    let calls = 0;
    const stalling: typeof fetch = (input, init) => {
      calls += 1;
      // Later attempts are sent without the timeout's signal, so however slow a busy machine
      // makes the real request, only the first attempt can time out.
      if (calls > 1) return fetch(input, { ...init, signal: null });
      // Never answers: only the timeout ends it.
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)),
      );
    };
    const res = await client({ fetch: stalling, timeoutMs: 50 }).get('/repos/acme/app');
    expect(res.notModified).toBe(false);
    expect(calls).toBe(2);
    expect(waits).toEqual([
      { ms: 10, reason: 'GitHub unreachable (The operation was aborted due to timeout)' },
    ]);
  });

  it('stops on a refused token and names GITHUB_TOKEN', async () => {
    const error = await client({ token: 'wrong' })
      .get('/repos/acme/app')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceAuthError);
    expect((error as Error).message).toBe(
      'github:test refused the credential (401): check GITHUB_TOKEN',
    );
  });

  it('treats a 403 that is no rate limit as a refused token', async () => {
    gh.script({
      status: 403,
      body: { message: 'Resource not accessible by personal access token' },
    });
    await expect(client().get('/repos/acme/app')).rejects.toThrow(/\(403\): check GITHUB_TOKEN/);
    expect(slept).toEqual([]);
  });

  it('reports other errors with GitHub’s message', async () => {
    await expect(client().get('/repos/acme/missing')).rejects.toThrow(
      /GitHub GET .*\/repos\/acme\/missing failed with 404: Not Found/,
    );
  });

  it('never sends the token to another host named in a Link header', async () => {
    await expect(client().get('https://elsewhere.example.com/repos/acme/app')).rejects.toThrow(
      /refusing to send the token/,
    );
    expect(gh.requests).toEqual([]);
  });

  it('gives up a wait when the signal aborts', async () => {
    const controller = new AbortController();
    gh.script(secondaryRateLimit(30));
    const c = createGitHubClient({
      apiUrl: gh.url,
      token: 't',
      source: 'github:test',
      signal: controller.signal,
      onWait: () => controller.abort(),
    });
    await expect(c.get('/repos/acme/app')).rejects.toThrow(/abort/i);
  });
});
