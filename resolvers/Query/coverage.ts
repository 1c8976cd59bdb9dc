/** `Query.coverage`: the gaps in the hierarchy, globally or under one artifact. */
import type { CoverageTotals, QueryCoverageArgs } from '../../generated/graphql.js';
import { cached } from '../../server/cache.js';
import type { Context } from '../../server/context.js';
import { cypher } from '../../server/cypher.js';
import { NotFoundError } from '../../server/errors.js';
import { toArtifact } from '../artifact.js';
import type { ArtifactObject } from '../artifact.js';

type GapList =
  | 'storiesWithoutSpec'
  | 'storiesWithoutCode'
  | 'specsWithoutCode'
  | 'orphanCode'
  | 'epicsWithoutStories';

export type CoverageReport = Record<GapList, ArtifactObject[]> & {
  totals: CoverageTotals;
};

export async function coverage(
  _root: unknown,
  args: Partial<QueryCoverageArgs>,
  ctx: Context,
): Promise<CoverageReport> {
  const scopeUid = args.scopeUid ?? null;
  return cached(ctx, 'coverage', { scopeUid }, async () => {
    const { driver, config } = ctx.services;
    const opts = { database: config.neo4j.database, routing: 'READ' as const };
    if (scopeUid !== null) {
      const found = await driver.executeQuery(
        'MATCH (a:Artifact {uid: $uid}) WHERE a.accessLevel IN $levels RETURN a.uid AS uid',
        { uid: scopeUid, levels: ctx.levels },
        opts,
      );
      if (found.records.length === 0) throw new NotFoundError(`No artifact with uid ${scopeUid}`);
    }
    const { records } = await driver.executeQuery(
      cypher('coverage/gaps'),
      { scopeUid, levels: ctx.levels },
      opts,
    );
    const row = records[0];
    const list = (name: GapList) =>
      ((row?.get(name) as Record<string, unknown>[] | undefined) ?? []).map(toArtifact);
    return {
      storiesWithoutSpec: list('storiesWithoutSpec'),
      storiesWithoutCode: list('storiesWithoutCode'),
      specsWithoutCode: list('specsWithoutCode'),
      orphanCode: list('orphanCode'),
      epicsWithoutStories: list('epicsWithoutStories'),
      totals: (row?.get('totals') as CoverageTotals | undefined) ?? {
        prds: 0,
        epics: 0,
        stories: 0,
        specs: 0,
        code: 0,
      },
    };
  });
}
