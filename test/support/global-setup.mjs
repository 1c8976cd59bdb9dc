// Starts real Neo4j and Redis for the integration and e2e tiers (see services-cli.ts) and hands their
// addresses to the test files through THREADLINE_TEST_* variables.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export default function globalSetup() {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'services-cli.ts'), 'start'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  );
  const { neo4jUri, redisUrl, started } = JSON.parse(out.trim().split('\n').pop());
  process.env.THREADLINE_TEST_NEO4J_URI = neo4jUri;
  // CLI processes the tests spawn inherit this: the same embedder as testConfig's.
  process.env.EMBEDDINGS_PROVIDER ??= 'local';
  process.env.THREADLINE_TEST_REDIS_URL = redisUrl;
  process.env.THREADLINE_TEST_STARTED = started.join(',');
}
