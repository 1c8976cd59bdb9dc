/**
 * Related artifacts: for an artifact, the artifacts of the given kinds most related to it, from
 * what is stored (its own vector and its chunks' vectors, its search text) and from the graph
 * around it (code of sibling stories, code sharing a folder or a commit with its code). Nothing is
 * re-embedded and no text is cut. Branches are fused like `search`: min-max normalised scores
 * summed (CombSUM). Link suggestions (`suggestions.ts`) rank with the same code.
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import { BadUserInputError, NotFoundError } from '../core/errors.js';
import { identifierWords } from '../graph/identifiers.js';
import { MAX_NAMESAKES } from '../graph/references.js';
import { ARTIFACT_KINDS } from '../graph/validate.js';
import type { ArtifactKind } from '../graph/validate.js';
import { toArtifact } from './artifact.js';
import type { ArtifactObject } from './artifact.js';
import { cached } from './cache.js';
import { readOptions } from './runtime.js';
import type { QueryRuntime, Scope } from './runtime.js';

/** What a ranking starts from: one artifact the caller may read, as stored. */
export interface Seed {
  uid: string;
  kind: ArtifactKind;
  /** Its stored search text (`searchText`). */
  text: string;
  embedded: boolean;
  /** uids it is linked to (either direction), visible ones only. */
  linked: string[];
  /** uids it reaches through 2–3 hierarchy links in one direction (visible ones only). */
  traced: string[];
  /** Kinds of its visible PART_OF parents. */
  parentKinds: ArtifactKind[];
  /** uids of rejected suggestions naming it. */
  rejected: string[];
}

/** One candidate of a seed, with the score of each branch that found it. */
export interface Candidate {
  uid: string;
  /** Fused: the sum of the branches' min-max normalised scores. */
  score: number;
  vectorScore: number | null;
  textScore: number | null;
  graphScore: number | null;
  /** Graph signals that found it: `sibling`, `path`, `cochange`, `references`. */
  signals: string[];
  /** How many branches found any candidate for the seed (confidence is relative to it). */
  branches: number;
}

/** A candidate as fetched: the artifact and the evidence of the pair. */
export interface FetchedCandidate {
  artifact: ArtifactObject;
  text: string;
  parentKinds: ArtifactKind[];
  seedChunk: string | null;
  chunk: string | null;
}

export interface RelatedArtifact {
  artifact: ArtifactObject;
  score: number;
  vectorScore: number | null;
  textScore: number | null;
  graphScore: number | null;
}

export interface RelatedArgs {
  uid: string;
  /** @default every kind */
  kinds?: readonly ArtifactKind[] | null | undefined;
  /** @default 10 (1..100) */
  first?: number | null | undefined;
}

/** Seed chunks whose vectors are searched besides the artifact's own. @default 8 */
const SEED_CHUNKS = 8;
/** Neighbours of the seed's kind that make a candidate's hub score (CSLS). @default 10 */
const HUB_NEIGHBOURS = 10;
/** Words of the seed's text in its fulltext query (Lucene allows 1,024 clauses). @default 256 */
const QUERY_TERMS = 256;
/**
 * Structural propagation: a candidate gains this share of the best fused score among the
 * {@link PROPAGATION_TOP} best candidates it references or is referenced by (source files naming
 * each other, `graph/references.ts`). Measured, not tuned per dataset: docs/benchmarks.md.
 */
export const PROPAGATION = 0.5;
/** The best candidates whose score spreads to the files they reference or are referenced by. */
export const PROPAGATION_TOP = 10;
/** Characters of an evidence excerpt. @default 400 */
export const EXCERPT = 400;

/** Words too common in any text to be evidence of a relation. */
const STOP = new Set(
  'the and are for from has have had not but was were will with this that these those their there then than into onto its it is be been being as at by of on or in to an a if so such can could do does did done shall should would may might must also any all each every other some only own same very via per use used uses using when where which while who whom whose what why how about above after again against before below between both during further here once over under until up down out off through more most few nor too just our ours your yours his her hers him they them we you i me my system user'.split(
    ' ',
  ),
);

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The most distinctive words of a stored text, best first: identifiers split into words,
 * stop words, one- and two-letter words and numbers dropped, ranked by occurrences (ties by
 * first occurrence), each with its count.
 */
