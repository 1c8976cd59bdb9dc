import { parseGitRepo } from './config-sources.js';

describe('parseGitRepo', () => {
  it('reads owner/name=path as a named checkout and anything else as a path', () => {
    expect(parseGitRepo('lumen/shop=../shop', '/srv/x')).toEqual({
      name: 'lumen/shop',
      path: '/srv/shop',
    });
    expect(parseGitRepo('shop', '/srv')).toEqual({ path: '/srv/shop' });
    // A path with `=` in it, and a name that is not owner/name, stay paths.
    expect(parseGitRepo('/data/a=b', '/srv')).toEqual({ path: '/data/a=b' });
    expect(parseGitRepo('shop=/data/shop', '/srv')).toEqual({ path: '/srv/shop=/data/shop' });
  });
});
