/**
 * The change feed of one API process: a single reader follows the Redis Stream with
 * `XREAD BLOCK` on a connection of its own and fans events out to this process's subscribers.
 * Every replica runs its own reader, so a change written through any replica reaches subscribers
 * on all of them. `after` replays retained events with `XRANGE`, holding live events back until
 * the replay is done, so the seam has neither a gap nor a duplicate.
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { changesKey, decodeChange } from '../graph/outbox.js';
import type { ChangeRecord } from '../graph/outbox.js';
import { createAsyncQueue } from '../core/async-queue.js';
import type { AsyncQueue } from '../core/async-queue.js';
import { BadUserInputError } from '../core/errors.js';
import type { Metrics } from '../core/metrics.js';

export interface FeedEvent extends ChangeRecord {
  cursor: string;
}

export interface ChangeFilter {
  levels: readonly string[];
  kinds?: readonly string[] | null | undefined;
  uids?: readonly string[] | null | undefined;
  under?: string | null | undefined;
}

export interface SubscribeOptions {
  after?: string | null | undefined;
  /** Called once when the subscriber falls too far behind; the iterator then ends. */
  onOverflow?: (reason: string) => void;
  /**
   * The connection's backlog: bytes written but not yet sent (a WebSocket's `bufferedAmount`),
   * and how many may be waiting when an event has to queue behind them.
   */
  backlog?: { unsentBytes: () => number; maxBytes: number };
}

export interface ChangeFeed {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** @throws {BadUserInputError} for a malformed cursor, or one older than the retention. */
  subscribe(
    filter: ChangeFilter,
    options?: SubscribeOptions,
  ): Promise<AsyncIterableIterator<FeedEvent>>;
}

const CURSOR = /^(\d+)-(\d+)$/;

/** Orders stream ids ("ms-seq"). */
export function compareIds(a: string, b: string): number {
  const [, am = '0', as = '0'] = CURSOR.exec(a) ?? [];
  const [, bm = '0', bs = '0'] = CURSOR.exec(b) ?? [];
  const ms = BigInt(am) - BigInt(bm);
  if (ms !== 0n) return ms < 0n ? -1 : 1;
  const seq = BigInt(as) - BigInt(bs);
  return seq === 0n ? 0 : seq < 0n ? -1 : 1;
}

/** Whether a subscriber with this filter may receive the event. */
export function matches(event: ChangeRecord, f: ChangeFilter): boolean {
  if (!event.access.every((level) => f.levels.includes(level))) return false;
  if (f.kinds && f.kinds.length > 0 && !f.kinds.includes(event.kind)) return false;
  if (
    f.uids &&
    f.uids.length > 0 &&
    !f.uids.includes(event.uid) &&
    !(event.link && f.uids.includes(event.link.to))
  ) {
    return false;
  }
  if (f.under && event.uid !== f.under && !event.ancestors.includes(f.under)) return false;
  return true;
}

type Entry = [id: string, fields: string[]];

/**
 * One subscription: its filter, the highest cursor it has seen, and the queue its consumer reads.
 * Live events are held back while the replay runs, and every event at or below `seen` is
 * skipped, so the seam between replay and live has neither a gap nor a duplicate.
 */
class Subscriber {
  private held: FeedEvent[] = [];
  private replaying = true;
  readonly events: AsyncQueue<FeedEvent>;

  constructor(
    readonly filter: ChangeFilter,
    /** Highest cursor delivered (or skipped as already seen). */
    private seen: string,
    limit: number,
    { onOverflow, backlog }: SubscribeOptions,
    onEnd: (s: Subscriber) => void,
  ) {
    this.events = createAsyncQueue<FeedEvent>({
      limit,
      ...(backlog ? { congested: () => backlog.unsentBytes() > backlog.maxBytes } : {}),
      overflow: (waiting) => {
        const behind =
          waiting.length > limit
            ? `more than ${limit} change events waiting`
            : `${Math.round((backlog?.unsentBytes() ?? 0) / 1024)} KiB unsent`;
        return new Error(
          `slow consumer: ${behind}; reconnect with after: "${waiting[0]?.cursor ?? this.seen}"`,
        );
      },
      onClose: (error) => {
        onEnd(this);
        // The queue fails only when it overflows: the consumer is cut off.
        if (error) onOverflow?.(error.message);
      },
    });
  }

  /** Live events wait while the replay runs. */
  offerLive(event: FeedEvent): void {
    if (this.replaying) this.held.push(event);
    else this.deliver(event);
  }

  deliver(event: FeedEvent): void {
    if (this.events.closed || compareIds(event.cursor, this.seen) <= 0) return;
    this.seen = event.cursor;
    if (matches(event, this.filter)) this.events.push(event);
  }

