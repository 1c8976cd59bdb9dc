/**
 * Link suggestions: for an artifact, the artifacts it probably should be linked to but is not,
 * ranked as `related` ranks (related.ts), with the link the hierarchy rules give each pair
 * (`suggestedLink`: CODE IMPLEMENTS a story or spec, a spec SPECIFIES a story, a story is PART_OF
 * an epic, an epic PART_OF a PRD). Left out: the artifact itself, what it is already linked to or
 * already reaches through the hierarchy (code implementing a spec of the story), pairs someone
 * rejected, and for PART_OF a child that already has a parent of that kind.
 */
import DataLoader from 'dataloader';
import { BadUserInputError, NotFoundError } from '../core/errors.js';
import { identifierWords } from '../graph/identifiers.js';
import { suggestableKinds, suggestedLink } from '../graph/validate.js';
import type { ArtifactKind, SuggestedLinkType } from '../graph/validate.js';
import type { ArtifactObject } from './artifact.js';
import { cached } from './cache.js';
import {
  branchDepth,
  distinctiveTerms,
  fetchCandidates,
  rankCandidates,
  readSeeds,
} from './related.js';
import type { Candidate, FetchedCandidate, Seed } from './related.js';
import type { QueryRuntime, Scope } from './runtime.js';

export interface SuggestionEvidence {
  /** Distinctive words of the artifact asked about that the suggested one also contains. */
  terms: string[];
  /** The chunk of the artifact asked about closest to the suggested one (or its text's start). */
  sourceExcerpt: string | null;
  /** The chunk of the suggested artifact closest to the one asked about. */
  targetExcerpt: string | null;
  /** Which rankers found it: `vector`, `text`, and graph signals `sibling`, `path`, `cochange`, `references`. */
  signals: string[];
}

export interface LinkSuggestion {
  /** The child end of the suggested link. */
  from: string;
  /** The parent end. */
  to: string;
  type: SuggestedLinkType;
  /** The suggested artifact (the other end from the one asked about). */
  artifact: ArtifactObject;
  /**
   * 0..1: the fused score over the number of rankers that found anything for this artifact,
   * i.e. how far the rankers agree that this is their best candidate. Relative, not a probability.
   */
  confidence: number;
  evidence: SuggestionEvidence;
}

/** One artifact to suggest links for, optionally only to artifacts of `kinds`. */
export interface SuggestionRequest {
  uid: string;
  kinds?: readonly ArtifactKind[] | null | undefined;
}

/** How many matching terms the evidence lists. @default 12 */
const EVIDENCE_TERMS = 12;

/** Whether a candidate may be suggested to `seed` at all (before it is fetched). */
function open(seed: Seed, c: Candidate): boolean {
  return (
    !seed.linked.includes(c.uid) && !seed.traced.includes(c.uid) && !seed.rejected.includes(c.uid)
  );
}

/** The suggestion for one pair, or null when the rules or the one-parent rule refuse it. */
function toSuggestion(
  seed: Seed,
  c: Candidate,
  f: FetchedCandidate,
  seedTerms: readonly string[],
): LinkSuggestion | null {
  const kind = f.artifact.kind as ArtifactKind;
  const link = suggestedLink(seed.kind, kind);
  if (!link) return null;
  // A story belongs to one epic, an epic to one PRD: a child with such a parent is not missing one.
  if (link.type === 'PART_OF') {
    const childParents = link.forward ? seed.parentKinds : f.parentKinds;
    if (childParents.includes(link.forward ? kind : seed.kind)) return null;
  }
  const words = new Set(identifierWords(f.text));
  return {
    from: link.forward ? seed.uid : f.artifact.uid,
    to: link.forward ? f.artifact.uid : seed.uid,
    type: link.type,
    artifact: f.artifact,
    confidence: c.branches === 0 ? 0 : Math.min(1, c.score / c.branches),
    evidence: {
      terms: seedTerms.filter((t) => words.has(t)).slice(0, EVIDENCE_TERMS),
      sourceExcerpt: f.seedChunk,
      targetExcerpt: f.chunk,
      signals: [
        ...(c.vectorScore !== null ? ['vector'] : []),
        ...(c.textScore !== null ? ['text'] : []),
        ...c.signals,
      ],
    },
  };
}

/**
 * Suggestions for several artifacts at once (coverage gaps use it through a DataLoader): the
 * `first` best for each request, in request order; null for a request naming a missing or hidden
 * artifact (the two alike).
 * @throws {BadUserInputError} `first` outside 1..50.
 */
