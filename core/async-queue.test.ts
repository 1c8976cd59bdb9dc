import { createAsyncQueue } from './async-queue.js';

/** A recording `onClose`. */
function recorder() {
  const calls: (Error | undefined)[] = [];
  return { calls, onClose: (error?: Error) => void calls.push(error) };
}

/** Whether `p` has settled after pending microtasks ran. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setImmediate(r));
  return done;
}

describe('an async queue', () => {
  it('gives pushed items to the consumer in order, buffered or awaited', async () => {
    const q = createAsyncQueue<number>();
    q.push(1);
    q.push(2);
    expect(q.size).toBe(2);
    expect(await q.next()).toEqual({ value: 1, done: false });
    expect(await q.next()).toEqual({ value: 2, done: false });
    const waiting = q.next();
    expect(await settled(waiting)).toBe(false);
    q.push(3);
    expect(await waiting).toEqual({ value: 3, done: false });
  });

  it('hands items to several pending next() calls in the order they were made', async () => {
    const q = createAsyncQueue<string>();
    const first = q.next();
    const second = q.next();
    q.push('a');
    q.push('b');
    expect(await first).toEqual({ value: 'a', done: false });
    expect(await second).toEqual({ value: 'b', done: false });
    expect(q.size).toBe(0);
  });

  it('delivers what is buffered after end(), then is done, and drops later pushes', async () => {
    const { calls, onClose } = recorder();
    const q = createAsyncQueue<number>({ onClose });
    q.push(1);
    q.end();
    q.push(2);
    expect(q.closed).toBe(true);
    expect(calls).toEqual([undefined]);
    const seen: number[] = [];
    for await (const n of q) seen.push(n);
    expect(seen).toEqual([1]);
    expect(await q.next()).toEqual({ value: undefined, done: true });
  });

  it('ends a pending next() when the producer ends', async () => {
    const q = createAsyncQueue<number>();
    const waiting = q.next();
    q.end();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });

  it('returns a consumer blocked in next() at once, unsubscribing exactly once', async () => {
    const { calls, onClose } = recorder();
    const q = createAsyncQueue<number>({ onClose });
    const waiting = q.next();
    expect(await q.return()).toEqual({ value: undefined, done: true });
    expect(await waiting).toEqual({ value: undefined, done: true });
    await q.return();
    q.end();
    expect(calls).toHaveLength(1);
  });

  it('drops buffered items when returned', async () => {
    const q = createAsyncQueue<number>();
    q.push(1);
    q.push(2);
    await q.return();
    q.push(3);
    expect(q.size).toBe(0);
    expect(await q.next()).toEqual({ value: undefined, done: true });
  });

  it('stops a for-await loop when the consumer breaks out of it', async () => {
    const { calls, onClose } = recorder();
    const q = createAsyncQueue<number>({ onClose });
    q.push(1);
    q.push(2);
    for await (const n of q) {
      expect(n).toBe(1);
      break;
    }
    expect(calls).toHaveLength(1);
    expect(q.closed).toBe(true);
  });

  it('rejects pending and later next() calls with the error it failed with', async () => {
    const { calls, onClose } = recorder();
    const q = createAsyncQueue<number>({ onClose });
    const waiting = q.next();
    const error = new Error('upstream gone');
    q.fail(error);
    await expect(waiting).rejects.toBe(error);
    await expect(q.next()).rejects.toBe(error);
    await expect(q.next()).rejects.toBe(error);
    expect(calls).toEqual([error]);
  });

  it('drops buffered items when it fails, so the consumer sees the error at once', async () => {
    const q = createAsyncQueue<number>();
    q.push(1);
    q.fail(new Error('boom'));
    await expect(q.next()).rejects.toThrow('boom');
  });

  it('keeps the newest items up to the limit when told to drop the oldest', async () => {
    const q = createAsyncQueue<number>({ limit: 3, overflow: 'drop-oldest' });
    for (let i = 1; i <= 5; i += 1) q.push(i);
    expect(q.size).toBe(3);
    expect(q.closed).toBe(false);
    q.end();
    const seen: number[] = [];
    for await (const n of q) seen.push(n);
    expect(seen).toEqual([3, 4, 5]);
  });

  it('fails with the overflow callback’s error once more than the limit wait', async () => {
    const { calls, onClose } = recorder();
    const seen: number[][] = [];
    const overflow = (waiting: readonly number[]) => {
      seen.push([...waiting]);
      return new Error(`behind from ${waiting[0]}`);
    };
    const q = createAsyncQueue<number>({ limit: 2, overflow, onClose });
    q.push(1);
    q.push(2);
    expect(seen).toEqual([]);
    q.push(3);
    expect(seen).toEqual([[1, 2, 3]]);
    expect(q.closed).toBe(true);
    expect(calls.map((e) => e?.message)).toEqual(['behind from 1']);
    await expect(q.next()).rejects.toThrow('behind from 1');
    q.push(4);
    expect(q.size).toBe(0);
  });

  it('overflows below the limit when a push has to wait while the consumer is congested', async () => {
    let congested = false;
    const overflow = (waiting: readonly number[]) => new Error(`congested from ${waiting[0]}`);
    const q = createAsyncQueue<number>({ limit: 10, overflow, congested: () => congested });
    // A push handed straight to a waiting consumer never overflows, congested or not.
    const next = q.next();
    congested = true;
    q.push(1);
    expect(await next).toEqual({ value: 1, done: false });
    congested = false;
    q.push(2);
    expect(q.closed).toBe(false);
    congested = true;
    q.push(3);
    expect(q.closed).toBe(true);
    await expect(q.next()).rejects.toThrow('congested from 2');
  });

  it('never overflows while the consumer keeps up', async () => {
    const q = createAsyncQueue<number>({ limit: 1 });
    for (let i = 0; i < 5; i += 1) {
      const next = q.next();
      q.push(i);
      expect(await next).toEqual({ value: i, done: false });
    }
    expect(q.closed).toBe(false);
  });

  it('fails by default once more than the limit wait', async () => {
    const q = createAsyncQueue<number>({ limit: 1 });
    q.push(1);
    q.push(2);
    await expect(q.next()).rejects.toThrow('more than 1 items waiting');
  });
});