  endReplay(): void {
    this.replaying = false;
    const held = this.held;
    this.held = [];
    for (const event of held) this.deliver(event);
  }
}

export interface ChangeFeedDeps {
  /** A connection of the feed's own: XREAD BLOCK holds it. */
  reader: Redis;
  /** The shared client, for XRANGE and XINFO. */
  redis: Redis;
  keyPrefix: string;
  logger: Logger;
  metrics: Metrics;
  /** Events one subscriber may have waiting before it is cut off. */
  maxQueue: number;
}

export function createChangeFeed(deps: ChangeFeedDeps): ChangeFeed {
  const key = changesKey(deps.keyPrefix);
  const subscribers = new Set<Subscriber>();
  let lastId = '0-0';
  let running = false;
  let loop: Promise<void> | undefined;

  const toEvent = ([id, fields]: Entry): FeedEvent => ({ ...decodeChange(fields), cursor: id });

  async function latestId(): Promise<string> {
    const last = (await deps.redis.xrevrange(key, '+', '-', 'COUNT', 1)) as Entry[];
    return last[0]?.[0] ?? '0-0';
  }

  async function read(): Promise<void> {
    let failures = 0;
    while (running) {
      try {
        const res = await deps.reader.xread('COUNT', 500, 'BLOCK', 2000, 'STREAMS', key, lastId);
        failures = 0;
        for (const entry of res?.[0]?.[1] ?? []) {
          lastId = entry[0];
          const event = toEvent(entry);
          for (const s of subscribers) s.offerLive(event);
        }
      } catch (error) {
        if (!running) return;
        failures += 1;
        if (failures === 1)
          deps.logger.warn({ err: error }, 'change feed: cannot read the stream; retrying');
        await new Promise((r) => setTimeout(r, Math.min(200 * failures, 2000)));
      }
    }
  }

  async function assertRetained(after: string): Promise<void> {
    let info: unknown[];
    try {
      info = (await deps.redis.call('XINFO', 'STREAM', key)) as unknown[];
    } catch (error) {
      if (String(error).includes('no such key')) return;
      throw error;
    }
    const field = (name: string): unknown => {
      const at = info.indexOf(name);
      return at >= 0 ? info[at + 1] : undefined;
    };
    const deletedField = field('max-deleted-entry-id');
    const maxDeleted = typeof deletedField === 'string' ? deletedField : '0-0';
    const first = field('first-entry') as [string, string[]] | null | undefined;
    const trimmed = Number(field('entries-added') ?? 0) > Number(field('length') ?? 0);
    // XTRIM/MAXLEN leave no record of the ids they removed, only that something went: a cursor
    // before the first retained entry may have missed events, so it is refused (at worst a
    // needless resync, never a silent gap). XDEL is tracked exactly by max-deleted-entry-id.
    const gap =
      compareIds(after, maxDeleted) < 0 || (trimmed && first && compareIds(after, first[0]) < 0);
    if (gap) {
      throw new BadUserInputError(
        `Cursor ${after} is older than the retained change history. Resync: re-read the graph, then subscribe without 'after'.`,
        'after',
      );
    }
  }

  async function replay(sub: Subscriber, after: string): Promise<void> {
    let from = after;
    for (;;) {
      const page = (await deps.redis.xrange(key, `(${from}`, '+', 'COUNT', 500)) as Entry[];
      if (page.length === 0) break;
      for (const entry of page) sub.deliver(toEvent(entry));
      from = page[page.length - 1]?.[0] ?? from;
    }
  }

  return {
    async start() {
      if (running) return;
      if (deps.reader.status === 'wait') await deps.reader.connect();
      lastId = await latestId().catch(() => '0-0');
      running = true;
      loop = read();
    },

    async stop() {
      running = false;
      for (const s of [...subscribers]) await s.events.return();
      deps.reader.disconnect();
      await loop;
    },

    async subscribe(filter, options = {}) {
      const after = options.after ?? undefined;
      if (after !== undefined && !CURSOR.test(after)) {
        throw new BadUserInputError(
          `Malformed cursor ${JSON.stringify(after)}: expected a FeedEvent.cursor`,
          'after',
        );
      }
      if (after !== undefined) await assertRetained(after);
      const sub = new Subscriber(filter, after ?? lastId, deps.maxQueue, options, (s) => {
        subscribers.delete(s);
        deps.metrics.subscriptions.set(subscribers.size);
      });
      subscribers.add(sub);
      deps.metrics.subscriptions.set(subscribers.size);
      try {
        if (after !== undefined) await replay(sub, after);
      } catch (error) {
        await sub.events.return();
        throw error;
      }
      sub.endReplay();
      return sub.events;
    },
  };
}
