import { distinctiveTerms, termsQuery } from './related.js';

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
