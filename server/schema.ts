/** Builds the executable GraphQL schema. */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps } from './app.js';

export function buildSchema(_deps: AppDeps): Promise<GraphQLSchema> {
  return Promise.resolve(
    makeExecutableSchema({
      typeDefs: 'type Query { version: String! }',
      resolvers: { Query: { version: () => '0.1.0' } },
    }),
  );
}
