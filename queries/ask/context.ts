/**
 * Graph context for `ask`: the hybrid search hits, each followed by its lineage (parent up to the
 * PRD) and the code that serves it, deduplicated, numbered as citation markers and trimmed to a
 * token budget. The same ordering is what `npm run eval` scores as "HYBRID + graph", so the
 * evaluation measures exactly the context the model is given.
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../../core/cypher.js';
import { cached } from '../cache.js';
import { readOptions } from '../runtime.js';
import type { QueryRuntime, Scope } from '../runtime.js';
import { toArtifact } from '../artifact.js';
import type { ArtifactObject } from '../artifact.js';
import type { SearchHit } from '../search.js';

/** Code items added per hit. */
const CODE_PER_HIT = 3;
/** Characters of body text given for a hit, and for an item reached through the graph. */
const HIT_CHARS = 900;
const RELATED_CHARS = 240;

export interface ContextPiece {
  /** 1-based; cited as `[n]`. */
  n: number;
  artifact: ArtifactObject;
  /**
   * Why it is in the context: a search hit, or reached from hit `from` through the graph: a
   * parent (`lineage`), code serving it, something it is blocked by (`dependency`) or blocks
   * (`dependent`).
   */
  role: 'hit' | 'lineage' | 'code' | 'dependency' | 'dependent';
  /** For lineage and code: the marker number of the hit it was reached from. */
  from?: number;
  /** The text given to the model (and shown to the client). */
  snippet: string;
}

/** A hit or an artifact reached from hit `fromUid`, before numbering. */
export interface ExpandedItem {
  artifact: ArtifactObject;
  role: ContextPiece['role'];
  fromUid?: string;
}

export interface AskContext {
  hits: SearchHit[];
  pieces: ContextPiece[];
  /** Estimated tokens of the rendered pieces. */
  tokens: number;
}

const RELATION: Record<ContextPiece['role'], string> = {
  hit: 'related to',
  lineage: 'above in the hierarchy:',
  code: 'implements, or implements a part of,',
  dependency: 'must be done before (blocks)',
  dependent: 'is blocked by',
};

/** About four characters a token for English text: close enough to budget a prompt. */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

function snippetOf(a: ArtifactObject, matched: string | null, max: number): string {
  const body = (matched ?? (typeof a.body === 'string' ? a.body : '')).replace(/\s+/g, ' ').trim();
  return body.length <= max ? body : `${body.slice(0, max - 1).trimEnd()}…`;
}

/** What the graph adds to one hit besides its lineage. */
export interface Neighbourhood {
  code: ArtifactObject[];
  /** DEPENDS_ON neighbours; `blocksHit`: the hit depends on it. */
  deps: { artifact: ArtifactObject; blocksHit: boolean }[];
}

/** For each hit uid, its code (nearest first) and dependencies, through visible nodes only. */
export async function neighbourhoods(
  rt: QueryRuntime,
  scope: Scope,
  uids: readonly string[],
): Promise<Map<string, Neighbourhood>> {
  if (uids.length === 0) return new Map();
  const args = { uids, perHit: CODE_PER_HIT };
  const rows = await cached(rt, scope, 'ask-neighbourhood', args, async () => {
    const { records } = await rt.driver.executeQuery(
      `CYPHER 25\n${cypher('ask/neighbourhood')}`,
      { uids, levels: scope.levels, perHit: neo4j.int(CODE_PER_HIT) },
      readOptions(rt),
    );
    return records.map((r) => ({
      uid: r.get('uid') as string,
      code: (r.get('code') as Record<string, unknown>[]).map(toArtifact),
      deps: (r.get('deps') as { artifact: Record<string, unknown>; blocksHit: boolean }[]).map(
        (d) => ({ artifact: toArtifact(d.artifact), blocksHit: d.blocksHit }),
      ),
    }));
  });
  return new Map(rows.map(({ uid, ...n }) => [uid, n]));
}

