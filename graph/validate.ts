/**
 * Input validation for the writer: kinds, fields, link identity and the hierarchy rules of links.
 * Each check lives here once; what passed is marked (frozen, and remembered by identity), so the
 * writer does not check it a second time.
 */
import { ACCESS_LEVELS } from '../core/config.js';
import type { AccessLevel } from '../core/config.js';
import { BadUserInputError } from '../core/errors.js';

export const ARTIFACT_KINDS = ['PRD', 'EPIC', 'USER_STORY', 'TECH_SPEC', 'CODE'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];
export const LINK_TYPES = ['PART_OF', 'SPECIFIES', 'IMPLEMENTS', 'DEPENDS_ON'] as const;
export type LinkType = (typeof LINK_TYPES)[number];
export const CODE_KINDS = ['PULL_REQUEST', 'COMMIT', 'FILE'] as const;

/** The Neo4j label of each kind: a closed map, so labels never come from input. */
export const KIND_LABEL: Record<ArtifactKind, string> = {
  PRD: 'PRD',
  EPIC: 'Epic',
  USER_STORY: 'UserStory',
  TECH_SPEC: 'TechSpec',
  CODE: 'Code',
};

export const PERSON_ROLES = ['AUTHORED', 'ASSIGNED', 'REVIEWED'] as const;

/** A person's part in an artifact, as a source states it (`ingest/common/people.ts` names them). */
export interface PersonRole {
  /** `person:<email>`, `person:github:<login>`, `person:jira:<accountId>`. */
  uid: string;
  name: string;
  email: string | null;
  role: (typeof PERSON_ROLES)[number];
  /** When (ISO 8601), if the source says. */
  at: string | null;
}

export interface ArtifactInput {
  uid: string;
  kind: ArtifactKind;
  title: string;
  key?: string | null;
  body?: string | null;
  status?: string | null;
  url?: string | null;
  source?: string | null;
  accessLevel?: AccessLevel | null;
  issueType?: string | null;
  codeKind?: (typeof CODE_KINDS)[number] | null;
  path?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  /**
   * The people of the artifact as its source names them now: replaces that source's earlier
   * ones. Absent: the source says nothing about people (they are left alone).
   */
  people?: readonly PersonRole[] | null;
}

/** Which (child kind, parent kind) pairs each link type allows. Links point child → parent. */
export const LINK_RULES: Record<
  LinkType,
  { description: string; allowed: (from: ArtifactKind, to: ArtifactKind) => boolean }
> = {
  PART_OF: {
    description:
      'an EPIC is PART_OF a PRD, a USER_STORY is PART_OF an EPIC, CODE is PART_OF CODE (a commit of a pull request, a file changed by a commit)',
    allowed: (f, t) =>
      (f === 'EPIC' && t === 'PRD') ||
      (f === 'USER_STORY' && t === 'EPIC') ||
      (f === 'CODE' && t === 'CODE'),
  },
  SPECIFIES: {
    description: 'a TECH_SPEC SPECIFIES a USER_STORY',
    allowed: (f, t) => f === 'TECH_SPEC' && t === 'USER_STORY',
  },
  IMPLEMENTS: {
    description: 'CODE IMPLEMENTS a TECH_SPEC or a USER_STORY',
    allowed: (f, t) => f === 'CODE' && (t === 'TECH_SPEC' || t === 'USER_STORY'),
  },
  DEPENDS_ON: { description: 'any artifact may depend on another', allowed: () => true },
};

/** The link types a suggestion may propose (DEPENDS_ON is a judgement, not a missing link). */
export const SUGGESTED_LINK_TYPES = [
  'IMPLEMENTS',
  'SPECIFIES',
  'PART_OF',
] as const satisfies LinkType[];
export type SuggestedLinkType = (typeof SUGGESTED_LINK_TYPES)[number];

/**
 * The link a suggestion between an artifact of kind `a` and one of kind `b` would make, by the
 * hierarchy rules: its type and whether it points from `a` to `b` (`forward`) or back. Null when
 * no suggested type links the two kinds, or both are CODE (a commit and its files are linked by
 * their source, never guessed).
 */
