/**
 * People: who authored, was assigned or reviewed an artifact (`authors`, `assignee`, `reviewers`
 * on every artifact, loaded per request in one batch), and `people(text | uid)`, who worked on
 * what matches, ranked. Only artifacts the caller may read lead to a person, so a person known
 * only from hidden artifacts is never named, counted or hinted at; and an email is shown only to
 * callers who read INTERNAL or above (docs/security.md).
 */
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import { BadUserInputError } from '../core/errors.js';
import type { AccessLevel } from '../core/config.js';
import { toArtifact } from './artifact.js';
import type { ArtifactObject } from './artifact.js';
import { cached } from './cache.js';
import { readOptions } from './runtime.js';
import type { QueryRuntime, Scope } from './runtime.js';
import { search } from './search.js';
import { assertVisible } from './visibility.js';

export interface PersonObject {
  uid: string;
  name: string;
  /** Null for callers below INTERNAL. */
  email: string | null;
}

export interface ContributorObject {
  person: PersonObject;
  /** When they authored, were assigned or reviewed it (ISO 8601), when the source says. */
  at: string | null;
}

/** People of one artifact, by role. */
export interface ArtifactPeople {
  authors: ContributorObject[];
  assignee: ContributorObject | null;
  reviewers: ContributorObject[];
}

export interface PersonHit {
  person: PersonObject;
  score: number;
  /** The artifacts (readable by the caller) that put them here, best first, at most five. */
  artifacts: ArtifactObject[];
}

export interface PeopleArgs {
  text?: string | null | undefined;
  uid?: string | null | undefined;
  /** @default 10 (1..50) */
  first?: number | null | undefined;
}

/** Whether a caller reading `levels` may see people's emails: INTERNAL or above. */
export function seesEmails(levels: readonly AccessLevel[]): boolean {
  return levels.some((l) => l !== 'PUBLIC');
}

const person = (
  row: { uid: string; name: string; email: string | null },
  levels: readonly AccessLevel[],
): PersonObject => ({
  uid: row.uid,
  name: row.name,
  email: seesEmails(levels) ? row.email : null,
});

/**
 * A per-request loader of the people of artifacts the caller already reads, in one query for
 * every artifact of a response.
 */
export function createPeopleLoader(
  driver: Driver,
  levels: readonly AccessLevel[],
  database?: string,
) {
  return new DataLoader<string, ArtifactPeople>(async (uids) => {
    const { records } = await driver.executeQuery(
      cypher('people/of-artifacts'),
      { uids: [...new Set(uids)] },
      { database, routing: 'READ' },
    );
    const found = new Map<string, ArtifactPeople>();
    for (const r of records) {
      const out: ArtifactPeople = { authors: [], assignee: null, reviewers: [] };
      type Row = {
        role: string;
        uid: string;
        name: string;
        email: string | null;
        at: string | null;
      };
      for (const p of r.get('people') as Row[]) {
        const c = { person: person(p, levels), at: p.at ? new Date(p.at).toISOString() : null };
        if (p.role === 'AUTHORED') out.authors.push(c);
        else if (p.role === 'REVIEWED') out.reviewers.push(c);
        // The latest assignment is the assignee (a source names one at a time).
        else out.assignee = c;
      }
      found.set(r.get('uid') as string, out);
    }
    return uids.map((uid) => found.get(uid) ?? { authors: [], assignee: null, reviewers: [] });
  });
}

/**
 * Who worked on what matches `text` (the people of the top search hits and of what lies below
 * them: code implementing a story, files of that code), or on the artifact `uid` and what lies
 * below it; ranked by how much and how closely.
 * @throws {BadUserInputError} neither or both of `text` and `uid`, or `first` outside 1..50.
 * @throws {NotFoundError} for a `uid` the caller cannot read, exactly as for a missing one.
 */
export async function people(
  rt: QueryRuntime,
  scope: Scope,
  args: PeopleArgs,
): Promise<PersonHit[]> {
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > 50)
    throw new BadUserInputError('first must be between 1 and 50', 'first');
  const text = args.text?.trim() || null;
  const uid = args.uid ?? null;
  if ((text === null) === (uid === null))
    throw new BadUserInputError('give either text or uid', text === null ? 'text' : 'uid');
  if (uid !== null) await assertVisible(rt, scope, uid);
  return cached(rt, scope, 'people', { text, uid, first }, async () => {
    const seeds =
      uid !== null
        ? [{ uid, score: 1 }]
        : (await search(rt, scope, { text: text ?? '', first: 20 })).map((h) => ({
            uid: h.artifact.uid,
            score: h.score,
          }));
    if (seeds.length === 0) return [];
    const { records } = await rt.driver.executeQuery(
      cypher('people/ranked'),
      { seeds, levels: scope.levels, first: neo4j.int(first) },
      readOptions(rt),
    );
    return records.map((r) => ({
      person: person(
        {
          uid: r.get('uid') as string,
          name: r.get('name') as string,
          email: r.get('email') as string | null,
        },
        scope.levels,
      ),
      score: r.get('score') as number,
      artifacts: (r.get('artifacts') as Record<string, unknown>[]).map(toArtifact),
    }));
  });
}
