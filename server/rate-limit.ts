/**
 * Per-identity rate limits: each identity may run `RATE_LIMIT_POINTS` GraphQL operations per
 * `RATE_LIMIT_WINDOW_SECONDS`, counted in Redis so every API process shares one budget. HTTP
 * requests and WebSocket operations draw on the same budget. Refused credentials are counted per
 * remote address: after `RATE_LIMIT_AUTH_FAILURES` in a window, the address is refused outright
 * until the window ends, so keys and tokens cannot be guessed at request speed.
 *
 * rate-limiter-flexible (no dependencies) keeps a fixed-window counter per key with one atomic Lua
 * script (`SET NX EX` + `INCRBY` + `PTTL`), one round trip a request. Redis down or slow: the
 * request goes through (fail open, logged once per outage), so a cache outage never blocks all
 * traffic.
 */
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from 'pino';
import type { Redis } from 'ioredis';
import type { Config } from '../core/config.js';
import type { Identity } from '../graph/access.js';

/** How long a Redis answer may take before the request goes through unchecked. */
const REDIS_TIMEOUT_MS = 500;

/** The outcome of drawing one operation from an identity's budget. */
export type RateVerdict =
  | { allowed: true }
  | {
      allowed: false;
      /** Whole seconds until the window resets (at least 1). */ retryAfterSeconds: number;
    };

export interface RateLimiter {
  /**
   * Draws one operation from the budget of `identity`. Anonymous callers share nothing: each
   * remote address has its own budget (`address`), since they have no subject of their own.
   * Never throws: a Redis failure answers `allowed`.
   */
  consume(identity: Identity, address?: string): Promise<RateVerdict>;
  /**
   * Whether `address` may still present credentials: refused once it has presented
   * `RATE_LIMIT_AUTH_FAILURES` refused ones within the window. Never throws.
   */
  mayAuthenticate(address?: string): Promise<RateVerdict>;
  /** Counts one refused credential from `address`. Never throws. */
  authFailed(address?: string): Promise<void>;
}

export interface RateLimiterDeps {
  config: Pick<Config, 'limits' | 'redis'>;
  redis: Redis;
  logger: Logger;
}

/** The budget key of a caller: its subject, or its address when anonymous. */
export function rateKey(identity: Identity, address?: string): string {
  return identity.subject === 'anonymous' ? `anonymous:${address ?? '?'}` : identity.subject;
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
  );
}

/** Builds the limiter; with `RATE_LIMIT=false` it allows everything and never touches Redis. */
export function createRateLimiter(deps: RateLimiterDeps): RateLimiter {
  const { enabled, points, windowSeconds } = deps.config.limits.rate;
  const { authFailures } = deps.config.limits.rate;
  if (!enabled)
    return {
      consume: () => Promise.resolve({ allowed: true }),
      mayAuthenticate: () => Promise.resolve({ allowed: true }),
      authFailed: () => Promise.resolve(),
    };
  const limiter = new RateLimiterRedis({
    storeClient: deps.redis,
    keyPrefix: `${deps.config.redis.keyPrefix}ratelimit`,
    points,
    duration: windowSeconds,
  });
  const failures = new RateLimiterRedis({
    storeClient: deps.redis,
    keyPrefix: `${deps.config.redis.keyPrefix}authfail`,
    points: authFailures,
    duration: windowSeconds,
  });
  let failing = false;
  const failKey = (address?: string) => address ?? '?';

  return {
    async mayAuthenticate(address) {
      try {
        const spent = await Promise.race([
          failures.get(failKey(address)),
          timeout(REDIS_TIMEOUT_MS),
        ]);
        if (spent && spent.consumedPoints >= authFailures) {
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(spent.msBeforeNext / 1000)),
          };
        }
      } catch {
        // Redis down: as for the operation budget, nothing is blocked (see consume).
      }
      return { allowed: true };
    },
    async authFailed(address) {
      try {
        await Promise.race([failures.penalty(failKey(address), 1), timeout(REDIS_TIMEOUT_MS)]);
      } catch {
        // Counted on a best-effort basis: a Redis outage is logged by consume.
      }
    },
    async consume(identity, address) {
      try {
        await Promise.race([
          limiter.consume(rateKey(identity, address)),
          timeout(REDIS_TIMEOUT_MS),
        ]);
        if (failing) {
          failing = false;
          deps.logger.info('rate limits are enforced again (Redis answers)');
        }
        return { allowed: true };
      } catch (error) {
        // rate-limiter-flexible rejects with a RateLimiterRes when the budget is spent, with an
        // Error when Redis failed.
        if (error instanceof RateLimiterRes) {
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
          };
        }
        if (!failing) {
          failing = true;
          deps.logger.warn(
            { err: error },
            'rate limits are not enforced: Redis does not answer (requests go through)',
          );
        }
        return { allowed: true };
      }
    },
  };
}
