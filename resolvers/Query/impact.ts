/** `Query.impact`: what a change affects (queries/impact.ts). */
import type { QueryResolvers } from '../../generated/graphql.js';
import { impact as runImpact } from '../../queries/impact.js';

export const impact: QueryResolvers['impact'] = (_root, args, ctx) =>
  runImpact(ctx.runtime, ctx.scope, args);
