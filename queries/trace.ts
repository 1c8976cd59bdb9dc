/** Trace: the lineage subgraph around an artifact, with edge evidence. */
import { cypher } from '../core/cypher.js';
import { BadUserInputError, NotFoundError } from '../core/errors.js';
import { toArtifact } from './artifact.js';
import type { ArtifactObject } from './artifact.js';
import { cached } from './cache.js';
import { readOptions } from './runtime.js';
import type { QueryRuntime, Scope } from './runtime.js';

export type TraceDirection = 'UP' | 'DOWN' | 'BOTH';

export interface TraceArgs {
  uid: string;
  /** @default 'BOTH' */
  direction?: TraceDirection | null | undefined;
  /** @default 6 (1..10) */
  maxDepth?: number | null | undefined;
}

export interface TraceEdge {
  from: string;
  to: string;
  type: string;
  via: string | null;
  evidence: string | null;
  /** False for a link to an artifact not (yet) in the graph (a pending link). */
  resolved: boolean;
}

/** What resolves as a `TraceEdge`: links as stored carry no `resolved` flag (they are real). */
export type TraceEdgeSource = Omit<TraceEdge, 'resolved'> & { resolved?: boolean | null };

/** An artifact a pending link names that is not (yet) in the graph. */
export interface Placeholder {
  uid: string;
  resolved: false;
}

export interface TraceGraph {
  root: ArtifactObject;
  nodes: ArtifactObject[];
  edges: TraceEdge[];
  placeholders: Placeholder[];
}

/** The placeholders the unresolved edges of `edges` point to, each once, in order. */
export function placeholdersOf(edges: readonly TraceEdge[]): Placeholder[] {
  const uids = edges.filter((e) => !e.resolved).map((e) => e.to);
  return [...new Set(uids)].map((uid) => ({ uid, resolved: false }));
}

/** @throws {BadUserInputError} maxDepth outside 1..10. */
export function checkDepth(maxDepth: number): void {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 10) {
    throw new BadUserInputError('maxDepth must be between 1 and 10', 'maxDepth');
  }
}

/**
 * The artifacts above and/or below `uid` that the caller may read, with the edges between them;
 * going up, links to artifacts not (yet) in the graph as edges to placeholders.
 * @throws {BadUserInputError} maxDepth outside 1..10. @throws {NotFoundError} no readable artifact.
 */
export async function trace(rt: QueryRuntime, scope: Scope, args: TraceArgs): Promise<TraceGraph> {
  const direction = args.direction ?? 'BOTH';
  const maxDepth = args.maxDepth ?? 6;
  checkDepth(maxDepth);
  return cached(rt, scope, 'trace', { uid: args.uid, direction, maxDepth }, async () => {
    const { records } = await rt.driver.executeQuery(
      cypher('trace/lineage'),
      {
        uid: args.uid,
        levels: scope.levels,
        maxDepth,
        up: direction !== 'DOWN',
        down: direction !== 'UP',
      },
      readOptions(rt),
    );
    const row = records[0];
    if (!row) throw new NotFoundError(`No artifact with uid ${args.uid}`);
    const root = toArtifact(row.get('root') as Record<string, unknown>);
    const edges = row.get('edges') as TraceEdge[];
    return {
      root,
      nodes: [
        root,
        ...(row.get('nodes') as Record<string, unknown>[])
          .map(toArtifact)
          .filter((n) => n.uid !== root.uid),
      ],
      edges,
      placeholders: placeholdersOf(edges),
    };
  });
}
