/** Builds the executable schema: `schema/*.graphql` through @neo4j/graphql, plus custom resolvers. */
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { resolvers } from '../resolvers/index.js';
import { withNeighbourFields } from '../resolvers/neighbours.js';
import { PROJECT_ROOT } from '../core/config.js';
import { projectDateTimesWithoutApoc } from './datetime-projection.js';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The SDL files, in name order. */
export function typeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}

export async function buildSchema(driver: Driver): Promise<GraphQLSchema> {
  const sdl = typeDefs();
  // DateTime fields would otherwise need APOC, which the local Neo4j does not have.
  projectDateTimesWithoutApoc();
  const neoSchema = new Neo4jGraphQL({
    typeDefs: sdl,
    driver,
    resolvers,
    // Tokens are verified by server/auth.ts; the request context hands @neo4j/graphql the verified
    // claims as `jwt` (resolvers/context.ts), so this key only satisfies the library.
    features: { authorization: { key: randomBytes(32).toString('hex') } },
  });
  return withNeighbourFields(await neoSchema.getSchema(), sdl);
}
