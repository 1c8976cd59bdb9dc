/**
 * A push-driven async iterator: a producer pushes items, one consumer iterates them (`for await`,
 * a graphql-ws subscription). Unlike an async generator waiting for its next item, a consumer
 * blocked in `next()` can be returned at once, which is what makes unsubscribing immediate.
 */

/** An async iterator fed by `push`; see {@link createAsyncQueue}. */
export interface AsyncQueue<T> extends AsyncIterableIterator<T> {
  /** Hands `value` to a waiting `next()` or buffers it; ignored once the queue is closed. */
  push(value: T): void;
  /** No more items: the consumer gets the buffered ones, then `done`. Closes the queue. */
  end(): void;
  /**
   * Fails the queue: buffered items are dropped and every `next()`, pending or later, rejects with
   * `error`. Closes the queue.
   */
  fail(error: Error): void;
  /** Stops the queue for the consumer: buffered items are dropped, pending `next()`s get `done`. */
  return(): Promise<IteratorResult<T, undefined>>;
  /** Whether the queue takes no more items (ended, failed or returned). */
  readonly closed: boolean;
  /** Items buffered, waiting for the consumer. */
  readonly size: number;
}

export interface AsyncQueueOptions<T> {
  /**
   * How many items may wait for the consumer.
   * @default Infinity
   */
  limit?: number;
  /**
   * What a push beyond `limit` does: `'drop-oldest'` drops the oldest waiting item (for a live
   * view, where only recent items matter); a function gets the waiting items, oldest first, the
   * new one last, and returns the error to fail the queue with (for a record that must not lose
   * items: the consumer is cut off and resumes from where it was).
   * @default fails with "more than <limit> items waiting"
   */
  overflow?: 'drop-oldest' | ((waiting: readonly T[]) => Error);
  /**
   * Whether what the consumer feeds is backed up (a socket with unsent data): a push that has to
   * wait while this says so overflows like one beyond `limit`.
   */
  congested?: () => boolean;
  /**
   * Called once, when the queue closes: by `end()`, `return()`, or `fail()` (with its error).
   * Unsubscribe the producer here.
   */
  onClose?: (error?: Error) => void;
}

type Waiter<T> = {
  resolve: (r: IteratorResult<T, undefined>) => void;
  reject: (e: Error) => void;
};

const done = (): IteratorReturnResult<undefined> => ({ value: undefined, done: true });

/** Creates an open, empty {@link AsyncQueue}. */
export function createAsyncQueue<T>(options: AsyncQueueOptions<T> = {}): AsyncQueue<T> {
  const limit = options.limit ?? Infinity;
  const overflow =
    options.overflow ?? (() => new Error(`more than ${limit} items waiting for the consumer`));
  let buffer: T[] = [];
  // Pending `next()`s; there are some only while the buffer is empty and the queue open.
  let waiters: Waiter<T>[] = [];
  let closed = false;
  let failure: Error | undefined;

  /** Closes an open queue: settles every pending `next()`, then tells `onClose`. */
  function close(error?: Error): void {
    if (closed) return;
    closed = true;
    failure = error;
    if (error) buffer = [];
    const pending = waiters;
    waiters = [];
    for (const w of pending) {
      if (error) w.reject(error);
      else w.resolve(done());
    }
    options.onClose?.(error);
  }

  const queue: AsyncQueue<T> = {
    push(value) {
      if (closed) return;
      const waiter = waiters.shift();
      if (waiter) {
        waiter.resolve({ value, done: false });
        return;
      }
      buffer.push(value);
      if (buffer.length <= limit && !options.congested?.()) return;
      if (overflow === 'drop-oldest') buffer.shift();
      else close(overflow(buffer));
    },

    end() {
      close();
    },

    fail(error) {
      close(error);
    },

    next() {
      if (buffer.length > 0) return Promise.resolve({ value: buffer.shift() as T, done: false });
      if (failure) return Promise.reject(failure);
      if (closed) return Promise.resolve(done());
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },

    return() {
      buffer = [];
      close();
      return Promise.resolve(done());
    },

    get closed() {
      return closed;
    },

    get size() {
      return buffer.length;
    },

    [Symbol.asyncIterator]() {
      return queue;
    },
  };
  return queue;
}