/**
 * Orders hits and what the graph adds: each hit, then its lineage (nearest parent first), its
 * dependencies, then its code; an artifact already placed keeps its first position. Pure, so the evaluation can
 * score it directly.
 */
export function expandHits(
  hits: readonly SearchHit[],
  around: ReadonlyMap<string, Neighbourhood>,
): ExpandedItem[] {
  const out: ExpandedItem[] = [];
  const seen = new Set<string>();
  const add = (artifact: ArtifactObject, role: ContextPiece['role'], fromUid?: string) => {
    if (seen.has(artifact.uid)) return;
    seen.add(artifact.uid);
    out.push({ artifact, role, ...(fromUid ? { fromUid } : {}) });
  };
  for (const hit of hits) {
    add(hit.artifact, 'hit');
    const uid = hit.artifact.uid;
    const n = around.get(uid);
    for (const parent of hit.lineage) add(parent, 'lineage', uid);
    for (const d of n?.deps ?? []) add(d.artifact, d.blocksHit ? 'dependency' : 'dependent', uid);
    for (const c of n?.code ?? []) add(c, 'code', uid);
  }
  return out;
}

/** Renders one piece for the prompt: marker, kind, key, title, status, then its text. */
export function renderPiece(p: ContextPiece, pieces: readonly ContextPiece[]): string {
  const a = p.artifact;
  const kind =
    a.__resolveType === 'Code' && typeof a.codeKind === 'string'
      ? `Code (${a.codeKind})`
      : a.__resolveType;
  const key = typeof a.key === 'string' ? ` ${a.key}` : '';
  const status = typeof a.status === 'string' ? ` [status: ${a.status}]` : '';
  const from = pieces.find((q) => q.n === p.from);
  const relation = from === undefined ? '' : `\n(${RELATION[p.role]} [${from.n}])`;
  return `[${p.n}] ${kind}${key}: ${String(a.title)}${status}${relation}\n${p.snippet}`;
}

/**
 * Numbers the expanded hits and keeps as many as fit `budgetTokens`; the first hit is always
 * kept (trimmed to fit if need be), so an answer never has an empty context when search found
 * something.
 */
export function buildPieces(
  hits: readonly SearchHit[],
  around: ReadonlyMap<string, Neighbourhood>,
  budgetTokens: number,
): { pieces: ContextPiece[]; tokens: number } {
  const matched = new Map(hits.map((h) => [h.artifact.uid, h.matchedChunk]));
  const pieces: ContextPiece[] = [];
  const numberOf = new Map<string, number>();
  let tokens = 0;
  for (const item of expandHits(hits, around)) {
    const n = pieces.length + 1;
    const from = item.fromUid === undefined ? undefined : numberOf.get(item.fromUid);
    const piece: ContextPiece = {
      n,
      artifact: item.artifact,
      role: item.role,
      ...(from === undefined ? {} : { from }),
      snippet: snippetOf(
        item.artifact,
        matched.get(item.artifact.uid) ?? null,
        item.role === 'hit' ? HIT_CHARS : RELATED_CHARS,
      ),
    };
    let cost = estimateTokens(renderPiece(piece, pieces)) + 1;
    if (tokens + cost > budgetTokens) {
      if (pieces.length > 0) continue;
      piece.snippet = snippetOf(item.artifact, piece.snippet, Math.max(40, budgetTokens * 3));
      cost = estimateTokens(renderPiece(piece, pieces)) + 1;
    }
    pieces.push(piece);
    numberOf.set(item.artifact.uid, n);
    tokens += cost;
  }
  return { pieces, tokens };
}

/** Retrieves and assembles the context for `question`. */
export async function assembleContext(
  rt: QueryRuntime,
  scope: Scope,
  hits: SearchHit[],
  budgetTokens: number,
): Promise<AskContext> {
  const around = await neighbourhoods(
    rt,
    scope,
    hits.map((h) => h.artifact.uid),
  );
  return { hits, ...buildPieces(hits, around, budgetTokens) };
}
