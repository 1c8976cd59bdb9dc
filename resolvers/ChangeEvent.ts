/** `ChangeEvent.artifact`: the artifact's state when the event is delivered (null once deleted). */
import { cypher } from '../core/cypher.js';
import type { FeedEvent } from '../queries/changes.js';
import type { Context } from './context.js';
import { toArtifact } from '../queries/artifact.js';
import type { ArtifactObject } from '../queries/artifact.js';

export const ChangeEventResolvers = {
  async artifact(event: FeedEvent, _args: unknown, ctx: Context): Promise<ArtifactObject | null> {
    if (event.op === 'DELETED') return null;
    const { records } = await ctx.runtime.driver.executeQuery(
      cypher('changes/artifact'),
      { uid: event.uid, levels: ctx.scope.levels },
      { database: ctx.runtime.config.neo4j.database, routing: 'READ' },
    );
    const row = records[0]?.get('a') as Record<string, unknown> | undefined;
    return row ? toArtifact(row) : null;
  },
};
