/**
 * The one writer every write path uses (mutations, ingestion, webhooks, demo data, reindex).
 *
 * Batched `UNWIND … MERGE` on `uid` inside `executeWrite` (retried on transient errors, so every
 * transaction body is safe to run twice); the graph epoch incremented in the same transaction
 * and mirrored to Redis after commit; the change events appended to the outbox. The operations
 * live in `upsert.ts`, `links.ts` and `delete.ts`; transactions and the epoch in `epoch.ts`.
 */
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Embedder } from '../embed/provider.js';
import { createDeleteOps } from './delete.js';
import { createDecisionOps } from './decisions.js';
import type { Decision, DecisionResult } from './decisions.js';
import { createCommitter } from './epoch.js';
import { createLinkOps } from './links.js';
import type { LinkEdge, LinkInput, LinkResult } from './links.js';
import { createOutbox } from './outbox.js';
import type { OutboxDeps } from './outbox.js';
import { createPendingOps } from './pending.js';
import { createUpsert } from './upsert.js';
import type { UpsertOptions, UpsertResult } from './upsert.js';
import type {
  ArtifactInput,
  ArtifactKind,
  CheckedLinks,
  LinkRef,
  LinkType,
  ValidArtifacts,
} from './validate.js';

export { contentHash, rowHash } from './upsert.js';
export type { ArtifactInput, ArtifactKind, LinkEdge, LinkInput, LinkRef, LinkResult, LinkType };
export type { UpsertOptions, UpsertResult };
export type { Decision, DecisionResult };

export interface Writer {
  /**
   * Creates or updates artifacts (`MERGE` on `uid`, 1000 rows a transaction). Rows identical to
   * what is stored are not written; text is embedded only when new or changed. Rows already
   * validated ({@link ValidArtifacts}) are not checked again. Pending links waiting for an
   * artifact written here become real links in the same transaction (with a LINKED event), or
   * are dropped when the rules refuse them. With `options.onlyNewer`, rows older than the stored
   * artifact (by `updatedAt`) are left alone and listed in `stale`.
   * @throws {BadUserInputError} for an invalid row (nothing written) or a changed kind.
   */
  upsertArtifacts(
    rows: readonly ArtifactInput[] | ValidArtifacts,
    options?: UpsertOptions,
  ): Promise<UpsertResult>;
  /**
   * Links two artifacts (`via` defaults to `manual`); an existing link keeps its evidence.
   * @throws {BadUserInputError} for a missing end (`from`, `to`) or a broken rule (`type`).
   */
  link(
    from: string,
    to: string,
    type: LinkType,
    evidence?: string | null,
    via?: string,
  ): Promise<LinkResult>;
  /**
   * Merges many links in one transaction; all or nothing. Links already checked
   * ({@link CheckedLinks}) are not looked at again.
   * @throws {BadUserInputError} naming the first bad link (`links[3].to`).
   */
  linkMany(
    links: readonly LinkInput[] | CheckedLinks<LinkInput>,
  ): Promise<{ created: number; existing: number; epoch: number }>;
  /** Removes the link of `type` from one artifact to another, whoever found it. */
  unlink(from: string, to: string, type: LinkType): Promise<LinkResult>;
  /**
   * Removes many links, and the `pending` links given, in one transaction (one epoch bump, one
   * batch of change events); links that are not there are skipped. With `source` (a connector's
   * reconciliation), only that source's claim goes: a link or pending link another source also
   * states stays, and only links removed are counted.
   */
  unlinkMany(
    links: readonly LinkRef[],
    pending?: readonly LinkRef[],
    source?: string | null,
  ): Promise<{ removed: number; epoch: number }>;
  /**
   * Keeps links of `source` with an end not in the graph as pending links (one per identity;
   * `firstSeen` kept), until the writer makes them real when that end is written. An end that
   * arrived meanwhile is seen here: such links are merged at once (links the rules refuse are
   * skipped: check them first). One transaction.
   */
  keepPending(
    source: string,
    links: readonly LinkInput[],
  ): Promise<{ pending: number; linked: number; epoch: number }>;
  /**
   * Removes an artifact, its chunks and its relationships.
   * @throws {NotFoundError} when there is no artifact with `uid`.
   */
  deleteArtifact(uid: string): Promise<{ deleted: boolean; epoch: number }>;
  /**
   * Soft-deletes artifacts that went away upstream: relabelled `:DeletedArtifact` with
   * `deletedAt`, out of every query; chunks, embedding and relationships removed. Unknown or
   * already deleted uids are skipped. A later upsert of the same uid revives the node.
   */
  softDelete(uids: readonly string[]): Promise<{ deleted: number; epoch: number }>;
  /**
   * Records a decision on a suggested link, by `by` (an identity subject): ACCEPTED also merges
   * the link with `via: "suggested"` (a LINKED event when it is new); REJECTED keeps the pair
   * from being suggested again. Moves the epoch either way.
   * @throws {BadUserInputError} a type other than IMPLEMENTS, SPECIFIES, PART_OF, a missing end,
   * or a link the hierarchy rules refuse.
   */
  decideSuggestion(link: LinkRef, decision: Decision, by: string): Promise<DecisionResult>;
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

/** Creates the writer; nothing is opened until the first write. */
export function createWriter(deps: WriterDeps): Writer {
  const { driver, redis, embedder, logger, database, keyPrefix } = deps;
  const outbox = createOutbox({
    redis,
    logger,
    keyPrefix,
    maxLen: deps.changes?.maxLen ?? 1_000_000,
    bufferLimit: deps.changes?.bufferLimit ?? 10_000,
    metrics: deps.changes?.metrics,
  });
  const committer = createCommitter({ driver, redis, logger, outbox, keyPrefix, database });
  return {
    ...createUpsert({ driver, embedder, database }, committer),
    ...createLinkOps(committer),
    ...createDeleteOps(committer),
    ...createPendingOps(committer),
    ...createDecisionOps(committer),
    epoch: committer.readEpoch,
    stop() {
      outbox.stop();
    },
  };
}
