/**
 * `npm start`: local Neo4j and Redis unless NEO4J_URI / REDIS_URL are set, migrations, demo data
 * on an empty graph, then the API. SIGINT/SIGTERM shut down gracefully.
 */
import { createApp } from './app.js';
import { openServices } from './bootstrap.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { checkOllamaModels } from './ollama.js';
import { loadDemoData } from '../ingest/demo/portfolio.js';
import { assertVectorIndexes, graphIsEmpty, migrate } from './migrate.js';

const config = loadConfig();
const logger = createLogger(config.server.logLevel);
const say = (m: string) => logger.info(m);

async function main(): Promise<void> {
  const services = await openServices(config, say);
  await migrate(services.driver, config, say);
  await assertVectorIndexes(services.driver, config);
  const server = await createApp({ config, ...services, logger });
  // A local model that is missing fails here, naming the command that fetches it.
  await server.embedder.ready?.();
  if (config.server.demoData && (await graphIsEmpty(services.driver, config))) {
    const loaded = await loadDemoData(server.writer);
    say(
      `empty graph: loaded the demo portfolio (${loaded.artifacts} artifacts, ${loaded.links} links)`,
    );
  }
  const models = [
    ...(config.embeddings.provider === 'ollama' ? [config.ollama.embedModel] : []),
    ...(config.ask.generation === 'auto' ? [config.ollama.chatModel] : []),
  ];
  const ollama = await checkOllamaModels(server.ollama, models);
  logger[ollama.level](ollama.message);
  await server.start();
  process.stdout.write(`\nThreadline is ready: ${server.url()}/graphql\n\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server
      .stop()
      .then(() => services.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'start-up failed');
  process.stderr.write(
    `\nThreadline could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
