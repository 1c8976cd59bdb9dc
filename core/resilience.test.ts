import {
  CircuitOpenError,
  TimeoutError,
  breakerPolicy,
  bulkheadPolicy,
  parseRetryAfter,
  retryPolicy,
  timeoutPolicy,
  wrap,
} from './resilience.js';
import type { RetryOptions } from './resilience.js';

/** A failure that says whether to retry it and how long to wait first. */
class Flaky extends Error {
  constructor(
    message: string,
    readonly retry = true,
    readonly after: number | null = null,
  ) {
    super(message);
  }
}

/** A promise with its resolver, to settle a call when the test says so. */
function deferred<T = void>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Settles once `signal` aborts, with its reason; never otherwise. */
const untilAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason as Error)),
  );

describe('the retry policy', () => {
  let slept: number[];
  let waits: { ms: number; error: unknown }[];
  const policy = (o: Partial<RetryOptions> = {}) =>
    retryPolicy({
      retries: 3,
      baseMs: 10,
      retryable: (e) => e instanceof Flaky && e.retry,
      retryAfter: (e) => (e instanceof Flaky ? e.after : null),
      onWait: (ms, error) => waits.push({ ms, error }),
      sleep: (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
      ...o,
    });
  beforeEach(() => {
    slept = [];
    waits = [];
  });

  it('stops after the given number of retries, doubling the backoff, and throws the last failure', async () => {
    let calls = 0;
    const error = await policy()
      .execute(() => Promise.reject(new Flaky(`failure ${++calls}`)))
      .catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect((error as Error).message).toBe('failure 4');
    expect(slept).toEqual([10, 20, 40]);
    expect(waits.map((w) => [w.ms, (w.error as Error).message])).toEqual([
      [10, 'failure 1'],
      [20, 'failure 2'],
      [40, 'failure 3'],
    ]);
  });

  it('returns the first success', async () => {
    let calls = 0;
    const result = await policy().execute(() =>
      ++calls < 3 ? Promise.reject(new Flaky('busy')) : Promise.resolve('ok'),
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
  });

  it('throws a failure it may not retry at once', async () => {
    let calls = 0;
    await expect(
      policy().execute(() => {
        calls += 1;
        return Promise.reject(new Flaky('refused', false));
      }),
    ).rejects.toThrow('refused');
    expect(calls).toBe(1);
    expect(slept).toEqual([]);
  });

  it('waits as long as a failure asks (Retry-After) instead of backing off, at most maxMs', async () => {
    const failures = [new Flaky('a', true, 7000), new Flaky('b'), new Flaky('c', true, 999_999)];
    await policy({ maxMs: 60_000 }).execute(() => {
      const next = failures.shift();
      return next ? Promise.reject(next) : Promise.resolve();
    });
    // The backoff steps on every failure: the second retry backs off 20 ms, not 10.
    expect(slept).toEqual([7000, 20, 60_000]);
  });

  it('adds at most the jitter fraction to the backoff', async () => {
    await expect(
      policy({ baseMs: 1000, jitter: 0.25 }).execute(() => Promise.reject(new Flaky('busy'))),
    ).rejects.toThrow('busy');
    expect(slept).toHaveLength(3);
    slept.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(1000 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(1250 * 2 ** i);
    });
  });

  it('stops a wait when the signal aborts, rejecting with its reason', async () => {
    const controller = new AbortController();
    let calls = 0;
    const started = Date.now();
    const error = await retryPolicy({
      retries: 3,
      baseMs: 3_600_000,
      retryable: () => true,
      // The real timer: an hour, cut short once it has started.
      onWait: () => setTimeout(() => controller.abort(new Error('stopped')), 5),
    })
      .execute(() => {
        calls += 1;
        return Promise.reject(new Flaky('busy'));
      }, controller.signal)
      .catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('retries nothing once the signal has aborted', async () => {
    const controller = new AbortController();
    let calls = 0;
    const error = await policy()
      .execute(() => {
        calls += 1;
        controller.abort(new Error('stopped'));
        return Promise.reject(new Flaky('busy'));
      }, controller.signal)
      .catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(calls).toBe(1);
    expect(slept).toEqual([]);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-20T10:00:00Z');
  const after = (value: string) => parseRetryAfter(new Headers({ 'retry-after': value }), now);

  it('reads seconds or an HTTP date, never below zero', () => {
    expect(after('7')).toBe(7000);
    expect(after(' 1.5 ')).toBe(1500);
    expect(after('Fri, 20 Nov 2026 10:00:03 GMT')).toBe(3000);
    expect(after('Fri, 20 Nov 2026 09:59:00 GMT')).toBe(0);
  });

  it('is null when absent or unreadable', () => {
    expect(parseRetryAfter(new Headers(), now)).toBeNull();
    expect(after('soon')).toBeNull();
    expect(after('-5')).toBeNull();
  });
});

describe('the timeout policy', () => {
  it('aborts the signal of a call that outlives its time and throws TimeoutError', async () => {
    let seen: AbortSignal | undefined;
    const error = await timeoutPolicy(5)
      .execute((signal) => {
        seen = signal;
        return untilAborted(signal);
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ ms: 5, message: 'The operation was aborted due to timeout' });
    expect(seen?.aborted).toBe(true);
  });

  it('rejects at the deadline a call that cannot be told to stop, when aggressive', async () => {
    const never = new Promise<never>(() => {});
    await expect(timeoutPolicy(5, { aggressive: true }).execute(() => never)).rejects.toThrow(
      TimeoutError,
    );
  });

  it('leaves a call that settles in time alone, its signal still tied to the caller', async () => {
    const controller = new AbortController();
    const signal = await timeoutPolicy(60_000).execute(
      (s) => Promise.resolve(s),
      controller.signal,
    );
    expect(signal.aborted).toBe(false);
    controller.abort();
    expect(signal.aborted).toBe(true);
  });

  it('rejects with the reason of a caller that aborts', async () => {
    const controller = new AbortController();
    const running = timeoutPolicy(60_000).execute(untilAborted, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(running).rejects.toThrow('stopped');
  });
});

describe('the bulkhead', () => {
  it('runs at most `limit` calls at once, the others in order as slots free', async () => {
    const bulkhead = bulkheadPolicy(2);
    const gates = [1, 2, 3, 4, 5].map(() => deferred());
    const started: number[] = [];
    let active = 0;
    let most = 0;
    const calls = gates.map((gate, i) =>
      bulkhead.execute(async () => {
        started.push(i);
        most = Math.max(most, ++active);
        await gate.promise;
        active -= 1;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    gates[1]?.resolve();
    await calls[1];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    await Promise.all(calls);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('lends a slot to work that is not one promise until it is given back', async () => {
    const bulkhead = bulkheadPolicy(1);
    const release = await bulkhead.hold();
    let ran = false;
    const waiting = bulkhead.execute(() => {
      ran = true;
      return Promise.resolve();
    });
    await new Promise((r) => setImmediate(r));
    expect(ran).toBe(false);
    release();
    release();
    await waiting;
    expect(ran).toBe(true);
    // Giving the slot back twice did not make a second one.
    const again = await bulkhead.hold();
    let second = false;
    const blocked = bulkhead.hold().then((r) => {
      second = true;
      r();
    });
    await new Promise((r) => setImmediate(r));
    expect(second).toBe(false);
    again();
    await blocked;
  });
});

describe('the circuit breaker', () => {
  // Cockatiel's breaker reads the time from Date.now: the tests move it by hand.
  const realNow = Date.now;
  let now = 0;
  beforeEach(() => {
    now = Date.parse('2026-11-20T10:00:00Z');
    Date.now = () => now;
  });
  afterEach(() => {
    Date.now = realNow;
  });
  const down = new Error('ECONNREFUSED');
  const counted = (e: unknown) => e === down;

  it('opens after `threshold` counted failures in a row and then fails fast without calling', async () => {
    const breaker = breakerPolicy({ isFailure: counted, threshold: 2, openMs: 5000 });
    let calls = 0;
    const call = (outcome: 'ok' | 'down' | 'other') => () => {
      calls += 1;
      if (outcome === 'ok') return Promise.resolve('ok');
      return Promise.reject(outcome === 'down' ? down : new Error('404'));
    };
    await expect(breaker.execute(call('down'))).rejects.toBe(down);
    // A success resets the count, and a failure that is not counted changes nothing.
    await breaker.execute(call('ok'));
    await expect(breaker.execute(call('down'))).rejects.toBe(down);
    await expect(breaker.execute(call('other'))).rejects.toThrow('404');
    expect(breaker.state).toBe('closed');
    await expect(breaker.execute(call('down'))).rejects.toBe(down);
    expect(breaker.state).toBe('open');
    expect(calls).toBe(5);
    now += 4999;
    const error = await breaker.execute(call('ok')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect((error as CircuitOpenError).lastFailure).toBe(down);
    expect(calls).toBe(5);
  });

  it('lets one trial call through after `openMs`; its success closes the breaker', async () => {
    const breaker = breakerPolicy({ isFailure: counted, openMs: 5000 });
    await expect(breaker.execute(() => Promise.reject(down))).rejects.toBe(down);
    now += 5000;
    const trial = deferred<string>();
    const first = breaker.execute(() => trial.promise);
    expect(breaker.state).toBe('half-open');
    // A call arriving during the trial waits for its outcome rather than calling as well.
    let waited = false;
    const second = breaker.execute(() => {
      waited = true;
      return Promise.resolve('second');
    });
    await new Promise((r) => setImmediate(r));
    expect(waited).toBe(false);
    trial.resolve('first');
    expect(await first).toBe('first');
    expect(await second).toBe('second');
    expect(breaker.state).toBe('closed');
  });

  it('opens again for another `openMs` when the trial call fails', async () => {
    const breaker = breakerPolicy({ isFailure: counted, openMs: 5000 });
    await expect(breaker.execute(() => Promise.reject(down))).rejects.toBe(down);
    now += 5000;
    await expect(breaker.execute(() => Promise.reject(down))).rejects.toBe(down);
    expect(breaker.state).toBe('open');
    now += 4999;
    await expect(breaker.execute(() => Promise.resolve())).rejects.toThrow(CircuitOpenError);
    now += 1;
    await expect(breaker.execute(() => Promise.resolve('up'))).resolves.toBe('up');
    expect(breaker.state).toBe('closed');
  });
});

describe('wrap', () => {
  it('nests policies, the first outermost: each retry gets a timeout of its own', async () => {
    let calls = 0;
    const slept: number[] = [];
    const policy = wrap(
      retryPolicy({
        retries: 2,
        baseMs: 10,
        retryable: (e) => e instanceof TimeoutError,
        sleep: (ms) => {
          slept.push(ms);
          return Promise.resolve();
        },
      }),
      timeoutPolicy(5),
    );
    // The first attempt never answers; the second answers at once, so it cannot time out.
    const result = await policy.execute((signal) =>
      ++calls === 1 ? untilAborted(signal) : Promise.resolve('answer'),
    );
    expect(result).toBe('answer');
    expect(calls).toBe(2);
    expect(slept).toEqual([10]);
  });
});
