/**
 * A small GitHub REST client over `fetch` (github.com or GitHub Enterprise Server): bearer token
 * and API-version headers, `Link`-header paging (the `next` URL followed as given), conditional
 * requests (`If-None-Match`; a 304 is "unchanged" and costs no rate limit), and the waits GitHub
 * asks for: until `x-ratelimit-reset` when the primary limit is spent, `retry-after` (else a
 * minute, doubling) on a secondary limit, a doubling backoff on 5xx and network errors. Every wait
 * is reported before it starts and bounded by `maxWaitMs`; the signal cancels requests and waits.
 * The rate-limit rules are a retry policy of `core/resilience.ts` on top of the one for 5xx and
 * network errors, which carries the per-request timeout.
 */
import {
  NetworkError,
  TimeoutError,
  parseRetryAfter,
  retryPolicy,
  sleep as timerSleep,
  timeoutPolicy,
  wrap,
} from '../../core/resilience.js';
import type { Sleep } from '../../core/resilience.js';
import { SourceAuthError } from '../sync/types.js';

/** The REST API version this client speaks. */
export const GITHUB_API_VERSION = '2022-11-28';

export interface GitHubClientOptions {
  /** REST root: `https://api.github.com` or `https://ghe.example.com/api/v3`. */
  apiUrl: string;
  token: string;
  /** Names the source in errors (`github:api.github.com`). */
  source: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Sleeps `ms`, rejecting when the signal aborts (tests pass a fast one). @default a timer */
  sleep?: Sleep;
  /** Milliseconds since the epoch (for `x-ratelimit-reset`). @default Date.now */
  now?: () => number;
  /** Longest single wait; a rate limit that needs longer fails the request instead. @default 900000 */
  maxWaitMs?: number;
  /** Longest a request may take before it counts as a network error. @default 30000 */
  timeoutMs?: number;
  /** Retries of a 5xx answer or a network error (timeouts included). @default 3 */
  retries?: number;
  /** First backoff of those retries, doubled each time. @default 1000 */
  backoffMs?: number;
  /** Rate-limit waits for one request before it fails. @default 5 */
  rateLimitRetries?: number;
  /** Told about every wait before it starts (the sync job's `ctx.waited`). */
  onWait?: (ms: number, reason: string) => void;
  /** Cancels the request in flight and any wait. */
  signal?: AbortSignal;
}

/** A 2xx answer (`data` is the parsed JSON) or a 304 to a conditional request. */
export type GitHubResult =
  | { notModified: false; data: unknown; etag: string | null; next: string | null }
  | { notModified: true; etag: string | null };

export interface GitHubClient {
  /**
   * GETs an API path (`/repos/o/r/issues?…`) or a URL GitHub gave (a `Link` `next`). With `etag`,
   * sends `If-None-Match` and may return `{ notModified: true }`.
   * @throws {SourceAuthError} on 401, and on a 403 that is not a rate limit (names GITHUB_TOKEN)
   * @throws {GitHubRateLimitError} when a rate limit needs a wait longer than `maxWaitMs`
   * @throws {GitHubRequestError} on any other non-2xx answer, after retries for 5xx
   */
  get(pathOrUrl: string, options?: { etag?: string | null | undefined }): Promise<GitHubResult>;
  /** Every page of a list endpoint, concatenated. @throws as {@link GitHubClient.get} */
  all(path: string): Promise<unknown[]>;
  /** Counters since the client was made. */
  readonly stats: { requests: number; notModified: number; waits: number; waitedMs: number };
}

/** A non-2xx answer that is neither an auth problem nor a rate limit. */
export class GitHubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    detail: string,
  ) {
    super(`GitHub GET ${url} failed with ${status}: ${detail}`);
    this.name = 'GitHubRequestError';
  }
}

/** A rate limit that would need a longer wait than allowed (or kept coming back). */
export class GitHubRateLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitHubRateLimitError';
  }
}

/** The URLs of a `Link` header by relation: `{ next, last, … }`. */
export function parseLink(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (header ?? '').matchAll(/<([^>]*)>\s*;\s*rel="([^"]*)"/g)) {
    for (const rel of (m[2] ?? '').split(/\s+/)) if (rel && m[1]) out[rel] = m[1];
  }
  return out;
}

interface Wait {
  ms: number;
  reason: string;
}

/**
 * The wait a 403/429 asks for, or null when it is not a rate limit. `retry-after` wins; then a
 * spent primary limit (remaining 0) waits until its reset; then a secondary limit (named in the
 * message, or any 429) waits a minute, doubling with each attempt, as GitHub's docs advise.
 */
export function rateLimitWait(
  status: number,
  headers: Headers,
  message: string,
  attempt: number,
  now: number,
): Wait | null {
  if (status !== 403 && status !== 429) return null;
  const after = parseRetryAfter(headers, now);
  if (after !== null) {
    return { ms: after, reason: `GitHub rate limit: retry-after ${after / 1000}s` };
  }
  const reset = Number(headers.get('x-ratelimit-reset') ?? Number.NaN);
  if (headers.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset)) {
    return {
      // One second past the reset: GitHub's clock and ours are not the same clock.
      ms: Math.max(0, reset * 1000 - now) + 1000,
      reason: `GitHub rate limit spent until ${new Date(reset * 1000).toISOString()}`,
    };
  }
  if (/secondary rate limit|abuse detection/i.test(message) || status === 429) {
    return { ms: 60_000 * 2 ** attempt, reason: 'GitHub secondary rate limit' };
  }
  return null;
}

