/**
 * `Subscription.syncProgress`: ingestion progress from Redis pub/sub, filtered by source. Its
 * counts and messages cover every artifact a run reads, whatever its level, so only a caller who
 * may read every level may follow it: anyone else would learn how much it cannot see.
 */
import { ForbiddenError } from '../../core/errors.js';
import { ACCESS_LEVELS } from '../../graph/access.js';
import type { SubscriptionSyncProgressArgs, SyncPhase } from '../../generated/graphql.js';
import type { ProgressEvent } from '../../graph/progress.js';
import type { Context } from '../context.js';

export const syncProgress = {
  subscribe: (_root: unknown, args: SubscriptionSyncProgressArgs, ctx: Context) => {
    if (!ACCESS_LEVELS.every((l) => ctx.scope.levels.includes(l)))
      throw new ForbiddenError(
        'syncProgress counts artifacts of every access level: it needs a caller who may read them all',
      );
    return ctx.runtime.progress.subscribe(args.source);
  },
  resolve: (e: ProgressEvent) => ({ ...e, phase: e.phase.toUpperCase() as SyncPhase }),
};
