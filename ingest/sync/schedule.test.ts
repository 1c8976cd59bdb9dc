import { abortableSleep, createScheduler } from './schedule.js';

/** A clock that only moves when told to, and a sleep that moves it. */
function fakeTime() {
  let t = 0;
  const slept: number[] = [];
  return {
    now: () => t,
    advance: (ms: number) => (t += ms),
    slept,
    sleep: (ms: number, signal: AbortSignal) => {
      slept.push(ms);
      if (!signal.aborted) t += ms;
      return Promise.resolve();
    },
  };
}

describe('the ingest scheduler', () => {
  it('starts each round `every` after the previous one started, and stops after `rounds`', async () => {
    const time = fakeTime();
    const starts: number[] = [];
    const s = createScheduler({
      everyMs: 300_000,
      rounds: 3,
      now: time.now,
      sleep: time.sleep,
      round: (n) => {
        starts.push(time.now());
        time.advance(n * 1000); // rounds take 1 s, 2 s, 3 s
        return Promise.resolve(n);
      },
    });
    expect(await s.start()).toBe(3);
    expect(starts).toEqual([0, 300_000, 600_000]);
    expect(time.slept).toEqual([299_000, 298_000]);
  });

  it('starts the next round at once when a round took longer than the interval', async () => {
    const time = fakeTime();
    const s = createScheduler({
      everyMs: 1000,
      rounds: 2,
      now: time.now,
      sleep: time.sleep,
      round: () => Promise.resolve(time.advance(5000)),
    });
    expect(await s.start()).toBe(2);
    expect(time.slept).toEqual([]);
  });

  it('stops during a round: the round sees the abort and no other round starts', async () => {
    let release: () => void = () => undefined;
    const seen: boolean[] = [];
    const s = createScheduler({
      everyMs: 1000,
      round: async (_n, signal) => {
        await new Promise<void>((r) => (release = r));
        seen.push(signal.aborted);
        return 'done';
      },
    });
    const started = s.start();
    await Promise.resolve();
    const stopped = s.stop();
    release();
    await stopped;
    expect(await started).toBe(1);
    expect(seen).toEqual([true]);
  });

  it('stops during a wait without waiting it out', async () => {
    const rounds: number[] = [];
    const s = createScheduler({
      // An hour: the test would time out if stop did not cut the real timer short.
      everyMs: 3_600_000,
      round: (n) => {
        rounds.push(n);
        return Promise.resolve(n);
      },
    });
    const started = s.start();
    await new Promise((r) => setImmediate(r));
    await s.stop();
    expect(await started).toBe(1);
    expect(rounds).toEqual([1]);
  });

  it('refuses an interval that is not positive and a round count below one', () => {
    const round = () => Promise.resolve(0);
    expect(() => createScheduler({ everyMs: 0, round })).toThrow(RangeError);
    expect(() => createScheduler({ everyMs: 1000, rounds: 0, round })).toThrow(RangeError);
  });

  it('has a sleep that an abort ends', async () => {
    const c = new AbortController();
    const slept = abortableSleep(3_600_000, c.signal);
    c.abort();
    await expect(slept).resolves.toBeUndefined();
  });
});
