/** Impact: what is affected, transitively, when an artifact changes. */
import { cypher } from '../core/cypher.js';
import { NotFoundError } from '../core/errors.js';
import { toArtifact } from './artifact.js';
import type { ArtifactObject } from './artifact.js';
import { cached } from './cache.js';
import { readOptions } from './runtime.js';
import type { QueryRuntime, Scope } from './runtime.js';
import { checkDepth } from './trace.js';
import type { TraceEdge } from './trace.js';

export interface ImpactArgs {
  uid: string;
  /** @default 4 (1..10) */
  maxDepth?: number | null | undefined;
}

export interface ImpactReport {
  root: ArtifactObject;
  affected: { artifact: ArtifactObject; distance: number; path: string[]; via: string[] }[];
  /** Links of the root and the affected artifacts to artifacts not (yet) in the graph. */
  unresolved: TraceEdge[];
}

interface ImpactRow {
  artifact: Record<string, unknown>;
  distance: number;
  path: string[];
  via: string[];
}

/**
 * What depends on `uid`, by distance, through artifacts the caller may read, and the links of
 * those artifacts to artifacts not (yet) in the graph.
 * @throws {BadUserInputError} maxDepth outside 1..10. @throws {NotFoundError} no readable artifact.
 */
export async function impact(
  rt: QueryRuntime,
  scope: Scope,
  args: ImpactArgs,
): Promise<ImpactReport> {
  const maxDepth = args.maxDepth ?? 4;
  checkDepth(maxDepth);
  return cached(rt, scope, 'impact', { uid: args.uid, maxDepth }, async () => {
    const { records } = await rt.driver.executeQuery(
      cypher('impact/downstream'),
      { uid: args.uid, levels: scope.levels, maxDepth },
      readOptions(rt),
    );
    const row = records[0];
    if (!row) throw new NotFoundError(`No artifact with uid ${args.uid}`);
    return {
      root: toArtifact(row.get('root') as Record<string, unknown>),
      affected: (row.get('affected') as ImpactRow[]).map((a) => ({
        ...a,
        artifact: toArtifact(a.artifact),
      })),
      unresolved: row.get('unresolved') as TraceEdge[],
    };
  });
}
