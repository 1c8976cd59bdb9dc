import { BadUserInputError } from '../core/errors.js';
import { chunkText } from './chunk.js';
import {
  LINK_RULES,
  checkLinks,
  isChecked,
  isValidated,
  linkKey,
  linkProblem,
  screenArtifacts,
  suggestableKinds,
  suggestedLink,
  validateArtifacts,
} from './validate.js';
import type { ArtifactInput, ArtifactKind, LinkRef } from './validate.js';

const ok: ArtifactInput = { uid: 'jira:SHOP-1', kind: 'EPIC', title: 'One-page checkout' };

describe('artifact validation', () => {
  it('accepts a minimal artifact', () => {
    expect(() => validateArtifacts([ok])).not.toThrow();
  });

  it.each([
    [{ ...ok, uid: 'has space' }, 'input[0].uid'],
    [{ ...ok, kind: 'SAGA' as never }, 'input[0].kind'],
    [{ ...ok, title: '  ' }, 'input[0].title'],
    [{ ...ok, accessLevel: 'SECRET' as never }, 'input[0].accessLevel'],
    [{ ...ok, codeKind: 'COMMIT' as const }, 'input[0].codeKind'],
    [{ ...ok, updatedAt: 'yesterday' }, 'input[0].updatedAt'],
  ])('names the bad field (%o)', (row, field) => {
    const attempt = () => validateArtifacts([row]);
    expect(attempt).toThrow(BadUserInputError);
    let thrown: unknown;
    try {
      attempt();
    } catch (error) {
      thrown = error;
    }
    expect((thrown as BadUserInputError).extensions.field).toBe(field);
  });

  it('refuses the same uid twice in a batch', () => {
    expect(() => validateArtifacts([ok, ok])).toThrow(/appears twice/);
  });

  it('reports a duplicate uid before the other problems of that row', () => {
    expect(() => validateArtifacts([ok, { ...ok, title: '' }])).toThrow(/appears twice/);
  });

  it('marks what it validated, as a frozen copy a later change cannot slip into', () => {
    const rows = [ok];
    const valid = validateArtifacts(rows);
    expect(isValidated(valid)).toBe(true);
    expect(isValidated(rows)).toBe(false);
    expect(Object.isFrozen(valid)).toBe(true);
    expect(Object.isFrozen(valid[0])).toBe(true);
    expect(isValidated([...valid])).toBe(false);
  });
});

describe('screening the artifacts of a page', () => {
  it('keeps valid rows and reports each invalid one with the validation message', () => {
    const bad = { ...ok, uid: 'jira:SHOP-2', kind: 'SAGA' as never };
    const { valid, invalid } = screenArtifacts([ok, bad]);
    expect(valid).toEqual([ok]);
    expect(isValidated(valid)).toBe(true);
    expect(invalid).toEqual([
      { row: bad, reason: expect.stringMatching(/^Unknown kind SAGA/) as unknown },
    ]);
  });

  it('keeps the last valid version of a uid listed twice, in its first place', () => {
    const other: ArtifactInput = { uid: 'jira:SHOP-2', kind: 'EPIC', title: 'Saved cards' };
    const later = { ...ok, title: 'One-click checkout' };
    const broken = { ...ok, title: '' };
    const { valid, invalid } = screenArtifacts([ok, other, later, broken]);
    expect(valid).toEqual([later, other]);
    expect(invalid.map((i) => i.reason)).toEqual(['title must not be empty']);
  });
});

