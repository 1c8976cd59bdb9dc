/** Input validation for the writer: kinds, fields and the hierarchy rules of links. */
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

const UID = /^[\w.:@#/+-]{1,300}$/;

/** @throws {BadUserInputError} naming the first invalid field, e.g. `input[2].kind`. */
export function validateArtifacts(rows: readonly ArtifactInput[]): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const at = (field: string) => `input[${i}].${field}`;
    if (typeof row.uid !== 'string' || !UID.test(row.uid)) {
      throw new BadUserInputError(
        `uid must be 1-300 characters of letters, digits and . : @ # / + - _ (got ${JSON.stringify(row.uid)})`,
        at('uid'),
      );
    }
    if (seen.has(row.uid))
      throw new BadUserInputError(`uid ${row.uid} appears twice in one batch`, at('uid'));
    seen.add(row.uid);
    if (!(ARTIFACT_KINDS as readonly string[]).includes(row.kind)) {
      throw new BadUserInputError(
        `Unknown kind ${String(row.kind)}; expected one of ${ARTIFACT_KINDS.join(', ')}`,
        at('kind'),
      );
    }
    if (typeof row.title !== 'string' || row.title.trim() === '') {
      throw new BadUserInputError('title must not be empty', at('title'));
    }
    if (
      row.accessLevel != null &&
      !(ACCESS_LEVELS as readonly string[]).includes(row.accessLevel)
    ) {
      throw new BadUserInputError(`Unknown accessLevel ${row.accessLevel}`, at('accessLevel'));
    }
    if (row.codeKind != null && row.kind !== 'CODE') {
      throw new BadUserInputError('codeKind is only for CODE artifacts', at('codeKind'));
    }
    for (const field of ['createdAt', 'updatedAt'] as const) {
      const value = row[field];
      if (value != null && Number.isNaN(Date.parse(value))) {
        throw new BadUserInputError(`${field} must be an ISO 8601 date-time`, at(field));
      }
    }
  });
}