export function suggestedLink(
  a: ArtifactKind,
  b: ArtifactKind,
): { type: SuggestedLinkType; forward: boolean } | null {
  if (a === 'CODE' && b === 'CODE') return null;
  for (const type of SUGGESTED_LINK_TYPES) {
    if (LINK_RULES[type].allowed(a, b)) return { type, forward: true };
    if (LINK_RULES[type].allowed(b, a)) return { type, forward: false };
  }
  return null;
}

/** The kinds an artifact of kind `kind` may be given a suggested link to. */
export function suggestableKinds(kind: ArtifactKind): ArtifactKind[] {
  return ARTIFACT_KINDS.filter((k) => suggestedLink(kind, k) !== null);
}

const UID = /^[\w.:@#/+-]{1,300}$/;

/** What is wrong with one input, and where. */
interface Problem {
  field: string;
  message: string;
}

declare const validArtifacts: unique symbol;
/** Artifacts that passed {@link validateArtifacts} or {@link screenArtifacts}: frozen copies. */
export type ValidArtifacts = readonly ArtifactInput[] & { readonly [validArtifacts]: true };

declare const checkedLinks: unique symbol;
/** Links that passed {@link checkLinks} against their endpoints' kinds: frozen copies. */
export type CheckedLinks<L extends LinkRef = LinkRef> = readonly L[] & {
  readonly [checkedLinks]: true;
};

const valid = new WeakSet<object>();
const checked = new WeakSet<object>();

/** Frozen copies of `rows`, remembered in `set`: a later change cannot slip past the check. */
function vouch<T extends object>(set: WeakSet<object>, rows: readonly T[]): readonly T[] {
  const out = Object.freeze(rows.map((row) => Object.freeze({ ...row })));
  set.add(out);
  return out;
}

/** True when `rows` came out of {@link validateArtifacts} or {@link screenArtifacts}. */
export function isValidated(rows: readonly ArtifactInput[]): rows is ValidArtifacts {
  return valid.has(rows);
}

/** True when `links` came out of {@link checkLinks}. */
export function isChecked<L extends LinkRef>(links: readonly L[]): links is CheckedLinks<L> {
  return checked.has(links);
}

/** The first problem of `row` (in field order), or null; `seen` adds the duplicate-uid check. */
function artifactProblem(row: ArtifactInput, seen?: ReadonlySet<string>): Problem | null {
  if (typeof row.uid !== 'string' || !UID.test(row.uid)) {
    return {
      field: 'uid',
      message: `uid must be 1-300 characters of letters, digits and . : @ # / + - _ (got ${JSON.stringify(row.uid)})`,
    };
  }
  if (seen?.has(row.uid)) {
    return { field: 'uid', message: `uid ${row.uid} appears twice in one batch` };
  }
  if (!(ARTIFACT_KINDS as readonly string[]).includes(row.kind)) {
    return {
      field: 'kind',
      message: `Unknown kind ${String(row.kind)}; expected one of ${ARTIFACT_KINDS.join(', ')}`,
    };
  }
  if (typeof row.title !== 'string' || row.title.trim() === '') {
    return { field: 'title', message: 'title must not be empty' };
  }
  if (row.accessLevel != null && !(ACCESS_LEVELS as readonly string[]).includes(row.accessLevel)) {
    return { field: 'accessLevel', message: `Unknown accessLevel ${row.accessLevel}` };
  }
  if (row.codeKind != null && row.kind !== 'CODE') {
    return { field: 'codeKind', message: 'codeKind is only for CODE artifacts' };
  }
  for (const p of row.people ?? []) {
    if (!(PERSON_ROLES as readonly string[]).includes(p.role) || !/^person:\S{1,300}$/.test(p.uid))
      return {
        field: 'people',
        message: `people: a role of ${p.uid} is not one of ${PERSON_ROLES.join(', ')}`,
      };
    if (p.at != null && Number.isNaN(Date.parse(p.at)))
      return { field: 'people', message: 'people: at must be an ISO 8601 date-time' };
  }
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = row[field];
    if (value != null && Number.isNaN(Date.parse(value))) {
      return { field, message: `${field} must be an ISO 8601 date-time` };
    }
  }
  return null;
}

