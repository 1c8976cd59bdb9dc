/**
 * Relationship fields on artifacts returned by hand-written queries (search, trace, impact,
 * coverage). @neo4j/graphql fills relationship fields only for its generated queries, inside its
 * one Cypher statement; for our plain objects they are resolved here, batched per request with
 * DataLoader: all `epics` of all hits in one query, not one query per hit. The schema wiring that
 * sends those fields here is `resolvers/neighbours.ts`.
 *
 * The relationship table is read from our own SDL (`@relationship` directives), so relationship
 * types and labels in the Cypher below come from the schema file, never from a request.
 * Field arguments (where, sort, limit) apply to generated queries only.
 */
import DataLoader from 'dataloader';
import { Kind, parse } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { toArtifact } from './artifact.js';
import type { ArtifactObject } from './artifact.js';

export interface RelationshipField {
  type: string;
  direction: 'IN' | 'OUT';
  /** Label of the far node (`Artifact` for interface targets). */
  target: string;
}

/** `{ UserStory: { epics: { type: 'PART_OF', direction: 'OUT', target: 'Epic' } }, … }` */
export function relationshipFields(
  typeDefs: string[],
): Record<string, Record<string, RelationshipField>> {
  const table: Record<string, Record<string, RelationshipField>> = {};
  for (const def of parse(typeDefs.join('\n')).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of def.fields ?? []) {
      const rel = field.directives?.find((d) => d.name.value === 'relationship');
      if (!rel) continue;
      const arg = (name: string) => rel.arguments?.find((a) => a.name.value === name)?.value;
      const type = arg('type');
      const direction = arg('direction');
      let named = field.type;
      while (named.kind !== Kind.NAMED_TYPE) named = named.type;
      if (type?.kind !== Kind.STRING || direction?.kind !== Kind.ENUM) continue;
      (table[def.name.value] ??= {})[field.name.value] = {
        type: type.value,
        direction: direction.value as 'IN' | 'OUT',
        target: named.name.value,
      };
    }
  }
  return table;
}

interface Key {
  uid: string;
  rel: RelationshipField;
}

/** A per-request loader of neighbours, batched by relationship. */
export function createNeighbourLoader(
  driver: Driver,
  levels: readonly string[],
  database?: string,
) {
  return new DataLoader<Key, ArtifactObject[], string>(
    async (keys) => {
      const groups = new Map<string, { rel: RelationshipField; uids: string[] }>();
      for (const k of keys) {
        const id = `${k.rel.type}|${k.rel.direction}|${k.rel.target}`;
        const g = groups.get(id) ?? { rel: k.rel, uids: [] };
        g.uids.push(k.uid);
        groups.set(id, g);
      }
      const found = new Map<string, ArtifactObject[]>();
      await Promise.all(
        [...groups.entries()].map(async ([id, { rel, uids }]) => {
          // Built in code, not in cypher/: the relationship type and label come from the SDL.
          const arrow = rel.direction === 'OUT' ? `-[:${rel.type}]->` : `<-[:${rel.type}]-`;
          const { records } = await driver.executeQuery(
            `UNWIND $uids AS uid
             MATCH (a:Artifact {uid: uid})${arrow}(b:${rel.target})
             WHERE b.accessLevel IN $levels
             WITH uid, b ORDER BY b.uid
             RETURN uid, collect(b {.*, embedding: null, labels: labels(b)}) AS items`,
            { uids: [...new Set(uids)], levels },
            { database, routing: 'READ' },
          );
          for (const r of records) {
            found.set(
              `${id}|${r.get('uid') as string}`,
              (r.get('items') as Record<string, unknown>[]).map(toArtifact),
            );
          }
        }),
      );
      return keys.map(
        (k) => found.get(`${k.rel.type}|${k.rel.direction}|${k.rel.target}|${k.uid}`) ?? [],
      );
    },
    { cacheKeyFn: (k) => `${k.rel.type}|${k.rel.direction}|${k.rel.target}|${k.uid}` },
  );
}
