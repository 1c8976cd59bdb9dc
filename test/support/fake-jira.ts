/**
 * A local HTTP server on 127.0.0.1 that speaks the part of Jira Cloud's REST v3 the connector
 * uses, in its wire format: `GET /rest/api/3/search/jql` (JQL `project in (…)`/`project = X` and
 * `updated >= "yyyy/MM/dd HH:mm"` read in the user's time zone, `ORDER BY updated ASC, key ASC`,
 * `maxResults`, opaque `nextPageToken`s bound to their query, `isLast`, only the requested
 * `fields`), `GET /rest/api/3/myself` (with `timeZone`), 410 for the retired `/rest/api/3/search`,
 * and 401 without the expected `Authorization`. Dates are sent like Jira's:
 * `2026-11-20T05:15:30.000-0500`, in the user's zone. Links are stored once and shown on both
 * issues (`outwardIssue` on one, `inwardIssue` on the other), as Jira does. Tests script failures
 * (429 with `Retry-After`, 503) and can store malformed issues as they are.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** An issue as a test describes it; dates are ISO instants. */
export interface FakeIssue {
  key: string;
  summary: string;
  type?: string;
  status?: string;
  /** An ADF document, a string, or nothing. */
  description?: unknown;
  parent?: string;
  labels?: string[];
  updated: string;
  created?: string;
}

/** `from` `<type's outward phrase>` `to`, e.g. `{ type: 'Blocks', from: 'A-1', to: 'A-2' }`. */
export interface FakeLink {
  type: keyof typeof LINK_TYPES;
  from: string;
  to: string;
}

export type FakeFailure = { status: 429; retryAfter?: number } | { status: 500 | 502 | 503 };

export interface FakeJiraRequest {
  path: string;
  jql: string | null;
  nextPageToken: string | null;
  authorization: string | undefined;
  /** Keys of the issues answered (search only). */
  returned: string[];
}

export interface FakeJira {
  url: string;
  requests: FakeJiraRequest[];
  /** Adds or replaces issues. */
  put(...issues: FakeIssue[]): void;
  /** Stores a raw issue object as it is (for malformed issues); it needs `key` and `fields.updated`. */
  putRaw(issue: { key: string; fields: { updated: string } & Record<string, unknown> }): void;
  remove(key: string): void;
  link(link: FakeLink): void;
  /** Removes the links between two issues and marks both updated at `at`, as Jira does. */
  unlink(a: string, b: string, at: string): void;
  /** The next search requests answer these failures, in order, before answering normally. */
  fail(...failures: FakeFailure[]): void;
  close(): Promise<void>;
}

export const LINK_TYPES = {
  Blocks: { inward: 'is blocked by', outward: 'blocks' },
  Relates: { inward: 'relates to', outward: 'relates to' },
  Duplicate: { inward: 'is duplicated by', outward: 'duplicates' },
  Cloners: { inward: 'is cloned by', outward: 'clones' },
} as const;

/** A one-paragraph-per-string ADF document. */
export function adfDoc(...paragraphs: string[]): unknown {
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** How far the wall clock of `timeZone` is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const d = 'numeric' as const;
  const clock = { year: d, month: d, day: d, hour: d, minute: d, second: d };
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    ...clock,
  }).formatToParts(instant);
  const p = Object.fromEntries(parts.map((x) => [x.type, Number(x.value)]));
  const n = (k: string) => p[k] ?? 0;
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** An instant as Jira writes it in `timeZone`: `2026-11-20T05:15:30.000-0500`. */
export function jiraTimestamp(iso: string, timeZone: string): string {
  const t = Date.parse(iso);
  const offset = offsetAt(t, timeZone);
  const local = new Date(t + offset).toISOString().slice(0, 23);
  const m = Math.abs(offset) / 60_000;
  const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
  return `${local}${offset < 0 ? '-' : '+'}${hhmm}`;
}

