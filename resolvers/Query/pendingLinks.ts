/** `Query.pendingLinks`: links waiting for an artifact not (yet) in the graph (queries/pending.ts). */
import type { QueryResolvers } from '../../generated/graphql.js';
import { pendingLinks as runPendingLinks } from '../../queries/pending.js';

export const pendingLinks: QueryResolvers['pendingLinks'] = (_root, args, ctx) =>
  runPendingLinks(ctx.runtime, ctx.scope, args);
