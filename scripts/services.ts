/**
 * `npm run neo4j:start|stop|status` and `npm run redis:start|stop|status`.
 * A second start while one runs says so and exits 0; failures print one clear message, exit 1.
 */
import { loadConfig } from '../server/config.js';
import {
  localNeo4jStatus,
  prepareLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../server/local/neo4j.js';
import { localNeo4jOptions, localRedisOptions } from '../server/local/options.js';
import { localRedisStatus, startLocalRedis, stopLocalRedis } from '../server/local/redis.js';

const [service, action] = process.argv.slice(2);
const log = (m: string) => process.stdout.write(`${m}\n`);
const config = loadConfig();

async function main(): Promise<number> {
  if (service === 'neo4j') {
    const o = localNeo4jOptions(config, log);
    if (action === 'start') await startLocalNeo4j(o);
    else if (action === 'fetch') {
      const { jdk, lib } = prepareLocalNeo4j(o);
      log(`Neo4j jars in ${lib}; Java ${jdk.major} at ${jdk.home}`);
    } else if (action === 'stop')
      log((await stopLocalNeo4j(o)) ? 'Neo4j stopped' : 'Neo4j was not running');
    else if (action === 'status') {
      const s = localNeo4jStatus(o);
      log(
        s.running
          ? `Neo4j is running (pid ${s.pid}) at ${s.uri}`
          : `Neo4j is not running (${s.uri})`,
      );
      return s.running ? 0 : 3;
    } else return usage();
    return 0;
  }
  if (service === 'redis') {
    // `redis:start` serves `npm start`: persistent (AOF). Tests start their own, non-persistent.
    const o = localRedisOptions(config, true, log);
    if (action === 'start') await startLocalRedis(o);
    else if (action === 'stop')
      log((await stopLocalRedis(o)) ? 'Redis stopped' : 'Redis was not running');
    else if (action === 'status') {
      const s = localRedisStatus(o);
      log(
        s.running
          ? `Redis is running (pid ${s.pid}) at ${s.url}`
          : `Redis is not running (${s.url})`,
      );
      return s.running ? 0 : 3;
    } else return usage();
    return 0;
  }
  return usage();
}

function usage(): number {
  process.stderr.write(
    'usage: services.ts neo4j start|stop|status|fetch, or: services.ts redis start|stop|status\n',
  );
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
