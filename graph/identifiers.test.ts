import { identifierWords, splitIdentifier, withIdentifierWords } from './identifiers.js';

describe('identifier splitting', () => {
  it.each([
    ['CulturalHeritageAgencyManager', 'cultural heritage agency manager'],
    ['max_retry_count', 'max retry count'],
    ['MAX_RETRY_COUNT', 'max retry count'],
    ['HTTPServerError', 'http server error'],
    ['parseJSON', 'parse json'],
    ['utf8Decode', 'utf8 decode'],
    ['4b7d0a2', '4b7d0a2'],
    ['src/auth/LoginForm.tsx', 'src auth login form tsx'],
    ['java.util.HashMap', 'java util hash map'],
    ['kebab-case-name', 'kebab case name'],
    ['$scope', 'scope'],
    ['plain', 'plain'],
  ])('splits %s into its words', (identifier, words) => {
    expect(splitIdentifier(identifier).join(' ')).toBe(words);
  });

  it('keeps the exact identifier and adds its words after it', () => {
    expect(withIdentifierWords('class CulturalHeritageAgencyManager extends Base')).toBe(
      'class CulturalHeritageAgencyManager cultural heritage agency manager extends Base',
    );
  });

  it('leaves plain words and ticket keys readable', () => {
    expect(withIdentifierWords('Delete a cultural object.')).toBe('Delete a cultural object.');
    expect(withIdentifierWords('fixes SHOP-12')).toBe('fixes SHOP-12 shop 12');
  });

  it('gives the words of a whole text, lower-cased', () => {
    expect(identifierWords('getPageResult(int pPage) in db_utils.py')).toEqual([
      'get',
      'page',
      'result',
      'int',
      'p',
      'page',
      'in',
      'db',
      'utils',
      'py',
    ]);
  });
});
