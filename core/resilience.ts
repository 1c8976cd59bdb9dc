/**
 * The one resilience layer for calls to upstream services (Jira, GitHub, Ollama), built on
 * `cockatiel`: retries with exponential backoff that honour a wait the upstream asks for
 * (`Retry-After`), a timeout per attempt, a bulkhead (concurrency limit) and a circuit breaker.
 * Each factory returns a {@link Policy}; {@link wrap} nests them, outermost first. Clients decide
 * which of their failures each policy handles; the policies never invent messages of their own,
 * so every client keeps its error classes and texts.
 *
 * Waits between attempts go through a {@link Sleep} (injectable, so tests take no time) and stop
 * at once when the caller's signal aborts; an aborted call rejects with the signal's reason.
 */
import { setTimeout as delay } from 'node:timers/promises';
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  DelegateBackoff,
  ExponentialBackoff,
  TimeoutStrategy,
  bulkhead,
  circuitBreaker,
  handleWhen,
  noJitterGenerator,
  retry,
  timeout,
} from 'cockatiel';
import type { GeneratorFn, IBackoff, IRetryBackoffContext } from 'cockatiel';

/** A rule around a call: `execute` runs `call` under it, passing the signal the call must honour. */
export interface Policy {
  /**
   * Runs `call`. The signal it receives aborts when `signal` does, and sooner where the policy
   * says so (a timeout). @throws what `call` throws, or what the policy adds (see each factory)
   */
  execute<T>(call: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/** Waits `ms`; rejects with the signal's reason once it aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

const NEVER = new AbortController().signal;

/** The default {@link Sleep}: a timer that an abort cuts short, rejecting with the signal's reason. */
export const sleep: Sleep = async (ms, signal) => {
  try {
    await delay(ms, undefined, signal ? { signal } : {});
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  }
};

/**
 * The wait an HTTP `Retry-After` header asks for, in milliseconds: seconds (`7`, `1.5`) or an
 * HTTP date (never negative); `null` when the header is absent or unreadable.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | null {
  const after = headers.get('retry-after')?.trim();
  if (!after) return null;
  if (/^\d+(\.\d+)?$/.test(after)) return Math.round(Number(after) * 1000);
  // An HTTP date names its month; without this, Date.parse would read `-5` as a year.
  if (!/[a-z]/i.test(after)) return null;
  const at = Date.parse(after);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export interface RetryOptions {
  /** Attempts after the first; 0 never retries. */
  retries: number;
  /** Whether a failure is worth another attempt; any other failure is thrown at once. */
  retryable: (error: unknown) => boolean;
  /** The first backoff, doubled with each retry (the nth retry waits `baseMs * 2^(n-1)`). */
  baseMs: number;
  /** The longest single wait, a requested one included. @default Infinity */
  maxMs?: number;
  /** Random extra on each backoff, as a fraction of it (`0.25`: up to a quarter more). @default 0 */
  jitter?: number;
  /** The wait the failure itself asks for (a `Retry-After`), used instead of the backoff. */
  retryAfter?: (error: unknown) => number | null;
  /** Told about each wait before it starts, with the failure that caused it. */
  onWait?: (ms: number, error: unknown) => void;
  /** @default {@link sleep} */
  sleep?: Sleep;
}

/** Doubling from `initialDelay`, plus up to `jitter` of it at random, at most `maxDelay`. */
function jittered(jitter: number): GeneratorFn<number> {
  return (attempts, options) => {
    const [ms, next] = noJitterGenerator(attempts, options);
    return [Math.min(options.maxDelay, Math.round(ms * (1 + Math.random() * jitter))), next];
  };
}

/**
 * Retries failures that `retryable` accepts, `retries` times at most, waiting the backoff or the
 * wait the failure asks for (capped at `maxMs`) between attempts. Nothing is retried once the
 * signal aborts.
 * @throws the last failure when retries run out or it is not retryable; the signal's reason
 * when aborted (during an attempt or a wait)
 */
export function retryPolicy(options: RetryOptions): Policy {
  const pause = options.sleep ?? sleep;
  const maxMs = options.maxMs ?? Number.POSITIVE_INFINITY;
  const exponential = new ExponentialBackoff({
    initialDelay: options.baseMs,
    maxDelay: maxMs,
    generator: jittered(options.jitter ?? 0),
  });
  return {
    async execute(call, signal = NEVER) {
      let wait = 0;
      let failure: unknown;
      // Cockatiel counts the attempts, sorts the failures and steps the backoff; its own pause is
      // a bare timer that neither an abort nor a test's clock can cut short, so it is told to wait
      // 0 ms and the real wait happens before the next attempt, through `sleep`. The backoff steps
      // on every failure, so the nth retry waits `baseMs * 2^(n-1)` even after a Retry-After.
      const backoff = new DelegateBackoff<IRetryBackoffContext<unknown>, IBackoff<unknown>>(
        (context, previous) => {
          const step = previous ? previous.next(context) : exponential.next();
          const asked =
            'error' in context.result ? options.retryAfter?.(context.result.error) : null;
          wait = Math.min(maxMs, asked ?? step.duration);
          return { delay: 0, state: step };
        },
      );
      const policy = retry(
        handleWhen((error) => !signal.aborted && options.retryable(error)),
        { maxAttempts: Math.max(0, options.retries), backoff },
      );
      try {
        return await policy.execute(async ({ attempt }) => {
          if (attempt > 0) {
            options.onWait?.(wait, failure);
            await pause(wait, signal);
          }
          signal.throwIfAborted();
          try {
            return await call(signal);
          } catch (error) {
            failure = error;
            throw error;
          }
        }, signal);
      } catch (error) {
        signal.throwIfAborted();
        throw error;
      }
    },
  };
}

/**
 * A request that got no HTTP answer at all (`fetch` rejected: refused, reset, DNS, TLS). Clients
 * throw it to mark the failure as one worth retrying; the message is the cause's.
 */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'NetworkError';
  }
}

