/** Custom resolvers merged into the @neo4j/graphql schema, typed by GraphQL Code Generator. */
import type { Resolvers } from '../generated/graphql.js';
import { deleteArtifact, link, unlink, upsertArtifacts } from './Mutation/write.js';
import { coverage } from './Query/coverage.js';
import { impact } from './Query/impact.js';
import { search } from './Query/search.js';
import { trace } from './Query/trace.js';

export const resolvers = {
  Query: { search, trace, impact, coverage },
  Mutation: { upsertArtifacts, link, unlink, deleteArtifact },
} satisfies Pick<Resolvers, 'Query' | 'Mutation'>;
