/** What every command shares: the config, a person-facing log line, and a runtime closed after use. */
import { loadConfig } from '../core/config.js';
import type { Config } from '../core/config.js';
import { createLogger } from '../core/logger.js';
import { migrate } from '../core/migrate.js';
import { createRuntime } from '../runtime/runtime.js';
import type { Runtime } from '../runtime/runtime.js';

/** A line for the person at the terminal (stderr, so stdout stays the command's output). */
export const say = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/**
 * Opens a runtime on `config` (the environment's, by default), applies pending migrations unless
 * `migrations` is false, runs `work`, and closes the runtime whatever happens.
 */
export async function withRuntime<T>(
  work: (rt: Runtime) => Promise<T>,
  { config = loadConfig(), migrations = true }: { config?: Config; migrations?: boolean } = {},
): Promise<T> {
  // Commands print their own progress: the logger says only what went wrong.
  const level = config.server.logLevel === 'info' ? 'warn' : config.server.logLevel;
  const rt = await createRuntime(config, { logger: createLogger(level), log: say });
  try {
    if (migrations) await migrate(rt.driver, config, say);
    return await work(rt);
  } finally {
    await rt.close();
  }
}