/** An attempt that took longer than its timeout (the message is the platform's own). */
export class TimeoutError extends Error {
  constructor(
    /** The timeout that ran out. */
    readonly ms: number,
    options?: ErrorOptions,
  ) {
    super('The operation was aborted due to timeout', options);
    this.name = 'TimeoutError';
  }
}

export interface TimeoutOptions {
  /**
   * Reject at the deadline even if the call has not settled (for work that cannot be told to
   * stop, such as the next item of an iterator). Otherwise the call is told through its signal
   * and its own outcome is awaited (`fetch` honours the signal). @default false
   */
  aggressive?: boolean;
}

/**
 * Gives each call `ms` milliseconds: then the call's signal aborts. The signal stays tied to the
 * caller's after the call returns, so a body still streaming can be cancelled by the caller.
 * @throws {TimeoutError} when the time ran out; the signal's reason when the caller aborted
 */
export function timeoutPolicy(ms: number, options: TimeoutOptions = {}): Policy {
  const policy = timeout(ms, {
    strategy: options.aggressive ? TimeoutStrategy.Aggressive : TimeoutStrategy.Cooperative,
    // Cockatiel would abort the signal once the call returns, cutting off a streamed body.
    abortOnReturn: false,
  });
  return {
    async execute(call, signal) {
      let deadline: AbortSignal | undefined;
      try {
        return await policy.execute(({ signal: timer }) => {
          deadline = timer;
          return call(signal ? AbortSignal.any([signal, timer]) : timer);
        }, signal);
      } catch (error) {
        signal?.throwIfAborted();
        if (deadline?.aborted) throw new TimeoutError(ms, { cause: error });
        throw error;
      }
    },
  };
}

/** A {@link Policy} that runs at most `limit` calls at once; further calls queue in order. */
export interface Bulkhead extends Policy {
  /**
   * Takes a slot for work that is not one promise (a stream read piece by piece), waiting for one
   * if need be; the returned function gives it back (calling it again does nothing).
   */
  hold(): Promise<() => void>;
}

/** Creates a {@link Bulkhead} with an unbounded queue. */
export function bulkheadPolicy(limit: number): Bulkhead {
  const policy = bulkhead(limit, Number.POSITIVE_INFINITY);
  return {
    execute: (call, signal) => policy.execute(({ signal: s }) => call(s), signal),
    async hold() {
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await new Promise<void>((entered, failed) => {
        policy
          .execute(() => {
            entered();
            return released;
          })
          .catch(failed);
      });
      return release;
    },
  };
}

export interface BreakerOptions {
  /** Which failures count against the upstream; others pass through and change nothing. */
  isFailure: (error: unknown) => boolean;
  /** Counted failures in a row that open the breaker. @default 1 */
  threshold?: number;
  /** How long an open breaker fails fast before it lets one trial call through. */
  openMs: number;
}

/** A circuit breaker; see {@link breakerPolicy}. */
export interface Breaker extends Policy {
  /** `half-open` while a trial call runs; `open` stays until a call after `openMs` tries again. */
  readonly state: 'closed' | 'open' | 'half-open';
}

/** What an open breaker throws instead of calling the upstream. */
export class CircuitOpenError extends Error {
  constructor(
    /** The failure that opened the breaker. */
    readonly lastFailure: unknown,
  ) {
    super('the upstream failed recently; not calling it again yet', { cause: lastFailure });
    this.name = 'CircuitOpenError';
  }
}

/**
 * Opens after `threshold` counted failures in a row: then every call fails fast for `openMs`.
 * After that one trial call goes through (calls arriving meanwhile wait for its outcome): a
 * success closes the breaker, a counted failure opens it for another `openMs`.
 * @throws {CircuitOpenError} while open; otherwise what the call throws
 */
export function breakerPolicy(options: BreakerOptions): Breaker {
  const policy = circuitBreaker(
    handleWhen((error) => options.isFailure(error)),
    { halfOpenAfter: options.openMs, breaker: new ConsecutiveBreaker(options.threshold ?? 1) },
  );
  return {
    get state() {
      if (policy.state === CircuitState.Closed) return 'closed';
      return policy.state === CircuitState.HalfOpen ? 'half-open' : 'open';
    },
    async execute(call, signal) {
      try {
        return await policy.execute(({ signal: s }) => call(s), signal);
      } catch (error) {
        if (!(error instanceof BrokenCircuitError)) throw error;
        const last = policy.lastFailure;
        throw new CircuitOpenError(last && 'error' in last ? last.error : undefined);
      }
    },
  };
}

/** Nests policies, the first outermost: `wrap(retry, timeout)` gives each attempt its timeout. */
export function wrap(...policies: Policy[]): Policy {
  return {
    execute<T>(call: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
      const run = policies.reduceRight<(s: AbortSignal) => Promise<T>>(
        (inner, policy) => (s) => policy.execute(inner, s),
        call,
      );
      return run(signal ?? NEVER);
    },
  };
}