export function distinctiveTerms(text: string, max = QUERY_TERMS): { term: string; tf: number }[] {
  const counts = new Map<string, number>();
  for (const w of identifierWords(text)) {
    if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // Map order is first occurrence, and the sort is stable.
  return [...counts]
    .map(([term, tf]) => ({ term, tf }))
    .sort((a, b) => b.tf - a.tf)
    .slice(0, max);
}

/**
 * A Lucene query of the distinctive words of `text`, each escaped and boosted by its count in
 * `text` (the seed's own term frequencies, as a query vector of the vector space model); BM25
 * weighs them by rarity in the index. Linear, not sublinear (`1 + ln tf`): on eTour the sublinear
 * boost lost a quarter of the text ranking's MAP (0.38 → 0.28, docs/benchmarks.md). Null when no
 * word is left.
 */
export function termsQuery(text: string, max = QUERY_TERMS): string | null {
  const terms = distinctiveTerms(text, max);
  if (terms.length === 0) return null;
  return terms
    .map(({ term, tf }) => {
      const t = term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
      return tf > 1 ? `${t}^${tf}` : t;
    })
    .join(' ');
}

/** The seeds among `uids` the caller may read (a hidden uid is left out, like a missing one). */
export async function readSeeds(
  rt: QueryRuntime,
  scope: Scope,
  uids: readonly string[],
): Promise<Map<string, Seed>> {
  const { records } = await rt.driver.executeQuery(
    cypher('related/seeds'),
    { uids: [...new Set(uids)], levels: scope.levels },
    readOptions(rt),
  );
  return new Map(
    records.map((r) => [
      r.get('uid') as string,
      {
        uid: r.get('uid') as string,
        kind: r.get('kind') as ArtifactKind,
        text: r.get('text') as string,
        embedded: r.get('embedded') as boolean,
        linked: r.get('linked') as string[],
        traced: r.get('traced') as string[],
        parentKinds: r.get('parentKinds') as ArtifactKind[],
        rejected: r.get('rejected') as string[],
      },
    ]),
  );
}

type Scores = Map<string, Map<string, number>>;

/** Rows `{seed, uid, score}` as seed → candidate → score (or the `field` given). */
function byseed(records: { get: (k: string) => unknown }[], field = 'score'): Scores {
  const out: Scores = new Map();
  for (const r of records) {
    const seed = r.get('seed') as string;
    const m = out.get(seed) ?? new Map<string, number>();
    m.set(r.get('uid') as string, Number(r.get(field)));
    out.set(seed, m);
  }
  return out;
}

/** Min-max normalised: best 1, worst 0, all equal 1 (as in search's fusion). */
function normalise(scores: ReadonlyMap<string, number>): Map<string, number> {
  const values = [...scores.values()];
  const min = Math.min(...values);
  const max = Math.max(...values);
  return new Map([...scores].map(([u, s]) => [u, max === min ? 1 : (s - min) / (max - min)]));
}

/**
 * `list` (fused, best first) with structural propagation: each candidate gains
 * {@link PROPAGATION} × the best score among the top {@link PROPAGATION_TOP} candidates that it
 * references or that reference it (`neighbours`, both directions); re-sorted, and a candidate
 * lifted this way carries the `references` signal. Scores of the top are read before any is
 * lifted, so the order of the lifting does not matter.
 */
export function propagate<C extends { uid: string; score: number; signals: string[] }>(
  list: readonly C[],
  neighbours: ReadonlyMap<string, readonly string[]>,
): C[] {
  const top = new Map(list.slice(0, PROPAGATION_TOP).map((c) => [c.uid, c.score]));
  const out = list.map((c) => {
    const best = Math.max(
      0,
      ...(neighbours.get(c.uid) ?? []).map((n) => (n === c.uid ? 0 : (top.get(n) ?? 0))),
    );
    return best > 0
      ? {
          ...c,
          score: c.score + PROPAGATION * best,
          signals: c.signals.includes('references') ? c.signals : [...c.signals, 'references'],
        }
      : c;
  });
  out.sort((a, b) => b.score - a.score || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return out;
}

/** REFERENCES among `uids`, both ends visible: uid → the uids it references or is referenced by. */
async function referencesAmong(
  rt: QueryRuntime,
  scope: Scope,
  uids: readonly string[],
): Promise<Map<string, string[]>> {
  if (uids.length === 0) return new Map();
  const { records } = await rt.driver.executeQuery(
    cypher('related/references'),
    { uids: [...uids], levels: scope.levels, maxNamesakes: neo4j.int(MAX_NAMESAKES) },
    readOptions(rt),
  );
  return new Map(records.map((r) => [r.get('uid') as string, r.get('neighbours') as string[]]));
}

/**
 * Every seed's candidates among `kinds`, fused, best first (ties by uid), `k` per branch. Seeds
 * without a vector or without words skip that branch.
 */
export async function rankCandidates(
  rt: QueryRuntime,
  scope: Scope,
  seeds: readonly Seed[],
  kinds: readonly ArtifactKind[],
  k: number,
): Promise<Map<string, Candidate[]>> {
  if (seeds.length === 0 || kinds.length === 0) return new Map();
  const opts = readOptions(rt);
  const common = { levels: scope.levels, kinds: [...kinds], k: neo4j.int(k) };
  const embedded = seeds.filter((s) => s.embedded).map((s) => s.uid);
  const texts = seeds.flatMap((s) => {
    const query = termsQuery(s.text);
    return query ? [{ uid: s.uid, query }] : [];
  });
  const [vector, text, graph] = await Promise.all([
    embedded.length === 0
      ? { records: [] }
      : rt.driver.executeQuery(
          cypher('related/vector-branch'),
          {
            ...common,
            uids: embedded,
            chunks: neo4j.int(SEED_CHUNKS),
            hubK: neo4j.int(HUB_NEIGHBOURS),
            similarity: rt.config.embeddings.similarity,
          },
          opts,
        ),
    texts.length === 0
      ? { records: [] }
      : rt.driver.executeQuery(cypher('related/text-branch'), { ...common, seeds: texts }, opts),
    rt.driver.executeQuery(
      cypher('related/graph-branch'),
      { ...common, uids: seeds.map((s) => s.uid) },
      opts,
    ),
  ]);
  // Ranked by the hub-discounted score, shown as the plain similarity.
  const v = byseed(vector.records);
  const similarity = byseed(vector.records, 'similarity');
  const t = byseed(text.records);
  const g = byseed(graph.records);
  const signals = new Map(
    graph.records.map((r) => [
      `${r.get('seed') as string}\0${r.get('uid') as string}`,
      r.get('signals') as string[],
    ]),
  );
  const fusedBySeed = new Map<string, Candidate[]>();
  for (const seed of seeds) {
    const branches = [v.get(seed.uid), t.get(seed.uid), g.get(seed.uid)];
    const normal = branches.map((b) => (b && b.size > 0 ? normalise(b) : null));
    const uids = new Set(branches.flatMap((b) => (b ? [...b.keys()] : [])));
    uids.delete(seed.uid);
    const ran = normal.filter((n) => n !== null).length;
    const list = [...uids].map((uid) => ({
      uid,
      score: normal.reduce((sum, n) => sum + (n?.get(uid) ?? 0), 0),
      vectorScore: similarity.get(seed.uid)?.get(uid) ?? null,
      textScore: branches[1]?.get(uid) ?? null,
      graphScore: branches[2]?.get(uid) ?? null,
      signals: signals.get(`${seed.uid}\0${uid}`) ?? [],
      branches: ran,
    }));
    list.sort((a, b) => b.score - a.score || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
    fusedBySeed.set(seed.uid, list);
  }
  // Only code files reference each other: without CODE among the kinds there is nothing to ask.
  const all = new Set([...fusedBySeed.values()].flatMap((l) => l.map((c) => c.uid)));
  const neighbours = kinds.includes('CODE')
    ? await referencesAmong(rt, scope, [...all])
    : new Map<string, string[]>();
  return new Map([...fusedBySeed].map(([seed, list]) => [seed, propagate(list, neighbours)]));
}

/**
 * The artifacts of `pairs` (seed, candidate) the caller may read, with the evidence of each pair:
 * the seed's chunk closest to the candidate and the candidate's chunk closest to the seed.
 * Keyed `seed\0uid`.
 */
export async function fetchCandidates(
  rt: QueryRuntime,
  scope: Scope,
  pairs: readonly { seed: string; uid: string }[],
): Promise<Map<string, FetchedCandidate>> {
  if (pairs.length === 0) return new Map();
  const { records } = await rt.driver.executeQuery(
    cypher('related/candidates'),
    { pairs, levels: scope.levels, excerpt: neo4j.int(EXCERPT) },
    readOptions(rt),
  );
  return new Map(
    records.map((r) => {
      const artifact = toArtifact(r.get('artifact') as Record<string, unknown>);
      return [
        `${r.get('seed') as string}\0${artifact.uid}`,
        {
          artifact,
          text: r.get('text') as string,
          parentKinds: r.get('parentKinds') as ArtifactKind[],
          seedChunk: r.get('seedChunk') as string | null,
          chunk: r.get('chunk') as string | null,
        },
      ];
    }),
  );
}

/** Candidates a branch returns for fusion: enough to reorder, never fewer than asked for. */
export const branchDepth = (first: number) => Math.max(first * 4, 40);

/**
 * The `first` artifacts of `kinds` most related to `uid`, best first; never `uid` itself and
 * never an artifact the caller may not read.
 * @throws {NotFoundError} `uid` is missing or hidden (the same answer).
 * @throws {BadUserInputError} `first` outside 1..100.
 */
export async function related(
  rt: QueryRuntime,
  scope: Scope,
  args: RelatedArgs,
): Promise<RelatedArtifact[]> {
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw new BadUserInputError('first must be between 1 and 100', 'first');
  }
  const kinds =
    args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)].sort() : [...ARTIFACT_KINDS];
  return cached(rt, scope, 'related', { uid: args.uid, kinds, first }, async () => {
    const seed = (await readSeeds(rt, scope, [args.uid])).get(args.uid);
    if (!seed) throw new NotFoundError(`No artifact with uid ${args.uid}`);
    const ranked = (await rankCandidates(rt, scope, [seed], kinds, branchDepth(first))).get(
      seed.uid,
    );
    const top = (ranked ?? []).slice(0, first);
    const fetched = await fetchCandidates(
      rt,
      scope,
      top.map((c) => ({ seed: seed.uid, uid: c.uid })),
    );
    return top.flatMap((c) => {
      const f = fetched.get(`${seed.uid}\0${c.uid}`);
      return f
        ? [
            {
              artifact: f.artifact,
              score: c.score,
              vectorScore: c.vectorScore,
              textScore: c.textScore,
              graphScore: c.graphScore,
            },
          ]
        : [];
    });
  });
}
