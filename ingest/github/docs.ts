/**
 * Markdown documents of a repository under the configured `docPaths` globs, mapped exactly as the
 * markdown connector maps a file on disk (`ingest/common/document.ts`: `kind: prd|spec|…` or a
 * `prd/`/`specs/` folder, a spec's `stories` SPECIFIED, a PRD's `epics` PART_OF it, via
 * `front-matter`), with three GitHub touches: the uid is always `doc:<owner>/<repo>/<path without
 * .md>` (a front-matter `uid:` would let a file of the repository overwrite any artifact, and
 * deletion by absence from the tree needs the uid the path gives); `#12` and `owner/repo#12` in
 * front matter name GitHub issues; the artifact links to the file on the default branch.
 *
 * Reading: the tree of the default branch (conditional: a 304 means no document changed), blobs
 * only of documents whose blob sha changed since the last run, deletions by absence from the tree
 * (not from a truncated tree, which does not show everything).
 */
import picomatch from 'picomatch';
import { describeIssue } from '../../core/zod.js';
import { issueRefUid } from '../common/code.js';
import { mapDocument } from '../common/document.js';
import type { SyncPage } from '../sync/types.js';
import { GitHubRequestError } from './client.js';
import type { GitHubResult } from './client.js';
import { BlobPayload, RepoPayload, TreePayload } from './payloads.js';
import { getConditional, getData, toPage } from './readers.js';
import type { RepoRun } from './readers.js';
import { accept, addTo, emptyMapped } from './records.js';
import type { Mapped, RepoContext } from './records.js';

/** `doc:<owner>/<repo>/<path without .md>`. */
export const docUid = (repo: string, path: string) => `doc:${repo}/${path.replace(/\.md$/i, '')}`;

/** Whether a path is a markdown document under one of `globs` (picomatch syntax). */
export function docMatcher(globs: readonly string[]): (path: string) => boolean {
  const matches = picomatch([...globs], { dot: false });
  return (path) => /\.md$/i.test(path) && matches(path);
}

/** A GitHub issue as people write it in front matter (`#12`, `owner/repo#12`) as its uid. */
function issueRef(ctx: RepoContext, ref: string): string {
  const m = /^(?:([\w.-]+\/[\w.-]+))?#(\d+)$/.exec(ref);
  if (!m || Number(m[2]) <= 0) return ref;
  return issueRefUid(ctx, m[1] ?? ctx.repo, Number(m[2]));
}

/**
 * The document at `path` as an artifact with its front-matter links; a bad record when its front
 * matter is not YAML or it names no known kind.
 */
export function mapDoc(path: string, text: string, ctx: RepoContext, url?: string | null): Mapped {
  const out = emptyMapped();
  const sourceId = `${ctx.repo}:${path}`;
  const mapped = mapDocument(path, text, {
    name: ctx.repo,
    source: ctx.source,
    accessLevel: ctx.accessLevel,
  });
  if ('bad' in mapped) {
    out.bad.push({ sourceId, reason: mapped.bad.reason });
    return out;
  }
  const uid = docUid(ctx.repo, path);
  const named = mapped.artifact.uid;
  const fix = (ref: string) => (ref === named ? uid : issueRef(ctx, ref));
  const links = mapped.links.map((l) => ({ ...l, from: fix(l.from), to: fix(l.to) }));
  if (accept(out, { ...mapped.artifact, uid, url: url ?? null }, sourceId, links)) {
    out.reconcile.push(uid);
  }
  return out;
}

/** The default branch, from `GET /repos/{o}/{r}` (conditional; the branch is in the state). */
async function defaultBranch(run: RepoRun): Promise<string> {
  const path = `/repos/${run.repo.repo}`;
  const res = await getConditional(run, path);
  if (res.notModified && run.state.defaultBranch) return run.state.defaultBranch;
  const data = res.notModified ? await getData(run, path) : res.data;
  const repo = RepoPayload.safeParse(data);
  if (!repo.success) throw new GitHubRequestError(200, path, describeIssue(repo.error));
  run.state.defaultBranch = repo.data.default_branch;
  if (!res.notModified && res.etag) run.etags.next[path] = res.etag;
  return repo.data.default_branch;
}

