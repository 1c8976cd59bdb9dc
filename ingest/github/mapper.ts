/**
 * Pure mapping of GitHub records to artifacts and link candidates. Issues become USER_STORY
 * (`issueType` "GitHub issue"); pull requests, commits and changed files become CODE. Links:
 * - Jira keys of the configured projects in a PR title, body or branch name, or a commit message:
 *   `IMPLEMENTS jira:<KEY>` (via `pr-title`, `pr-body`, `branch-name`, `commit-message`);
 * - closing keywords (`Fixes #12`, `closes owner/repo#3`) in the same texts:
 *   `IMPLEMENTS github:<owner>/<repo>#<n>`. Plain mentions (`see #12`) make no link: they say
 *   nothing about what the code does, and `#2` is as often a list number as an issue;
 * - a pull request's commits: commit `PART_OF` the PR (via `pr-commits`); its changed files:
 *   file `PART_OF` the PR (via `pr-files`, which gives lineage to squash-merged PRs too);
 * - a commit's changed files: file `PART_OF` the commit (via `commit-files`).
 * A record that does not parse, or whose artifact the writer would refuse, is a bad record and
 * none of its links are kept (a link to a uid that can never exist would stay pending forever).
 */
import { fileUid, firstPerTarget, mapCommitFacts, mapFilePath, textLinks } from '../common/code.js';
import type { CommitFacts } from '../common/code.js';
import { roleOf } from '../common/people.js';
import { DOCUMENT_VIAS } from '../common/document.js';
import type { SyncPage } from '../sync/types.js';
import type { ArtifactInput } from '../../graph/validate.js';
import {
  CommitPayload,
  FilePayload,
  IssuePayload,
  IssuesEvent,
  PullPayload,
  PullRequestEvent,
  PushCommit,
  PushEvent,
} from './payloads.js';
import { accept, addTo, emptyMapped, issueUid, parse } from './records.js';
import type { Mapped, RepoContext } from './records.js';

/** The `via` values of every link the GitHub connector states (and reconciles). */
export const GITHUB_VIAS = [
  'pr-title',
  'pr-body',
  'branch-name',
  'commit-message',
  'pr-commits',
  'pr-files',
  'commit-files',
  ...DOCUMENT_VIAS,
] as const;

const iso = (s: string) => new Date(s).toISOString();
const isoOrNull = (s: string | null | undefined) => (s ? iso(s) : null);

function numberOf(raw: unknown): number | null {
  const n = (raw as { number?: unknown } | null)?.number;
  return typeof n === 'number' ? n : null;
}

/** An issue (a record without `pull_request`) as a USER_STORY. */
export function mapIssue(raw: unknown, ctx: RepoContext): Mapped {
  const out = emptyMapped();
  const sourceId = `${ctx.repo}#${numberOf(raw) ?? '?'}`;
  const i = parse(IssuePayload, raw, sourceId, out);
  if (!i) return out;
  const uid = issueUid(ctx.repo, i.number);
  const accepted = accept(
    out,
    {
      uid,
      kind: 'USER_STORY',
      issueType: 'GitHub issue',
      key: `#${i.number}`,
      title: i.title,
      body: i.body?.trim() || null,
      status: i.state,
      url: i.html_url,
      source: ctx.source,
      accessLevel: ctx.accessLevel,
      createdAt: iso(i.created_at),
      updatedAt: iso(i.updated_at),
      people: [
        ...roleOf('AUTHORED', i.user && { github: i.user.login }, iso(i.created_at), ctx.aliases),
        ...roleOf(
          'ASSIGNED',
          i.assignee && { github: i.assignee.login },
          iso(i.updated_at),
          ctx.aliases,
        ),
      ],
    },
    sourceId,
  );
  if (accepted) out.reconcile.push(uid);
  return out;
}

/**
 * A pull request (`GET …/pulls/{n}` or a webhook's `pull_request`) as CODE `PULL_REQUEST`. The
 * body ends with `Branch: <head ref>`; `status` is `open`, `closed` or `merged`.
 */
export function mapPullRequest(raw: unknown, ctx: RepoContext): Mapped {
  const out = emptyMapped();
  const sourceId = `${ctx.repo}#${numberOf(raw) ?? '?'}`;
  const p = parse(PullPayload, raw, sourceId, out);
  if (!p) return out;
  const uid = issueUid(ctx.repo, p.number);
  const merged = p.merged === true || p.merged_at != null;
  const links = firstPerTarget([
    ...textLinks(ctx, uid, p.title, 'pr-title'),
    ...textLinks(ctx, uid, p.body ?? '', 'pr-body'),
    ...textLinks(ctx, uid, p.head.ref, 'branch-name', true),
  ]);
  const artifact: ArtifactInput = {
    uid,
    kind: 'CODE',
    codeKind: 'PULL_REQUEST',
    key: `#${p.number}`,
    title: p.title,
    body: [p.body?.trim(), `Branch: ${p.head.ref}`].filter(Boolean).join('\n\n'),
    status: merged ? 'merged' : p.state,
    url: p.html_url,
    source: ctx.source,
    accessLevel: ctx.accessLevel,
    createdAt: iso(p.created_at),
    updatedAt: iso(p.updated_at),
    people: roleOf('AUTHORED', p.user && { github: p.user.login }, iso(p.created_at), ctx.aliases),
  };
  if (accept(out, artifact, sourceId, links)) out.reconcile.push(uid);
  return out;
}

interface Change {
  path: string;
  status: string;
  previous?: string | null | undefined;
}

