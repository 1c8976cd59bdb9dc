/** `Query.trace`: the lineage subgraph around an artifact (queries/trace.ts). */
import type { QueryResolvers } from '../../generated/graphql.js';
import { trace as runTrace } from '../../queries/trace.js';

export const trace: QueryResolvers['trace'] = (_root, args, ctx) =>
  runTrace(ctx.runtime, ctx.scope, args);
