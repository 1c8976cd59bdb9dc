/**
 * The decisions of a page write, as pure functions of what the page states and what the graph
 * holds (read once per page): which records are retyped, which links are written, kept pending
 * or refused, and which links reconciliation removes. `apply.ts` does the reading and
 * the writing around them.
 */
import { checkLinks, linkKey } from '../../graph/validate.js';
import type { ArtifactInput, ArtifactKind, CheckedLinks, LinkRef } from '../../graph/validate.js';
import type { LinkCandidate } from './types.js';

/** Every uid whose stored kind a page needs: its artifacts and both ends of its links. */
export function uidsToLookUp(
  artifacts: readonly ArtifactInput[],
  stated: readonly LinkCandidate[],
): string[] {
  return [...new Set([...artifacts.map((a) => a.uid), ...stated.flatMap((l) => [l.from, l.to])])];
}

/**
 * The page's artifacts whose kind changed upstream (a Jira story turned epic, a `prd` label
 * added): the stored node is soft-deleted and the record written anew.
 */
export function retypedUids(
  artifacts: readonly ArtifactInput[],
  stored: ReadonlyMap<string, ArtifactKind>,
): string[] {
  return artifacts.filter((a) => (stored.get(a.uid) ?? a.kind) !== a.kind).map((a) => a.uid);
}

/** The kinds of live artifacts once the page's artifacts are written: theirs win. */
export function kindsAfterWrite(
  stored: ReadonlyMap<string, ArtifactKind>,
  artifacts: readonly ArtifactInput[],
): Map<string, ArtifactKind> {
  return new Map([...stored, ...artifacts.map((a): [string, ArtifactKind] => [a.uid, a.kind])]);
}

/** What a page does with its links. */
export interface LinkPlan {
  /** Links to merge: both ends live, and the rules allow them. */
  write: CheckedLinks<LinkCandidate>;
  /** Links with an end not in the graph: kept as pending links. */
  pending: LinkCandidate[];
  /** Links the hierarchy rules refuse, with the reason. */
  refused: { link: LinkCandidate; reason: string }[];
}

/**
 * Decides the links a page states, checked against `kinds` (live artifacts after the page's
 * artifacts are written); a link stated twice keeps its last version, at its first place. A link
 * to itself is dropped. Links that were waiting for this page's artifacts are not planned here:
 * the writer makes them real as it writes the artifacts.
 */
export function planLinks(
  stated: readonly LinkCandidate[],
  kinds: ReadonlyMap<string, ArtifactKind>,
): LinkPlan {
  const candidates = new Map(stated.map((l) => [linkKey(l), l]));
  const { ok, problems } = checkLinks(candidates.values(), kinds);
  const pending: LinkCandidate[] = [];
  const refused: LinkPlan['refused'] = [];
  for (const { link, problem } of problems) {
    if (problem.reason === 'from' || problem.reason === 'to') pending.push(link);
    else if (problem.reason !== 'self') refused.push({ link, reason: problem.message });
  }
  return { write: ok, pending, refused };
}

/** An outgoing link (or pending link) of an artifact the page reconciles. */
export interface FoundLink extends LinkRef {
  via: string;
  /** The sources that state it; null for links written before sources were recorded. */
  sources: readonly string[] | null;
  pending: boolean;
}

/**
 * Whether `source` owns a claim on `link`: it is among the link's sources; for a link written
 * before sources were recorded, its `via` is one of the connector's `vias`.
 */
export function ownsLink(link: FoundLink, source: string, vias: readonly string[]): boolean {
  return link.sources ? link.sources.includes(source) : vias.includes(link.via);
}

/**
 * Reconciliation: the links (real and pending) of the reconciled artifacts on which `source`
 * holds a claim (a connector never removes a link found only by another, or made by hand; two
 * connectors sharing a `via`, like markdown and GitHub docs with `front-matter`, are told apart by
 * source) and that the page no longer states. Each link once. The writer removes the claim, and
 * the link with its last one.
 */
export function staleLinks(
  found: readonly FoundLink[],
  source: string,
  vias: readonly string[],
  stated: readonly LinkRef[],
): { links: LinkRef[]; pending: LinkRef[] } {
  const keep = new Set(stated.map(linkKey));
  const links = new Map<string, LinkRef>();
  const pending = new Map<string, LinkRef>();
  for (const l of found) {
    if (!ownsLink(l, source, vias) || keep.has(linkKey(l))) continue;
    (l.pending ? pending : links).set(linkKey(l), { from: l.from, to: l.to, type: l.type });
  }
  return { links: [...links.values()], pending: [...pending.values()] };
}

/** `github:<owner>/<repo>#<n>` as its repository and number; null for any other uid. */
export function githubIssueRef(uid: string): { repo: string; number: number } | null {
  const m = /^github:([^#\s]+\/[^#\s]+)#(\d+)$/.exec(uid);
  return m ? { repo: m[1] ?? '', number: Number(m[2]) } : null;
}

/**
 * Why a link to a GitHub issue that is not in the graph may not mean what it seems, or null when
 * it is plausible: `#N` is plausible when N is within the numbers of issues and pull requests
 * seen in its repository (`highest`: repository → the highest number seen). A Bugzilla-era
 * `resolves #28482` in a repository whose GitHub numbers end at 150, or any `#N` of a repository
 * whose numbering was never seen, is doubtful: it waits as a pending link marked so, and is
 * linked only once its target exists.
 */
export function doubtOf(link: LinkRef, highest: ReadonlyMap<string, number>): string | null {
  const ref = githubIssueRef(link.to);
  if (!ref) return null;
  const top = highest.get(ref.repo);
  if (top === undefined) return `no issue or pull request of ${ref.repo} has been seen`;
  return ref.number > top
    ? `#${ref.number} is beyond the highest issue or pull request number seen in ${ref.repo} (#${top})`
    : null;
}
