/**
 * `Subscription.artifactChanged`: the change feed, filtered for this subscriber. An `under` the
 * caller may not read is refused exactly like one that does not exist.
 */
import type { SubscriptionArtifactChangedArgs } from '../../generated/graphql.js';
import type { FeedEvent } from '../../queries/changes.js';
import { assertVisible } from '../../queries/visibility.js';
import type { Context } from '../context.js';

export const artifactChanged = {
  subscribe: async (_root: unknown, args: SubscriptionArtifactChangedArgs, ctx: Context) => {
    if (args.under) await assertVisible(ctx.runtime, ctx.scope, args.under);
    return ctx.runtime.changes.subscribe(
      { levels: ctx.scope.levels, kinds: args.kinds, uids: args.uids, under: args.under },
      {
        after: args.after,
        ...(ctx.closeConnection ? { onOverflow: ctx.closeConnection } : {}),
        ...(ctx.unsentBytes
          ? {
              backlog: {
                unsentBytes: ctx.unsentBytes,
                maxBytes: ctx.runtime.config.ws.slowConsumerBytes,
              },
            }
          : {}),
      },
    );
  },
  resolve: (event: FeedEvent) => event,
};