describe('link rules', () => {
  const kinds = new Map<string, ArtifactKind>([
    ['prd', 'PRD'],
    ['epic', 'EPIC'],
    ['code', 'CODE'],
  ]);
  const ref = (from: string, type: LinkRef['type'], to: string): LinkRef => ({ from, to, type });

  it.each([
    [ref('epic', 'PART_OF', 'prd'), null],
    [ref('epic', 'SAGA' as never, 'prd'), { reason: 'type', field: 'type' }],
    [ref('nothing', 'PART_OF', 'prd'), { reason: 'from', field: 'from' }],
    [ref('epic', 'PART_OF', 'nothing'), { reason: 'to', field: 'to' }],
    [ref('epic', 'DEPENDS_ON', 'epic'), { reason: 'self', field: 'to' }],
    [ref('code', 'PART_OF', 'prd'), { reason: 'rule', field: 'type' }],
  ])('gives one reason for a link (%o)', (link, expected) => {
    const problem = linkProblem(link, kinds);
    expect(problem && { reason: problem.reason, field: problem.field }).toEqual(expected);
  });

  it('explains a broken rule with the rule itself', () => {
    expect(linkProblem(ref('code', 'PART_OF', 'prd'), kinds)?.message).toBe(
      `PART_OF cannot link CODE to PRD: ${LINK_RULES.PART_OF.description}`,
    );
  });

  it('sorts links into checked ones and problems with their index, in order', () => {
    const links = [ref('code', 'PART_OF', 'prd'), ref('epic', 'PART_OF', 'prd')];
    const { ok: good, problems } = checkLinks(links, kinds);
    expect(good).toEqual([links[1]]);
    expect(isChecked(good)).toBe(true);
    expect(isChecked(links)).toBe(false);
    expect(problems.map((p) => [p.index, p.problem.reason])).toEqual([[0, 'rule']]);
  });

  it('identifies a link by its ends and type only', () => {
    expect(linkKey(ref('a', 'PART_OF', 'b'))).toBe(linkKey({ ...ref('a', 'PART_OF', 'b') }));
    expect(linkKey(ref('a', 'PART_OF', 'b'))).not.toBe(linkKey(ref('b', 'PART_OF', 'a')));
    expect(linkKey(ref('a', 'PART_OF', 'b'))).not.toBe(linkKey(ref('a', 'DEPENDS_ON', 'b')));
  });

  it('allow the hierarchy child → parent and nothing else', () => {
    expect(LINK_RULES.PART_OF.allowed('EPIC', 'PRD')).toBe(true);
    expect(LINK_RULES.PART_OF.allowed('CODE', 'PRD')).toBe(false);
    expect(LINK_RULES.PART_OF.allowed('PRD', 'EPIC')).toBe(false);
    expect(LINK_RULES.SPECIFIES.allowed('TECH_SPEC', 'USER_STORY')).toBe(true);
    expect(LINK_RULES.IMPLEMENTS.allowed('CODE', 'TECH_SPEC')).toBe(true);
    expect(LINK_RULES.IMPLEMENTS.allowed('CODE', 'EPIC')).toBe(false);
  });
});

describe('chunkText', () => {
  it('keeps paragraphs together up to the target size and loses no text', () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `Paragraph ${i}. ${'word '.repeat(60).trim()}`,
    );
    const chunks = chunkText(paragraphs.join('\n\n'), 800);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 800)).toBe(true);
    expect(chunks.join('\n\n').replace(/\s+/g, ' ')).toBe(
      paragraphs.join(' ').replace(/\s+/g, ' '),
    );
  });
});

describe('suggestedLink', () => {
  it.each([
    ['USER_STORY', 'CODE', { type: 'IMPLEMENTS', forward: false }],
    ['CODE', 'TECH_SPEC', { type: 'IMPLEMENTS', forward: true }],
    ['USER_STORY', 'TECH_SPEC', { type: 'SPECIFIES', forward: false }],
    ['USER_STORY', 'EPIC', { type: 'PART_OF', forward: true }],
    ['PRD', 'EPIC', { type: 'PART_OF', forward: false }],
    ['CODE', 'CODE', null],
    ['USER_STORY', 'USER_STORY', null],
    ['USER_STORY', 'PRD', null],
  ] as const)('links %s and %s as %j', (a, b, expected) => {
    expect(suggestedLink(a, b)).toEqual(expected);
  });

  it('offers each kind the kinds the hierarchy lets it link to', () => {
    expect(suggestableKinds('USER_STORY')).toEqual(['EPIC', 'TECH_SPEC', 'CODE']);
    expect(suggestableKinds('CODE')).toEqual(['USER_STORY', 'TECH_SPEC']);
  });
});
