/**
 * What mapping GitHub records produces, and the uid conventions every connector shares: pull
 * requests and issues `github:<owner>/<repo>#<n>`, commits `git:<owner>/<repo>@<sha>`, files
 * `file:<owner>/<repo>:<path>`. A record is checked as the writer will check it, so a record the
 * writer would refuse is reported here, with none of its links.
 */
import type { ZodType } from 'zod';
import type { AccessLevel } from '../../core/config.js';
import type { BadRecord, LinkCandidate } from '../sync/types.js';
import { validateArtifacts } from '../../graph/validate.js';
import type { ArtifactInput } from '../../graph/validate.js';
import { describeIssue } from './payloads.js';

/** What mapping a record of one repository needs to know. */
export interface RepoContext {
  /** `owner/repo` as configured; every uid of the repository is spelled with it. */
  repo: string;
  /** `https://github.com/<owner>/<repo>` (files link to their page on `HEAD`). */
  webUrl: string | null;
  /** The connector's source (`github:api.github.com`), stored on every artifact. */
  source: string;
  accessLevel: AccessLevel;
  /** Jira project keys that count as links (`config.sources.linkProjectKeys`). */
  projectKeys: readonly string[];
  /** All configured repositories: a reference to one of them is spelled as configured. */
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
export const issueUid = (repo: string, n: number) => `github:${repo}#${n}`;
// Commits and files are the local git connector's uids too: one definition for both.
export { commitUid, fileUid } from '../git/mapper.js';

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

/** `github:<repo>#<n>` for an issue a text names, a configured repository spelled as configured. */
export function refUid(ctx: RepoContext, repo: string, n: number): string {
  const known = [ctx.repo, ...ctx.repos].find((r) => r.toLowerCase() === repo.toLowerCase());
  return issueUid(known ?? repo, n);
}
