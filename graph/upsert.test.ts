import { contentHash, rowHash } from './upsert.js';
import type { ArtifactInput } from './validate.js';

const ok: ArtifactInput = { uid: 'jira:SHOP-1', kind: 'EPIC', title: 'One-page checkout' };

describe('hashes', () => {
  it('contentHash ignores fields that are not embedded; rowHash does not', () => {
    expect(contentHash(ok)).toBe(contentHash({ ...ok, status: 'Done' } as ArtifactInput));
    expect(rowHash(ok)).not.toBe(rowHash({ ...ok, status: 'Done' }));
    expect(rowHash(ok)).toBe(
      rowHash({ title: ok.title, kind: ok.kind, uid: ok.uid, status: null }),
    );
  });
});
