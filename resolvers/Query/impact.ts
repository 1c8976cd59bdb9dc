/** `Query.impact`: what is affected, transitively, when an artifact changes. */
import type { QueryImpactArgs } from '../../generated/graphql.js';
import { cached } from '../../server/cache.js';
import type { Context } from '../../server/context.js';
import { cypher } from '../../server/cypher.js';
import { NotFoundError } from '../../server/errors.js';
import { toArtifact } from '../artifact.js';
import type { ArtifactObject } from '../artifact.js';
import { checkDepth } from './trace.js';

interface ImpactRow {
  artifact: Record<string, unknown>;
  distance: number;
  path: string[];
  via: string[];
}

export async function impact(
  _root: unknown,
  args: QueryImpactArgs,
  ctx: Context,
): Promise<{
  root: ArtifactObject;
  affected: { artifact: ArtifactObject; distance: number; path: string[]; via: string[] }[];
}> {
  const maxDepth = args.maxDepth ?? 4;
  checkDepth(maxDepth);
  return cached(ctx, 'impact', { uid: args.uid, maxDepth }, async () => {
    const { records } = await ctx.services.driver.executeQuery(
      cypher('impact/downstream'),
      { uid: args.uid, levels: ctx.levels, maxDepth },
      { database: ctx.services.config.neo4j.database, routing: 'READ' },
    );
    const row = records[0];
    if (!row) throw new NotFoundError(`No artifact with uid ${args.uid}`);
    return {
      root: toArtifact(row.get('root') as Record<string, unknown>),
      affected: (row.get('affected') as ImpactRow[]).map((a) => ({
        ...a,
        artifact: toArtifact(a.artifact),
      })),
    };
  });
}
