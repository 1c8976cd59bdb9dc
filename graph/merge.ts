/**
 * Sources merged, not overwritten: when two sources write the same artifact (a commit read from a
 * git checkout and from GitHub, under one uid), each field belongs to the source that gave it a
 * value first. Another source fills only fields nobody holds; a source that stops giving a field
 * (a Jira description removed) clears only its own. So GitHub's body-less file rows never erase
 * the text git wrote, and alternating syncs of the two never rewrite each other's fields.
 *
 * Rows without a `source` (the `upsertArtifacts` mutation without one) are edits by hand: they
 * write every field as given and hold what they set, as `manual`.
 *
 * Pure functions: the writer reads what is stored ({@link StoredRow}), merges here, and writes
 * only the fields the row's source holds.
 */
import { createHash } from 'node:crypto';
import type { ArtifactInput } from './validate.js';

/** Fields of an artifact that sources own one by one. */
export const OWNED_FIELDS = [
  'title',
  'key',
  'body',
  'status',
  'url',
  'accessLevel',
  'issueType',
  'codeKind',
  'path',
  'createdAt',
  'updatedAt',
] as const;
export type OwnedField = (typeof OWNED_FIELDS)[number];

/** The owner of fields written without a source. */
export const MANUAL = 'manual';

/** What is stored of an artifact, as the merge needs it. */
export interface StoredRow {
  kind: string;
  /** The source that first wrote the artifact. */
  source: string | null;
  /** Every source that wrote it. */
  sources: readonly string[];
  /** Field → source holding it (absent for artifacts written before ownership was kept). */
  owners: Readonly<Record<string, string>>;
  /** Source → hash of the last row it wrote (see {@link rowHash}). */
  rowHashes: Readonly<Record<string, string>>;
  /** The stored values (dates as ISO strings, or null). */
  values: Readonly<Partial<Record<OwnedField, string | null>>>;
}

/** What one row does to a stored artifact. */
export interface Merged {
  /** The artifact as it will be once written (what is hashed, searched and embedded). */
  row: ArtifactInput;
  /** The owned fields this row writes (null clears); fields held by others are left out. */
  writes: Partial<Record<OwnedField, string | null>>;
  owners: Record<string, string>;
  /** The first writer's source (null: written by hand first). */
  source: string | null;
  sources: string[];
  rowHashes: Record<string, string>;
}

/** Hash of every field of an input row: equal means nothing to write. */
export function rowHash(a: ArtifactInput): string {
  const fields = Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([x], [y]) => x.localeCompare(y));
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** The source a row writes as. */
export const rowSource = (row: Pick<ArtifactInput, 'source'>): string => row.source ?? MANUAL;

/**
 * The hash of the row `source` last wrote to a stored artifact; for artifacts written before
 * hashes were kept per source, the single stored hash counts as its first writer's.
 */
export function storedRowHash(
  stored: Pick<StoredRow, 'rowHashes' | 'source'> & { rowHash?: string | null },
  source: string,
): string | null {
  const own = stored.rowHashes[source];
  if (own !== undefined) return own;
  return stored.source === source || (stored.source === null && source === MANUAL)
    ? (stored.rowHash ?? null)
    : null;
}

/** Merges `row` into what is stored (`undefined`: a new artifact). */
export function mergeRow(row: ArtifactInput, stored: StoredRow | undefined): Merged {
  const source = rowSource(row);
  const hash = rowHash(row);
  const byHand = row.source == null;
  const owners: Record<string, string> = { ...stored?.owners };
  const writes: Merged['writes'] = {};
  const merged: ArtifactInput = { ...row };
  for (const field of OWNED_FIELDS) {
    const given = row[field] ?? null;
    const value = stored?.values[field] ?? null;
    // Artifacts written before ownership was kept: their fields are their first writer's.
    const owner = owners[field] ?? (value !== null ? (stored?.source ?? MANUAL) : null);
    const mine = owner === null || owner === source || value === null;
    if (byHand || (given !== null && mine)) {
      writes[field] = given;
      if (given === null) delete owners[field];
      else owners[field] = source;
      continue;
    }
    if (given === null && owner === source) {
      // The owner stopped giving it: cleared.
      writes[field] = null;
      delete owners[field];
      continue;
    }
    // Held by another source: kept as stored.
    if (value !== null && owner !== null) owners[field] = owner;
    (merged as unknown as Record<string, unknown>)[field] = value;
  }
  const first = stored?.source ?? row.source ?? null;
  const sources = [
    ...new Set(
      [...(stored?.sources ?? []), stored?.source, row.source].filter(
        (s): s is string => typeof s === 'string',
      ),
    ),
  ].sort();
  return {
    row: { ...merged, source: first },
    writes,
    owners,
    source: first,
    sources,
    rowHashes: { ...stored?.rowHashes, [source]: hash },
  };
}
