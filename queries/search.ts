/** Search: hybrid vector + fulltext retrieval with lineage, in one Cypher round trip. */
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import { BadUserInputError } from '../core/errors.js';
import { withIdentifierWords } from '../graph/identifiers.js';
import { MAX_NAMESAKES } from '../graph/references.js';
import { queryEmbeddingText } from '../graph/search-text.js';
import { ARTIFACT_KINDS } from '../graph/validate.js';
import type { ArtifactKind } from '../graph/validate.js';
import { cached } from './cache.js';
import { toArtifact } from './artifact.js';
import type { ArtifactObject } from './artifact.js';
import { PROPAGATION, PROPAGATION_TOP } from './related.js';
import { readOptions } from './runtime.js';
import type { QueryRuntime, Scope } from './runtime.js';

export type SearchMode = 'HYBRID' | 'VECTOR' | 'FULLTEXT';

export interface SearchArgs {
  text: string;
  /** @default 10 (1..100) */
  first?: number | null | undefined;
  /** @default 'HYBRID' */
  mode?: SearchMode | null | undefined;
  /** @default every kind */
  kinds?: readonly ArtifactKind[] | null | undefined;
}
export interface SearchHit {
  artifact: ArtifactObject;
  score: number;
  vectorScore: number | null;
  textScore: number | null;
  matchedChunk: string | null;
  lineage: ArtifactObject[];
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Words that look like identifiers: a ticket key, a commit sha, a PR number, a version. */
const IDENTIFIER = /^#?(?=[\w-]*\d)[\w-]{2,}$/;
/** How much more an identifier matching an artifact's `key` counts than a word in its text. */
const KEY_BOOST = 4;

/**
 * Escapes user text for Lucene: special characters quoted, AND/OR/NOT made plain words. Words
 * that look like identifiers (`SHOP-12`, `4b7d0a2`, `#120`) are also searched in the `key` field
 * with a boost: a question naming a ticket or a commit is about that artifact, and without the
 * boost a common word matching a long body can outrank it.
 */
export function toLuceneQuery(text: string): string {
  const escape = (w: string) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
  // Compound identifiers are searched as written and as their words, as the writer indexes them.
  const plain = withIdentifierWords(text)
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => (/^(AND|OR|NOT)$/.test(w) ? w.toLowerCase() : escape(w)));
  const keys = identifiers(text).map((w) => `key:"${escape(w)}"^${KEY_BOOST}`);
  return [...plain, ...keys].join(' ');
}

/** The identifier-like words of `text`, without surrounding punctuation, each once. */
export function identifiers(text: string): string[] {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/[.,;:!?)'"]+$/, '').replace(/^[('"]+/, ''))
    .filter((w) => IDENTIFIER.test(w));
  return [...new Set(words)];
}

/** The query text for the chosen mode: the needed branches, then fusion and expansion. */
export function searchQuery(mode: SearchMode): string {
  const branches = [
    ...(mode === 'FULLTEXT' ? [] : [cypher('search/vector-branch')]),
    ...(mode === 'VECTOR' ? [] : [cypher('search/text-branch')]),
  ];
  return `CYPHER 25\nCALL () {\n${branches.join('\nUNION ALL\n')}\n}\n${cypher('search/fuse-expand')}`;
}

async function queryVector(rt: QueryRuntime, text: string): Promise<number[]> {
  const { redis, embedder, config } = rt;
  const input = queryEmbeddingText(text);
  const maxTokens = config.embeddings.queryMaxTokens;
  const key = `${config.redis.keyPrefix}emb:${embedder.model}:${maxTokens}:${createHash('sha256').update(input).digest('base64url')}`;
  const hit = await redis.get(key).catch(() => null);
  if (hit) return JSON.parse(hit) as number[];
  const [vector] = await embedder.embed([input], { as: 'query', maxTokens });
  if (!vector) throw new Error('embedder returned no vector');
  redis.set(key, JSON.stringify(vector), 'EX', 86_400).catch(() => {});
  return vector;
}

/**
 * The `first` best artifacts for `text` the caller may read, each with its lineage up to a PRD.
 * @throws {BadUserInputError} empty or over-long text, `first` outside 1..100, or a graph embedded
 * with another model than the server's (vector modes).
 */
export async function search(
  rt: QueryRuntime,
  scope: Scope,
  args: SearchArgs,
): Promise<SearchHit[]> {
  const text = args.text.trim();
  const first = args.first ?? 10;
  const mode = args.mode ?? 'HYBRID';
  const kinds =
    args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds)] : [...ARTIFACT_KINDS];
  if (text.length === 0) throw new BadUserInputError('text must not be empty', 'text');
  if (text.length > 2000)
    throw new BadUserInputError('text must be at most 2000 characters', 'text');
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw new BadUserInputError('first must be between 1 and 100', 'first');
  }
  // Nothing to look for (only symbols, e.g. "*:*"): no embedding or analyzer token would come of it.
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const query = toLuceneQuery(text);
  return cached(rt, scope, 'search', { text, kinds, first, mode }, async (epoch) => {
    if (mode !== 'FULLTEXT') await rt.checkGraphModel(epoch);
    const vector = mode === 'FULLTEXT' ? null : await queryVector(rt, text);
    // Candidates per branch: enough for fusion to reorder, never fewer than asked for.
    const k = Math.max(first * 4, 40);
    const { records } = await rt.driver.executeQuery(
      searchQuery(mode),
      // LIMIT needs Cypher integers; JS numbers travel as floats.
      {
        vector,
        query,
        keys: identifiers(text).map((w) => w.toUpperCase()),
        levels: scope.levels,
        kinds,
        k: neo4j.int(k),
        first: neo4j.int(first),
        mode,
        similarity: rt.config.embeddings.similarity,
        propagation: PROPAGATION,
        propagationTop: neo4j.int(PROPAGATION_TOP),
        maxNamesakes: neo4j.int(MAX_NAMESAKES),
      },
      readOptions(rt),
    );
    return records.map((r) => ({
      artifact: toArtifact(r.get('artifact') as Record<string, unknown>),
      score: r.get('score') as number,
      vectorScore: r.get('vscore') as number | null,
      textScore: r.get('tscore') as number | null,
      matchedChunk: r.get('chunk') as string | null,
      lineage: (r.get('lineage') as Record<string, unknown>[]).map(toArtifact),
    }));
  });
}
