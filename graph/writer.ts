/**
 * The one writer every write path uses (mutations, ingestion, webhooks, demo data).
 *
 * Batched `UNWIND … MERGE` on `uid` inside `executeWrite` (retried on transient errors, so the
 * transaction body is safe to run twice); long bodies split into chunks; embeddings computed only
 * for new or changed content (by `contentHash`) or content embedded by another model; the graph
 * epoch incremented in the same transaction and mirrored to Redis after commit.
 */
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { cypher } from '../core/cypher.js';
import { BadUserInputError, NotFoundError } from '../core/errors.js';
import type { Embedder } from '../embed/provider.js';
import { chunkText } from './chunk.js';
import { mergeLinks } from './links.js';
import {
  bumpEpoch,
  epochIn,
  publishEpoch as publishEpochTo,
  readEpoch as readGraphEpoch,
} from './epoch.js';
import { createOutbox } from './outbox.js';
import type { ChangeOp, ChangeRecord, OutboxDeps } from './outbox.js';
import type { LinkInput } from './links.js';
import { validateArtifacts, KIND_LABEL } from './validate.js';
import type { ArtifactInput, ArtifactKind, LinkType } from './validate.js';

export type { ArtifactInput, ArtifactKind, LinkInput, LinkType };

/** Rows per transaction. */
const BATCH = 1000;
/** Bodies longer than this are also split into chunks. */
const CHUNK_THRESHOLD = 1200;

export interface UpsertResult {
  created: number;
  updated: number;
  unchanged: number;
  embedded: number;
  epoch: number;
}

export interface LinkResult {
  changed: boolean;
  edge: { from: string; to: string; type: LinkType; via: string; evidence: string | null } | null;
  epoch: number;
}

export interface Writer {
  upsertArtifacts(rows: readonly ArtifactInput[]): Promise<UpsertResult>;
  link(
    from: string,
    to: string,
    type: LinkType,
    evidence?: string | null,
    via?: string,
  ): Promise<LinkResult>;
  /** Merges many links in one transaction; all or nothing. */
  linkMany(
    links: readonly LinkInput[],
  ): Promise<{ created: number; existing: number; epoch: number }>;
  unlink(from: string, to: string, type: LinkType): Promise<LinkResult>;
  deleteArtifact(uid: string): Promise<{ deleted: boolean; epoch: number }>;
  /**
   * Soft-deletes artifacts that went away upstream: relabelled `:DeletedArtifact` with
   * `deletedAt`, out of every query; chunks, embedding and relationships removed. Unknown or
   * already deleted uids are skipped. A later upsert of the same uid revives the node.
   */
  softDelete(uids: readonly string[]): Promise<{ deleted: number; epoch: number }>;
  /** The current graph epoch (from Neo4j, the source of truth). */
  epoch(): Promise<number>;
  /** Stops the outbox's retry timer. */
  stop(): void;
}

export interface WriterDeps {
  driver: Driver;
  redis: Redis;
  embedder: Embedder;
  logger: Logger;
  database?: string | undefined;
  keyPrefix: string;
  /** Change stream settings. @default maxLen 1e6, bufferLimit 1e4 */
  changes?: { maxLen: number; bufferLimit: number; metrics?: OutboxDeps['metrics'] } | undefined;
}

type PendingChange = Omit<ChangeRecord, 'epoch' | 'at'>;

/** Hash of everything that is embedded; an unchanged hash means no re-embedding. */
export function contentHash(a: Pick<ArtifactInput, 'kind' | 'title' | 'body'>): string {
  return createHash('sha256')
    .update(`${a.kind}\n${a.title}\n${a.body ?? ''}`)
    .digest('hex');
}

