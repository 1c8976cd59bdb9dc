/**
 * A small Jira Cloud REST v3 client on plain `fetch`: the enhanced JQL search
 * (`GET /rest/api/3/search/jql`, paged by `nextPageToken`) and `GET /rest/api/3/myself` (the
 * time zone Jira reads JQL dates in). Rate limits (`429`) and server errors (`5xx`) are retried
 * with exponential backoff that honours `Retry-After`, a bounded number of times, each wait
 * reported; connection errors and timeouts are retried the same way. `401`/`403` throw
 * {@link SourceAuthError} naming the credential to check; other `4xx` throw with Jira's
 * `errorMessages`. Every request and every wait stops when the caller's signal aborts. The retries
 * and the per-request timeout are the policies of `core/resilience.ts`.
 */
import {
  NetworkError,
  TimeoutError,
  parseRetryAfter,
  retryPolicy,
  timeoutPolicy,
  wrap,
} from '../../core/resilience.js';
import { SourceAuthError } from '../sync/types.js';

/** Credentials as `config.sources.jira.auth` holds them. */
export type JiraAuth =
  { kind: 'basic'; email: string; token: string } | { kind: 'bearer'; token: string };

/** An issue as Jira sends it. Wire data: every field may be missing or of another shape. */
export interface JiraIssue {
  id?: string;
  key?: string;
  self?: string;
  fields?: JiraFields;
}

export interface JiraIssueRef {
  id?: string;
  key?: string;
  fields?: { summary?: string; issuetype?: JiraIssueType; status?: { name?: string } };
}

export interface JiraIssueType {
  name?: string;
  subtask?: boolean;
  hierarchyLevel?: number;
}

export interface JiraIssueLink {
  id?: string;
  type?: { name?: string; inward?: string; outward?: string };
  inwardIssue?: JiraIssueRef;
  outwardIssue?: JiraIssueRef;
}

export interface JiraFields {
  summary?: string;
  /** ADF document (REST v3), a string (webhooks, REST v2) or `null`. */
  description?: unknown;
  issuetype?: JiraIssueType;
  status?: { name?: string };
  parent?: JiraIssueRef;
  issuelinks?: JiraIssueLink[];
  labels?: string[];
  updated?: string;
  created?: string;
  project?: { key?: string };
  assignee?: JiraUser | null;
  reporter?: JiraUser | null;
}

/** A user as Jira names one (`emailAddress` only when the user's privacy settings show it). */
export interface JiraUser {
  accountId?: string;
  displayName?: string;
  emailAddress?: string;
}

/** One page of `GET /rest/api/3/search/jql`. */
export interface JiraSearchPage {
  issues: JiraIssue[];
  /** Absent on the last page (`isLast` is not always sent). */
  nextPageToken?: string;
  isLast?: boolean;
}

/** The fields every search asks for (without `fields`, Jira returns ids only). */
export const SEARCH_FIELDS = [
  'summary',
  'description',
  'issuetype',
  'status',
  'parent',
  'issuelinks',
  'labels',
  'updated',
  'created',
  'assignee',
  'reporter',
  'project',
] as const;

export interface JiraClientOptions {
  /** `https://your-site.atlassian.net`, without a trailing slash. */
  baseUrl: string;
  auth: JiraAuth;
  /** Names the source in errors (`jira:your-site.atlassian.net`). */
  source: string;
  /** Called before each wait (rate limit, server error, connection error). */
  onWait?: (ms: number, reason: string) => void;
  /** Attempts per request, the first included. @default 5 */
  maxAttempts?: number;
  /** First backoff when Jira gives no `Retry-After`; doubles each attempt. @default 1000 */
  backoffMs?: number;
  /** The longest single wait, `Retry-After` included. @default 120000 */
  maxWaitMs?: number;
  /** Per-request timeout. @default 30000 */
  timeoutMs?: number;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

export interface JiraClient {
  /**
   * One page of a JQL search with {@link SEARCH_FIELDS}.
   * @throws {SourceAuthError} on 401/403; `Error` on other 4xx, on retries exhausted, on a
   * response that is not a search page; the signal's reason when aborted.
   */
  search(
    params: { jql: string; maxResults: number; nextPageToken?: string | null },
    signal: AbortSignal,
  ): Promise<JiraSearchPage>;
  /** The API user's time zone (IANA, e.g. `Europe/Berlin`), or `null` when Jira hides it. */
  timeZone(signal: AbortSignal): Promise<string | null>;
}

/** `Retry-After` in seconds or as an HTTP date; `X-RateLimit-Reset` (ISO) as a fallback. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const after = parseRetryAfter(headers, now);
  if (after !== null) return after;
  const reset = headers.get('x-ratelimit-reset');
  const at = reset ? Date.parse(reset) : NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** A 429 or 5xx answer: worth another attempt. */
class JiraBusyError extends Error {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly text: string,
  ) {
    super(status === 429 ? 'rate limited' : `server error ${status}`);
  }
}

