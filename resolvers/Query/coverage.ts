/** `Query.coverage`: the gaps in the hierarchy, globally or under one artifact. */
import { cached } from '../../server/cache.js';
import type { Context } from '../../server/context.js';
import { cypher } from '../../server/cypher.js';
import { NotFoundError } from '../../server/errors.js';
import { toArtifact } from '../artifact.js';

const LISTS = [
  'storiesWithoutSpec',
  'storiesWithoutCode',
  'specsWithoutCode',
  'orphanCode',
  'epicsWithoutStories',
] as const;

export async function coverage(_root: unknown, args: { scopeUid?: string | null }, ctx: Context) {
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
    const report: Record<string, unknown> = {
      totals: row?.get('totals') ?? { prds: 0, epics: 0, stories: 0, specs: 0, code: 0 },
    };
    for (const list of LISTS) {
      report[list] = ((row?.get(list) as Record<string, unknown>[] | undefined) ?? []).map(
        toArtifact,
      );
    }
    return report;
  });
}
