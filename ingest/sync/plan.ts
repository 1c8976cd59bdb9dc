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
  pending: boolean;
}

/**
 * Reconciliation: the links (real and pending) of the reconciled artifacts that the connector
 * owns (their `via` is one of `vias`: a connector never removes a link found by another, or made
 * by hand) and that the page no longer states. Each link once.
 */
export function staleLinks(
  found: readonly FoundLink[],
  vias: readonly string[],
  stated: readonly LinkRef[],
): { links: LinkRef[]; pending: LinkRef[] } {
  const keep = new Set(stated.map(linkKey));
  const links = new Map<string, LinkRef>();
  const pending = new Map<string, LinkRef>();
  for (const l of found) {
    if (!vias.includes(l.via) || keep.has(linkKey(l))) continue;
    (l.pending ? pending : links).set(linkKey(l), { from: l.from, to: l.to, type: l.type });
  }
  return { links: [...links.values()], pending: [...pending.values()] };
}
