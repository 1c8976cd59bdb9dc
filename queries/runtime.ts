/**
 * What a query service is given: the runtime's clients (`QueryRuntime`, satisfied by the
 * `Runtime` of `runtime/`) and the caller's scope. Services are plain async functions of
 * `(runtime, scope, args)`: the resolvers, `ask`, the eval and the benchmarks call the same ones.
 */
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { AccessLevel, Config } from '../core/config.js';
import type { Metrics } from '../core/metrics.js';
import type { OllamaClient } from '../core/ollama.js';
import type { Embedder } from '../embed/provider.js';
import type { GraphModelCheck } from './model-check.js';

export interface QueryRuntime {
  config: Config;
  driver: Driver;
  redis: Redis;
  embedder: Embedder;
  metrics: Metrics;
  ollama: OllamaClient;
  checkGraphModel: GraphModelCheck;
}

/** Who is asking: the access levels the caller may read. Every query filters by them. */
export interface Scope {
  levels: readonly AccessLevel[];
}

/** Options for a read query against the configured database. */
export const readOptions = (rt: QueryRuntime) =>
  ({
    database: rt.config.neo4j.database,
    routing: 'READ',
    transactionConfig: { timeout: rt.config.limits.queryTimeoutMs },
  }) as const;
