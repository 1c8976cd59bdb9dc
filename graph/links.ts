/**
 * The writer's link operations: links checked against the hierarchy rules (once: links already
 * checked by {@link checkLinks} are not looked at again), merged in one batch, removed in one
 * batch; one transaction, one epoch bump and one batch of change events per call.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import { BadUserInputError } from '../core/errors.js';
import type { Committer } from './epoch.js';
import { describeChanges } from './outbox.js';
import { checkLinks, isChecked, linkKey } from './validate.js';
import type { ArtifactKind, CheckedLinks, LinkRef, LinkType } from './validate.js';

export interface LinkInput extends LinkRef {
  /** How the link was found: jira-parent, commit-message, pr-body, front-matter, manual, … */
  via: string;
  /** The text that proves it. */
  evidence?: string | null;
  /** DEPENDS_ON only: blocks, is-blocked-by, relates. */
  kind?: string | null;
  /** The sources that state it (a connector's reconciliation removes only its own claim). */
  sources?: readonly string[] | null;
  /**
   * Why a reference may not mean what it seems (`#999` beyond the issue numbers seen in its
   * repository), when it may not: such a link waits as a pending link marked doubtful until its
   * target exists, and is never linked before.
   */
  doubt?: string | null;
}

/** A link as stored. */
export interface LinkEdge {
  from: string;
  to: string;
  type: LinkType;
  via: string;
  evidence: string | null;
}

export interface LinkResult {
  changed: boolean;
  edge: LinkEdge | null;
  epoch: number;
}

export interface LinkOutcome {
  created: boolean;
  via: string;
  evidence: string | null;
}

/** Names the input field of link `i` in an error. */
type FieldName = (i: number, field: string) => string;

/**
 * Kinds of the live artifacts among `uids`, read in `db` (a transaction, or the driver with
 * `database`). An uid that is not in the graph is missing from the map.
 */
export async function endpointKinds(
  db: Driver | ManagedTransaction,
  uids: readonly string[],
  database?: string,
): Promise<Map<string, ArtifactKind>> {
  if (uids.length === 0) return new Map();
  const params = { uids: [...new Set(uids)] };
  const { records } =
    'executeQuery' in db
      ? await db.executeQuery(cypher('writer/endpoint-kinds'), params, { database })
      : await db.run(cypher('writer/endpoint-kinds'), params);
  return new Map(records.map((r) => [r.get('uid') as string, r.get('kind') as ArtifactKind]));
}

/**
 * Checks `links` against the kinds of their ends, read in `tx`.
 * @throws {BadUserInputError} naming the first bad link (`links[3].to`) and the rule it breaks.
 */
async function checkIn<L extends LinkRef>(
  tx: ManagedTransaction,
  links: readonly L[],
  field: FieldName,
): Promise<CheckedLinks<L>> {
  const kinds = await endpointKinds(
    tx,
    links.flatMap((l) => [l.from, l.to]),
  );
  const { ok, problems } = checkLinks(links, kinds);
  const first = problems[0];
  if (first)
    throw new BadUserInputError(first.problem.message, field(first.index, first.problem.field));
  return ok;
}

/** Merges checked links in one batch; outcomes by index (none for an end that has since gone). */
export async function mergeLinks(
  tx: ManagedTransaction,
  links: CheckedLinks<LinkInput>,
): Promise<(LinkOutcome | undefined)[]> {
  const rows = links.map((l, i) => ({
    i,
    from: l.from,
    to: l.to,
    type: l.type,
    via: l.via,
    evidence: l.evidence ?? null,
    kind: l.kind ?? null,
    sources: l.sources ?? null,
  }));
  const merged = await tx.run(cypher('writer/merge-links'), { rows });
  const outcomes = new Array<LinkOutcome | undefined>(links.length);
  for (const r of merged.records) {
    outcomes[r.get('i') as number] = {
      created: r.get('created') as boolean,
      via: r.get('via') as string,
      evidence: r.get('evidence') as string | null,
    };
  }
  return outcomes;
}