/** Hash of every field of an input row: equal means nothing to write. */
export function rowHash(a: ArtifactInput): string {
  const fields = Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([x], [y]) => x.localeCompare(y));
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export function createWriter(deps: WriterDeps): Writer {
  const { driver, redis, embedder, logger, database } = deps;
  const outbox = createOutbox({
    redis,
    logger,
    keyPrefix: deps.keyPrefix,
    maxLen: deps.changes?.maxLen ?? 1_000_000,
    bufferLimit: deps.changes?.bufferLimit ?? 10_000,
    metrics: deps.changes?.metrics,
  });

  async function writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = driver.session({ database });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  const publishEpoch = (epoch: number) => publishEpochTo(redis, deps.keyPrefix, epoch, logger);

  /**
   * Runs `work` in a write transaction; when it reports changes, bumps the epoch in the same
   * transaction, then (after commit) mirrors the epoch to Redis and appends the change events.
   */
  async function commit<T>(
    work: (
      tx: ManagedTransaction,
    ) => Promise<{ value: T; events: PendingChange[]; model?: string | null }>,
  ): Promise<{ value: T; epoch: number }> {
    const out = await writeTx(async (tx) => {
      const { value, events, model } = await work(tx);
      const epoch = events.length > 0 ? await bumpEpoch(tx, model ?? null) : await epochIn(tx);
      return { value, events, epoch };
    });
    if (out.events.length > 0) {
      await publishEpoch(out.epoch);
      const at = new Date().toISOString();
      await outbox.publish(out.events.map((e) => ({ ...e, epoch: out.epoch, at })));
    }
    return { value: out.value, epoch: out.epoch };
  }

  /** Describes changes for the outbox: kind, access levels and ancestors of each artifact. */
  async function changes(
    tx: ManagedTransaction,
    items: { op: ChangeOp; uid: string; link?: ChangeRecord['link'] }[],
  ): Promise<PendingChange[]> {
    if (items.length === 0) return [];
    const res = await tx.run(cypher('writer/event-context'), {
      rows: items.map((item, i) => ({ i, uid: item.uid, to: item.link?.to ?? null })),
    });
    const out: PendingChange[] = [];
    for (const r of res.records) {
      const item = items[r.get('i') as number];
      if (!item) continue;
      const toLevel = r.get('toLevel') as string | null;
      out.push({
        op: item.op,
        uid: item.uid,
        kind: r.get('kind') as string,
        access: [r.get('level') as string, ...(toLevel ? [toLevel] : [])],
        ancestors: r.get('ancestors') as string[],
        link: item.link,
      });
    }
    return out;
  }

  const readEpoch = () => readGraphEpoch(driver, database);

  async function upsertBatch(rows: readonly ArtifactInput[]): Promise<UpsertResult> {
    const hashes = rows.map(contentHash);
    const rowHashes = rows.map(rowHash);
    const existing = await driver.executeQuery(
      cypher('writer/existing'),
      { uids: rows.map((r) => r.uid) },
      { database },
    );
    const before = new Map(
      existing.records.map((r) => [
        r.get('uid') as string,
        {
          kind: r.get('kind') as string,
          hash: r.get('contentHash') as string | null,
          rowHash: r.get('rowHash') as string | null,
          model: r.get('embeddingModel') as string | null,
        },
      ]),
    );
    rows.forEach((row, i) => {
      const prior = before.get(row.uid);
      if (prior && prior.kind !== row.kind) {
        throw new BadUserInputError(
          `Artifact ${row.uid} is a ${prior.kind}; its kind cannot change to ${row.kind} (delete it first)`,
          `input[${i}].kind`,
        );
      }
    });
    const stale = rows
      .map((row, i) => ({ row, hash: hashes[i] ?? '' }))
      .filter(({ row, hash }) => {
        const prior = before.get(row.uid);
        return !prior || prior.hash !== hash || prior.model !== embedder.model;
      });
    // One embed call for all artifact texts and chunk texts of this batch.
    const chunked = stale.map(({ row }) =>
      (row.body ?? '').length > CHUNK_THRESHOLD ? chunkText(row.body ?? '') : [],
    );
    const texts = [...stale.map(({ row }) => `${row.title}\n${row.body ?? ''}`), ...chunked.flat()];
    const vectors = texts.length > 0 ? await embedder.embed(texts) : [];
    let cursor = stale.length;
    const fresh = new Map(
      stale.map(({ row }, i) => [
        row.uid,
        {
          embedding: vectors[i],
          chunks: (chunked[i] ?? []).map((text, ordinal) => ({
            ordinal,
            text,
            embedding: vectors[cursor++],
          })),
        },
      ]),
    );
    const params = rows.map((row, i) => {
      const f = fresh.get(row.uid);
      return {
        uid: row.uid,
        label: KIND_LABEL[row.kind],
        embedding: f?.embedding ?? null,
        chunks: f ? f.chunks : null,
        createdAt: row.createdAt ?? null,
        updatedAt: row.updatedAt ?? null,
        props: {
          kind: row.kind,
          title: row.title,
          key: row.key ?? null,
          body: row.body ?? null,
          status: row.status ?? null,
          url: row.url ?? null,
          source: row.source ?? null,
          accessLevel: row.accessLevel ?? 'INTERNAL',
          issueType: row.issueType ?? null,
          codeKind: row.codeKind ?? null,
          path: row.path ?? null,
          contentHash: hashes[i],
          rowHash: rowHashes[i],
        },
      };
    });
    // Rows identical to what is stored are not written at all: a replay changes nothing and
    // leaves the epoch (and so every cached answer) alone.
    const toWrite = params.filter((p) => {
      const prior = before.get(p.uid);
      return !prior || prior.rowHash !== p.props.rowHash || fresh.has(p.uid);
    });
    const { epoch } = await commit(async (tx) => {
      if (toWrite.length === 0) return { value: null, events: [] };
      await tx.run(cypher('writer/revive'), { uids: toWrite.map((p) => p.uid) });
      await tx.run(cypher('writer/upsert-artifacts'), { rows: toWrite, model: embedder.model });
      const events = await changes(
        tx,
        toWrite.map((p) => ({ op: before.has(p.uid) ? 'UPDATED' : 'CREATED', uid: p.uid })),
      );
      return { value: null, events, model: stale.length > 0 ? embedder.model : null };
    });
    const created = rows.filter((r) => !before.has(r.uid)).length;
    return {
      created,
      updated: toWrite.length - created,
      unchanged: rows.length - toWrite.length,
      embedded: stale.length,
      epoch,
    };
  }

  return {
    async upsertArtifacts(rows) {
      validateArtifacts(rows);
      const total: UpsertResult = { created: 0, updated: 0, unchanged: 0, embedded: 0, epoch: 0 };
      for (let i = 0; i < rows.length; i += BATCH) {
        const r = await upsertBatch(rows.slice(i, i + BATCH));
        total.created += r.created;
        total.updated += r.updated;
        total.unchanged += r.unchanged;
        total.embedded += r.embedded;
        total.epoch = r.epoch;
      }
      if (rows.length === 0) total.epoch = await readEpoch();
      return total;
    },

    async link(from, to, type, evidence = null, via = 'manual') {
      const { value, epoch } = await commit(async (tx) => {
        const [o] = await mergeLinks(tx, [{ from, to, type, via, evidence }], (_i, f) => f);
        const edge = { from, to, type, via: o?.via ?? via, evidence: o?.evidence ?? null };
        const events = o?.created
          ? await changes(tx, [{ op: 'LINKED', uid: from, link: edge }])
          : [];
        return { value: { changed: o?.created ?? false, edge }, events };
      });
      return { ...value, epoch };
    },

    async linkMany(links) {
      if (links.length === 0) return { created: 0, existing: 0, epoch: await readEpoch() };
      const { value, epoch } = await commit(async (tx) => {
        const results = await mergeLinks(tx, links);
        const made = links.filter((_l, i) => results[i]?.created);
        const events = await changes(
          tx,
          made.map((l) => ({
            op: 'LINKED' as const,
            uid: l.from,
            link: {
              from: l.from,
              to: l.to,
              type: l.type,
              via: l.via,
              evidence: l.evidence ?? null,
            },
          })),
        );
        return { value: { created: made.length, existing: links.length - made.length }, events };
      });
      return { ...value, epoch };
    },

    async unlink(from, to, type) {
      const { value, epoch } = await commit<Omit<LinkResult, 'epoch'>>(async (tx) => {
        // The event is described before the edge goes, so `under` subscribers of the old parent see it.
        const [pending] = await changes(tx, [
          { op: 'UNLINKED', uid: from, link: { from, to, type, via: null, evidence: null } },
        ]);
        const res = await tx.run(
          `MATCH (:Artifact {uid: $from})-[r:${type}]->(:Artifact {uid: $to})
           WITH r, r.via AS via, r.evidence AS evidence DELETE r RETURN via, evidence`,
          { from, to },
        );
        const row = res.records[0];
        if (!row || !pending) return { value: { changed: false, edge: null }, events: [] };
        const edge = {
          from,
          to,
          type,
          via: row.get('via') as string,
          evidence: row.get('evidence') as string | null,
        };
        return { value: { changed: true, edge }, events: [{ ...pending, link: edge }] };
      });
      return { ...value, epoch };
    },

    async deleteArtifact(uid) {
      const { epoch } = await commit(async (tx) => {
        const events = await changes(tx, [{ op: 'DELETED', uid }]);
        if (events.length === 0) throw new NotFoundError(`No artifact with uid ${uid}`);
        await tx.run(cypher('writer/delete-artifact'), { uid });
        return { value: null, events };
      });
      return { deleted: true, epoch };
    },

    async softDelete(uids) {
      if (uids.length === 0) return { deleted: 0, epoch: await readEpoch() };
      const { value, epoch } = await commit(async (tx) => {
        // Described before the node goes, so `under` subscribers of its old parents see it.
        const events = await changes(
          tx,
          [...new Set(uids)].map((uid) => ({ op: 'DELETED' as const, uid })),
        );
        if (events.length === 0) return { value: 0, events };
        const res = await tx.run(cypher('writer/soft-delete'), { uids: events.map((e) => e.uid) });
        return { value: res.records[0]?.get('deleted') as number, events };
      });
      return { deleted: value, epoch };
    },

    stop() {
      outbox.stop();
    },

    epoch: readEpoch,
  };
}
