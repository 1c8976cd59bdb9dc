/** `Query.suggestedLinks`: probably missing links of one artifact (queries/suggestions.ts). */
import type { QueryResolvers } from '../../generated/graphql.js';
import { suggestedLinks as runSuggestedLinks } from '../../queries/suggestions.js';

export const suggestedLinks: QueryResolvers['suggestedLinks'] = (_root, args, ctx) =>
  runSuggestedLinks(ctx.runtime, ctx.scope, args);
