/** `Subscription.artifactChanged`: the change feed, filtered for this subscriber. */
import type { SubscriptionArtifactChangedArgs } from '../../generated/graphql.js';
import type { FeedEvent } from '../../queries/changes.js';
import type { Context } from '../context.js';

export const artifactChanged = {
  subscribe: (_root: unknown, args: SubscriptionArtifactChangedArgs, ctx: Context) =>
    ctx.runtime.changes.subscribe(
      { levels: ctx.scope.levels, kinds: args.kinds, uids: args.uids, under: args.under },
      { after: args.after, ...(ctx.closeConnection ? { onOverflow: ctx.closeConnection } : {}) },
    ),
  resolve: (event: FeedEvent) => event,
};
