/** `npm run reindex`: re-embeds the graph with the configured embedding provider. */
import { SingleBar } from 'cli-progress';
import { createEmbedder } from '../ingest/embed/provider.js';
import { reindex } from '../ingest/reindex.js';
import { createWriter } from '../ingest/writer/writer.js';
import { openServices } from '../server/bootstrap.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { migrate } from '../server/migrate.js';

const config = loadConfig();
const log = (m: string) => process.stdout.write(`${m}\n`);

async function main(): Promise<void> {
  const services = await openServices(config, log);
  try {
    await migrate(services.driver, config, log);
    const embedder = createEmbedder(config);
    const writer = createWriter({
      ...services,
      embedder,
      logger: createLogger('warn'),
      database: config.neo4j.database,
      keyPrefix: config.redis.keyPrefix,
    });
    const bar = new SingleBar({
      format: 'reindex [{bar}] {value}/{total} artifacts ({percentage}%)',
    });
    let started = false;
    const result = await reindex({
      driver: services.driver,
      writer,
      embedder,
      config,
      onProgress: ({ done, total }) => {
        if (!started) bar.start(total, done);
        started = true;
        bar.update(done);
      },
    });
    bar.stop();
    if (result.rebuilt.length > 0) log(`rebuilt vector indexes: ${result.rebuilt.join(', ')}`);
    log(`re-embedded ${result.reembedded} artifacts with ${embedder.model}`);
  } finally {
    await services.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `reindex failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