/** Jira's error body `{ errorMessages: [], errors: { field: msg } }` as one line, else the text. */
function describeError(text: string): string {
  try {
    const body = JSON.parse(text) as { errorMessages?: unknown; errors?: unknown };
    const messages = Array.isArray(body.errorMessages) ? body.errorMessages.map(String) : [];
    const errors =
      body.errors && typeof body.errors === 'object'
        ? Object.entries(body.errors).map(([k, v]) => `${k}: ${String(v)}`)
        : [];
    const all = [...messages, ...errors];
    if (all.length > 0) return all.join('; ');
  } catch {
    // Not JSON: Jira's proxies answer some errors in plain text or HTML.
  }
  return text.trim().slice(0, 300) || '(no body)';
}

/** Creates the client. Opens nothing until a method is called. */
export function createJiraClient(options: JiraClientOptions): JiraClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoffMs = options.backoffMs ?? 1000;
  const maxWaitMs = options.maxWaitMs ?? 120_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const { auth, source } = options;
  const authorization =
    auth.kind === 'basic'
      ? `Basic ${Buffer.from(`${auth.email}:${auth.token}`).toString('base64')}`
      : `Bearer ${auth.token}`;
  const credential = auth.kind === 'basic' ? 'JIRA_API_TOKEN' : 'JIRA_BEARER_TOKEN';

  /** One attempt: the parsed body of a 2xx answer, else the error it stands for. */
  async function once(url: string, what: string, signal: AbortSignal): Promise<unknown> {
    let res: Response;
    try {
      res = await doFetch(url, { headers: { authorization, accept: 'application/json' }, signal });
    } catch (error) {
      throw new NetworkError(error);
    }
    if (res.ok) return res.json();
    const text = await res.text().catch(() => '');
    if (res.status === 401 || res.status === 403) {
      throw new SourceAuthError(source, credential, res.status);
    }
    if (res.status === 429 || res.status >= 500)
      throw new JiraBusyError(res.status, res.headers, text);
    throw new Error(`Jira refused the ${what} (${res.status}): ${describeError(text)}`);
  }

  async function get(path: string, what: string, signal: AbortSignal): Promise<unknown> {
    const url = `${options.baseUrl}${path}`;
    const policy = wrap(
      retryPolicy({
        retries: maxAttempts - 1,
        retryable: (e) =>
          e instanceof JiraBusyError || e instanceof NetworkError || e instanceof TimeoutError,
        baseMs: backoffMs,
        maxMs: maxWaitMs,
        // Jitter spreads retries of parallel clients; Retry-After is honoured as given.
        jitter: 0.25,
        retryAfter: (e) => (e instanceof JiraBusyError ? retryAfterMs(e.headers) : null),
        onWait: (ms, e) => options.onWait?.(ms, `Jira ${what}: ${(e as Error).message}`),
      }),
      timeoutPolicy(timeoutMs),
    );
    try {
      return await policy.execute((s) => once(url, what, s), signal);
    } catch (error) {
      const failed = `Jira ${what} failed after ${Math.max(1, maxAttempts)} attempts`;
      if (error instanceof JiraBusyError) {
        throw new Error(`${failed}: ${error.status} ${describeError(error.text)}`, {
          cause: error,
        });
      }
      if (error instanceof NetworkError || error instanceof TimeoutError) {
        throw new Error(`${failed}: ${error.message}`, { cause: error });
      }
      throw error;
    }
  }

  return {
    async search({ jql, maxResults, nextPageToken }, signal) {
      const query = new URLSearchParams({
        jql,
        maxResults: String(maxResults),
        fields: SEARCH_FIELDS.join(','),
      });
      if (nextPageToken) query.set('nextPageToken', nextPageToken);
      const body = await get(`/rest/api/3/search/jql?${query.toString()}`, 'search', signal);
      if (!body || typeof body !== 'object' || !Array.isArray((body as JiraSearchPage).issues)) {
        throw new Error('Jira search answered without an issues array');
      }
      const page = body as JiraSearchPage;
      return {
        issues: page.issues,
        ...(typeof page.nextPageToken === 'string' && page.nextPageToken
          ? { nextPageToken: page.nextPageToken }
          : {}),
        ...(typeof page.isLast === 'boolean' ? { isLast: page.isLast } : {}),
      };
    },
    async timeZone(signal) {
      const body = (await get('/rest/api/3/myself', 'user lookup', signal)) as {
        timeZone?: unknown;
      } | null;
      const tz = typeof body?.timeZone === 'string' ? body.timeZone : null;
      if (!tz) return null;
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return tz;
      } catch {
        return null;
      }
    },
  };
}
