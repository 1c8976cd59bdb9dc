import { queryTerms, snippet } from './snippet';

const join = (s: { text: string; match: boolean }[]) =>
  s.map((x) => (x.match ? `[${x.text}]` : x.text)).join('');

describe('snippet', () => {
  it('marks every word of the query, by prefix and ignoring case', () => {
    expect(join(snippet('Pay with a saved card. Saved cards are tokens.', 'saved card'))).toBe(
      'Pay with a [saved] [card]. [Saved] [cards] are tokens.',
    );
  });

  it('centres a long text on the first match and says where text was cut', () => {
    const text = `${'lorem ipsum '.repeat(40)}the vault token is stored ${'dolor sit '.repeat(40)}`;
    const out = join(snippet(text, 'vault', 80));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[vault]');
    expect(out.length).toBeLessThan(100);
  });

  it('starts at the beginning when nothing matches, and is empty for an empty text', () => {
    expect(join(snippet('Checkout funnel analytics', 'zebra'))).toBe('Checkout funnel analytics');
    expect(snippet('  ', 'x')).toEqual([]);
  });

  it('ignores symbols and one-letter words in the query', () => {
    expect(queryTerms('a *:* Saved saved (card)')).toEqual(['saved', 'card']);
  });
});
