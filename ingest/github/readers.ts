/**
 * The reads of one repository, each an async generator of pages whose checkpoint holds once the
 * page is written (documents are read in `docs.ts`):
 * - issues and pull requests, `updated` ascending since the repository's high-water mark (moved
 *   page by page); each pull request also reads its detail, commits and files. A read without
 *   `since` sees every issue, so uids of the repository missing from it are deleted upstream;
 * - commits of the default branch since the commit high-water mark, each with its files. The list
 *   is newest first, so the mark moves only with the last page;
 * ETags enter the checkpoint only with the page that finishes the work of their response, so a
 * crash in between cannot turn into a 304 that skips unwritten work.
 */
import { linkKey } from '../../graph/validate.js';
import type { Checkpoint, SyncContext, SyncPage } from '../sync/types.js';
import { GitHubRequestError } from './client.js';
import type { GitHubClient, GitHubResult } from './client.js';
import { mapCommit, mapIssue, mapPullCommits, mapPullFiles, mapPullRequest } from './mapper.js';
import { addTo, emptyMapped, issueUid } from './records.js';
import type { Mapped, RepoContext } from './records.js';

/** What the checkpoint keeps of one repository (in `extra.repos`). */
export interface RepoState {
  /** `updated_at` high-water mark of issues and pull requests. */
  issues?: string;
  /** Committer-date high-water mark of the default branch's commits. */
  commits?: string;
  defaultBranch?: string;
  /** Documents by path: blob sha, and for a PRD the epics its front matter names (uid → line). */
  docs?: Record<string, { sha: string; epics?: Record<string, string> }>;
}

/** One repository's read within a sync run. */
export interface RepoRun {
  client: GitHubClient;
  ctx: SyncContext;
  repo: RepoContext;
  /** This repository's state, moved as pages are made. */
  state: RepoState;
  /** Every repository's state (a PRD's epics may be named by documents of other repositories). */
  all: Record<string, RepoState>;
  /** ETags of the last run (sent) and of this one (the checkpoint's), by path. */
  etags: { old: Record<string, string>; next: Record<string, string>; touched: Set<string> };
  /** The checkpoint as of now. */
  checkpoint(): Checkpoint;
  /** The source's live uids (read once per run). */
  existing(): Promise<Set<string>>;
  /** Whether a path of the tree is a document (under `docPaths`). */
  isDoc: (path: string) => boolean;
  /** The web page of a document. */
  docUrl(branch: string, path: string): string;
  maxCommits: number;
  docsPerPage: number;
}

/** The most items GitHub returns on one page. */
const PER_PAGE = 100;

/** A page of `m`: an artifact listed twice keeps its last version, a link its first evidence. */
export function toPage(
  m: Mapped,
  fetched: number,
  checkpoint: Checkpoint,
  deleted: string[] = [],
): SyncPage {
  const links = new Map<string, Mapped['links'][number]>();
  for (const l of m.links) if (!links.has(linkKey(l))) links.set(linkKey(l), l);
  return {
    artifacts: [...new Map(m.artifacts.map((a) => [a.uid, a])).values()],
    links: [...links.values()],
    reconcile: [...new Set(m.reconcile)],
    deleted,
    bad: m.bad,
    fetched,
    checkpoint,
  };
}

function asArray(data: unknown, url: string): unknown[] {
  if (!Array.isArray(data)) throw new GitHubRequestError(200, url, 'expected a JSON array');
  return data as unknown[];
}

function field(raw: unknown, name: string): unknown {
  return raw !== null && typeof raw === 'object'
    ? (raw as Record<string, unknown>)[name]
    : undefined;
}

/** The later of two ISO instants (either may be missing). */
function later(a: string | undefined, b: unknown): string | undefined {
  if (typeof b !== 'string' || Number.isNaN(Date.parse(b))) return a;
  return a === undefined || Date.parse(b) > Date.parse(a) ? new Date(b).toISOString() : a;
}

/** The JSON of an unconditional GET. */
export async function getData(run: RepoRun, path: string): Promise<unknown> {
  const res = await run.client.get(path);
  return res.notModified ? null : res.data;
}

/** Conditional GET of a path whose ETag the checkpoint keeps. */
export async function getConditional(run: RepoRun, path: string) {
  run.etags.touched.add(path);
  const res = await run.client.get(path, { etag: run.etags.old[path] });
  if (!res.notModified) delete run.etags.next[path];
  return res;
}

