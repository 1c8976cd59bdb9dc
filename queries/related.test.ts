import { PROPAGATION, distinctiveTerms, propagate, termsQuery } from './related.js';

describe('distinctiveTerms', () => {
  it('splits identifiers, drops stop words, short words and numbers, and ranks by count', () => {
    expect(
      distinctiveTerms('The CulturalHeritage agency: delete a cultural heritage, 42 times. OK').map(
        (t) => [t.term, t.tf],
      ),
    ).toEqual([
      ['cultural', 2],
      ['heritage', 2],
      ['agency', 1],
      ['delete', 1],
      ['times', 1],
    ]);
  });

  it('keeps at most `max` words', () => {
    expect(distinctiveTerms('alpha beta gamma delta', 2).map((t) => t.term)).toEqual([
      'alpha',
      'beta',
    ]);
  });
});

describe('termsQuery', () => {
  it('boosts each word by its count and leaves single words plain', () => {
    expect(termsQuery('reset token, reset password, reset')).toBe('reset^3 token password');
  });

  it('never passes Lucene syntax through: operators are plain words, specials never appear', () => {
    const q = termsQuery('title:foo AND (bar OR baz~2) NOT "qux"* [a TO z] \\ / ^9');
    expect(q).not.toMatch(/[():"~*[\]\\/]|\bAND\b|\bOR\b|\bNOT\b/);
    expect(q).toBe('title foo bar baz qux');
  });

  it('answers null when no word is left', () => {
    expect(termsQuery('the of 42 *:*')).toBeNull();
  });
});

describe('propagate', () => {
  const c = (uid: string, score: number) => ({ uid, score, signals: [] as string[] });

  it('lifts a file that a top candidate names, by a share of that candidate score', () => {
    const list = [c('a', 2), c('b', 1.2), c('x', 1.0), c('y', 0.9)];
    const out = propagate(
      list,
      new Map([
        ['y', ['a']],
        ['a', ['y']],
      ]),
    );
    expect(out.map((o) => o.uid)).toEqual(['a', 'y', 'b', 'x']);
    expect(out[1]?.score).toBeCloseTo(0.9 + PROPAGATION * 2);
    expect(out[1]?.signals).toEqual(['references']);
    // The top one gains from its neighbour too, read before any lifting.
    expect(out[0]?.score).toBeCloseTo(2 + PROPAGATION * 0.9);
  });

  it('ignores neighbours outside the top and leaves a list without references as it is', () => {
    const list = Array.from({ length: 12 }, (_, i) => c(`u${String(i).padStart(2, '0')}`, 12 - i));
    const out = propagate(
      list,
      new Map([
        ['u00', ['u11']],
        ['u11', ['u00']],
      ]),
    );
    // u11 (rank 12) is no top candidate: u00 gains nothing from it; u11 gains from u00.
    expect(out[0]).toEqual(list[0]);
    expect(out.find((o) => o.uid === 'u11')?.score).toBeCloseTo(1 + PROPAGATION * 12);
    expect(propagate(list, new Map())).toEqual(list);
  });
});
