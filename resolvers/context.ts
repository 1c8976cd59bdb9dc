/** The per-request GraphQL context, built the same way for HTTP and WebSocket requests. */
import type { AccessLevel } from '../core/config.js';
import type { Identity } from '../graph/access.js';
import { createNeighbourLoader } from '../queries/neighbours.js';
import { createPendingLoader } from '../queries/pending.js';
import { createPeopleLoader } from '../queries/people.js';
import type { Scope } from '../queries/runtime.js';
import { createSuggestionLoader } from '../queries/suggestions.js';
import type { Runtime } from '../runtime/runtime.js';

export interface Context {
  runtime: Runtime;
  /** Who is calling (authenticated by the server before the context is built). */
  identity: Identity;
  /** What this request may read. */
  scope: Scope;
  /** Per-request DataLoaders. */
  loaders: {
    neighbours: ReturnType<typeof createNeighbourLoader>;
    pending: ReturnType<typeof createPendingLoader>;
    people: ReturnType<typeof createPeopleLoader>;
    suggestions: ReturnType<typeof createSuggestionLoader>;
  };
  /** WebSocket requests: closes the connection (slow consumer). */
  closeConnection?: (reason: string) => void;
  /** WebSocket requests: bytes written to the connection but not yet sent. */
  unsentBytes?: () => number;
  /** Read by @neo4j/graphql's @authorization filters on the generated API. */
  jwt: { levels: AccessLevel[]; roles: string[] };
  /** Read by @neo4j/graphql: the Neo4j transaction timeout of generated queries. */
  transaction: { timeout: number };
  [key: string]: unknown;
}

/** The context of one request (HTTP) or connection (WebSocket) of `identity`. */
export function createContext(runtime: Runtime, identity: Identity): Context {
  const levels = [...identity.levels];
  const { driver, config } = runtime;
  return {
    runtime,
    identity,
    scope: { levels },
    jwt: { levels, roles: [identity.role] },
    transaction: { timeout: config.limits.queryTimeoutMs },
    loaders: {
      neighbours: createNeighbourLoader(driver, levels, config.neo4j.database),
      pending: createPendingLoader(driver, config.neo4j.database),
      people: createPeopleLoader(driver, levels, config.neo4j.database),
      suggestions: createSuggestionLoader(runtime, { levels }),
    },
  };
}
