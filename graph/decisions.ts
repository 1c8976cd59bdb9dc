/**
 * Decisions on link suggestions: accepting one creates the link (`via: "suggested"`, with its
 * LINKED change event) and records who accepted it and when; rejecting one records the same, and
 * a rejected pair is never suggested again. One transaction each; both move the epoch, so no
 * cached suggestion list still offers a decided pair.
 */
import { cypher } from '../core/cypher.js';
import { BadUserInputError } from '../core/errors.js';
import type { Committer } from './epoch.js';
import { endpointKinds, mergeLinks } from './links.js';
import type { LinkEdge } from './links.js';
import { describeChanges } from './outbox.js';
import { SUGGESTED_LINK_TYPES, checkLinks, linkKey } from './validate.js';
import type { LinkRef } from './validate.js';

export const DECISIONS = ['ACCEPTED', 'REJECTED'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The `via` of a link made by accepting a suggestion. */
export const SUGGESTED_VIA = 'suggested';

export interface DecisionResult {
  from: string;
  to: string;
  type: LinkRef['type'];
  decision: Decision;
  /** The identity subject that decided (`jwt:alice`, `key:…`). */
  by: string;
  /** When, ISO 8601. */
  at: string;
  /** Accepting: whether the link is new (false when it already existed). Rejecting: false. */
  changed: boolean;
  /** Accepting: the link as stored. */
  edge: LinkEdge | null;
  epoch: number;
}

/** The writer's `decideSuggestion`. */
export function createDecisionOps(committer: Committer) {
  return {
    async decideSuggestion(link: LinkRef, decision: Decision, by: string): Promise<DecisionResult> {
      const { from, to, type } = link;
      if (!(SUGGESTED_LINK_TYPES as readonly string[]).includes(type)) {
        throw new BadUserInputError(
          `Suggestions are ${SUGGESTED_LINK_TYPES.join(', ')} links, not ${type}`,
          'type',
        );
      }
      // Who accepted is kept on the decision, not on the edge that every reader of both ends sees.
      const evidence = 'accepted suggestion';
      const { value, epoch } = await committer.commit(async (tx) => {
        const kinds = await endpointKinds(tx, [from, to]);
        const { ok, problems } = checkLinks(
          [{ from, to, type, via: SUGGESTED_VIA, evidence }],
          kinds,
        );
        const problem = problems[0]?.problem;
        if (problem) throw new BadUserInputError(problem.message, problem.field);
        let edge: LinkEdge | null = null;
        let created = false;
        if (decision === 'ACCEPTED') {
          const [o] = await mergeLinks(tx, ok);
          created = o?.created ?? false;
          edge = {
            from,
            to,
            type,
            via: o?.via ?? SUGGESTED_VIA,
            evidence: o?.evidence ?? evidence,
          };
        }
        const res = await tx.run(cypher('suggestions/record-decision'), {
          key: linkKey(link),
          from,
          to,
          type,
          decision,
          by,
        });
        const at = res.records[0]?.get('at') as string;
        const events =
          edge && created
            ? await describeChanges(tx, [{ op: 'LINKED', uid: from, link: edge }])
            : [];
        return {
          value: { from, to, type, decision, by, at, changed: created, edge },
          events,
          changed: true,
        };
      });
      return { ...value, epoch };
    },
  };
}
