/**
 * A local HTTP server on 127.0.0.1 that speaks GitHub REST v3 on the wire as its docs describe it:
 * issue, pull-request, commit, tree and blob payloads; `Link` paging (`rel="next"`, `"last"`,
 * `"first"`, `"prev"`, absent on a single page); weak `ETag`s and a bodiless 304 for a matching
 * `If-None-Match` (not counted against the limit); `x-ratelimit-*` headers; `{ message,
 * documentation_url }` errors (401 "Bad credentials", 404 "Not Found"). Tests own the data and
 * script answers: a secondary rate limit with `retry-after`, a spent primary limit, a 5xx.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeIssue {
  number: number;
  title: string;
  body?: string | null;
  state?: 'open' | 'closed';
  updatedAt: string;
  createdAt?: string;
  /** Fields that replace the generated JSON's (e.g. `{ title: null }` for a malformed record). */
  overrides?: Record<string, unknown>;
}

export interface FakeFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  previous_filename?: string;
}

export interface FakePull extends FakeIssue {
  /** Head branch name. */
  head: string;
  merged?: boolean;
  /** Shas of its commits (in `commits` of the repository). */
  commits: string[];
  files: FakeFile[];
}

export interface FakeCommit {
  sha: string;
  message: string;
  date: string;
  files: FakeFile[];
  /** Listed by `GET /repos/{o}/{r}/commits` (the default branch). @default true */
  onDefaultBranch?: boolean;
}

export interface FakeRepo {
  defaultBranch: string;
  issues: FakeIssue[];
  pulls: FakePull[];
  commits: FakeCommit[];
  /** The default branch's files (path → content): its tree and blobs. */
  files: Record<string, string>;
}

/** An answer the server gives instead of the real one, to the next request matching `path`. */
export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Requests it applies to (path and query). @default every request */
  path?: RegExp;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
}

export interface FakeGitHub {
  /** The API root (as `GITHUB_API_URL`). */
  url: string;
  /** The token it accepts; anything else is a 401. */
  token: string;
  /** Largest page it serves, whatever `per_page` asks (GitHub's is 100). */
  pageSize: number;
  /** Requests it answered, in order. */
  requests: RecordedRequest[];
  /** The repository `name` (`owner/repo`), created empty on first use. */
  repo(name: string): FakeRepo;
  /** Queues answers; each is used once, by the first request it matches. */
  script(...answers: ScriptedAnswer[]): void;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

/** A secondary rate limit, as GitHub sends it. */
export function secondaryRateLimit(retryAfter?: number, status: 403 | 429 = 403): ScriptedAnswer {
  return {
    status,
    headers: retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
    },
  };
}

