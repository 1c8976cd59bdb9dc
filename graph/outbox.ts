/**
 * The change outbox: after a Neo4j transaction commits, its change events are appended to a
 * Redis Stream (`XADD … MAXLEN ~ n`), in the order this process committed them. While Redis is
 * unreachable, events wait in a bounded in-memory buffer and are flushed, still in order, once it
 * answers again; overflow drops the oldest events, counts them in
 * `threadline_change_events_dropped_total` and logs the gap. Never silent.
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Counter, Gauge } from 'prom-client';

export const CHANGE_OPS = ['CREATED', 'UPDATED', 'DELETED', 'LINKED', 'UNLINKED'] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number];

/** One change, as written by the writer. */
export interface ChangeRecord {
  op: ChangeOp;
  uid: string;
  kind: string;
  /** Access levels a subscriber must all be allowed to see this event (both ends of a link). */
  access: string[];
  /** uids of every artifact above this one (PART_OF, SPECIFIES, IMPLEMENTS), for `under`. */
  ancestors: string[];
  epoch: number;
  at: string;
  link?:
    | { from: string; to: string; type: string; via: string | null; evidence: string | null }
    | undefined;
}

/** Redis key of the change stream. */
export const changesKey = (prefix: string) => `${prefix}changes`;

/** Flattens a record into XADD field/value pairs. */
export function encodeChange(c: ChangeRecord): string[] {
  return [
    'op',
    c.op,
    'uid',
    c.uid,
    'kind',
    c.kind,
    'access',
    JSON.stringify(c.access),
    'ancestors',
    JSON.stringify(c.ancestors),
    'epoch',
    String(c.epoch),
    'at',
    c.at,
    'link',
    c.link ? JSON.stringify(c.link) : '',
  ];
}

/** Reads a record back from XREAD/XRANGE field/value pairs. */
export function decodeChange(fields: string[]): ChangeRecord {
  const f = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) f.set(fields[i] ?? '', fields[i + 1] ?? '');
  const link = f.get('link');
  return {
    op: f.get('op') as ChangeOp,
    uid: f.get('uid') ?? '',
    kind: f.get('kind') ?? '',
    access: JSON.parse(f.get('access') ?? '[]') as string[],
    ancestors: JSON.parse(f.get('ancestors') ?? '[]') as string[],
    epoch: Number(f.get('epoch') ?? 0),
    at: f.get('at') ?? '',
    link: link ? (JSON.parse(link) as ChangeRecord['link']) : undefined,
  };
}

export interface OutboxDeps {
  redis: Redis;
  logger: Logger;
  keyPrefix: string;
  /** Approximate stream length kept (`MAXLEN ~`). */
  maxLen: number;
  /** Events buffered while Redis is down before the oldest are dropped. */
  bufferLimit: number;
  metrics?: { buffered: Gauge; dropped: Counter } | undefined;
}

export interface Outbox {
  /** Queues events of one committed transaction and tries to flush; never throws. */
  publish(events: readonly ChangeRecord[]): Promise<void>;
  /** Events waiting for Redis. */
  pending(): number;
  stop(): void;
}

export function createOutbox(deps: OutboxDeps): Outbox {
  const queue: ChangeRecord[] = [];
  const key = changesKey(deps.keyPrefix);
  let flushing: Promise<void> = Promise.resolve();
  let retry: NodeJS.Timeout | undefined;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, 500);
      const pipeline = deps.redis.multi();
      for (const event of batch) {
        pipeline.xadd(key, 'MAXLEN', '~', String(deps.maxLen), '*', ...encodeChange(event));
      }
      const results = await pipeline.exec();
      if (!results || results.some(([error]) => error)) throw new Error('XADD failed');
      queue.splice(0, batch.length);
      deps.metrics?.buffered.set(queue.length);
    }
  }

  function flush(): Promise<void> {
    // Serialised, so events leave in the order they were committed.
    flushing = flushing.then(async () => {
      try {
        await drain();
        if (retry) clearInterval(retry);
        retry = undefined;
      } catch (error) {
        deps.metrics?.buffered.set(queue.length);
        if (!retry) {
          deps.logger.warn(
            { err: error, pending: queue.length },
            'change stream unreachable; buffering events',
          );
          retry = setInterval(() => void flush(), 1000);
          retry.unref();
        }
      }
    });
    return flushing;
  }

  return {
    publish(events) {
      queue.push(...events);
      const overflow = queue.length - deps.bufferLimit;
      if (overflow > 0) {
        const lost = queue.splice(0, overflow);
        deps.metrics?.dropped.inc(overflow);
        deps.logger.error(
          { dropped: overflow, fromEpoch: lost[0]?.epoch, toEpoch: lost[lost.length - 1]?.epoch },
          'change outbox full: events dropped, subscribers will miss them (resync from the graph)',
        );
      }
      return flush();
    },
    pending: () => queue.length,
    stop() {
      if (retry) clearInterval(retry);
    },
  };
}
