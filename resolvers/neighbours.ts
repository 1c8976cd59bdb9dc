/**
 * Relationship fields on the plain artifact objects of hand-written queries: the generated
 * resolvers fill them only inside their own Cypher; for ours they are loaded, batched per
 * request, by the neighbour DataLoader of `queries/neighbours.ts`.
 */
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { relationshipFields } from '../queries/neighbours.js';
import type { Context } from './context.js';

/**
 * Wraps relationship fields of artifact types: values the library projected pass through;
 * on our plain objects (marked by `__resolveType`) the field is loaded through the DataLoader.
 */
export function withNeighbourFields(schema: GraphQLSchema, typeDefs: string[]): GraphQLSchema {
  const table = relationshipFields(typeDefs);
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      const rel = table[typeName]?.[fieldName];
      if (!rel) return fieldConfig;
      const original = fieldConfig.resolve;
      return {
        ...fieldConfig,
        resolve: (source: Record<string, unknown>, args, ctx: Context, info) => {
          if (typeof source.__resolveType === 'string' && source[info.path.key] === undefined) {
            return ctx.loaders.neighbours.load({ uid: String(source.uid), rel });
          }
          return original ? original(source, args, ctx, info) : source[info.path.key];
        },
      };
    },
  });
}
