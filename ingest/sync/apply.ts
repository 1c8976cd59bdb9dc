/**
 * Writes one page of a source through the writer, in one pass: artifacts (each checked alone, so
 * one bad record never sinks its page, and not again by the writer), links (checked against the
 * hierarchy rules with the endpoint kinds read once per page; a link to an artifact not yet in
 * the graph is kept as a pending link, which the writer makes real when that artifact arrives by
 * any path), reconciliation (links the
 * source no longer states are removed, in one transaction) and soft deletions. Used by sync jobs
 * and by webhooks alike. Every step is idempotent: replaying a page changes nothing. With
 * `onlyNewer` (webhooks), a record older than what is stored is left alone with its links: an old
 * delivery arriving late never moves the graph back. The decisions themselves are pure functions
 * in `plan.ts`.
 */
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { cypher } from '../../core/cypher.js';
import { ThreadlineError } from '../../core/errors.js';
import { endpointKinds } from '../../graph/links.js';
import { newerStored } from '../../graph/upsert.js';
import { screenArtifacts } from '../../graph/validate.js';
import type { LinkType } from '../../graph/validate.js';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Writer } from '../../graph/writer.js';
import {
  doubtOf,
  githubIssueRef,
  kindsAfterWrite,
  planLinks,
  retypedUids,
  staleLinks,
  uidsToLookUp,
} from './plan.js';
import type { FoundLink } from './plan.js';
import type { BadRecord, LinkCandidate, SyncPage } from './types.js';

export interface ApplyDeps {
  driver: Driver;
  writer: Writer;
  logger: Logger;
  database?: string | undefined;
}

/** What a page did, counted. */
export const PAGE_COUNTS = [
  'created',
  'updated',
  'unchanged',
  'embedded',
  'linked',
  'unlinked',
  /** Links waiting for their target. */
  'pending',
  /** Pending links made real because their target arrived. */
  'resolved',
  'deleted',
  /** Records whose kind changed upstream, re-created with the new kind. */
  'retyped',
] as const;
export type PageCount = (typeof PAGE_COUNTS)[number];

/** Every count at zero. */
export function zeroCounts(): Record<PageCount, number> {
  return Object.fromEntries(PAGE_COUNTS.map((c) => [c, 0])) as Record<PageCount, number>;
}

export interface PageResult extends Record<PageCount, number> {
  bad: BadRecord[];
  /** Links refused by the hierarchy rules (e.g. a commit naming an epic), with the reason. */
  refused: { link: LinkCandidate; reason: string }[];
  /** Uids left alone, with their links, because what is stored is newer (`onlyNewer`). */
  stale: string[];
}

export interface ApplyOptions {
  /**
   * Writes a record only when it is at least as new (by `updatedAt`) as the stored one; older
   * records are not written, retyped or reconciled, and their links are not added. For sources
   * that may deliver an old version late (webhooks).
   * @default false
   */
  onlyNewer?: boolean;
}

