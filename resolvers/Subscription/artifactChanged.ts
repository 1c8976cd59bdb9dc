/** `Subscription.artifactChanged`: the change feed, filtered for this subscriber. */
import type { SubscriptionArtifactChangedArgs } from '../../generated/graphql.js';
import type { FeedEvent } from '../../server/changes.js';
import type { Context } from '../../server/context.js';

export const artifactChanged = {
  subscribe: (_root: unknown, args: SubscriptionArtifactChangedArgs, ctx: Context) =>
    ctx.services.changes.subscribe(
      { levels: ctx.levels, kinds: args.kinds, uids: args.uids, under: args.under },
      { after: args.after, ...(ctx.closeConnection ? { onOverflow: ctx.closeConnection } : {}) },
    ),
  resolve: (event: FeedEvent) => event,
};
