/** Custom resolvers merged into the @neo4j/graphql schema. */
import { deleteArtifact, link, unlink, upsertArtifacts } from './Mutation/write.js';
import { coverage } from './Query/coverage.js';
import { impact } from './Query/impact.js';
import { search } from './Query/search.js';
import { trace } from './Query/trace.js';

export const resolvers = {
  Query: { search, trace, impact, coverage },
  Mutation: { upsertArtifacts, link, unlink, deleteArtifact },
};
