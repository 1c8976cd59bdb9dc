/**
 * Pending links: links a source stated whose other end is not (yet) in the graph. They are kept
 * as `:PendingLink` nodes and made real by the writer in the transaction that writes the missing
 * artifact, whatever path it came by (a mutation, a connector, a webhook), with a LINKED change
 * event; links the rules refuse once both kinds are known are dropped.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import type { Committer } from './epoch.js';
import { endpointKinds, mergeLinks } from './links.js';
import type { LinkInput } from './links.js';
import type { ChangeItem } from './outbox.js';
import { describeChanges } from './outbox.js';
import { checkLinks, linkKey } from './validate.js';
import type { LinkRef, LinkType } from './validate.js';

/** What resolving pending links in a transaction did. */
export interface Resolution {
  /** Pending links made real (each a new or already existing edge). */
  resolved: LinkInput[];
  /** Pending links the rules refuse now that both kinds are known: dropped, with the reason. */
  refused: { link: LinkInput; reason: string }[];
  /** LINKED changes for the edges that are new. */
  changes: ChangeItem[];
}

const ref = ({ from, to, type }: LinkRef): LinkRef => ({ from, to, type });

/**
 * Makes real, in `tx`, the pending links with an end among `uids` (artifacts just written) whose
 * other end is now live too; refused ones are dropped, the rest keep waiting.
 */
export async function resolvePending(
  tx: ManagedTransaction,
  uids: readonly string[],
): Promise<Resolution> {
  if (uids.length === 0) return { resolved: [], refused: [], changes: [] };
  const found = await tx.run(cypher('writer/pending-for'), { uids });
  const waiting = found.records.map((r): LinkInput => ({
    from: r.get('from') as string,
    to: r.get('to') as string,
    type: r.get('type') as LinkType,
    via: r.get('via') as string,
    evidence: r.get('evidence') as string | null,
    kind: r.get('kind') as string | null,
    sources: r.get('sources') as string[] | null,
  }));
  if (waiting.length === 0) return { resolved: [], refused: [], changes: [] };
  const kinds = await endpointKinds(
    tx,
    waiting.flatMap((l) => [l.from, l.to]),
  );
  const { ok, problems } = checkLinks(waiting, kinds);
  const refused = problems
    .filter(({ problem }) => problem.reason !== 'from' && problem.reason !== 'to')
    .map(({ link, problem }) => ({ link, reason: problem.message }));
  const outcomes = await mergeLinks(tx, ok);
  const resolved = ok.filter((_l, i) => outcomes[i] !== undefined);
  const settled = [...resolved, ...refused.map((r) => r.link)];
  if (settled.length > 0)
    await tx.run(cypher('writer/delete-pending'), { rows: settled.map(ref), source: null });
  const changes = ok.flatMap((l, i): ChangeItem[] => {
    const o = outcomes[i];
    if (!o?.created) return [];
    const link = { from: l.from, to: l.to, type: l.type, via: o.via, evidence: o.evidence };
    return [{ op: 'LINKED', uid: l.from, link }];
  });
  return { resolved, refused, changes };
}

/** The writer's pending-link operation: `keepPending`. */
export function createPendingOps(committer: Committer) {
  const { commit, readEpoch } = committer;
  return {
    // The contract of this operation are documented on the `Writer` interface (writer.ts).
    async keepPending(
      source: string,
      links: readonly LinkInput[],
    ): Promise<{ pending: number; linked: number; epoch: number }> {
      const distinct = [...new Map(links.map((l) => [linkKey(l), l])).values()];
      if (distinct.length === 0) return { pending: 0, linked: 0, epoch: await readEpoch() };
      const { value, epoch } = await commit(async (tx) => {
        // Read again in this transaction: an end that arrived since the caller looked makes the
        // link real here, so a link never waits for an artifact that is already there.
        const kinds = await endpointKinds(
          tx,
          distinct.flatMap((l) => [l.from, l.to]),
        );
        const { ok, problems } = checkLinks(distinct, kinds);
        const waiting = problems
          .filter(({ problem }) => problem.reason === 'from' || problem.reason === 'to')
          .map(({ link }) => link);
        const outcomes = await mergeLinks(
          tx,
          checkLinks(
            ok.map((l) => ({ ...l, sources: l.sources ?? [source] })),
            kinds,
          ).ok,
        );
        let saved = 0;
        if (waiting.length > 0) {
          const res = await tx.run(cypher('writer/save-pending'), {
            source,
            rows: waiting.map((l) => ({
              ...ref(l),
              via: l.via,
              evidence: l.evidence ?? null,
              kind: l.kind ?? null,
              doubt: l.doubt ?? null,
            })),
          });
          saved = res.records[0]?.get('changed') as number;
        }
        const events = await describeChanges(
          tx,
          ok.flatMap((l, i): ChangeItem[] => {
            const o = outcomes[i];
            if (!o?.created) return [];
            return [
              {
                op: 'LINKED',
                uid: l.from,
                link: { from: l.from, to: l.to, type: l.type, via: o.via, evidence: o.evidence },
              },
            ];
          }),
        );
        const linked = events.length;
        return { value: { pending: waiting.length, linked }, events, changed: saved > 0 };
      });
      return { ...value, epoch };
    },
  };
}
