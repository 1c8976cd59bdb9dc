/** The per-request context, built the same way for HTTP and (later) WebSocket requests. */
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { AccessLevel, Config } from './config.js';
import type { ChangeFeed } from './changes.js';
import type { Metrics } from './metrics.js';
import type { OllamaClient } from './ollama.js';
import type { ProgressHub } from '../ingest/sync/progress.js';
import type { Embedder } from '../ingest/embed/provider.js';
import type { Writer } from '../ingest/writer/writer.js';
import { createNeighbourLoader } from '../resolvers/neighbours.js';
import type { GraphModelCheck } from '../resolvers/Query/model-check.js';

export interface Services {
  config: Config;
  driver: Driver;
  redis: Redis;
  embedder: Embedder;
  writer: Writer;
  metrics: Metrics;
  checkGraphModel: GraphModelCheck;
  changes: ChangeFeed;
  ollama: OllamaClient;
  progress: ProgressHub;
}

export interface Context {
  services: Services;
  /** Per-request DataLoaders. */
  loaders: { neighbours: ReturnType<typeof createNeighbourLoader> };
  /** Access levels this request may read. */
  levels: AccessLevel[];
  /** WebSocket requests: closes the connection (slow consumer). */
  closeConnection?: (reason: string) => void;
  /** Read by @neo4j/graphql's @authorization filters on the generated API. */
  jwt: { levels: AccessLevel[] };
  [key: string]: unknown;
}

/** Until authentication exists every request gets the configured default levels. */
export function createContext(services: Services): Context {
  const levels = [...services.config.access.defaultLevels];
  const { driver, config } = services;
  return {
    services,
    levels,
    jwt: { levels },
    loaders: { neighbours: createNeighbourLoader(driver, levels, config.neo4j.database) },
  };
}
