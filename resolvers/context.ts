/** The per-request GraphQL context, built the same way for HTTP and WebSocket requests. */
import type { AccessLevel } from '../core/config.js';
import { createNeighbourLoader } from '../queries/neighbours.js';
import type { Scope } from '../queries/runtime.js';
import type { Runtime } from '../runtime/runtime.js';

export interface Context {
  runtime: Runtime;
  /** What this request may read. */
  scope: Scope;
  /** Per-request DataLoaders. */
  loaders: { neighbours: ReturnType<typeof createNeighbourLoader> };
  /** WebSocket requests: closes the connection (slow consumer). */
  closeConnection?: (reason: string) => void;
  /** Read by @neo4j/graphql's @authorization filters on the generated API. */
  jwt: { levels: AccessLevel[] };
  [key: string]: unknown;
}

/** Until authentication exists every request gets the configured default levels. */
export function createContext(runtime: Runtime): Context {
  const levels = [...runtime.config.access.defaultLevels];
  const { driver, config } = runtime;
  return {
    runtime,
    scope: { levels },
    jwt: { levels },
    loaders: { neighbours: createNeighbourLoader(driver, levels, config.neo4j.database) },
  };
}