export async function suggestLinksMany(
  rt: QueryRuntime,
  scope: Scope,
  requests: readonly SuggestionRequest[],
  first: number,
): Promise<(LinkSuggestion[] | null)[]> {
  if (!Number.isInteger(first) || first < 1 || first > 50) {
    throw new BadUserInputError('first must be between 1 and 50', 'first');
  }
  const seeds = await readSeeds(
    rt,
    scope,
    requests.map((r) => r.uid),
  );
  // Requests grouped by the kinds they look for: one ranking round trip per group.
  const groups = new Map<string, { kinds: ArtifactKind[]; seeds: Map<string, Seed> }>();
  const kindsOf = requests.map((r) => {
    const seed = seeds.get(r.uid);
    if (!seed) return null;
    const allowed = suggestableKinds(seed.kind);
    const kinds = (
      r.kinds && r.kinds.length > 0 ? allowed.filter((k) => r.kinds?.includes(k)) : allowed
    ).sort();
    const key = kinds.join(',');
    const group = groups.get(key) ?? { kinds, seeds: new Map() };
    group.seeds.set(seed.uid, seed);
    groups.set(key, group);
    return key;
  });
  // Extra candidates: some are cut by links, rejections and the one-parent rule.
  const depth = branchDepth(first);
  const ranked = new Map<string, Map<string, Candidate[]>>();
  for (const [key, g] of groups) {
    ranked.set(key, await rankCandidates(rt, scope, [...g.seeds.values()], g.kinds, depth));
  }
  const wanted = requests.map((r, i) => {
    const seed = seeds.get(r.uid);
    const list = seed ? (ranked.get(kindsOf[i] ?? '')?.get(seed.uid) ?? []) : [];
    return seed ? list.filter((c) => open(seed, c)).slice(0, first * 3) : [];
  });
  const fetched = await fetchCandidates(rt, scope, [
    ...new Map(
      requests.flatMap((r, i) =>
        (wanted[i] ?? []).map((c) => [`${r.uid}\0${c.uid}`, { seed: r.uid, uid: c.uid }] as const),
      ),
    ).values(),
  ]);
  return requests.map((r, i) => {
    const seed = seeds.get(r.uid);
    if (!seed) return null;
    const terms = distinctiveTerms(seed.text).map((t) => t.term);
    const out: LinkSuggestion[] = [];
    for (const c of wanted[i] ?? []) {
      const f = fetched.get(`${seed.uid}\0${c.uid}`);
      const s = f && toSuggestion(seed, c, f, terms);
      if (s) out.push(s);
      if (out.length === first) break;
    }
    return out;
  });
}

/**
 * The `first` (1..50) best missing links of `uid`, best first.
 * @throws {NotFoundError} `uid` is missing or hidden (the same answer).
 * @throws {BadUserInputError} `first` out of range.
 */
export async function suggestedLinks(
  rt: QueryRuntime,
  scope: Scope,
  args: { uid: string; first?: number | null | undefined },
): Promise<LinkSuggestion[]> {
  const first = args.first ?? 5;
  return cached(rt, scope, 'suggestedLinks', { uid: args.uid, first }, async () => {
    const [found] = await suggestLinksMany(rt, scope, [{ uid: args.uid }], first);
    if (!found) throw new NotFoundError(`No artifact with uid ${args.uid}`);
    return found;
  });
}

/** One `suggestions(first)` field of a coverage gap. */
export interface SuggestionKey {
  uid: string;
  kinds: readonly ArtifactKind[];
  first: number;
}

/**
 * A per-request DataLoader for coverage gaps' `suggestions`: every gap of a report in one
 * {@link suggestLinksMany} call per distinct `first` (a gap whose artifact is gone gets none).
 */
export function createSuggestionLoader(rt: QueryRuntime, scope: Scope) {
  return new DataLoader<SuggestionKey, LinkSuggestion[], string>(
    async (keys) => {
      const out = new Array<LinkSuggestion[] | Error>(keys.length);
      for (const first of new Set(keys.map((k) => k.first))) {
        const idx = keys.flatMap((k, i) => (k.first === first ? [i] : []));
        try {
          const found = await suggestLinksMany(
            rt,
            scope,
            idx.map((i) => keys[i] as SuggestionKey),
            first,
          );
          idx.forEach((i, j) => (out[i] = found[j] ?? []));
        } catch (error) {
          for (const i of idx) out[i] = error as Error;
        }
      }
      return out;
    },
    { cacheKeyFn: (k) => `${k.uid}\0${[...k.kinds].sort().join(',')}\0${k.first}` },
  );
}