/** Writes `page` for connector `source` owning links `vias`. */
export async function applyPage(
  deps: ApplyDeps,
  source: string,
  vias: readonly string[],
  given: SyncPage,
  options: ApplyOptions = {},
): Promise<PageResult> {
  const { driver, writer, database } = deps;
  const onlyNewer = options.onlyNewer ?? false;
  const run = async (name: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(cypher(name), params, { database })).records;
  // Validated once, here: the writer takes the valid rows as they are.
  const screened = screenArtifacts(given.artifacts);
  const result: PageResult = {
    ...zeroCounts(),
    bad: [
      ...given.bad,
      ...screened.invalid.map(({ row, reason }) => ({ sourceId: row.key ?? row.uid, reason })),
    ],
    refused: [],
    stale: [],
  };
  // Older records leave the page before anything is decided from it (a retype, reconciliation);
  // the writer checks again under lock, for a delivery racing this one.
  const older = onlyNewer ? await newerStored(driver, screened.valid, database) : new Set<string>();
  const valid =
    older.size > 0
      ? screenArtifacts(screened.valid.filter((a) => !older.has(a.uid))).valid
      : screened.valid;
  // Every link the page states is this source's claim.
  let page = withoutStale(
    { ...given, links: given.links.map((l) => ({ ...l, sources: [source] })) },
    older,
  );
  result.stale = [...older];

  // Read once: the stored kinds of every artifact and link end the page names.
  const stored = await endpointKinds(driver, uidsToLookUp(valid, page.links), database);

  if (valid.length > 0) {
    // A record whose kind changed upstream is retyped: the old node is soft-deleted with its
    // relationships, which the old kind's rules allowed but the new kind's may not, and the
    // record is written anew with the page's links.
    const retyped = retypedUids(valid, stored);
    if (retyped.length > 0) {
      await writer.softDelete(retyped);
      result.retyped = retyped.length;
    }
    // The writer also makes real the pending links waiting for these artifacts.
    const r = await writer.upsertArtifacts(valid, { onlyNewer });
    result.created = r.created;
    result.updated = r.updated;
    result.unchanged = r.unchanged;
    result.embedded = r.embedded;
    result.resolved = r.resolved;
    if (r.stale.length > 0) {
      page = withoutStale(page, new Set(r.stale));
      result.stale.push(...r.stale);
    }
  }

  const plan = planLinks(page.links, kindsAfterWrite(stored, valid));
  result.refused = plan.refused;
  if (plan.write.length > 0) result.linked = (await writer.linkMany(plan.write)).created;
  if (plan.pending.length > 0) {
    const kept = await writer.keepPending(source, await withDoubts(deps, plan.pending));
    result.pending = kept.pending;
    result.linked += kept.linked;
  }

  // Reconcile: owned links (real or pending) of these artifacts that the source no longer states,
  // removed in one transaction.
  if (page.reconcile.length > 0 && vias.length > 0) {
    const found = await run('sync/outgoing-links', { uids: page.reconcile });
    const stale = staleLinks(found.map(foundLink), source, vias, page.links);
    if (stale.links.length > 0 || stale.pending.length > 0) {
      result.unlinked = (await writer.unlinkMany(stale.links, stale.pending, source)).removed;
    }
  }

  if (page.deleted.length > 0) result.deleted = (await writer.softDelete(page.deleted)).deleted;

  for (const b of result.bad)
    deps.logger.warn({ source, sourceId: b.sourceId, reason: b.reason }, 'bad record skipped');
  return result;
}

/** `pending` with the doubt on each `#N` the numbering of its repository makes implausible. */
export async function withDoubts(
  deps: Pick<ApplyDeps, 'driver' | 'database'>,
  pending: readonly LinkCandidate[],
): Promise<LinkCandidate[]> {
  const repos = [...new Set(pending.flatMap((l) => githubIssueRef(l.to)?.repo ?? []))];
  if (repos.length === 0) return [...pending];
  const { records } = await deps.driver.executeQuery(
    cypher('sync/issue-numbers'),
    { repos },
    { database: deps.database },
  );
  const highest = new Map(records.map((r) => [r.get('repo') as string, Number(r.get('highest'))]));
  return pending.map((l) => {
    const doubt = doubtOf(l, highest);
    return doubt ? { ...l, doubt } : l;
  });
}

/** `page` without the links and reconciliation of the records in `stale`. */
function withoutStale(page: SyncPage, stale: ReadonlySet<string>): SyncPage {
  if (stale.size === 0) return page;
  return {
    ...page,
    links: page.links.filter((l) => !stale.has(l.from)),
    reconcile: page.reconcile.filter((uid) => !stale.has(uid)),
  };
}

/** True for errors that mean the page itself is wrong (not the database or the network). */
export function isInputError(error: unknown): boolean {
  return error instanceof ThreadlineError && error.code === 'BAD_USER_INPUT';
}

/** A row of `sync/outgoing-links` (real or pending link of a reconciled artifact). */
export function foundLink(r: Neo4jRecord): FoundLink {
  return {
    from: r.get('from') as string,
    to: r.get('to') as string,
    type: r.get('type') as LinkType,
    via: r.get('via') as string,
    sources: r.get('sources') as string[] | null,
    pending: r.get('pending') as boolean,
  };
}
