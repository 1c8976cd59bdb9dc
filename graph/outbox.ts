/**
 * The change outbox: after a Neo4j transaction commits, its change events are appended to a
 * Redis Stream (`XADD … MAXLEN ~ n`), in the order this process committed them. While Redis is
 * unreachable, events wait in a bounded in-memory buffer and are flushed, still in order, once it
 * answers again; overflow drops the oldest events, counts them in
 * `threadline_change_events_dropped_total` and logs the gap. Never silent. Events are described
 * inside the writing transaction ({@link describeChanges}), before anything they name goes.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Counter, Gauge } from 'prom-client';
import { cypher } from '../core/cypher.js';

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

/** A change described in its transaction; the commit adds the epoch and the time. */
export type PendingChange = Omit<ChangeRecord, 'epoch' | 'at'>;

/** A change to describe: what happened to which artifact (and the link, for link changes). */
export interface ChangeItem {
  op: ChangeOp;
  uid: string;
  link?: ChangeRecord['link'];
}

/**
 * Describes changes for the outbox: kind, access levels (both ends of a link) and ancestors of
 * each artifact, in the order of `items`. Items naming an artifact that does not exist are left
 * out, so an empty result means nothing there to change.
 */
export async function describeChanges(
  tx: ManagedTransaction,
  items: readonly ChangeItem[],
): Promise<PendingChange[]> {
  if (items.length === 0) return [];
  const res = await tx.run(cypher('writer/event-context'), {
    rows: items.map((item, i) => ({ i, uid: item.uid, to: item.link?.to ?? null })),
  });
  const out: { i: number; change: PendingChange }[] = [];
  for (const r of res.records) {
    const i = r.get('i') as number;
    const item = items[i];
    if (!item) continue;
    const toLevel = r.get('toLevel') as string | null;
    out.push({
      i,
      change: {
        op: item.op,
        uid: item.uid,
        kind: r.get('kind') as string,
        access: [r.get('level') as string, ...(toLevel ? [toLevel] : [])],
        ancestors: r.get('ancestors') as string[],
        link: item.link,
      },
    });
  }
  return out.sort((a, b) => a.i - b.i).map((o) => o.change);
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
