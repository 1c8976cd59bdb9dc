/**
 * `--dry-run`: counts what a run would do, writing nothing, with the decisions a real run makes
 * (`plan.ts`) over the graph as it is plus what the earlier pages of this dry run would have
 * written. So a dry run counts the same things as the real run that follows it: a link to an
 * artifact of an earlier page is `linked`, not `pending`; a pending link whose end arrives later
 * in the run is `resolved`; `pending` is what would still wait at the end.
 */
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../core/cypher.js';
import { endpointKinds } from '../../graph/links.js';
import { checkLinks, linkKey, screenArtifacts } from '../../graph/validate.js';
import type { ArtifactKind, LinkRef, LinkType } from '../../graph/validate.js';
import { rowHash, rowSource, storedRowHash } from '../../graph/merge.js';
import { foundLink, zeroCounts } from './apply.js';
import type { PageResult } from './apply.js';
import { kindsAfterWrite, planLinks, retypedUids, staleLinks, uidsToLookUp } from './plan.js';
import type { SyncPage } from './types.js';

export interface DryRun {
  /** What writing `page` would do. */
  page(page: SyncPage): Promise<PageResult>;
  /** The source's links that would still wait at the end. */
  pending(): Promise<number>;
}

/** A dry run of connector `source` owning links `vias`. */
export function createDryRun(
  deps: { driver: Driver; database?: string | undefined },
  source: string,
  vias: readonly string[],
): DryRun {
  const { driver, database } = deps;
  const query = async (name: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(cypher(name), { source, ...params }, { database })).records;
  /** Artifacts this run would have written (kind, row hash), and those it would delete. */
  const written = new Map<string, { kind: ArtifactKind; hash: string }>();
  const gone = new Set<string>();
  /** Edges this run would have made. */
  const edges = new Set<string>();
  let waiting: Map<string, LinkRef> | undefined;

  async function pendingLinks(): Promise<Map<string, LinkRef>> {
    if (!waiting) {
      const rows = await query('sync/pending-of-source', {});
      waiting = new Map(
        rows.map((r) => {
          const l = {
            from: r.get('from') as string,
            to: r.get('to') as string,
            type: r.get('type') as LinkType,
          };
          return [linkKey(l), l];
        }),
      );
    }
    return waiting;
  }

  /** Stored kinds of `uids` as this run would have left them. */
  async function kindsOf(uids: readonly string[]): Promise<Map<string, ArtifactKind>> {
    const kinds = await endpointKinds(driver, uids, database);
    for (const uid of uids) {
      const w = written.get(uid);
      if (w) kinds.set(uid, w.kind);
      if (gone.has(uid)) kinds.delete(uid);
    }
    return kinds;
  }

  return {
    async page(page) {
      const pending = await pendingLinks();
      const screened = screenArtifacts(page.artifacts);
      const valid = screened.valid;
      const result: PageResult = {
        ...zeroCounts(),
        bad: [
          ...page.bad,
          ...screened.invalid.map(({ row, reason }) => ({ sourceId: row.key ?? row.uid, reason })),
        ],
        refused: [],
        stale: [],
      };
      const links = page.links.map(({ from, to, type }) => ({ from, to, type }));
      const [row] = await query('sync/dry-run', { uids: valid.map((a) => a.uid), links });
      const stored = new Map(
        (
          (row?.get('artifacts') ?? []) as {
            uid: string;
            rowHash: string | null;
            rowHashes: string | null;
            source: string | null;
            exists: boolean;
          }[]
        ).map((a) => [
          a.uid,
          {
            exists: a.exists,
            hash: (source: string) =>
              storedRowHash(
                {
                  rowHash: a.rowHash,
                  source: a.source,
                  rowHashes: a.rowHashes ? (JSON.parse(a.rowHashes) as Record<string, string>) : {},
                },
                source,
              ),
          },
        ]),
      );
      const missing = new Set(((row?.get('missing') ?? []) as LinkRef[]).map(linkKey));
      const kinds = await kindsOf(uidsToLookUp(valid, page.links));
      result.retyped = retypedUids(valid, kinds).length;

      const changed: string[] = [];
      for (const a of valid) {
        const hash = rowHash(a);
        const before = written.get(a.uid)?.hash ?? stored.get(a.uid)?.hash(rowSource(a));
        const exists = (written.has(a.uid) || stored.get(a.uid)?.exists) && !gone.has(a.uid);
        if (!exists) result.created += 1;
        else if (before !== hash) result.updated += 1;
        else result.unchanged += 1;
        if (!exists || before !== hash) changed.push(a.uid);
        written.set(a.uid, { kind: a.kind, hash });
        gone.delete(a.uid);
      }

      // Links that waited for the artifacts this page writes become real (or are refused).
      const touched = new Set(changed);
      const candidates = [...pending.values()].filter(
        (l) => touched.has(l.from) || touched.has(l.to),
      );
      if (candidates.length > 0) {
        const ends = await kindsOf(candidates.flatMap((l) => [l.from, l.to]));
        const { ok, problems } = checkLinks(candidates, ends);
        for (const l of ok) {
          pending.delete(linkKey(l));
          edges.add(linkKey(l));
          result.resolved += 1;
        }
        for (const { link, problem } of problems) {
          if (problem.reason !== 'from' && problem.reason !== 'to') pending.delete(linkKey(link));
        }
      }

      const plan = planLinks(page.links, kindsAfterWrite(kinds, valid));
      result.refused = plan.refused;
      for (const l of plan.write) {
        const key = linkKey(l);
        if (missing.has(key) && !edges.has(key)) result.linked += 1;
        edges.add(key);
      }
      for (const l of plan.pending)
        pending.set(linkKey(l), { from: l.from, to: l.to, type: l.type });
      result.pending = plan.pending.length;

      if (page.reconcile.length > 0 && vias.length > 0) {
        const found = await query('sync/outgoing-links', { uids: page.reconcile });
        const stale = staleLinks(found.map(foundLink), source, vias, page.links);
        result.unlinked = stale.links.length + stale.pending.length;
        for (const l of stale.pending) pending.delete(linkKey(l));
      }

      if (page.deleted.length > 0) {
        const live = await kindsOf(page.deleted);
        for (const uid of page.deleted) {
          if (!live.has(uid)) continue;
          result.deleted += 1;
          gone.add(uid);
          written.delete(uid);
        }
      }
      return result;
    },
    async pending() {
      return (await pendingLinks()).size;
    },
  };
}