/** File artifacts for `changes`, each `PART_OF` `parent` via `via`. */
function changedFiles(
  out: Mapped,
  ctx: RepoContext,
  parent: string,
  changes: Change[],
  via: string,
) {
  for (const c of changes) {
    const uid = fileUid(ctx.repo, c.path);
    const evidence = c.previous ? `${c.status} ${c.previous} → ${c.path}` : `${c.status} ${c.path}`;
    accept(out, mapFilePath(c.path, ctx), `${ctx.repo}:${c.path}`, [
      { from: uid, to: parent, type: 'PART_OF', via, evidence },
    ]);
  }
}

/**
 * The commit artifact and its message links, mapped as the local git connector maps the same
 * commit (`ingest/common/code.ts`); null (with a bad record) when refused.
 */
function commitInto(out: Mapped, ctx: RepoContext, c: CommitFacts): ArtifactInput | null {
  const { artifact, links } = mapCommitFacts(c, ctx);
  return accept(out, artifact, c.sha, links) ? artifact : null;
}

/** A commit (with its `files` when fetched from `…/commits/{sha}`) as CODE `COMMIT`. */
export function mapCommit(raw: unknown, ctx: RepoContext): Mapped {
  const out = emptyMapped();
  const sha = (raw as { sha?: unknown } | null)?.sha;
  const c = parse(CommitPayload, raw, typeof sha === 'string' ? sha : '?', out);
  if (!c) return out;
  const commit = commitInto(out, ctx, {
    sha: c.sha,
    message: c.commit.message,
    url: c.html_url,
    author: c.commit.author,
    authorLogin: c.author?.login ?? null,
    authoredAt: isoOrNull(c.commit.author?.date),
    committedAt: isoOrNull(c.commit.committer?.date),
  });
  if (commit && c.files) {
    const changes = c.files.map((f) => ({
      path: f.filename,
      status: f.status,
      previous: f.previous_filename,
    }));
    changedFiles(out, ctx, commit.uid, changes, 'commit-files');
  }
  return out;
}

/** The commits of pull request `pr` (`GET …/pulls/{n}/commits`), each `PART_OF` it. */
export function mapPullCommits(pr: string, raws: readonly unknown[], ctx: RepoContext): Mapped {
  const out = emptyMapped();
  for (const raw of raws) {
    const m = mapCommit(raw, ctx);
    const commit = m.artifacts[0];
    if (commit?.codeKind === 'COMMIT') {
      const evidence = `${commit.key ?? ''} ${commit.title}`.trim();
      m.links.push({ from: commit.uid, to: pr, type: 'PART_OF', via: 'pr-commits', evidence });
    }
    addTo(out, m);
  }
  return out;
}

/** The files pull request `pr` changes (`GET …/pulls/{n}/files`), each `PART_OF` it. */
export function mapPullFiles(pr: string, raws: readonly unknown[], ctx: RepoContext): Mapped {
  const out = emptyMapped();
  const changes: Change[] = [];
  for (const raw of raws) {
    const f = parse(FilePayload, raw, `${pr} file`, out);
    if (f) changes.push({ path: f.filename, status: f.status, previous: f.previous_filename });
  }
  changedFiles(out, ctx, pr, changes, 'pr-files');
  return out;
}

function sameRepo(out: Mapped, ctx: RepoContext, fullName: string): boolean {
  if (fullName.toLowerCase() === ctx.repo.toLowerCase()) return true;
  out.bad.push({ sourceId: fullName, reason: `webhook for ${fullName}, expected ${ctx.repo}` });
  return false;
}

/**
 * A webhook delivery as a page to apply with `applyPage` (`ingest/sync/apply.ts`): `issues`
 * (deleted or transferred issues are soft-deleted), `pull_request` (the PR itself; its commits
 * and files come with the next sync) and `push` (commits and the files they added, modified or
 * removed). Other events give an empty page. The checkpoint is empty: webhooks never move it.
 */
export function mapWebhook(event: string, payload: unknown, repo: RepoContext): SyncPage {
  const out = emptyMapped();
  const deleted: string[] = [];
  let fetched = 0;
  if (event === 'issues') {
    const e = parse(IssuesEvent, payload, `${event} webhook`, out);
    if (e && sameRepo(out, repo, e.repository.full_name)) {
      fetched = 1;
      const n = numberOf(e.issue);
      if ((e.action === 'deleted' || e.action === 'transferred') && n !== null) {
        deleted.push(issueUid(repo.repo, n));
      } else addTo(out, mapIssue(e.issue, repo));
    }
  } else if (event === 'pull_request') {
    const e = parse(PullRequestEvent, payload, `${event} webhook`, out);
    if (e && sameRepo(out, repo, e.repository.full_name)) {
      fetched = 1;
      addTo(out, mapPullRequest(e.pull_request, repo));
    }
  } else if (event === 'push') {
    const e = parse(PushEvent, payload, `${event} webhook`, out);
    if (e && sameRepo(out, repo, e.repository.full_name) && !e.deleted) {
      for (const raw of e.commits) {
        fetched += 1;
        const c = parse(PushCommit, raw, `${e.ref} commit`, out);
        if (!c) continue;
        // A push names one instant per commit: it stands for both dates.
        const commit = commitInto(out, repo, {
          sha: c.id,
          message: c.message,
          url: c.url,
          author: c.author,
          authoredAt: iso(c.timestamp),
          committedAt: iso(c.timestamp),
        });
        if (!commit) continue;
        const changes = [
          ...c.added.map((path) => ({ path, status: 'added' })),
          ...c.modified.map((path) => ({ path, status: 'modified' })),
          ...c.removed.map((path) => ({ path, status: 'removed' })),
        ];
        changedFiles(out, repo, commit.uid, changes, 'commit-files');
      }
    }
  }
  return { ...out, deleted, fetched, checkpoint: {} };
}
