/**
 * Re-embeds the graph with the configured provider. Vector indexes whose dimensions differ from
 * the provider's are dropped and recreated first (from migration 004, with the configured
 * settings); then every artifact not yet embedded with the current model is re-written through
 * the writer in batches, which re-embeds it and rebuilds its chunks. Each batch is its own
 * transaction, so an interrupted run loses nothing and a re-run continues where it stopped.
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../core/config.js';
import { cypher } from '../core/cypher.js';
import { loadMigrations, migrationParams } from '../core/migrate.js';
import type { Embedder } from '../embed/provider.js';
import type { ArtifactInput, Writer } from './writer.js';

export interface ReindexProgress {
  done: number;
  total: number;
}

export interface ReindexDeps {
  driver: Driver;
  writer: Writer;
  embedder: Embedder;
  config: Pick<Config, 'embeddings' | 'neo4j'>;
  batchSize?: number;
  onProgress?: (p: ReindexProgress) => void;
}

/** Recreates vector indexes of the wrong dimension. @returns the names rebuilt. */
export async function rebuildVectorIndexes(
  driver: Driver,
  config: ReindexDeps['config'],
): Promise<string[]> {
  const database = config.neo4j.database;
  const { records } = await driver.executeQuery(cypher('reindex/vector-indexes'), {}, { database });
  const wrong = records
    .filter((r) => (r.get('dims') as number) !== config.embeddings.dimensions)
    .map((r) => r.get('name') as string);
  if (wrong.length === 0) return [];
  // Index names come from SHOW INDEXES (our own), quoted as identifiers: built in code, since a
  // name in DROP INDEX is an identifier, not a value.
  for (const name of wrong)
    await driver.executeQuery(`DROP INDEX \`${name.replace(/`/g, '')}\``, {}, { database });
  const vector = loadMigrations(migrationParams(config)).find((m) => m.name.endsWith('-vector'));
  for (const statement of vector?.statements ?? [])
    await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery(cypher('schema/await-indexes'), {}, { database });
  return wrong;
}

/** Runs a reindex to completion. @returns how many artifacts were re-embedded. */
export async function reindex(
  deps: ReindexDeps,
): Promise<{ reembedded: number; rebuilt: string[] }> {
  const { driver, writer, embedder, config } = deps;
  const database = config.neo4j.database;
  const rebuilt = await rebuildVectorIndexes(driver, config);
  const counts = await driver.executeQuery(
    cypher('reindex/count-stale'),
    { model: embedder.model },
    { database },
  );
  const total = counts.records[0]?.get('total') as number;
  let done = total - (counts.records[0]?.get('stale') as number);
  let reembedded = 0;
  deps.onProgress?.({ done, total });
  for (;;) {
    const { records } = await driver.executeQuery(
      cypher('reindex/next-batch'),
      { model: embedder.model, limit: neo4j.int(deps.batchSize ?? 200) },
      { database },
    );
    if (records.length === 0) break;
    const rows = records.map((r) => {
      const row = r.get('row') as Record<string, unknown>;
      return Object.fromEntries(
        Object.entries(row).filter(([, v]) => v !== null),
      ) as unknown as ArtifactInput;
    });
    const result = await writer.upsertArtifacts(rows);
    if (result.embedded === 0)
      throw new Error('reindex made no progress: the writer embedded nothing');
    reembedded += result.embedded;
    done += rows.length;
    deps.onProgress?.({ done, total });
  }
  return { reembedded, rebuilt };
}
