/** Neo4j driver factory. Opens nothing at import time. */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';

export interface Neo4jTarget {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  /** Connecting and waiting for a pooled connection give up after this. @default 5000 */
  connectTimeoutMs?: number;
  /** Transient failures are retried for this long, then thrown. @default 5000 */
  retryTimeMs?: number;
}

/**
 * Creates a driver for `target`. Integers come back as JS numbers (`disableLosslessIntegers`):
 * every integer Threadline stores (epochs, counts, epoch millis) is far below 2^53.
 */
export function createDriver(target: Neo4jTarget): Driver {
  const auth =
    target.password !== undefined && target.password !== ''
      ? neo4j.auth.basic(target.user ?? 'neo4j', target.password)
      : undefined;
  const connectMs = target.connectTimeoutMs ?? 5000;
  return neo4j.driver(target.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    // Bounded waits: with Neo4j gone, a request fails within about connect + retry time instead
    // of the driver's defaults (30 s connect, 60 s acquisition, 30 s of retries).
    connectionTimeout: connectMs,
    connectionAcquisitionTimeout: connectMs * 2,
    maxTransactionRetryTime: target.retryTimeMs ?? 5000,
    userAgent: 'threadline/0.1',
  });
}

/** The driver target for a config, given the URI the local launcher resolved (if any). */
export function neo4jTarget(config: Config, localUri?: string): Neo4jTarget {
  const uri = config.neo4j.uri ?? localUri;
  if (!uri) throw new Error('No Neo4j URI: set NEO4J_URI or start the local launcher');
  return {
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    connectTimeoutMs: config.neo4j.connectTimeoutMs,
    retryTimeMs: config.neo4j.retryTimeMs,
  };
}
