/**
 * `npx tsx deploy/fetch-helm.ts`: installs the pinned helm ({@link HELM_VERSION}) into the cache
 * if it is not there, and prints its path. `.ci/run` runs it before `npm test`; the chart checks
 * (deploy/chart.test.ts) fail, naming this command, when the binary is missing.
 */
import { loadConfig } from '../core/config.js';
import { HELM_VERSION, installHelm } from './helm.js';

const started = Date.now();
try {
  const { path, built } = installHelm(loadConfig().paths.cacheDir, (m) =>
    process.stderr.write(`${m}\n`),
  );
  if (built) {
    process.stderr.write(
      `built helm ${HELM_VERSION} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
    );
  }
  process.stdout.write(`${path}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
