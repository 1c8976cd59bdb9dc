/**
 * The up/down state of one dependency (Redis, …) seen through all of a process's connections to
 * it, logged as an outage: one warning when it goes away, one when it is back, with the duration.
 * Reconnect attempts in between are silent, however many connections fail how often.
 */
import type { Logger } from 'pino';

export interface DependencyState {
  /** A connection failed. The first failure while the dependency was up logs that it is down. */
  failed(connection: object, error: unknown): void;
  /** A connection is ready. When no connection is failing any more, logs that it is back. */
  ready(connection: object): void;
  /** A connection was closed on purpose: it no longer counts, and logs nothing. */
  closed(connection: object): void;
  /** Whether the dependency is down now (some connection failed and none has recovered since). */
  readonly down: boolean;
}

/** What an outage log line carries besides its message. */
export interface OutageFields {
  dependency: string;
  /** The first error of the outage, on the warning that it began. */
  reason?: string;
  /** How long it lasted, on the line that it ended. */
  downMs?: number;
}

/** Where the state is reported besides the log (the Prometheus gauge and counter). */
export interface DependencyObserver {
  /** Up (true) or down (false); called once at creation with true, then on each change. */
  up(up: boolean): void;
  /** An outage ended after `ms`. */
  downFor(ms: number): void;
}

/**
 * @param name the dependency as the logs name it (`redis`).
 * @param now the clock. @default Date.now
 */
export function createDependencyState(
  name: string,
  logger: Pick<Logger, 'warn'>,
  now: () => number = Date.now,
  observer?: DependencyObserver,
): DependencyState {
  const failing = new Set<object>();
  let downSince: number | undefined;
  observer?.up(true);
  return {
    failed(connection, error) {
      failing.add(connection);
      if (downSince !== undefined) return;
      downSince = now();
      const reason = error instanceof Error ? error.message : String(error);
      const fields: OutageFields = { dependency: name, reason };
      logger.warn(fields, `${name} is unreachable (${reason}); retrying quietly until it is back`);
      observer?.up(false);
    },
    ready(connection) {
      failing.delete(connection);
      if (downSince === undefined || failing.size > 0) return;
      const downMs = now() - downSince;
      downSince = undefined;
      const fields: OutageFields = { dependency: name, downMs };
      logger.warn(fields, `${name} is back after ${(downMs / 1000).toFixed(1)} s`);
      observer?.downFor(downMs);
      observer?.up(true);
    },
    closed(connection) {
      failing.delete(connection);
    },
    get down() {
      return downSince !== undefined;
    },
  };
}
