import { randomUUID } from 'node:crypto';
import { countsUnder, deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { fixture } from './fixture.js';

const P = `fw-${randomUUID().slice(0, 8)}:`;

const UPSERT = `mutation($input: [ArtifactInput!]!) {
  upsertArtifacts(input: $input) { created updated unchanged embedded epoch } }`;

describe('the writer through the curated mutations', () => {
  let app: TestApp;
  beforeAll(async () => {
    // The writer's tests write at every level: the caller may read them all.
    app = await startTestApp({
      identity: { levels: ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] },
    });
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, P);
    await app.close();
  });

  it('leaves identical node and relationship counts when the same input is written twice', async () => {
    const { artifacts, links } = fixture(P);
    const long = {
      uid: `${P}long-prd`,
      kind: 'PRD' as const,
      title: 'Long PRD',
      body: 'Paragraph about quarnex. '.repeat(40).concat('\n\n', 'Second part. '.repeat(80)),
    };
    const first = await app.gql<{ upsertArtifacts: Record<string, number> }>(UPSERT, {
      input: [...artifacts, long],
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.upsertArtifacts).toMatchObject({ created: 13, embedded: 13 });
    await app.writer.linkMany(links);
    const before = await countsUnder(app.driver, P);
    const epochBefore = await app.writer.epoch();

    const again = await app.gql<{ upsertArtifacts: Record<string, number> }>(UPSERT, {
      input: [...artifacts, long],
    });
    await app.writer.linkMany(links);
    expect(again.data?.upsertArtifacts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 13,
      embedded: 0,
    });
    expect(await countsUnder(app.driver, P)).toEqual(before);
    expect(await app.writer.epoch()).toBe(epochBefore);
  });

  it('splits a long body into ordered chunks linked to the artifact', async () => {
    const { records } = await app.driver.executeQuery(
      `MATCH (c:Chunk)-[:OF]->(:Artifact {uid: $uid})
       RETURN c.ordinal AS ordinal, c.embedding IS NOT NULL AS embedded,
              EXISTS { (c)-[:NEXT]->(:Chunk) } AS hasNext ORDER BY ordinal`,
      { uid: `${P}long-prd` },
    );
    expect(records.length).toBeGreaterThan(1);
    expect(records.map((r) => r.get('ordinal') as number)).toEqual(records.map((_, i) => i));
    expect(records.every((r) => r.get('embedded') === true)).toBe(true);
    expect(records.filter((r) => r.get('hasNext') === false)).toHaveLength(1);
  });

  it('re-embeds only artifacts whose text changed', async () => {
    const res = await app.gql<{ upsertArtifacts: Record<string, number> }>(UPSERT, {
      input: [
        {
          uid: `${P}prd`,
          kind: 'PRD',
          title: 'Quarnex loyalty programme',
          body: 'A new body.',
          accessLevel: 'PUBLIC',
        },
        {
          uid: `${P}epic-a`,
          kind: 'EPIC',
          title: 'Quarnex points ledger',
          body: 'Keep an exact ledger of quarnex points earned and spent.',
          status: 'Done',
        },
      ],
    });
    expect(res.data?.upsertArtifacts).toMatchObject({ updated: 2, embedded: 1, unchanged: 0 });
  });

  it('refuses an unknown kind, naming the field, and writes nothing of the batch', async () => {
    const res = await app.gql(UPSERT, {
      input: [
        { uid: `${P}ok`, kind: 'EPIC', title: 'Would be fine' },
        { uid: `${P}bad`, kind: 'EPIC', title: '' },
      ],
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input[1].title',
    });
    const { records } = await app.driver.executeQuery('MATCH (a:Artifact {uid: $uid}) RETURN a', {
      uid: `${P}ok`,
    });
    expect(records).toHaveLength(0);
    const kind = await app.gql(UPSERT, { input: [{ uid: `${P}x`, kind: 'SAGA', title: 'x' }] });
    expect(kind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a link that breaks the hierarchy or names a missing target', async () => {
    const before = await countsUnder(app.driver, P);
    const wrong = await app.gql(
      `mutation { link(from: "${P}code-pr", to: "${P}prd", type: PART_OF) { changed } }`,
    );
    expect(wrong.errors?.[0]?.message).toMatch(/PART_OF cannot link CODE to PRD/);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type' });
    const missing = await app.gql(
      `mutation { link(from: "${P}code-pr", to: "${P}nothing", type: IMPLEMENTS) { changed } }`,
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(await countsUnder(app.driver, P)).toEqual(before);
  });

  it('links with evidence once, unlinks, and deletes', async () => {
    const q = (op: string) =>
      app.gql<
        Record<
          string,
          { changed?: boolean; deleted?: boolean; edge?: { via: string; evidence: string } }
        >
      >(op);
    const linked = await q(
      `mutation { link(from: "${P}code-orphan", to: "${P}spec-redeem", type: IMPLEMENTS, evidence: "by hand") { changed edge { via evidence } } }`,
    );
    expect(linked.data?.link).toEqual({
      changed: true,
      edge: { via: 'manual', evidence: 'by hand' },
    });
    const twice = await q(
      `mutation { link(from: "${P}code-orphan", to: "${P}spec-redeem", type: IMPLEMENTS) { changed } }`,
    );
    expect(twice.data?.link?.changed).toBe(false);
    const unlinked = await q(
      `mutation { unlink(from: "${P}code-orphan", to: "${P}spec-redeem", type: IMPLEMENTS) { changed } }`,
    );
    expect(unlinked.data?.unlink?.changed).toBe(true);
    const deleted = await q(`mutation { deleteArtifact(uid: "${P}code-orphan") { deleted } }`);
    expect(deleted.data?.deleteArtifact?.deleted).toBe(true);
    const gone = await q(`mutation { deleteArtifact(uid: "${P}code-orphan") { deleted } }`);
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('has no generated create/update/delete mutations', async () => {
    const res = await app.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    expect(res.data?.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual([
      'acceptSuggestion',
      'deleteArtifact',
      'link',
      'rejectSuggestion',
      'unlink',
      'upsertArtifacts',
    ]);
  });
});
