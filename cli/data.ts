/** `threadline migrate`, `threadline seed`, `threadline reindex`: the graph's schema and data. */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { graphIsEmpty, migrate } from '../core/migrate.js';
import { reindex } from '../graph/reindex.js';
import { loadDemoData } from '../ingest/demo/portfolio.js';
import { say, withRuntime } from './run.js';

/** Registers the commands on `program`. */
export function registerDataCommands(program: Command): void {
  program
    .command('migrate')
    .description('apply pending migrations (constraints, indexes) to the configured Neo4j')
    .action(async () => {
      await withRuntime(
        async (rt) => {
          const result = await migrate(rt.driver, rt.config, say);
          say(
            `migrations: ${result.applied.length} applied, ${result.skipped.length} already applied`,
          );
        },
        { migrations: false },
      );
    });

  program
    .command('seed')
    .description('load the demo portfolio (idempotent; --if-empty: only into an empty graph)')
    .option('--if-empty', 'do nothing when the graph already holds artifacts')
    .action(async (flags: { ifEmpty?: boolean }) => {
      await withRuntime(async (rt) => {
        if (flags.ifEmpty && !(await graphIsEmpty(rt.driver, rt.config))) {
          say('the graph is not empty: nothing loaded');
          return;
        }
        await rt.embedder.ready?.();
        const loaded = await loadDemoData(rt.writer);
        say(`demo portfolio: ${loaded.artifacts} artifacts, ${loaded.links} links`);
      });
    });

  program
    .command('reindex')
    .description('re-embed the graph with the configured embedder (resumable)')
    .action(async () => {
      await withRuntime(async (rt) => {
        await rt.embedder.ready?.();
        const bar = new SingleBar({
          format: 'reindex [{bar}] {value}/{total} artifacts ({percentage}%)',
        });
        let started = false;
        const result = await reindex({
          driver: rt.driver,
          writer: rt.writer,
          embedder: rt.embedder,
          config: rt.config,
          onProgress: ({ done, total }) => {
            if (!started) bar.start(total, done);
            started = true;
            bar.update(done);
          },
        });
        bar.stop();
        if (result.rebuilt.length > 0) say(`rebuilt vector indexes: ${result.rebuilt.join(', ')}`);
        say(`re-embedded ${result.reembedded} artifacts with ${rt.embedder.model}`);
      });
    });
}
