/**
 * The writer's artifact upsert: batched `UNWIND … MERGE` on `uid`, long bodies split into chunks,
 * embeddings computed only for new or changed content (by `contentHash`) or content embedded by
 * another model, and rows identical to what is stored (by `rowHash`) not written at all. With
 * `onlyNewer`, rows older than what is stored (by `updatedAt`) are not written either.
 */
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import { BadUserInputError } from '../core/errors.js';
import type { Embedder } from '../embed/provider.js';
import { chunkText } from './chunk.js';
import {
  TEXT_VERSION,
  embeddingText,
  chunkSource,
  queryEmbeddingText,
  searchText,
} from './search-text.js';
import type { Committer } from './epoch.js';
import { describeChanges } from './outbox.js';
import { resolvePending } from './pending.js';
import { codeNames, linkReferences } from './references.js';
import { mergeRow, rowSource, storedRowHash } from './merge.js';
import type { StoredRow } from './merge.js';
import { KIND_LABEL, isValidated, validateArtifacts } from './validate.js';
import type { ArtifactInput, ValidArtifacts } from './validate.js';

/** Rows per transaction. */
const BATCH = 1000;
/** Bodies longer than this are also split into chunks. */
const CHUNK_THRESHOLD = 1200;

/**
 * What the writer embeds for an artifact: its own text, and for a long one its chunks (as stored)
 * with the text embedded for each. The offline model comparison (`eval/compare-embedders.ts`)
 * embeds exactly this.
 */
export function textsToEmbed(row: ArtifactInput): {
  text: string;
  chunks: string[];
  chunkTexts: string[];
} {
  const source = chunkSource(row);
  const chunks = source.length > CHUNK_THRESHOLD ? chunkText(source) : [];
  return { text: embeddingText(row), chunks, chunkTexts: chunks.map(queryEmbeddingText) };
}

export interface UpsertResult {
  created: number;
  updated: number;
  unchanged: number;
  embedded: number;
  /** Pending links made real because an artifact they were waiting for was written. */
  resolved: number;
  epoch: number;
  /** Uids left alone because what is stored is newer (only with `onlyNewer`). */
  stale: string[];
}

/** Options of `upsertArtifacts`. */
export interface UpsertOptions {
  /**
   * Writes a row only when it is at least as new as the stored artifact (live or soft-deleted),
   * compared by `updatedAt`; rows without `updatedAt` are always written. Decided in the write
   * transaction with the stored nodes locked, so two writers racing cannot move a record back.
   * For sources that may deliver an old version late (webhooks).
   * @default false
   */
  onlyNewer?: boolean;
}

/**
 * Uids of `rows` whose stored artifact (live or soft-deleted) has a later `updatedAt` than the
 * row. In a transaction after {@link lockArtifacts}, the answer holds until it commits.
 */
export async function newerStored(
  db: Driver | ManagedTransaction,
  rows: readonly Pick<ArtifactInput, 'uid' | 'updatedAt'>[],
  database?: string,
): Promise<Set<string>> {
  const dated = rows
    .filter((r) => r.updatedAt != null)
    .map((r) => ({ uid: r.uid, updatedAt: r.updatedAt }));
  if (dated.length === 0) return new Set();
  const params = { rows: dated };
  const { records } =
    'executeQuery' in db
      ? await db.executeQuery(cypher('writer/newer-stored'), params, { database })
      : await db.run(cypher('writer/newer-stored'), params);
  return new Set(records.map((r) => r.get('uid') as string));
}

export interface UpsertDeps {
  driver: Driver;
  embedder: Embedder;
  database?: string | undefined;
}

/**
 * Hash of everything that is embedded (and of the version of how its text is derived); an
 * unchanged hash means no re-embedding.
 */
export function contentHash(a: Pick<ArtifactInput, 'kind' | 'title' | 'body' | 'path'>): string {
  return createHash('sha256')
    .update(`${TEXT_VERSION}\n${a.kind}\n${a.title}\n${a.path ?? ''}\n${a.body ?? ''}`)
    .digest('hex');
}

export { rowHash } from './merge.js';

/** What is stored of an artifact about to be written. */
interface Stored extends StoredRow {
  hash: string | null;
  /** The single row hash of artifacts written before hashes were kept per source. */
  rowHash: string | null;
  model: string | null;
}

