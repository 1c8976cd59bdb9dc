import { searchQuery, toLuceneQuery } from './search.js';

describe('toLuceneQuery', () => {
  it('escapes Lucene syntax so user text is never an operator', () => {
    expect(toLuceneQuery('C++ (beta) "quoted" a:b path/x *wild?')).toBe(
      'C\\+\\+ \\(beta\\) \\"quoted\\" a\\:b path\\/x path x \\*wild\\?',
    );
  });

  it('also searches identifiers in the key field, boosted', () => {
    expect(toLuceneQuery('Which PRD does commit 4b7d0a2 serve? See SHOP-12, PR #120.')).toBe(
      'Which PRD does commit 4b7d0a2 serve\\? See SHOP\\-12 shop 12, PR #120. ' +
        'key:"4b7d0a2"^4 key:"SHOP\\-12"^4 key:"#120"^4',
    );
    expect(toLuceneQuery('version 2 of the spec')).toBe('version 2 of the spec');
  });

  it('lower-cases standalone boolean operators', () => {
    expect(toLuceneQuery('cats AND dogs OR NOT birds')).toBe('cats and dogs or not birds');
  });
});

describe('searchQuery', () => {
  it('runs only the branches a mode needs', () => {
    expect(searchQuery('VECTOR')).toContain('VECTOR INDEX artifact_embedding');
    expect(searchQuery('VECTOR')).not.toContain('db.index.fulltext.queryNodes');
    expect(searchQuery('FULLTEXT')).not.toContain('VECTOR INDEX');
    expect(searchQuery('HYBRID')).toContain('UNION ALL');
  });
});
