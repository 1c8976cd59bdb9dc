import type { ArtifactObject } from '../artifact.js';
import type { SearchHit } from '../search.js';
import { buildPieces, estimateTokens, expandHits, renderPiece } from './context.js';
import type { Neighbourhood } from './context.js';

const art = (uid: string, type = 'UserStory', body = `Body of ${uid}.`): ArtifactObject => ({
  __resolveType: type,
  uid,
  title: `Title ${uid}`,
  key: uid.toUpperCase(),
  body,
});
const hit = (a: ArtifactObject, lineage: ArtifactObject[] = []): SearchHit => ({
  artifact: a,
  score: 1,
  vectorScore: null,
  textScore: null,
  matchedChunk: null,
  lineage,
});

const prd = art('prd', 'PRD');
const epic = art('epic', 'Epic');
const story = art('story');
const blocker = art('blocker');
const pr = { ...art('pr', 'Code'), codeKind: 'PULL_REQUEST' };
const around = new Map<string, Neighbourhood>([
  ['story', { code: [pr], deps: [{ artifact: blocker, blocksHit: true }] }],
]);

describe('graph context for ask', () => {
  it('puts each hit before its lineage, dependencies and code, each artifact once', () => {
    const items = expandHits([hit(story, [epic, prd]), hit(epic, [prd]), hit(pr)], around);
    expect(items.map((i) => [i.artifact.uid, i.role, i.fromUid])).toEqual([
      ['story', 'hit', undefined],
      ['epic', 'lineage', 'story'],
      ['prd', 'lineage', 'story'],
      ['blocker', 'dependency', 'story'],
      ['pr', 'code', 'story'],
    ]);
  });

  it('numbers the pieces and says how each relates to the hit it came from', () => {
    const { pieces } = buildPieces([hit(story, [epic])], around, 10_000);
    expect(pieces.map((p) => [p.n, p.artifact.uid, p.from])).toEqual([
      [1, 'story', undefined],
      [2, 'epic', 1],
      [3, 'blocker', 1],
      [4, 'pr', 1],
    ]);
    expect(pieces.map((p) => renderPiece(p, pieces).split('\n')[0])).toEqual([
      '[1] UserStory STORY: Title story',
      '[2] Epic EPIC: Title epic',
      '[3] UserStory BLOCKER: Title blocker',
      '[4] Code (PULL_REQUEST) PR: Title pr',
    ]);
    expect(renderPiece(pieces[2]!, pieces)).toContain('(must be done before (blocks) [1])');
  });

  it('keeps what fits the token budget, and always the first hit', () => {
    const long = art('long', 'TechSpec', 'word '.repeat(2000));
    const { pieces, tokens } = buildPieces([hit(long), hit(story)], new Map(), 120);
    expect(pieces.map((p) => p.artifact.uid)).toEqual(['long', 'story']);
    expect(tokens).toBeLessThanOrEqual(120);
    expect(pieces[0]?.snippet.endsWith('…')).toBe(true);
    const tight = buildPieces([hit(long), hit(story)], new Map(), 40);
    expect(tight.pieces.map((p) => p.artifact.uid)).toEqual(['long']);
  });

  it('estimates about four characters a token', () => {
    expect(estimateTokens('x'.repeat(400))).toBe(100);
  });
});
