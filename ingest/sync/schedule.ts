/**
 * The ingest scheduler behind `threadline ingest --every 5m`: runs a round (every configured
 * source, one after the other) again and again in one process, with one runtime kept open
 * between rounds. Rounds never overlap: the next starts `everyMs` after the previous one started,
 * or at once when a round took longer. `stop()` ends it cleanly: a wait is cut short, a running
 * round is asked to stop (each sync stops after its current page, its checkpoint at the last page
 * written) and no other round starts.
 */

export interface SchedulerOptions<T> {
  /** Time from the start of one round to the start of the next. */
  everyMs: number;
  /** Rounds to run, then stop. @default Infinity (until stopped) */
  rounds?: number;
  /** One round; `signal` aborts when the scheduler is stopped. */
  round: (n: number, signal: AbortSignal) => Promise<T>;
  /** Called after each round with its result. */
  onRound?: (n: number, result: T) => void;
  /** Milliseconds since some origin. @default performance.now */
  now?: () => number;
  /** Waits `ms`, or less when `signal` aborts. @default a timer */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface Scheduler {
  /** Runs rounds until `rounds` are done or `stop()` is called; resolves with the rounds run. */
  start(): Promise<number>;
  /** Cuts a wait short, stops the round in progress, and resolves when the scheduler is done. */
  stop(): Promise<void>;
  /** Resolves when the scheduler is not running. */
  ready(): Promise<void>;
}

/** A timer that an abort cuts short. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Creates a scheduler.
 * @throws {RangeError} when `everyMs` is not a positive number or `rounds` is below 1.
 */
export function createScheduler<T>(options: SchedulerOptions<T>): Scheduler {
  const { everyMs, round } = options;
  const rounds = options.rounds ?? Infinity;
  if (!(everyMs > 0)) throw new RangeError('everyMs must be positive');
  if (!(rounds >= 1)) throw new RangeError('rounds must be at least 1');
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? abortableSleep;
  const controller = new AbortController();
  let running: Promise<number> | undefined;

  async function loop(): Promise<number> {
    let n = 0;
    while (!controller.signal.aborted && n < rounds) {
      const started = now();
      n += 1;
      // Not inside `onRound?.(…)`: an absent callback would skip evaluating the round.
      const result = await round(n, controller.signal);
      options.onRound?.(n, result);
      if (n >= rounds || controller.signal.aborted) break;
      const wait = everyMs - (now() - started);
      if (wait > 0) await sleep(wait, controller.signal);
    }
    return n;
  }

  return {
    start() {
      running ??= loop();
      return running;
    },
    async stop() {
      controller.abort();
      await running;
    },
    async ready() {
      await running;
    },
  };
}
