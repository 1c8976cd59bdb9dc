import type { AccessLevel } from '../core/config.js';
import { cacheKey, queryFingerprint, stable } from './cache.js';

const INTERNAL: readonly AccessLevel[] = ['PUBLIC', 'INTERNAL'];
const key = (
  o: {
    prefix?: string;
    op?: string;
    epoch?: number;
    args?: unknown;
    levels?: readonly AccessLevel[];
  } = {},
) =>
  cacheKey(
    o.prefix ?? 'tl:',
    o.op ?? 'trace',
    o.epoch ?? 7,
    'args' in o ? o.args : { uid: 'jira:SHOP-1', maxDepth: 3 },
    { levels: o.levels ?? INTERNAL },
  );

describe('stable', () => {
  it('writes object keys in sorted order at every depth', () => {
    expect(stable({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}',
    );
    expect(stable({ uid: 'x', maxDepth: 3 })).toBe(stable({ maxDepth: 3, uid: 'x' }));
  });

  it('leaves out undefined members but keeps null ones', () => {
    expect(stable({ uid: 'x', under: undefined })).toBe(stable({ uid: 'x' }));
    expect(stable({ uid: 'x', under: null })).not.toBe(stable({ uid: 'x' }));
  });

  it('keeps the order of arrays', () => {
    expect(stable(['EPIC', 'PRD'])).not.toBe(stable(['PRD', 'EPIC']));
  });

  it('is JSON that reads back as the same value', () => {
    const value = {
      text: 'quote "cache", 15\u00a0min\n',
      first: 10,
      kinds: ['EPIC', 'USER_STORY'],
      under: null,
      deep: { b: false, a: [1.5, -2, 'x:y'] },
    };
    expect(JSON.parse(stable(value))).toEqual(value);
  });

  it('keeps strings and numbers apart, and never lets a string forge a member', () => {
    expect(stable({ first: 1 })).not.toBe(stable({ first: '1' }));
    expect(stable({ a: '1,"b":2' })).not.toBe(stable({ a: '1', b: 2 }));
  });
});

describe('cacheKey', () => {
  it('is prefix, q, the code fingerprint, the operation, the epoch and a digest', () => {
    const fingerprint = queryFingerprint();
    expect(fingerprint).toMatch(/^[\w-]{10}$/);
    const k = key({ prefix: 'threadline:', op: 'coverage', epoch: 42 });
    // The digest is a base64url SHA-256: the arguments themselves never appear in the key.
    const m = /^threadline:q:([\w-]{10}):coverage:42:[\w-]{43}$/.exec(k);
    expect(m?.[1]).toBe(fingerprint);
    expect(k).not.toContain('SHOP-1');
  });

  it('gives the same key for the same question asked in another order', () => {
    expect(key({ levels: ['PUBLIC', 'INTERNAL'] })).toBe(key({ levels: ['INTERNAL', 'PUBLIC'] }));
    expect(key({ args: { uid: 'x', maxDepth: 3 } })).toBe(key({ args: { maxDepth: 3, uid: 'x' } }));
    expect(key({ args: { uid: 'x', under: undefined } })).toBe(key({ args: { uid: 'x' } }));
  });

  it('leaves the caller’s levels as they were (they may be frozen configuration)', () => {
    const levels = Object.freeze(['PUBLIC', 'INTERNAL'] as AccessLevel[]);
    expect(() => key({ levels })).not.toThrow();
    expect(levels).toEqual(['PUBLIC', 'INTERNAL']);
  });

  it('gives callers with different scopes different keys', () => {
    const keys = [
      key({ levels: ['PUBLIC'] }),
      key({ levels: ['PUBLIC', 'INTERNAL'] }),
      key({ levels: ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL'] }),
      key({ levels: ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never finds an answer of another epoch, operation, prefix or arguments', () => {
    const base = key();
    expect(key({ epoch: 8 })).not.toBe(base);
    expect(key({ op: 'impact' })).not.toBe(base);
    expect(key({ prefix: 'other:' })).not.toBe(base);
    expect(key({ args: { uid: 'jira:SHOP-2', maxDepth: 3 } })).not.toBe(base);
    expect(key({ args: { uid: 'jira:SHOP-1', maxDepth: 4 } })).not.toBe(base);
    expect(key({ args: { uid: 'jira:SHOP-1', maxDepth: '3' } })).not.toBe(base);
    expect(key({ args: undefined })).not.toBe(base);
  });

  it('keeps arguments and levels apart, so an argument cannot stand in for a scope', () => {
    expect(key({ args: { levels: ['PUBLIC'] }, levels: [] })).not.toBe(
      key({ args: {}, levels: ['PUBLIC'] }),
    );
    expect(key({ args: { levels: ['PUBLIC'] } })).not.toBe(
      key({ args: { levels: ['RESTRICTED'] } }),
    );
  });
});
