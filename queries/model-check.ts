/** Refuses vector queries when the graph was embedded with another model. */
import type { Driver } from 'neo4j-driver';
import type { Embedder } from '../embed/provider.js';
import { cypher } from '../core/cypher.js';
import { BadUserInputError } from '../core/errors.js';

/** Checks the graph's embedding model; `epoch` is the graph epoch of the request, if known. */
export type GraphModelCheck = (epoch: number | undefined) => Promise<void>;

/**
 * The graph's model changes only in a write that also bumps the epoch, so one lookup per epoch
 * is enough: `search` keeps to one Neo4j round trip on a cache miss.
 */
export function createGraphModelCheck(deps: {
  driver: Driver;
  embedder: Embedder;
  database?: string | undefined;
}): GraphModelCheck {
  let memo: { epoch: number; model: string | null } | undefined;

  async function graphModel(epoch: number | undefined): Promise<string | null> {
    if (epoch !== undefined && memo?.epoch === epoch) return memo.model;
    const { records } = await deps.driver.executeQuery(
      cypher('search/graph-model'),
      {},
      { database: deps.database, routing: 'READ' },
    );
    const model = (records[0]?.get('model') as string | null | undefined) ?? null;
    if (epoch !== undefined) memo = { epoch, model };
    return model;
  }

  return async (epoch) => {
    const model = await graphModel(epoch);
    if (model && model !== deps.embedder.model) {
      throw new BadUserInputError(
        `The graph was embedded with ${model} but this server embeds queries with ${deps.embedder.model}. Run \`npm run reindex\` to re-embed the graph, or configure the original provider.`,
        'mode',
      );
    }
  };
}
