/** `npm run migrate`: applies pending migrations to the configured (or local) Neo4j. */
import { openServices } from './bootstrap.js';
import { loadConfig } from './config.js';
import { migrate } from './migrate.js';

const config = loadConfig();
const log = (m: string) => process.stdout.write(`${m}\n`);

openServices(config, log)
  .then(async (services) => {
    try {
      const result = await migrate(services.driver, config, log);
      log(`migrations: ${result.applied.length} applied, ${result.skipped.length} already applied`);
    } finally {
      await services.close();
    }
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `migrate failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