async function readPull(run: RepoRun, n: number): Promise<Mapped> {
  const { repo: ctx } = run;
  const base = `/repos/${ctx.repo}/pulls/${n}`;
  const out = mapPullRequest(await getData(run, base), ctx);
  const pr = issueUid(ctx.repo, n);
  if (!out.artifacts.some((a) => a.uid === pr)) return out;
  addTo(out, mapPullCommits(pr, await run.client.all(`${base}/commits?per_page=${PER_PAGE}`), ctx));
  addTo(out, mapPullFiles(pr, await run.client.all(`${base}/files?per_page=${PER_PAGE}`), ctx));
  return out;
}

/** Issues and pull requests of the repository, one page per API page. */
export async function* readIssues(run: RepoRun): AsyncGenerator<SyncPage> {
  const { repo: ctx, state } = run;
  const since = run.ctx.since ?? state.issues ?? null;
  const first =
    `/repos/${ctx.repo}/issues?state=all&sort=updated&direction=asc&per_page=${PER_PAGE}` +
    (since ? `&since=${encodeURIComponent(since)}` : '');
  const seen = new Set<string>();
  let url: string | null = first;
  while (url) {
    const res: GitHubResult =
      url === first ? await getConditional(run, first) : await run.client.get(url);
    if (res.notModified) return;
    const items = asArray(res.data, url);
    const out = emptyMapped();
    // The mark moves with the page that is yielded, never before: a pull request failing
    // half-way through a page must leave the page to the next run.
    let mark = state.issues;
    for (const raw of items) {
      const n = field(raw, 'number');
      if (typeof n === 'number') seen.add(issueUid(ctx.repo, n));
      addTo(
        out,
        field(raw, 'pull_request') !== undefined && typeof n === 'number'
          ? await readPull(run, n)
          : mapIssue(raw, ctx),
      );
      mark = later(mark, field(raw, 'updated_at'));
    }
    if (mark !== undefined) state.issues = mark;
    // Only a lone, partly filled page is known unchanged by its ETag: more items would land on it.
    if (url === first && !res.next && items.length < PER_PAGE && res.etag) {
      run.etags.next[first] = res.etag;
    }
    url = res.next;
    yield toPage(out, items.length, run.checkpoint());
  }
  if (since === null) {
    const prefix = `github:${ctx.repo}#`;
    const gone = [...(await run.existing())].filter((u) => u.startsWith(prefix) && !seen.has(u));
    if (gone.length > 0) yield toPage(emptyMapped(), 0, run.checkpoint(), gone);
  }
}

/** A commit with all its files (`files` pages past 300 files). */
async function commitDetail(run: RepoRun, sha: string): Promise<unknown> {
  let res: GitHubResult = await run.client.get(`/repos/${run.repo.repo}/commits/${sha}`);
  if (res.notModified) return null;
  const detail = res.data as Record<string, unknown>;
  const files = [...((detail.files as unknown[] | undefined) ?? [])];
  while (res.next) {
    res = await run.client.get(res.next);
    if (res.notModified) break;
    files.push(...((field(res.data, 'files') as unknown[] | undefined) ?? []));
  }
  return { ...detail, files };
}

/** Commits of the default branch with their files, newest first, at most `maxCommits`. */
export async function* readCommits(run: RepoRun): AsyncGenerator<SyncPage> {
  const { repo: ctx, state } = run;
  const since = run.ctx.since ?? state.commits ?? null;
  const first =
    `/repos/${ctx.repo}/commits?per_page=${PER_PAGE}` +
    (since ? `&since=${encodeURIComponent(since)}` : '');
  let url: string | null = first;
  let read = 0;
  let newest: string | undefined;
  while (url) {
    let res: GitHubResult;
    try {
      res = url === first ? await getConditional(run, first) : await run.client.get(url);
    } catch (error) {
      // 409 "Git Repository is empty."
      if (error instanceof GitHubRequestError && error.status === 409) return;
      throw error;
    }
    if (res.notModified) return;
    const items = asArray(res.data, url).slice(0, run.maxCommits - read);
    read += items.length;
    const out = emptyMapped();
    for (const raw of items) {
      const sha = field(raw, 'sha');
      // A record without a proper sha is not fetched again: mapping reports it.
      const full = typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha);
      addTo(out, mapCommit(full ? await commitDetail(run, sha) : raw, ctx));
      newest = later(newest, field(field(field(raw, 'commit'), 'committer'), 'date'));
    }
    const last: boolean = !res.next || read >= run.maxCommits;
    if (last) {
      state.commits = later(state.commits, newest);
      if (url === first && items.length < PER_PAGE && res.etag) run.etags.next[first] = res.etag;
    }
    url = last ? null : res.next;
    yield toPage(out, items.length, run.checkpoint());
  }
}