/** A JQL date literal read on the wall clock of `timeZone`, as Jira reads it. */
function jqlInstant(literal: string, timeZone: string): number | null {
  const m = /^(\d{4})[/-](\d{2})[/-](\d{2})(?: (\d{2}):(\d{2}))?$/.exec(literal);
  if (!m) return null;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = m.slice(1).map((v) => Number(v ?? 0));
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

const keyOrder = (k: string) => {
  const [project = '', n = '0'] = k.split('-');
  return { project, n: Number(n) };
};

type Raw = { key: string; fields: { updated: string } & Record<string, unknown> };

/** Starts the fake; it accepts only `authorization` (e.g. `Basic <base64(email:token)>`). */
export async function startFakeJira(options: {
  authorization: string;
  timeZone?: string;
}): Promise<FakeJira> {
  const timeZone = options.timeZone ?? 'UTC';
  const specs = new Map<string, FakeIssue>();
  const raws = new Map<string, Raw>();
  let links: FakeLink[] = [];
  const failures: FakeFailure[] = [];
  const requests: FakeJiraRequest[] = [];
  const sockets = new Set<Socket>();
  let url = '';

  function render(spec: FakeIssue): Raw {
    const type = spec.type ?? 'Story';
    const subtask = /^sub-?task$/i.test(type);
    const level = type === 'Epic' ? 1 : subtask ? -1 : 0;
    const status = { name: spec.status ?? 'To Do', statusCategory: { id: 2, key: 'new' } };
    const parent = spec.parent ? specs.get(spec.parent) : undefined;
    const project = keyOrder(spec.key).project;
    const issuelinks = links
      .filter((l) => l.from === spec.key || l.to === spec.key)
      .map((l, i) => {
        const t = { id: String(10_000 + i), name: l.type, ...LINK_TYPES[l.type] };
        return l.from === spec.key
          ? { id: String(20_000 + i), type: t, outwardIssue: { key: l.to } }
          : { id: String(20_000 + i), type: t, inwardIssue: { key: l.from } };
      });
    const fields = {
      summary: spec.summary,
      description: spec.description ?? null,
      issuetype: { id: String(10_001 + level), name: type, subtask, hierarchyLevel: level },
      status,
      issuelinks,
      labels: spec.labels ?? [],
      updated: jiraTimestamp(spec.updated, timeZone),
      created: jiraTimestamp(spec.created ?? spec.updated, timeZone),
      project: { self: `${url}/rest/api/3/project/${project}`, key: project, name: project },
      assignee: null,
      reporter: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Mia Krystof' },
    };
    if (!spec.parent) return { key: spec.key, fields };
    const parentFields = parent
      ? { summary: parent.summary, status, issuetype: { name: parent.type ?? 'Story' } }
      : {};
    return {
      key: spec.key,
      fields: { ...fields, parent: { key: spec.parent, fields: parentFields } },
    };
  }

  const json = (res: http.ServerResponse, status: number, body: unknown, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: http.ServerResponse, status: number, message: string) =>
    json(res, status, { errorMessages: [message], errors: {} });

  function search(q: URLSearchParams, res: http.ServerResponse, record: FakeJiraRequest) {
    const jql = q.get('jql') ?? '';
    const where = jql.split(/\s+order\s+by\s+/i)[0] ?? '';
    const inList = /\bproject\s+(?:in\s*\(([^)]*)\)|=\s*("?)(\w+)\2)/i.exec(where);
    const projects = inList
      ? (inList[1] ?? inList[3] ?? '').split(',').map((p) => p.trim().replace(/"/g, ''))
      : null;
    const updated = /\bupdated\s*>=\s*"([^"]*)"/i.exec(where);
    if (!projects && !updated) {
      return refuse(
        res,
        400,
        'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
      );
    }
    const since = updated ? jqlInstant(updated[1] ?? '', timeZone) : null;
    if (updated && since === null) {
      return refuse(
        res,
        400,
        `Date value '${updated[1]}' for field 'updated' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
      );
    }
    const token = q.get('nextPageToken');
    const cursor = token
      ? (JSON.parse(Buffer.from(token, 'base64url').toString()) as { jql: string; at: number })
      : { jql, at: 0 };
    if (cursor.jql !== jql) return refuse(res, 400, 'The provided next page token is invalid.');
    const hits = [...[...specs.values()].map(render), ...raws.values()]
      .map((raw) => ({ raw, at: Date.parse(raw.fields.updated), ...keyOrder(raw.key) }))
      .filter(
        (h) => (!projects || projects.includes(h.project)) && (since === null || h.at >= since),
      )
      .sort((a, b) => a.at - b.at || a.project.localeCompare(b.project) || a.n - b.n);
    // Jira may return fewer than maxResults; this fake caps pages at 100.
    const size = Math.min(Number(q.get('maxResults') ?? 50) || 50, 100);
    const page = hits.slice(cursor.at, cursor.at + size);
    const wanted = new Set((q.get('fields') ?? '').split(',').filter(Boolean));
    record.returned = page.map((h) => h.raw.key);
    const next = cursor.at + size < hits.length;
    json(res, 200, {
      issues: page.map(({ raw, n }) => ({
        expand:
          'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
        id: String(10_000 + n),
        self: `${url}/rest/api/3/issue/${10_000 + n}`,
        key: raw.key,
        // Without `fields`, Jira answers ids only.
        ...(wanted.size > 0
          ? {
              fields: Object.fromEntries(Object.entries(raw.fields).filter(([f]) => wanted.has(f))),
            }
          : {}),
      })),
      ...(next
        ? {
            nextPageToken: Buffer.from(JSON.stringify({ jql, at: cursor.at + size })).toString(
              'base64url',
            ),
          }
        : {}),
      isLast: !next,
    });
  }

  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const record: FakeJiraRequest = {
      path: u.pathname,
      jql: u.searchParams.get('jql'),
      nextPageToken: u.searchParams.get('nextPageToken'),
      authorization: req.headers.authorization,
      returned: [],
    };
    requests.push(record);
    if (req.headers.authorization !== options.authorization) {
      res.writeHead(401, { 'content-type': 'text/plain;charset=UTF-8' });
      return res.end('Client must be authenticated to access this resource.');
    }
    if (u.pathname === '/rest/api/3/myself') {
      return json(res, 200, {
        accountId: '5b10ac8d82e05b22cc7d4ef5',
        accountType: 'atlassian',
        emailAddress: 'mia@example.com',
        displayName: 'Mia Krystof',
        active: true,
        timeZone,
        locale: 'en_US',
      });
    }
    if (u.pathname === '/rest/api/3/search') {
      return refuse(
        res,
        410,
        'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
      );
    }
    if (u.pathname !== '/rest/api/3/search/jql') return refuse(res, 404, 'Not found');
    const failure = failures.shift();
    if (failure?.status === 429) {
      const after =
        failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) };
      return json(
        res,
        429,
        { errorMessages: ['Rate limit exceeded.'], errors: {} },
        {
          ...after,
          'x-ratelimit-limit': '100',
          'x-ratelimit-remaining': '0',
          'ratelimit-reason': 'jira-quota-tenant-based',
        },
      );
    }
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'text/html' });
      return res.end('<html><body><h1>Service Unavailable</h1></body></html>');
    }
    search(u.searchParams, res, record);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    put(...issues) {
      for (const i of issues) specs.set(i.key, i);
    },
    putRaw(issue) {
      raws.set(issue.key, issue);
    },
    remove(key) {
      specs.delete(key);
      raws.delete(key);
      links = links.filter((l) => l.from !== key && l.to !== key);
    },
    link(l) {
      links.push(l);
    },
    unlink(a, b, at) {
      links = links.filter((l) => !((l.from === a && l.to === b) || (l.from === b && l.to === a)));
      for (const k of [a, b]) {
        const spec = specs.get(k);
        if (spec) specs.set(k, { ...spec, updated: at });
      }
    },
    fail(...f) {
      failures.push(...f);
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
