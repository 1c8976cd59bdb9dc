/**
 * The writer's artifact upsert: batched `UNWIND … MERGE` on `uid`, long bodies split into chunks,
 * embeddings computed only for new or changed content (by `contentHash`) or content embedded by
 * another model, and rows identical to what is stored (by `rowHash`) not written at all.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import { BadUserInputError } from '../core/errors.js';
import type { Embedder } from '../embed/provider.js';
import { chunkText } from './chunk.js';
import {
  TEXT_VERSION,
  embeddingText,
  meaningfulText,
  queryEmbeddingText,
  searchText,
} from './search-text.js';
import type { Committer } from './epoch.js';
import { describeChanges } from './outbox.js';
import { KIND_LABEL, isValidated, validateArtifacts } from './validate.js';
import type { ArtifactInput, ValidArtifacts } from './validate.js';

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

/** Hash of every field of an input row: equal means nothing to write. */
export function rowHash(a: ArtifactInput): string {
  const fields = Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([x], [y]) => x.localeCompare(y));
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** What is stored of an artifact about to be written. */
interface Stored {
  kind: string;
  hash: string | null;
  rowHash: string | null;
  model: string | null;
}

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
        },
      ]),
    );
  }

  /**
   * Embeds the text (and chunks of long texts) of `rows`, in one call: vectors by uid. What is
   * embedded is derived by `search-text.ts` (identifiers as words; a source file's outline).
   */
  async function embed(rows: readonly ArtifactInput[]) {
    const chunked = rows.map((row) => {
      const text = meaningfulText(row);
      return text.length > CHUNK_THRESHOLD ? chunkText(text) : [];
    });
    const texts = [...rows.map(embeddingText), ...chunked.flat().map(queryEmbeddingText)];
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

  async function upsertBatch(rows: readonly ArtifactInput[]): Promise<UpsertResult> {
    const hashes = rows.map(contentHash);
    const rowHashes = rows.map(rowHash);
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
    const stale = rows.filter((row, i) => {
      const prior = before.get(row.uid);
      return !prior || prior.hash !== hashes[i] || prior.model !== embedder.model;
    });
    const fresh = await embed(stale);
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
          searchText: searchText(row),
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
    const { epoch } = await committer.commit(async (tx) => {
      if (toWrite.length === 0) return { value: null, events: [] };
      await tx.run(cypher('writer/revive'), { uids: toWrite.map((p) => p.uid) });
      await tx.run(cypher('writer/upsert-artifacts'), { rows: toWrite, model: embedder.model });
      const events = await describeChanges(
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
    // The contract is documented on the `Writer` interface (writer.ts).
    async upsertArtifacts(rows: readonly ArtifactInput[] | ValidArtifacts): Promise<UpsertResult> {
      const valid = isValidated(rows) ? rows : validateArtifacts(rows);
      const total: UpsertResult = { created: 0, updated: 0, unchanged: 0, embedded: 0, epoch: 0 };
      for (let i = 0; i < valid.length; i += BATCH) {
        const r = await upsertBatch(valid.slice(i, i + BATCH));
        total.created += r.created;
        total.updated += r.updated;
        total.unchanged += r.unchanged;
        total.embedded += r.embedded;
        total.epoch = r.epoch;
      }
      if (valid.length === 0) total.epoch = await committer.readEpoch();
      return total;
    },
  };
}
