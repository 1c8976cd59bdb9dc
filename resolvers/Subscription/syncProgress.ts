/** `Subscription.syncProgress`: ingestion progress from Redis pub/sub, filtered by source. */
import type { SubscriptionSyncProgressArgs, SyncPhase } from '../../generated/graphql.js';
import type { ProgressEvent } from '../../graph/progress.js';
import type { Context } from '../context.js';

export const syncProgress = {
  subscribe: (_root: unknown, args: SubscriptionSyncProgressArgs, ctx: Context) =>
    ctx.runtime.progress.subscribe(args.source),
  resolve: (e: ProgressEvent) => ({ ...e, phase: e.phase.toUpperCase() as SyncPhase }),
};