/**
 * Checks a batch as a whole (all or nothing): every row, and no uid twice.
 * @returns the rows, marked valid.
 * @throws {BadUserInputError} naming the first invalid field, e.g. `input[2].kind`.
 */
export function validateArtifacts(rows: readonly ArtifactInput[]): ValidArtifacts {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const problem = artifactProblem(row, seen);
    if (problem) throw new BadUserInputError(problem.message, `input[${i}].${problem.field}`);
    seen.add(row.uid);
  });
  return vouch(valid, rows) as ValidArtifacts;
}

/**
 * Checks each row alone, so one bad record never sinks the rest. A uid listed twice keeps its
 * last valid version (sources may list a record again while it changes), at its first place.
 */
export function screenArtifacts(rows: readonly ArtifactInput[]): {
  valid: ValidArtifacts;
  invalid: { row: ArtifactInput; reason: string }[];
} {
  const good = new Map<string, ArtifactInput>();
  const invalid: { row: ArtifactInput; reason: string }[] = [];
  for (const row of rows) {
    const problem = artifactProblem(row);
    if (problem) invalid.push({ row, reason: problem.message });
    else good.set(row.uid, row);
  }
  return { valid: vouch(valid, [...good.values()]) as ValidArtifacts, invalid };
}

/** What identifies a link: at most one relationship of a type goes from one artifact to another. */
export interface LinkRef {
  from: string;
  to: string;
  type: LinkType;
}

/** The identity of a link as one string (for sets and maps of links). */
export function linkKey(link: { from: string; to: string; type: string }): string {
  return `${link.from}\u0000${link.type}\u0000${link.to}`;
}

/** Why a link cannot be written. */
export interface LinkProblem {
  /** An unknown type, a missing end, a link to itself, or a broken hierarchy rule. */
  reason: 'type' | 'from' | 'to' | 'self' | 'rule';
  /** The input field at fault. */
  field: 'type' | 'from' | 'to';
  message: string;
}

/**
 * The one check of a link against the rules, given the kinds of the live artifacts it may name
 * (`kinds` lacks an uid that is not in the graph).
 * @returns null when the link may be written, else why not.
 */
export function linkProblem(
  link: LinkRef,
  kinds: ReadonlyMap<string, ArtifactKind>,
): LinkProblem | null {
  if (!(LINK_TYPES as readonly string[]).includes(link.type)) {
    return { reason: 'type', field: 'type', message: `Unknown link type ${String(link.type)}` };
  }
  const fromKind = kinds.get(link.from);
  if (!fromKind) {
    return { reason: 'from', field: 'from', message: `No artifact with uid ${link.from}` };
  }
  const toKind = kinds.get(link.to);
  if (!toKind) return { reason: 'to', field: 'to', message: `No artifact with uid ${link.to}` };
  if (link.from === link.to) {
    return { reason: 'self', field: 'to', message: 'An artifact cannot link to itself' };
  }
  const rule = LINK_RULES[link.type];
  if (!rule.allowed(fromKind, toKind)) {
    return {
      reason: 'rule',
      field: 'type',
      message: `${link.type} cannot link ${fromKind} to ${toKind}: ${rule.description}`,
    };
  }
  return null;
}

/**
 * Sorts `links` into those that may be written (marked checked, in order) and the others with
 * their problem and index (in order).
 */
export function checkLinks<L extends LinkRef>(
  links: Iterable<L>,
  kinds: ReadonlyMap<string, ArtifactKind>,
): { ok: CheckedLinks<L>; problems: { link: L; index: number; problem: LinkProblem }[] } {
  const ok: L[] = [];
  const problems: { link: L; index: number; problem: LinkProblem }[] = [];
  let index = 0;
  for (const link of links) {
    const problem = linkProblem(link, kinds);
    if (problem) problems.push({ link, index, problem });
    else ok.push(link);
    index += 1;
  }
  return { ok: vouch(checked, ok) as CheckedLinks<L>, problems };
}
