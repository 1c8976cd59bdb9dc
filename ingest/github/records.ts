/**
 * What mapping GitHub records produces. The uids are those every connector shares
 * (`ingest/common/code.ts`): pull requests and issues `github:<owner>/<repo>#<n>`, commits
 * `git:<owner>/<repo>@<sha>`, files `file:<owner>/<repo>:<path>`. A record is checked as the
 * writer will check it, so a record the writer would refuse is reported here, with none of its
 * links.
 */
import type { ZodType } from 'zod';
import { describeIssue } from '../../core/zod.js';
import type { CodeContext } from '../common/code.js';
import type { BadRecord, LinkCandidate } from '../sync/types.js';
import { validateArtifacts } from '../../graph/validate.js';
import type { ArtifactInput } from '../../graph/validate.js';

/**
 * What mapping a record of one repository needs to know: the source is `github:<api host>`, the
 * Jira keys `config.sources.linkProjectKeys`, the repositories all of `GITHUB_REPOS`.
 */
export interface RepoContext extends CodeContext {
  repos: readonly string[];
}

/** Artifacts, links and bad records of some records; `reconcile` lists the uids whose text was read. */
export interface Mapped {
  artifacts: ArtifactInput[];
  links: LinkCandidate[];
  bad: BadRecord[];
  reconcile: string[];
}

/** `github:<owner>/<repo>#<n>`: issues and pull requests share their numbers. */
export { githubIssueUid as issueUid } from '../common/code.js';

/** An empty result to add to. */
export function emptyMapped(): Mapped {
  return { artifacts: [], links: [], bad: [], reconcile: [] };
}

/**
 * Adds `artifact` and its `links` to `out` when the writer would accept the artifact; otherwise
 * records a bad record under `sourceId` and drops the links. Returns whether it was accepted.
 */
export function accept(
  out: Mapped,
  artifact: ArtifactInput,
  sourceId: string,
  links: LinkCandidate[] = [],
): boolean {
  try {
    validateArtifacts([artifact]);
  } catch (error) {
    out.bad.push({ sourceId, reason: error instanceof Error ? error.message : String(error) });
    return false;
  }
  out.artifacts.push(artifact);
  out.links.push(...links);
  return true;
}

/** Parses `raw` with `schema`, or records why not. */
export function parse<T>(schema: ZodType<T>, raw: unknown, sourceId: string, out: Mapped) {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  out.bad.push({ sourceId, reason: describeIssue(result.error) });
  return null;
}

/** Adds `more` to `into` (in place) and returns `into`. */
export function addTo(into: Mapped, more: Mapped): Mapped {
  into.artifacts.push(...more.artifacts);
  into.links.push(...more.links);
  into.bad.push(...more.bad);
  into.reconcile.push(...more.reconcile);
  return into;
}