/** The writer's link operations: `link`, `linkMany`, `unlink`, `unlinkMany`. */
export function createLinkOps(committer: Committer) {
  const { commit, readEpoch } = committer;

  /**
   * Removes links (distinct) and pending links in `commit`; the events are described before the
   * edges go. With `source`, only that source's claim is removed: links and pending links other
   * sources state stay.
   */
  async function remove(
    links: readonly LinkRef[],
    pending: readonly LinkRef[] = [],
    source: string | null = null,
  ): Promise<{ edges: LinkEdge[]; epoch: number }> {
    const distinct = [
      ...new Map(links.map((l) => [linkKey(l), { from: l.from, to: l.to, type: l.type }])).values(),
    ];
    const { value, epoch } = await commit(async (tx) => {
      // Described first, so `under` subscribers of the old parents see the events.
      const described = await describeChanges(
        tx,
        distinct.map((l) => ({
          op: 'UNLINKED' as const,
          uid: l.from,
          link: { ...l, via: null, evidence: null },
        })),
      );
      const res = await tx.run(cypher('writer/remove-links'), {
        rows: distinct.map((l, i) => ({ i, ...l })),
        source,
      });
      const removed = new Map<string, LinkEdge>();
      let released = 0;
      for (const r of res.records) {
        if (!(r.get('removed') as boolean)) {
          released += 1;
          continue;
        }
        const l = distinct[r.get('i') as number];
        if (!l || removed.has(linkKey(l))) continue;
        removed.set(linkKey(l), {
          ...l,
          via: r.get('via') as string,
          evidence: r.get('evidence') as string | null,
        });
      }
      const events = described.flatMap((e) => {
        const edge = e.link && removed.get(linkKey(e.link));
        return edge ? [{ ...e, link: edge }] : [];
      });
      let dropped = 0;
      if (pending.length > 0) {
        const [row] = (
          await tx.run(cypher('writer/delete-pending'), {
            rows: pending.map(({ from, to, type }) => ({ from, to, type })),
            source,
          })
        ).records;
        dropped = Number(row?.get('deleted') ?? 0) + Number(row?.get('released') ?? 0);
      }
      const value = distinct.flatMap((l) => removed.get(linkKey(l)) ?? []);
      return { value, events, changed: dropped > 0 || released > 0 };
    });
    return { edges: value, epoch };
  }

  return {
    // The contracts of these operations are documented on the `Writer` interface (writer.ts).
    async link(
      from: string,
      to: string,
      type: LinkType,
      evidence: string | null = null,
      via = 'manual',
    ): Promise<LinkResult> {
      const { value, epoch } = await commit(async (tx) => {
        const checked = await checkIn(tx, [{ from, to, type, via, evidence }], (_i, f) => f);
        const [o] = await mergeLinks(tx, checked);
        const edge = { from, to, type, via: o?.via ?? via, evidence: o?.evidence ?? null };
        const events = o?.created
          ? await describeChanges(tx, [{ op: 'LINKED', uid: from, link: edge }])
          : [];
        return { value: { changed: o?.created ?? false, edge }, events };
      });
      return { ...value, epoch };
    },

    async linkMany(
      links: readonly LinkInput[] | CheckedLinks<LinkInput>,
    ): Promise<{ created: number; existing: number; epoch: number }> {
      if (links.length === 0) return { created: 0, existing: 0, epoch: await readEpoch() };
      const { value, epoch } = await commit(async (tx) => {
        const checked = isChecked(links)
          ? links
          : await checkIn(tx, links, (i, f) => `links[${i}].${f}`);
        const results = await mergeLinks(tx, checked);
        const made = checked.filter((_l, i) => results[i]?.created);
        const events = await describeChanges(
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
        return { value: { created: made.length, existing: checked.length - made.length }, events };
      });
      return { ...value, epoch };
    },

    async unlink(from: string, to: string, type: LinkType): Promise<LinkResult> {
      const { edges, epoch } = await remove([{ from, to, type }]);
      const edge = edges[0] ?? null;
      return { changed: edge !== null, edge, epoch };
    },

    async unlinkMany(
      links: readonly LinkRef[],
      pending: readonly LinkRef[] = [],
      source: string | null = null,
    ): Promise<{ removed: number; epoch: number }> {
      if (links.length === 0 && pending.length === 0)
        return { removed: 0, epoch: await readEpoch() };
      const { edges, epoch } = await remove(links, pending, source);
      return { removed: edges.length, epoch };
    },
  };
}