/** The epics a PRD page names, and the links of those epics to other documents (kept). */
function reconcileEpics(run: RepoRun, path: string, m: Mapped): Record<string, string> {
  const uid = docUid(run.repo.repo, path);
  const now: Record<string, string> = {};
  for (const l of m.links) if (l.to === uid && l.type === 'PART_OF') now[l.from] = l.evidence ?? '';
  const before = run.state.docs?.[path]?.epics ?? {};
  for (const epic of new Set([...Object.keys(before), ...Object.keys(now)])) {
    m.reconcile.push(epic);
    for (const [repo, s] of Object.entries(run.all)) {
      for (const [p, d] of Object.entries(s.docs ?? {})) {
        const evidence = d.epics?.[epic];
        if (evidence === undefined || (repo === run.repo.repo && p === path)) continue;
        m.links.push({
          from: epic,
          to: docUid(repo, p),
          type: 'PART_OF',
          via: 'front-matter',
          evidence,
        });
      }
    }
  }
  return now;
}

/** Markdown documents under `docPaths` on the default branch. */
export async function* readDocs(run: RepoRun): AsyncGenerator<SyncPage> {
  const { repo: ctx, state } = run;
  let branch: string;
  let treePath: string;
  let res: GitHubResult;
  try {
    branch = await defaultBranch(run);
    treePath = `/repos/${ctx.repo}/git/trees/${encodeURIComponent(branch)}?recursive=1`;
    res = await getConditional(run, treePath);
  } catch (error) {
    // 409: an empty repository has no tree.
    if (error instanceof GitHubRequestError && error.status === 409) return;
    throw error;
  }
  if (res.notModified) return;
  const tree = TreePayload.safeParse(res.data);
  if (!tree.success) throw new GitHubRequestError(200, treePath, describeIssue(tree.error));
  const docs = tree.data.tree.filter((e) => e.type === 'blob' && run.isDoc(e.path));
  const known = (state.docs ??= {});
  const changed = docs.filter((d) => known[d.path]?.sha !== d.sha);
  const paths = new Set(docs.map((d) => d.path));
  const uids = new Set(docs.map((d) => docUid(ctx.repo, d.path)));
  // A truncated tree (over 100,000 entries) does not show what is gone.
  const deleted = tree.data.truncated
    ? []
    : [...(await run.existing())].filter((u) => u.startsWith(`doc:${ctx.repo}/`) && !uids.has(u));
  for (let i = 0; i === 0 || i < changed.length; i += run.docsPerPage) {
    const batch = changed.slice(i, i + run.docsPerPage);
    const out = emptyMapped();
    // Documents enter the state with the page that writes them, not before (a blob that fails
    // half-way through a batch must leave the batch to the next run).
    const read: Record<string, { sha: string; epics?: Record<string, string> }> = {};
    for (const d of batch) {
      const blob = BlobPayload.safeParse(
        await getData(run, `/repos/${ctx.repo}/git/blobs/${d.sha}`),
      );
      if (!blob.success) {
        out.bad.push({ sourceId: `${ctx.repo}:${d.path}`, reason: describeIssue(blob.error) });
        continue;
      }
      const { content, encoding } = blob.data;
      const text =
        encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
      const m = mapDoc(d.path, text, ctx, run.docUrl(branch, d.path));
      const accepted = m.artifacts.length > 0;
      const epics = accepted ? reconcileEpics(run, d.path, m) : known[d.path]?.epics;
      read[d.path] = { sha: d.sha, ...(epics && Object.keys(epics).length > 0 ? { epics } : {}) };
      addTo(out, m);
    }
    Object.assign(known, read);
    const last = i + run.docsPerPage >= changed.length;
    if (last) {
      if (!tree.data.truncated)
        for (const p of Object.keys(known)) if (!paths.has(p)) delete known[p];
      if (res.etag) run.etags.next[treePath] = res.etag;
    }
    yield toPage(out, batch.length, run.checkpoint(), last ? deleted : []);
  }
}
