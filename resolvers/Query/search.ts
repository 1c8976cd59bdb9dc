/** `Query.search`: hybrid retrieval with lineage (queries/search.ts). */
import type { QueryResolvers } from '../../generated/graphql.js';
import { search as runSearch } from '../../queries/search.js';

export const search: QueryResolvers['search'] = (_root, args, ctx) =>
  runSearch(ctx.runtime, ctx.scope, args);
