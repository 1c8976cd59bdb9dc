import { averagePrecision, recallAt, reciprocalRank, score } from './metrics.js';

describe('retrieval metrics', () => {
  const j = { ranked: ['a', 'b', 'c', 'd', 'e', 'f'], expected: ['b', 'f', 'z'] };

  it('counts the expected uids found within the first k', () => {
    expect(recallAt(j, 1)).toBe(0);
    expect(recallAt(j, 5)).toBeCloseTo(1 / 3);
    expect(recallAt(j, 10)).toBeCloseTo(2 / 3);
  });

  it('takes the rank of the first expected uid, and 0 when none is retrieved', () => {
    expect(reciprocalRank(j)).toBe(0.5);
    expect(reciprocalRank({ ranked: ['x'], expected: ['y'] })).toBe(0);
  });

  it('averages over questions', () => {
    expect(score([j, { ranked: ['y'], expected: ['y'] }])).toEqual({
      n: 2,
      recall5: (1 / 3 + 1) / 2,
      recall10: (2 / 3 + 1) / 2,
      mrr: 0.75,
    });
  });
});

describe('averagePrecision', () => {
  it('averages the precision at each expected hit over all expected, missed ones counting 0', () => {
    // Hits at ranks 1 and 3 of 3 expected: (1/1 + 2/3) / 3.
    expect(
      averagePrecision({ ranked: ['a', 'x', 'b', 'y'], expected: ['a', 'b', 'c'] }, 20),
    ).toBeCloseTo((1 + 2 / 3) / 3);
    expect(averagePrecision({ ranked: ['x', 'a'], expected: ['a'] }, 1)).toBe(0);
  });
});
