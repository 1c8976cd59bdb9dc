/** `Query.trace`: the lineage subgraph around an artifact, with edge evidence. */
import type { QueryTraceArgs } from '../../generated/graphql.js';
import { cached } from '../../server/cache.js';
import type { Context } from '../../server/context.js';
import { cypher } from '../../server/cypher.js';
import { BadUserInputError, NotFoundError } from '../../server/errors.js';
import { toArtifact } from '../artifact.js';
import type { ArtifactObject } from '../artifact.js';

export interface TraceEdge {
  from: string;
  to: string;
  type: string;
  via: string | null;
  evidence: string | null;
}
export interface TraceGraph {
  root: ArtifactObject;
  nodes: ArtifactObject[];
  edges: TraceEdge[];
}

/** @throws {BadUserInputError} maxDepth outside 1..10. */
export function checkDepth(maxDepth: number): void {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 10) {
    throw new BadUserInputError('maxDepth must be between 1 and 10', 'maxDepth');
  }
}

export async function trace(
  _root: unknown,
  args: QueryTraceArgs,
  ctx: Context,
): Promise<TraceGraph> {
  const direction = args.direction ?? 'BOTH';
  const maxDepth = args.maxDepth ?? 6;
  checkDepth(maxDepth);
  return cached(ctx, 'trace', { uid: args.uid, direction, maxDepth }, async () => {
    const { records } = await ctx.services.driver.executeQuery(
      cypher('trace/lineage'),
      {
        uid: args.uid,
        levels: ctx.levels,
        maxDepth,
        up: direction !== 'DOWN',
        down: direction !== 'UP',
      },
      { database: ctx.services.config.neo4j.database, routing: 'READ' },
    );
    const row = records[0];
    if (!row) throw new NotFoundError(`No artifact with uid ${args.uid}`);
    const root = toArtifact(row.get('root') as Record<string, unknown>);
    return {
      root,
      nodes: [
        root,
        ...(row.get('nodes') as Record<string, unknown>[])
          .map(toArtifact)
          .filter((n) => n.uid !== root.uid),
      ],
      edges: row.get('edges') as TraceEdge[],
    };
  });
}