/** A spent primary rate limit that resets at `reset` (epoch seconds). */
export function primaryRateLimit(reset: number): ScriptedAnswer {
  return {
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    body: {
      message: 'API rate limit exceeded for user ID 1.',
      documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api`,
    },
  };
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
/** Git's blob id: sha1 of `blob <size>\0<content>`. */
export const blobSha = (content: string) => sha1(`blob ${Buffer.byteLength(content)}\0${content}`);

interface Urls {
  /** `…/repos/{o}/{r}` on this server. */
  api: string;
  /** `https://github.com/{o}/{r}`. */
  web: string;
}

const USER = { login: 'octocat', id: 1, type: 'User' };

function issueJson(u: Urls, i: FakeIssue, pull?: FakePull) {
  const kind = pull ? 'pull' : 'issues';
  const pullRequest = pull && {
    url: `${u.api}/pulls/${i.number}`,
    html_url: `${u.web}/pull/${i.number}`,
    diff_url: `${u.web}/pull/${i.number}.diff`,
    patch_url: `${u.web}/pull/${i.number}.patch`,
    merged_at: pull.merged ? pull.updatedAt : null,
  };
  return {
    url: `${u.api}/issues/${i.number}`,
    html_url: `${u.web}/${kind}/${i.number}`,
    id: 1000 + i.number,
    node_id: `I_${i.number}`,
    number: i.number,
    title: i.title,
    user: USER,
    labels: [],
    state: i.state ?? 'open',
    locked: false,
    comments: 0,
    created_at: i.createdAt ?? i.updatedAt,
    updated_at: i.updatedAt,
    closed_at: i.state === 'closed' ? i.updatedAt : null,
    author_association: 'OWNER',
    body: i.body ?? null,
    ...(pullRequest ? { pull_request: pullRequest } : { state_reason: null }),
    ...i.overrides,
  };
}

function pullJson(u: Urls, p: FakePull, base: string) {
  const ref = (name: string, sha: string) => ({
    label: `octocat:${name}`,
    ref: name,
    sha,
    user: USER,
  });
  return {
    ...issueJson(u, p, p),
    url: `${u.api}/pulls/${p.number}`,
    html_url: `${u.web}/pull/${p.number}`,
    merged_at: p.merged ? p.updatedAt : null,
    merge_commit_sha: p.merged ? sha1(`merge ${p.number}`) : null,
    draft: false,
    head: ref(p.head, p.commits.at(-1) ?? sha1(p.head)),
    base: ref(base, sha1(base)),
    merged: p.merged ?? false,
    commits: p.commits.length,
    changed_files: p.files.length,
  };
}

function fileJson(u: Urls, f: FakeFile, ref: string) {
  return {
    sha: blobSha(`${ref}:${f.filename}`),
    filename: f.filename,
    status: f.status,
    additions: 1,
    deletions: 1,
    changes: 2,
    blob_url: `${u.web}/blob/${ref}/${f.filename}`,
    raw_url: `${u.web}/raw/${ref}/${f.filename}`,
    contents_url: `${u.api}/contents/${f.filename}?ref=${ref}`,
    patch: '@@ -1 +1 @@\n-old\n+new',
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  };
}

function commitJson(u: Urls, c: FakeCommit, withFiles: boolean) {
  const tree = sha1(`tree ${c.sha}`);
  const n = c.files.length;
  return {
    sha: c.sha,
    node_id: `C_${c.sha.slice(0, 8)}`,
    commit: {
      author: { name: 'Octo Cat', email: 'octo@example.com', date: c.date },
      committer: { name: 'GitHub', email: 'noreply@github.com', date: c.date },
      message: c.message,
      tree: { sha: tree, url: `${u.api}/git/trees/${tree}` },
      url: `${u.api}/git/commits/${c.sha}`,
      comment_count: 0,
    },
    url: `${u.api}/commits/${c.sha}`,
    html_url: `${u.web}/commit/${c.sha}`,
    author: USER,
    committer: USER,
    parents: [],
    ...(withFiles
      ? {
          stats: { total: 2 * n, additions: n, deletions: n },
          files: c.files.map((f) => fileJson(u, f, c.sha)),
        }
      : {}),
  };
}

/** A recursive tree of `files`: a `tree` entry per folder, a `blob` per file, sorted by path. */
function treeJson(u: Urls, files: Record<string, string>) {
  const folders = new Set(
    Object.keys(files).flatMap((p) =>
      p
        .split('/')
        .slice(1)
        .map((_, i) =>
          p
            .split('/')
            .slice(0, i + 1)
            .join('/'),
        ),
    ),
  );
  const tree = [
    ...[...folders].map((path) => ({ path, mode: '040000', type: 'tree', sha: sha1(path) })),
    ...Object.entries(files).map(([path, content]) => {
      const sha = blobSha(content);
      const size = Buffer.byteLength(content);
      return { path, mode: '100644', type: 'blob', sha, size, url: `${u.api}/git/blobs/${sha}` };
    }),
  ].sort((a, b) => a.path.localeCompare(b.path));
  const sha = sha1(JSON.stringify(tree));
  return { sha, url: `${u.api}/git/trees/${sha}`, tree, truncated: false };
}

/** The JSON of `GET /repos/{name}{rest}`, and whether it is a list (paged); null: not found. */
function route(
  u: Urls,
  name: string,
  r: FakeRepo,
  rest: string,
  q: URLSearchParams,
): { body: unknown; list?: boolean } | null {
  const since = q.get('since');
  const after = (d: string) => !since || Date.parse(d) >= Date.parse(since);
  let m: RegExpExecArray | null;
  if (rest === '') {
    const [, repoName] = name.split('/');
    return {
      body: {
        id: 1,
        node_id: 'R_1',
        name: repoName,
        full_name: name,
        private: false,
        owner: USER,
        html_url: u.web,
        url: u.api,
        default_branch: r.defaultBranch,
      },
    };
  }
  if (rest === '/issues') {
    const all = [
      ...r.issues.map((i) => issueJson(u, i)),
      ...r.pulls.map((p) => issueJson(u, p, p)),
    ];
    const dir = q.get('direction') === 'asc' ? 1 : -1;
    const body = all
      .filter((i) => after(i.updated_at))
      .sort((a, b) => dir * (Date.parse(a.updated_at) - Date.parse(b.updated_at)));
    return { body, list: true };
  }
  if ((m = /^\/pulls\/(\d+)(\/commits|\/files)?$/.exec(rest))) {
    const p = r.pulls.find((x) => x.number === Number(m?.[1]));
    if (!p) return null;
    if (m[2] === '/files') return { body: p.files.map((f) => fileJson(u, f, p.head)), list: true };
    if (!m[2]) return { body: pullJson(u, p, r.defaultBranch) };
    const commits = r.commits.filter((c) => p.commits.includes(c.sha));
    return { body: commits.map((c) => commitJson(u, c, false)), list: true };
  }
  if (rest === '/commits') {
    const list = r.commits
      .filter((c) => c.onDefaultBranch !== false && after(c.date))
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    return { body: list.map((c) => commitJson(u, c, false)), list: true };
  }
  if ((m = /^\/commits\/([0-9a-f]{40})$/.exec(rest))) {
    const c = r.commits.find((x) => x.sha === m?.[1]);
    return c ? { body: commitJson(u, c, true) } : null;
  }
  if ((m = /^\/git\/trees\/([^/]+)$/.exec(rest))) {
    return decodeURIComponent(m[1] ?? '') === r.defaultBranch
      ? { body: treeJson(u, r.files) }
      : null;
  }
  if ((m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest))) {
    const sha = m[1] ?? '';
    const content = Object.values(r.files).find((c) => blobSha(c) === sha);
    if (content === undefined) return null;
    // GitHub wraps base64 at 60 characters.
    const b64 = Buffer.from(content).toString('base64').replace(/.{60}/g, '$&\n');
    const size = Buffer.byteLength(content);
    return {
      body: {
        sha,
        node_id: `B_${sha.slice(0, 8)}`,
        size,
        url: `${u.api}/git/blobs/${sha}`,
        content: b64,
        encoding: 'base64',
      },
    };
  }
  return null;
}

/** Link header of page `page` of `pages`, each URL the request's with another `page`. */
function linkHeader(url: URL, page: number, pages: number): string | null {
  const at = (p: number) => {
    const u = new URL(url);
    u.searchParams.set('page', String(p));
    return `<${u.href}>`;
  };
  const links = [
    ...(page < pages ? [`${at(page + 1)}; rel="next"`, `${at(pages)}; rel="last"`] : []),
    ...(page > 1 ? [`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`] : []),
  ];
  return links.length > 0 ? links.join(', ') : null;
}

/** Starts the server on a free port; it accepts `Bearer <token>`. */
export async function startFakeGitHub(token = 't'): Promise<FakeGitHub> {
  const repos = new Map<string, FakeRepo>();
  const scripted: ScriptedAnswer[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let remaining = 5000;
  const reset = Math.floor(Date.now() / 1000) + 3600;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', fake.url);
    const path = `${url.pathname}${url.search}`;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method: req.method ?? 'GET', url: path, status, headers: req.headers });
      res.writeHead(status, {
        ...(status === 304 ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-used': String(5000 - remaining),
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core',
        'x-github-api-version-selected': '2022-11-28',
        'x-github-request-id': `F${requests.length}`,
        ...headers,
      });
      // A 304 has no body.
      res.end(status === 304 ? undefined : JSON.stringify(body));
    };
    req.resume();
    if (req.headers.authorization !== `Bearer ${fake.token}`) {
      return send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
    const i = scripted.findIndex((s) => !s.path || s.path.test(path));
    const [answer] = i === -1 ? [] : scripted.splice(i, 1);
    if (answer) return send(answer.status, answer.body ?? null, answer.headers);
    const m = /^\/repos\/([^/]+\/[^/]+)(.*)$/.exec(url.pathname);
    const repo = m ? repos.get(m[1] ?? '') : undefined;
    const urls = { api: `${fake.url}/repos/${m?.[1]}`, web: `https://github.com/${m?.[1]}` };
    const found =
      repo && req.method === 'GET'
        ? route(urls, m?.[1] ?? '', repo, m?.[2] ?? '', url.searchParams)
        : null;
    if (!found) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    let body = found.body;
    const headers: Record<string, string> = {};
    if (found.list && Array.isArray(body)) {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), fake.pageSize);
      const page = Number(url.searchParams.get('page') ?? 1);
      const link = linkHeader(url, page, Math.max(1, Math.ceil(body.length / perPage)));
      body = body.slice((page - 1) * perPage, page * perPage);
      if (link) headers.link = link;
    }
    headers.etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 40)}"`;
    // Conditional requests that match cost no rate limit.
    if (req.headers['if-none-match'] === headers.etag) return send(304, null, headers);
    remaining -= 1;
    send(200, body, headers);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const fake: FakeGitHub = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    pageSize: 100,
    requests,
    repo(name) {
      let r = repos.get(name);
      if (!r) {
        r = { defaultBranch: 'main', issues: [], pulls: [], commits: [], files: {} };
        repos.set(name, r);
      }
      return r;
    },
    script(...answers) {
      scripted.push(...answers);
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return fake;
}
