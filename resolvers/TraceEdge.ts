/**
 * `TraceEdge.resolved`: edges of links as stored (link results, change events) carry no flag and
 * are real; trace and impact set it, false for an edge to a placeholder.
 */
import type { TraceEdgeResolvers as Resolvers } from '../generated/graphql.js';

export const TraceEdgeResolvers: Resolvers = {
  resolved: (edge) => edge.resolved ?? true,
};
