/** `Query.coverage`: the gaps in the hierarchy (queries/coverage.ts). */
import type { QueryResolvers } from '../../generated/graphql.js';
import { coverage as runCoverage } from '../../queries/coverage.js';

export const coverage: QueryResolvers['coverage'] = (_root, args, ctx) =>
  runCoverage(ctx.runtime, ctx.scope, args);
