/** `Query.related`: the artifacts most related to one (queries/related.ts). */
import type { QueryResolvers } from '../../generated/graphql.js';
import { related as runRelated } from '../../queries/related.js';

export const related: QueryResolvers['related'] = (_root, args, ctx) =>
  runRelated(ctx.runtime, ctx.scope, args);