const parseJson = (raw: unknown): Record<string, string> =>
  typeof raw === 'string' ? (JSON.parse(raw) as Record<string, string>) : {};

/** The writer's `upsertArtifacts`. */
export function createUpsert(deps: UpsertDeps, committer: Committer) {
  const { driver, embedder, database } = deps;

  async function stored(rows: readonly ArtifactInput[]): Promise<Map<string, Stored>> {
    const existing = await driver.executeQuery(
      cypher('writer/existing'),
      { uids: rows.map((r) => r.uid) },
      { database },
    );
    return new Map(
      existing.records.map((r) => [
        r.get('uid') as string,
        {
          kind: r.get('kind') as string,
          hash: r.get('contentHash') as string | null,
          rowHash: r.get('rowHash') as string | null,
          model: r.get('embeddingModel') as string | null,
          source: r.get('source') as string | null,
          sources: (r.get('sources') as string[] | null) ?? [],
          owners: parseJson(r.get('fieldSources')),
          rowHashes: parseJson(r.get('rowHashes')),
          values: r.get('values') as StoredRow['values'],
        },
      ]),
    );
  }

  /**
   * Embeds the text (and chunks of long texts) of `rows`, in one call: vectors by uid. What is
   * embedded is derived by `search-text.ts` (identifiers as words; a source file's outline).
   */
  async function embed(rows: readonly ArtifactInput[]) {
    const prepared = rows.map(textsToEmbed);
    const chunked = prepared.map((p) => p.chunks);
    const texts = [...prepared.map((p) => p.text), ...prepared.flatMap((p) => p.chunkTexts)];
    const vectors = texts.length > 0 ? await embedder.embed(texts) : [];
    let cursor = rows.length;
    return new Map(
      rows.map((row, i) => [
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
  }

  async function upsertBatch(
    all: readonly ArtifactInput[],
    onlyNewer: boolean,
  ): Promise<UpsertResult> {
    // Checked here first so an old row costs no embedding, then again under lock below.
    const older = onlyNewer ? await newerStored(driver, all, database) : new Set<string>();
    const rows = all.filter((r) => !older.has(r.uid));
    const before = await stored(rows);
    rows.forEach((row, i) => {
      const prior = before.get(row.uid);
      if (prior && prior.kind !== row.kind) {
        throw new BadUserInputError(
          `Artifact ${row.uid} is a ${prior.kind}; its kind cannot change to ${row.kind} (delete it first)`,
          `input[${i}].kind`,
        );
      }
    });
    // Each source writes only the fields it holds; what is hashed and embedded is the merge.
    const merges = rows.map((row) => mergeRow(row, before.get(row.uid)));
    const hashes = merges.map((m) => contentHash(m.row));
    const toEmbed = merges
      .filter((m, i) => {
        const prior = before.get(m.row.uid);
        return !prior || prior.hash !== hashes[i] || prior.model !== embedder.model;
      })
      .map((m) => m.row);
    const fresh = await embed(toEmbed);
    const params = merges.map((m, i) => {
      const { row, writes } = m;
      const f = fresh.get(row.uid);
      const prior = before.get(row.uid);
      const source = rowSource(rows[i] ?? row);
      const { createdAt = null, updatedAt = null, ...fields } = writes;
      const names = codeNames(row);
      return {
        uid: row.uid,
        label: KIND_LABEL[row.kind],
        embedding: f?.embedding ?? null,
        chunks: f ? f.chunks : null,
        createdAt,
        // Held by another source: left as it is (a row without a date otherwise means now).
        keepUpdatedAt: m.owners.updatedAt !== undefined && m.owners.updatedAt !== source,
        updatedAt,
        // For `onlyNewer`: the date this row carries, whoever holds the field.
        rowUpdatedAt: rows[i]?.updatedAt ?? null,
        props: {
          ...fields,
          ...(row.accessLevel == null ? { accessLevel: 'INTERNAL' } : {}),
          kind: row.kind,
          source: m.source,
          sources: m.sources,
          fieldSources: JSON.stringify(m.owners),
          rowHashes: JSON.stringify(m.rowHashes),
          rowHash: null,
          searchText: searchText(row),
          codeScope: names?.codeScope ?? null,
          codeName: names?.codeName ?? null,
          codeMentions: names?.codeMentions ?? null,
          contentHash: hashes[i],
        },
        unchanged: prior !== undefined && storedRowHash(prior, source) === m.rowHashes[source],
      };
    });
    // Rows identical to what is stored are not written at all: a replay changes nothing and
    // leaves the epoch (and so every cached answer) alone.
    const toWrite = params
      .filter((p) => !p.unchanged || fresh.has(p.uid))
      .map(({ unchanged: _unchanged, ...p }) => p);
    const { value: written, epoch } = await committer.commit(async (tx) => {
      const none = { uids: [] as string[], resolved: 0 };
      if (toWrite.length === 0) return { value: none, events: [] };
      let batch = toWrite;
      if (onlyNewer) {
        // Locked first: a concurrent writer of the same uids waits for this commit.
        await tx.run(cypher('writer/lock'), { uids: batch.map((p) => p.uid) });
        const newer = await newerStored(tx, batch);
        batch = batch.filter((p) => !newer.has(p.uid));
        if (batch.length === 0) return { value: none, events: [] };
      }
      await tx.run(cypher('writer/revive'), { uids: batch.map((p) => p.uid) });
      const res = await tx.run(cypher('writer/upsert-artifacts'), {
        rows: batch,
        model: embedder.model,
        onlyNewer,
      });
      const uids = (res.records[0]?.get('written') as string[] | undefined) ?? [];
      // The people each written row names replace its source's earlier ones.
      const done = new Set(uids);
      const people = rows
        .filter((r) => r.people != null && done.has(r.uid))
        .map((r) => ({ uid: r.uid, source: rowSource(r), people: r.people }));
      if (people.length > 0) await tx.run(cypher('writer/people'), { rows: people });
      // Source files naming each other, derived in the same transaction.
      await linkReferences(
        tx,
        uids,
        batch.flatMap((p) =>
          done.has(p.uid) && !before.has(p.uid) && p.props.codeName && p.props.codeScope !== null
            ? [{ codeName: p.props.codeName, codeScope: p.props.codeScope }]
            : [],
        ),
      );
      // Links that waited for these artifacts become real in this same transaction, whatever
      // path the artifacts came by.
      const pending = await resolvePending(tx, uids);
      const events = await describeChanges(tx, [
        ...uids.map((uid) => ({
          op: before.has(uid) ? ('UPDATED' as const) : ('CREATED' as const),
          uid,
        })),
        ...pending.changes,
      ]);
      return {
        value: { uids, resolved: pending.resolved.length },
        events,
        model: toEmbed.length > 0 ? embedder.model : null,
      };
    });
    const done = new Set(written.uids);
    const created = written.uids.filter((uid) => !before.has(uid)).length;
    return {
      created,
      updated: written.uids.length - created,
      unchanged: rows.length - toWrite.length,
      embedded: toEmbed.length,
      resolved: written.resolved,
      epoch,
      stale: [...older, ...toWrite.filter((p) => !done.has(p.uid)).map((p) => p.uid)],
    };
  }

  return {
    // The contract is documented on the `Writer` interface (writer.ts).
    async upsertArtifacts(
      rows: readonly ArtifactInput[] | ValidArtifacts,
      options: UpsertOptions = {},
    ): Promise<UpsertResult> {
      const valid = isValidated(rows) ? rows : validateArtifacts(rows);
      const total: UpsertResult = {
        created: 0,
        updated: 0,
        unchanged: 0,
        embedded: 0,
        resolved: 0,
        epoch: 0,
        stale: [],
      };
      for (let i = 0; i < valid.length; i += BATCH) {
        const r = await upsertBatch(valid.slice(i, i + BATCH), options.onlyNewer ?? false);
        total.created += r.created;
        total.updated += r.updated;
        total.unchanged += r.unchanged;
        total.embedded += r.embedded;
        total.resolved += r.resolved;
        total.epoch = r.epoch;
        total.stale.push(...r.stale);
      }
      if (valid.length === 0) total.epoch = await committer.readEpoch();
      return total;
    },
  };
}