/** A rate limit to wait out before the request is sent again. */
class RateLimitedError extends Error {
  constructor(readonly wait: Wait) {
    super(wait.reason);
  }
}

async function errorMessage(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // Not JSON (a proxy's HTML page): the status text says enough.
  }
  return res.statusText || text.slice(0, 200);
}

/** Creates a client; nothing is sent until the first call. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const origin = new URL(apiUrl).origin;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? timerSleep;
  const now = options.now ?? Date.now;
  const maxWaitMs = options.maxWaitMs ?? 900_000;
  const rateLimitRetries = options.rateLimitRetries ?? 5;
  const { signal } = options;
  const stats = { requests: 0, notModified: 0, waits: 0, waitedMs: 0 };

  function pause(ms: number, reason: string): void {
    stats.waits += 1;
    stats.waitedMs += ms;
    options.onWait?.(ms, reason);
  }

  const policy = wrap(
    // Outermost, GitHub's own rules: each rate limit waits as long as it asks (RateLimitedError
    // is only thrown for a wait that is allowed), so this policy never backs off by itself.
    retryPolicy({
      retries: rateLimitRetries,
      retryable: (e) => e instanceof RateLimitedError,
      baseMs: 0,
      retryAfter: (e) => (e instanceof RateLimitedError ? e.wait.ms : null),
      onWait: (ms, e) => pause(ms, (e as RateLimitedError).wait.reason),
      sleep,
    }),
    retryPolicy({
      retries: options.retries ?? 3,
      retryable: (e) =>
        e instanceof NetworkError ||
        e instanceof TimeoutError ||
        (e instanceof GitHubRequestError && e.status >= 500),
      baseMs: options.backoffMs ?? 1000,
      onWait: (ms, e) =>
        pause(
          ms,
          e instanceof GitHubRequestError
            ? `GitHub answered ${e.status}`
            : `GitHub unreachable (${(e as Error).message})`,
        ),
      sleep,
    }),
    timeoutPolicy(options.timeoutMs ?? 30_000),
  );

  function resolve(pathOrUrl: string): string {
    if (!/^https?:\/\//.test(pathOrUrl)) return `${apiUrl}${pathOrUrl}`;
    // The token goes only to the configured host, whatever a Link header says.
    if (new URL(pathOrUrl).origin !== origin) {
      throw new GitHubRequestError(0, pathOrUrl, `not on ${origin}; refusing to send the token`);
    }
    return pathOrUrl;
  }

  async function get(
    pathOrUrl: string,
    { etag }: { etag?: string | null | undefined } = {},
  ): Promise<GitHubResult> {
    const url = resolve(pathOrUrl);
    const headers: Record<string, string> = {
      authorization: `Bearer ${options.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': GITHUB_API_VERSION,
      'user-agent': 'threadline',
    };
    if (etag) headers['if-none-match'] = etag;
    let limited = 0;

    /** One attempt: the result, or the error its answer stands for. */
    async function once(attemptSignal: AbortSignal): Promise<GitHubResult> {
      stats.requests += 1;
      let res: Response;
      try {
        res = await fetchFn(url, { headers, signal: attemptSignal });
      } catch (error) {
        throw new NetworkError(error);
      }
      if (res.status === 304) {
        stats.notModified += 1;
        await res.body?.cancel();
        return { notModified: true, etag: res.headers.get('etag') ?? etag ?? null };
      }
      if (res.ok) {
        return {
          notModified: false,
          data: await res.json(),
          etag: res.headers.get('etag'),
          next: parseLink(res.headers.get('link')).next ?? null,
        };
      }
      const message = await errorMessage(res);
      const wait = rateLimitWait(res.status, res.headers, message, limited, now());
      if (wait) {
        if (wait.ms > maxWaitMs || limited >= rateLimitRetries) {
          throw new GitHubRateLimitError(
            `${wait.reason}: needs a wait of ${Math.ceil(wait.ms / 1000)}s after ${limited} waits ` +
              `(at most ${Math.round(maxWaitMs / 1000)}s and ${rateLimitRetries} waits allowed); ` +
              'the next run resumes from the checkpoint',
          );
        }
        limited += 1;
        throw new RateLimitedError(wait);
      }
      if (res.status === 401 || res.status === 403) {
        throw new SourceAuthError(options.source, 'GITHUB_TOKEN', res.status);
      }
      throw new GitHubRequestError(res.status, url, message);
    }

    try {
      return await policy.execute(once, signal);
    } catch (error) {
      // Out of retries without an answer: the error `fetch` gave.
      throw error instanceof NetworkError ? error.cause : error;
    }
  }

  return {
    get,
    async all(path) {
      const out: unknown[] = [];
      let next: string | null = path;
      while (next) {
        const res = await get(next);
        if (res.notModified) break;
        if (!Array.isArray(res.data)) {
          throw new GitHubRequestError(200, next, 'expected a JSON array');
        }
        out.push(...(res.data as unknown[]));
        next = res.next;
      }
      return out;
    },
    stats,
  };
}
