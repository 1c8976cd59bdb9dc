/** Custom resolvers merged into the @neo4j/graphql schema, typed by GraphQL Code Generator. */
import type { Resolvers } from '../generated/graphql.js';
import { ChangeEventResolvers } from './ChangeEvent.js';
import { deleteArtifact, link, unlink, upsertArtifacts } from './Mutation/write.js';
import { ask } from './Query/ask.js';
import { coverage } from './Query/coverage.js';
import { impact } from './Query/impact.js';
import { search } from './Query/search.js';
import { trace } from './Query/trace.js';
import { artifactChanged } from './Subscription/artifactChanged.js';
import { askStream } from './Subscription/askStream.js';
import { syncProgress } from './Subscription/syncProgress.js';

export const resolvers = {
  Query: { search, trace, impact, coverage, ask },
  Mutation: { upsertArtifacts, link, unlink, deleteArtifact },
  Subscription: { artifactChanged, askStream, syncProgress },
  ChangeEvent: ChangeEventResolvers,
} satisfies Pick<Resolvers, 'Query' | 'Mutation' | 'Subscription' | 'ChangeEvent'>;
