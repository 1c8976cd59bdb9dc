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

export async function startFakeGitHub(token = 't'): Promise<FakeGitHub> {
  const repos = new Map<string, FakeRepo>();
  const scripted: ScriptedAnswer[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let remaining = 5000;
  const reset = Math.floor(Date.now() / 1000) + 3600;

  const repo = (name: string): FakeRepo => {
    let r = repos.get(name);
    if (!r) {
      r = { defaultBranch: 'main', issues: [], pulls: [], commits: [], files: {} };
      repos.set(name, r);
    }
    return r;
  };

  function route(
    name: string,
    rest: string,
    q: URLSearchParams,
    base: string,
  ): { body: unknown; list?: boolean } | null {
    const r = repos.get(name);
    if (!r) return null;
    const web = `${base}/${name}`;
    const api = `${fake.url}/repos/${name}`;
    const user = { login: 'octocat', id: 1, type: 'User' };
    const issueJson = (i: FakeIssue, pull?: FakePull) => ({
      url: `${api}/issues/${i.number}`,
      html_url: `${web}/${pull ? 'pull' : 'issues'}/${i.number}`,
      id: 1000 + i.number,
      node_id: `I_${i.number}`,
      number: i.number,
      title: i.title,
      user,
      labels: [],
      state: i.state ?? 'open',
      locked: false,
      comments: 0,
      created_at: i.createdAt ?? i.updatedAt,
      updated_at: i.updatedAt,
      closed_at: i.state === 'closed' ? i.updatedAt : null,
      author_association: 'OWNER',
      body: i.body ?? null,
      ...(pull
        ? {
            pull_request: {
              url: `${api}/pulls/${i.number}`,
              html_url: `${web}/pull/${i.number}`,
              diff_url: `${web}/pull/${i.number}.diff`,
              patch_url: `${web}/pull/${i.number}.patch`,
              merged_at: pull.merged ? pull.updatedAt : null,
            },
          }
        : { state_reason: null }),
      ...i.overrides,
    });
    const commitJson = (c: FakeCommit, withFiles: boolean) => ({
      sha: c.sha,
      node_id: `C_${c.sha.slice(0, 8)}`,
      commit: {
        author: { name: 'Octo Cat', email: 'octo@example.com', date: c.date },
        committer: { name: 'GitHub', email: 'noreply@github.com', date: c.date },
        message: c.message,
        tree: { sha: sha1(`tree ${c.sha}`), url: `${api}/git/trees/${sha1(`tree ${c.sha}`)}` },
        url: `${api}/git/commits/${c.sha}`,
        comment_count: 0,
      },
      url: `${api}/commits/${c.sha}`,
      html_url: `${web}/commit/${c.sha}`,
      author: user,
      committer: user,
      parents: [],
      ...(withFiles
        ? {
            stats: {
              total: c.files.length * 2,
              additions: c.files.length,
              deletions: c.files.length,
            },
            files: c.files.map((f) => fileJson(f, c.sha)),
          }
        : {}),
    });
    const fileJson = (f: FakeFile, ref: string) => ({
      sha: blobSha(`${ref}:${f.filename}`),
      filename: f.filename,
      status: f.status,
      additions: 1,
      deletions: 1,
      changes: 2,
      blob_url: `${web}/blob/${ref}/${f.filename}`,
      raw_url: `${web}/raw/${ref}/${f.filename}`,
      contents_url: `${api}/contents/${f.filename}?ref=${ref}`,
      patch: '@@ -1 +1 @@\n-old\n+new',
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
    });
    const since = q.get('since');
    const after = (d: string) => !since || Date.parse(d) >= Date.parse(since);
    const pull = (n: number) => r.pulls.find((p) => p.number === n);
    let m: RegExpExecArray | null;

    if (rest === '') {
      return {
        body: {
          id: 1,
          node_id: 'R_1',
          name: name.split('/')[1],
          full_name: name,
          private: false,
          owner: user,
          html_url: web,
          url: api,
          default_branch: r.defaultBranch,
        },
      };
    }
    if (rest === '/issues') {
      const all = [
        ...r.issues.map((i) => issueJson(i)),
        ...r.pulls.map((p) => issueJson(p, p)),
      ].filter((i) => after(i.updated_at));
      const dir = q.get('direction') === 'asc' ? 1 : -1;
      all.sort((a, b) => dir * (Date.parse(a.updated_at) - Date.parse(b.updated_at)));
      return { body: all, list: true };
    }
    if ((m = /^\/pulls\/(\d+)(\/commits|\/files)?$/.exec(rest))) {
      const p = pull(Number(m[1]));
      if (!p) return null;
      if (m[2] === '/commits') {
        const commits = p.commits.map((s) => r.commits.find((c) => c.sha === s));
        return { body: commits.flatMap((c) => (c ? [commitJson(c, false)] : [])), list: true };
      }
      if (m[2] === '/files') return { body: p.files.map((f) => fileJson(f, p.head)), list: true };
      const head = p.commits.at(-1) ?? sha1(p.head);
      return {
        body: {
          ...issueJson(p, p),
          url: `${api}/pulls/${p.number}`,
          html_url: `${web}/pull/${p.number}`,
          merged_at: p.merged ? p.updatedAt : null,
          merge_commit_sha: p.merged ? sha1(`merge ${p.number}`) : null,
          draft: false,
          head: { label: `octocat:${p.head}`, ref: p.head, sha: head, user },
          base: {
            label: `octocat:${r.defaultBranch}`,
            ref: r.defaultBranch,
            sha: sha1('base'),
            user,
          },
          merged: p.merged ?? false,
          mergeable: true,
          commits: p.commits.length,
          changed_files: p.files.length,
        },
      };
    }
    if (rest === '/commits') {
      const list = r.commits
        .filter((c) => c.onDefaultBranch !== false && after(c.date))
        .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
      return { body: list.map((c) => commitJson(c, false)), list: true };
    }
    if ((m = /^\/commits\/([0-9a-f]{40})$/.exec(rest))) {
      const c = r.commits.find((x) => x.sha === m?.[1]);
      return c ? { body: commitJson(c, true) } : null;
    }
    if ((m = /^\/git\/trees\/([^/]+)$/.exec(rest))) {
      if (decodeURIComponent(m[1] ?? '') !== r.defaultBranch) return null;
      const paths = Object.keys(r.files).sort();
      const folders = [
        ...new Set(
          paths.flatMap((p) =>
            p
              .split('/')
              .slice(0, -1)
              .map((_, i, a) => a.slice(0, i + 1).join('/')),
          ),
        ),
      ];
      const tree = [
        ...folders.map((path) => ({
          path,
          mode: '040000',
          type: 'tree',
          sha: sha1(`dir ${path}`),
        })),
        ...paths.map((path) => {
          const content = r.files[path] ?? '';
          const sha = blobSha(content);
          return {
            path,
            mode: '100644',
            type: 'blob',
            sha,
            size: Buffer.byteLength(content),
            url: `${api}/git/blobs/${sha}`,
          };
        }),
      ].sort((a, b) => a.path.localeCompare(b.path));
      const sha = sha1(JSON.stringify(tree));
      return { body: { sha, url: `${api}/git/trees/${sha}`, tree, truncated: false } };
    }
    if ((m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest))) {
      const content = Object.values(r.files).find((c) => blobSha(c) === m?.[1]);
      if (content === undefined) return null;
      const b64 = Buffer.from(content).toString('base64').replace(/.{60}/g, '$&\n');
      return {
        body: {
          sha: m[1],
          node_id: `B_${m[1]?.slice(0, 8)}`,
          size: Buffer.byteLength(content),
          url: `${api}/git/blobs/${m[1]}`,
          content: b64,
          encoding: 'base64',
        },
      };
    }
    return null;
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', fake.url);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      requests.push({
        method: req.method ?? 'GET',
        url: `${url.pathname}${url.search}`,
        status,
        headers: req.headers,
      });
      const limits = {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-used': String(5000 - remaining),
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-resource': 'core',
        'x-github-api-version-selected': '2022-11-28',
        'x-github-request-id': `F${requests.length}`,
      };
      if (status === 304) {
        res.writeHead(304, { ...limits, ...headers });
        res.end();
        return;
      }
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        ...limits,
        ...headers,
      });
      res.end(JSON.stringify(body));
    };
    req.resume();
    if (req.headers.authorization !== `Bearer ${fake.token}`) {
      return send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
    const i = scripted.findIndex((s) => !s.path || s.path.test(`${url.pathname}${url.search}`));
    if (i !== -1) {
      const [s] = scripted.splice(i, 1);
      if (s) return send(s.status, s.body ?? null, s.headers);
    }
    const m = /^\/repos\/([^/]+\/[^/]+)(.*)$/.exec(url.pathname);
    const found =
      m && req.method === 'GET'
        ? route(m[1] ?? '', m[2] ?? '', url.searchParams, 'https://github.com')
        : null;
    if (!found) return send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    let body = found.body;
    const headers: Record<string, string> = {};
    if (found.list && Array.isArray(body)) {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), fake.pageSize);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pages = Math.max(1, Math.ceil(body.length / perPage));
      body = body.slice((page - 1) * perPage, page * perPage);
      const at = (p: number) => {
        const u = new URL(url);
        u.searchParams.set('page', String(p));
        return `<${u.href}>`;
      };
      const links = [
        ...(page < pages ? [`${at(page + 1)}; rel="next"`, `${at(pages)}; rel="last"`] : []),
        ...(page > 1 ? [`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`] : []),
      ];
      if (links.length > 0) headers.link = links.join(', ');
    }
    const etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 40)}"`;
    headers.etag = etag;
    if (req.headers['if-none-match'] === etag) return send(304, null, headers);
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
    repo,
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
