/** Refuses vector queries when the graph was embedded with another model. */
import type { Context } from '../../server/context.js';
import { BadUserInputError } from '../../server/errors.js';

export async function assertGraphModel(ctx: Context): Promise<void> {
  const { driver, embedder, config } = ctx.services;
  const { records } = await driver.executeQuery(
    "OPTIONAL MATCH (m:_GraphMeta {id: 'graph'}) RETURN m.embeddingModel AS model",
    {},
    { database: config.neo4j.database, routing: 'READ' },
  );
  const model = records[0]?.get('model') as string | null | undefined;
  if (model && model !== embedder.model) {
    throw new BadUserInputError(
      `The graph was embedded with ${model} but this server embeds queries with ${embedder.model}. Run \`npm run reindex\` to re-embed the graph, or configure the original provider.`,
      'mode',
    );
  }
}
