import { mergeRow, rowHash, storedRowHash } from './merge.js';
import type { StoredRow } from './merge.js';
import type { ArtifactInput } from './validate.js';

const file: ArtifactInput = {
  uid: 'file:o/r:src/a.ts',
  kind: 'CODE',
  codeKind: 'FILE',
  title: 'src/a.ts',
  path: 'src/a.ts',
};

function stored(over: Partial<StoredRow> = {}): StoredRow {
  return {
    kind: 'CODE',
    source: 'git:/r',
    sources: ['git:/r'],
    owners: { title: 'git:/r', path: 'git:/r', body: 'git:/r', codeKind: 'git:/r' },
    rowHashes: {},
    values: { title: 'src/a.ts', path: 'src/a.ts', body: 'export const a = 1;', codeKind: 'FILE' },
    ...over,
  };
}

describe('merging a source’s row into what is stored', () => {
  it('never lets a source without a body erase the body another source wrote', () => {
    const m = mergeRow({ ...file, source: 'github:api', url: 'https://x/a.ts' }, stored());
    expect(m.row.body).toBe('export const a = 1;');
    expect(m.writes).not.toHaveProperty('body');
    expect(m.writes.url).toBe('https://x/a.ts');
    expect(m.owners).toMatchObject({ body: 'git:/r', url: 'github:api' });
    expect(m.sources).toEqual(['git:/r', 'github:api']);
    expect(m.source).toBe('git:/r');
  });

  it('keeps a field where its holder put it when another source gives a different value', () => {
    const m = mergeRow({ ...file, source: 'github:api', body: 'other' }, stored());
    expect(m.row.body).toBe('export const a = 1;');
    expect(m.writes).not.toHaveProperty('body');
  });

  it('lets the holder of a field clear it, and another source fill an empty one', () => {
    const cleared = mergeRow({ ...file, source: 'git:/r' }, stored());
    expect(cleared.writes.body).toBeNull();
    expect(cleared.owners).not.toHaveProperty('body');
    const filled = mergeRow(
      { ...file, source: 'github:api', status: 'open' },
      stored({ values: { title: 'src/a.ts' } }),
    );
    expect(filled.writes.status).toBe('open');
    expect(filled.owners.status).toBe('github:api');
  });

  it('counts the fields of an artifact written before owners were kept as its first writer’s', () => {
    const m = mergeRow({ ...file, source: 'github:api' }, stored({ owners: {} }));
    expect(m.writes).not.toHaveProperty('body');
    expect(m.owners.body).toBe('git:/r');
  });

  it('writes a row without a source as given, clearing what it leaves out', () => {
    const m = mergeRow({ ...file, body: null }, stored());
    expect(m.writes.body).toBeNull();
    expect(m.row.body).toBeNull();
    expect(m.sources).toEqual(['git:/r']);
  });

  it('remembers each source’s row hash, and reads an old single hash as the first writer’s', () => {
    const row = { ...file, source: 'github:api' };
    const m = mergeRow(row, stored());
    expect(m.rowHashes['github:api']).toBe(rowHash(row));
    const legacy = { ...stored(), rowHash: 'h1' };
    expect(storedRowHash(legacy, 'git:/r')).toBe('h1');
    expect(storedRowHash(legacy, 'github:api')).toBeNull();
  });
});
