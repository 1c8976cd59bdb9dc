/**
 * Writes one page of a source through the writer: artifacts (each checked alone, so one bad
 * record never sinks its page), links (checked against the hierarchy rules; a link to an
 * artifact not yet in the graph is kept as a pending link and made real when it arrives),
 * reconciliation (links the source no longer states are removed) and soft deletions. Used by
 * sync jobs and by webhooks alike. Every step is idempotent: replaying a page changes nothing.
 */
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { cypher } from '../../core/cypher.js';
import { ThreadlineError } from '../../core/errors.js';
import type { Writer } from '../../graph/writer.js';
import type { LinkInput } from '../../graph/links.js';
import { LINK_RULES, validateArtifacts } from '../../graph/validate.js';
import type { ArtifactKind, LinkType } from '../../graph/validate.js';
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
}

const keyOf = (l: { from: string; to: string; type: string }) =>
  `${l.from}\u0000${l.type}\u0000${l.to}`;

/**
 * Splits a page's artifacts into valid ones and bad records (with the validation message). A uid
 * listed twice keeps its last version: sources may list a record again while it changes.
 */
function screen(page: SyncPage): { good: SyncPage['artifacts']; bad: BadRecord[] } {
  const good = new Map<string, SyncPage['artifacts'][number]>();
  const bad: BadRecord[] = [];
  for (const a of page.artifacts) {
    try {
      validateArtifacts([a]);
      good.set(a.uid, a);
    } catch (error) {
      bad.push({
        sourceId: a.key ?? a.uid,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { good: [...good.values()], bad };
}

/** Writes `page` for connector `source` owning links `vias`. */
export async function applyPage(
  deps: ApplyDeps,
  source: string,
  vias: readonly string[],
  page: SyncPage,
): Promise<PageResult> {
  const { driver, writer, database } = deps;
  const run = async (name: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(cypher(name), params, { database })).records;
  const { good, bad } = screen(page);
  const result: PageResult = { ...zeroCounts(), bad: [...page.bad, ...bad], refused: [] };

  if (good.length > 0) {
    // A record whose kind changed upstream (a Jira story turned epic, a `prd` label added) is
    // retyped: the old node is soft-deleted with its relationships, which the old kind's rules
    // allowed but the new kind's may not, and the record is written anew with the page's links.
    const stored = await run('sync/endpoints', { uids: good.map((a) => a.uid) });
    const kindOf = new Map(stored.map((r) => [r.get('uid') as string, r.get('kind') as string]));
    const retyped = good.filter((a) => (kindOf.get(a.uid) ?? a.kind) !== a.kind).map((a) => a.uid);
    if (retyped.length > 0) {
      await writer.softDelete(retyped);
      result.retyped = retyped.length;
    }
    const r = await writer.upsertArtifacts(good);
    result.created = r.created;
    result.updated = r.updated;
    result.unchanged = r.unchanged;
    result.embedded = r.embedded;
  }

  // Candidates: what the page states, plus pending links that this page's artifacts complete.
  const stated = new Map(page.links.map((l) => [keyOf(l), l]));
  const arrived = good.map((a) => a.uid);
  const waiting =
    arrived.length === 0
      ? []
      : (await run('sync/pending-for', { uids: arrived })).map((r): LinkCandidate => ({
          from: r.get('from') as string,
          to: r.get('to') as string,
          type: r.get('type') as LinkType,
          via: r.get('via') as string,
          evidence: r.get('evidence') as string | null,
          kind: r.get('kind') as string | null,
        }));
  const candidates = new Map(stated);
  for (const l of waiting) if (!candidates.has(keyOf(l))) candidates.set(keyOf(l), l);

  const endpoints = [...new Set([...candidates.values()].flatMap((l) => [l.from, l.to]))];
  const kinds = new Map(
    (endpoints.length === 0 ? [] : await run('sync/endpoints', { uids: endpoints })).map((r) => [
      r.get('uid') as string,
      r.get('kind') as ArtifactKind,
    ]),
  );
  const real: LinkInput[] = [];
  const pending: LinkCandidate[] = [];
  for (const l of candidates.values()) {
    const fromKind = kinds.get(l.from);
    const toKind = kinds.get(l.to);
    if (!fromKind || !toKind) {
      pending.push(l);
      continue;
    }
    if (l.from === l.to) continue;
    const rule = LINK_RULES[l.type];
    if (!rule.allowed(fromKind, toKind)) {
      result.refused.push({
        link: l,
        reason: `${l.type} cannot link ${fromKind} to ${toKind}: ${rule.description}`,
      });
      continue;
    }
    real.push({
      from: l.from,
      to: l.to,
      type: l.type,
      via: l.via,
      evidence: l.evidence,
      kind: l.kind ?? null,
    });
  }
  if (real.length > 0) {
    const r = await writer.linkMany(real);
    result.linked = r.created;
  }
  const resolved = waiting.filter((l) => real.some((x) => keyOf(x) === keyOf(l)));
  result.resolved = resolved.length;
  const refusedWaiting = waiting.filter((l) =>
    result.refused.some((x) => keyOf(x.link) === keyOf(l)),
  );
  const done = [...resolved, ...refusedWaiting];
  if (done.length > 0)
    await run('sync/delete-pending', {
      rows: done.map(({ from, to, type }) => ({ from, to, type })),
    });
  const newPending = pending.filter((l) => stated.has(keyOf(l)));
  if (newPending.length > 0) {
    await run('sync/save-pending', {
      source,
      rows: newPending.map((l) => ({ ...l, kind: l.kind ?? null })),
    });
  }
  result.pending = pending.length;

  // Reconcile: owned links (real or pending) of these artifacts that the source no longer states.
  if (page.reconcile.length > 0 && vias.length > 0) {
    const owned = await run('sync/owned-links', { uids: page.reconcile, vias: [...vias] });
    const stale = owned
      .map((r) => ({
        from: r.get('from') as string,
        to: r.get('to') as string,
        type: r.get('type') as LinkType,
        pending: r.get('pending') as boolean,
      }))
      .filter((l) => !stated.has(keyOf(l)));
    for (const l of stale.filter((x) => !x.pending)) {
      const r = await writer.unlink(l.from, l.to, l.type);
      if (r.changed) result.unlinked += 1;
    }
    const stalePending = stale.filter((x) => x.pending);
    if (stalePending.length > 0) {
      await run('sync/delete-pending', {
        rows: stalePending.map(({ from, to, type }) => ({ from, to, type })),
      });
    }
  }

  if (page.deleted.length > 0) result.deleted = (await writer.softDelete(page.deleted)).deleted;

  for (const b of result.bad)
    deps.logger.warn({ source, sourceId: b.sourceId, reason: b.reason }, 'bad record skipped');
  return result;
}

/** True for errors that mean the page itself is wrong (not the database or the network). */
export function isInputError(error: unknown): boolean {
  return error instanceof ThreadlineError && error.code === 'BAD_USER_INPUT';
}
