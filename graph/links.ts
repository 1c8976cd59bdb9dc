/** Batched link writes: validation against the hierarchy rules, then one MERGE per link type. */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import { BadUserInputError } from '../core/errors.js';
import { LINK_RULES, LINK_TYPES } from './validate.js';
import type { ArtifactKind, LinkType } from './validate.js';

export interface LinkInput {
  from: string;
  to: string;
  type: LinkType;
  /** How the link was found: jira-parent, commit-message, pr-body, front-matter, manual, … */
  via: string;
  /** The text that proves it. */
  evidence?: string | null;
  /** DEPENDS_ON only: blocks, is-blocked-by, relates. */
  kind?: string | null;
}

export interface LinkOutcome {
  created: boolean;
  via: string;
  evidence: string | null;
}

/**
 * Checks every link, then merges them. Nothing is written when any link is invalid.
 * @throws {BadUserInputError} naming the link (`links[3].to`) and the rule it breaks.
 */
export async function mergeLinks(
  tx: ManagedTransaction,
  links: readonly LinkInput[],
  field = (i: number, f: string) => `links[${i}].${f}`,
): Promise<LinkOutcome[]> {
  const uids = [...new Set(links.flatMap((l) => [l.from, l.to]))];
  const res = await tx.run(cypher('writer/endpoint-kinds'), { uids });
  const kinds = new Map(
    res.records.map((r) => [r.get('uid') as string, r.get('kind') as ArtifactKind]),
  );
  links.forEach((l, i) => {
    if (!(LINK_TYPES as readonly string[]).includes(l.type)) {
      throw new BadUserInputError(`Unknown link type ${String(l.type)}`, field(i, 'type'));
    }
    const fromKind = kinds.get(l.from);
    const toKind = kinds.get(l.to);
    if (!fromKind) throw new BadUserInputError(`No artifact with uid ${l.from}`, field(i, 'from'));
    if (!toKind) throw new BadUserInputError(`No artifact with uid ${l.to}`, field(i, 'to'));
    if (l.from === l.to)
      throw new BadUserInputError('An artifact cannot link to itself', field(i, 'to'));
    const rule = LINK_RULES[l.type];
    if (!rule.allowed(fromKind, toKind)) {
      throw new BadUserInputError(
        `${l.type} cannot link ${fromKind} to ${toKind}: ${rule.description}`,
        field(i, 'type'),
      );
    }
  });
  const outcomes: LinkOutcome[] = new Array<LinkOutcome>(links.length);
  for (const type of LINK_TYPES) {
    const rows = links
      .map((l, i) => ({
        i,
        from: l.from,
        to: l.to,
        via: l.via,
        evidence: l.evidence ?? null,
        kind: l.kind ?? null,
        type: l.type,
      }))
      .filter((l) => l.type === type);
    if (rows.length === 0) continue;
    // The relationship type comes from the closed LinkType union, never from input text.
    const merged = await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Artifact {uid: row.from}), (b:Artifact {uid: row.to})
       MERGE (a)-[r:${type}]->(b)
       ON CREATE SET r.via = row.via, r.evidence = row.evidence, r.kind = row.kind,
                     r.firstSeen = datetime(), r._new = true
       WITH row, r, coalesce(r._new, false) AS created
       REMOVE r._new
       RETURN row.i AS i, created, r.via AS via, r.evidence AS evidence`,
      { rows },
    );
    for (const r of merged.records) {
      outcomes[r.get('i') as number] = {
        created: r.get('created') as boolean,
        via: r.get('via') as string,
        evidence: r.get('evidence') as string | null,
      };
    }
  }
  return outcomes;
}
