import { parsePeopleAliases } from '../../core/config-sources.js';
import { coAuthors, personOf } from './people.js';

describe('people as the sources name them', () => {
  const aliases = parsePeopleAliases('ada@example.com=github:Ada-L|jira:5b10|ada@old.example.com');

  it('is one person for every identity the aliases join', () => {
    for (const who of [
      { email: 'ADA@example.com' },
      { github: 'ada-l' },
      { jira: '5b10' },
      { email: 'ada@old.example.com', name: 'Ada' },
      { email: '1234+Ada-L@users.noreply.github.com' },
    ])
      expect(personOf(who, aliases)?.uid).toBe('person:ada@example.com');
  });

  it('falls back to the login or account when no email is known, and names nobody without one', () => {
    expect(personOf({ github: 'Octocat' })).toEqual({
      uid: 'person:github:octocat',
      name: 'Octocat',
      email: null,
    });
    expect(personOf({ name: 'Someone' })).toBeNull();
  });

  it('reads Co-authored-by trailers', () => {
    expect(
      coAuthors('x\n\nCo-authored-by: Bob B <bob@example.com>\nco-authored-by: c <c@x.org>'),
    ).toEqual([
      { name: 'Bob B', email: 'bob@example.com' },
      { name: 'c', email: 'c@x.org' },
    ]);
  });

  it('refuses an alias entry without a primary email or aliases', () => {
    expect(() => parsePeopleAliases('github:ada=x@y.z')).toThrow(/is not primary@email/);
    expect(() => parsePeopleAliases('ada@example.com=')).toThrow(/is not primary@email/);
  });
});
