import { BadUserInputError } from '../core/errors.js';
import { chunkText } from './chunk.js';
import { LINK_RULES, validateArtifacts } from './validate.js';
import type { ArtifactInput } from './validate.js';
import { contentHash, rowHash } from './writer.js';

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
});

describe('link rules', () => {
  it('allow the hierarchy child → parent and nothing else', () => {
    expect(LINK_RULES.PART_OF.allowed('EPIC', 'PRD')).toBe(true);
    expect(LINK_RULES.PART_OF.allowed('CODE', 'PRD')).toBe(false);
    expect(LINK_RULES.PART_OF.allowed('PRD', 'EPIC')).toBe(false);
    expect(LINK_RULES.SPECIFIES.allowed('TECH_SPEC', 'USER_STORY')).toBe(true);
    expect(LINK_RULES.IMPLEMENTS.allowed('CODE', 'TECH_SPEC')).toBe(true);
    expect(LINK_RULES.IMPLEMENTS.allowed('CODE', 'EPIC')).toBe(false);
  });
});

describe('hashes', () => {
  it('contentHash ignores fields that are not embedded; rowHash does not', () => {
    expect(contentHash(ok)).toBe(contentHash({ ...ok, status: 'Done' } as ArtifactInput));
    expect(rowHash(ok)).not.toBe(rowHash({ ...ok, status: 'Done' }));
    expect(rowHash(ok)).toBe(
      rowHash({ title: ok.title, kind: ok.kind, uid: ok.uid, status: null }),
    );
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
