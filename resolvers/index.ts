/** Custom resolvers merged into the @neo4j/graphql schema, typed by GraphQL Code Generator. */
import type { Resolvers } from '../generated/graphql.js';
import { ChangeEventResolvers } from './ChangeEvent.js';
import { CoverageGapResolvers, CoverageReportResolvers } from './CoverageReport.js';
import { acceptSuggestion, rejectSuggestion } from './Mutation/suggestions.js';
import { deleteArtifact, link, unlink, upsertArtifacts } from './Mutation/write.js';
import { artifactPendingLinks } from './pendingLinks.js';
import { artifactPeople } from './people.js';
import { ask } from './Query/ask.js';
import { coverage } from './Query/coverage.js';
import { impact } from './Query/impact.js';
import { pendingLinks } from './Query/pendingLinks.js';
import { people } from './Query/people.js';
import { related } from './Query/related.js';
import { search } from './Query/search.js';
import { suggestedLinks } from './Query/suggestedLinks.js';
import { trace } from './Query/trace.js';
import { viewer } from './Query/viewer.js';
import { artifactChanged } from './Subscription/artifactChanged.js';
import { askStream } from './Subscription/askStream.js';
import { syncProgress } from './Subscription/syncProgress.js';
import { TraceEdgeResolvers } from './TraceEdge.js';

export const resolvers = {
  Query: {
    search,
    trace,
    impact,
    coverage,
    ask,
    pendingLinks,
    people,
    related,
    suggestedLinks,
    viewer,
  },
  Mutation: {
    upsertArtifacts,
    link,
    unlink,
    deleteArtifact,
    acceptSuggestion,
    rejectSuggestion,
  },
  Subscription: { artifactChanged, askStream, syncProgress },
  ChangeEvent: ChangeEventResolvers,
  TraceEdge: TraceEdgeResolvers,
  CoverageReport: CoverageReportResolvers,
  CoverageGap: CoverageGapResolvers,
  // Each artifact type's custom fields: pending links and people.
  ...Object.fromEntries(
    Object.entries(artifactPendingLinks).map(([type, f]) => [
      type,
      { ...f, ...artifactPeople[type as keyof typeof artifactPeople] },
    ]),
  ),
} satisfies Pick<
  Resolvers,
  | 'Query'
  | 'Mutation'
  | 'Subscription'
  | 'ChangeEvent'
  | 'TraceEdge'
  | 'CoverageReport'
  | 'CoverageGap'
>;
