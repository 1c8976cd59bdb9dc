import { randomUUID } from 'node:crypto';
import type { ArtifactInput, PersonRole } from '../../../graph/validate.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { testToken } from '../../support/services.js';

/**
 * People are reached only through artifacts a caller may read: a person known only from hidden
 * artifacts is never named, counted or hinted at, and emails stay hidden below INTERNAL.
 */
describe('people and access levels', () => {
  const p = `ppl${randomUUID().slice(0, 8)}`;
  const uid = (n: string) => `git:${p}/shop@${n}`;
  const ada = (role: PersonRole['role'] = 'AUTHORED'): PersonRole => ({
    uid: `person:ada-${p}@example.com`,
    name: 'Ada Lovelace',
    email: `ada-${p}@example.com`,
    role,
    at: '2026-03-01T10:00:00.000Z',
  });
  // The marker: nothing a caller reading PUBLIC only gets may contain it.
  const bob: PersonRole = {
    uid: `person:zanzibar-${p}@example.com`,
    name: 'Bob Zanzibar',
    email: `zanzibar-${p}@example.com`,
    role: 'AUTHORED',
    at: '2026-03-02T10:00:00.000Z',
  };
  const commit = (n: string, accessLevel: ArtifactInput['accessLevel'], people: PersonRole[]) =>
    ({
      uid: uid(n),
      kind: 'CODE',
      codeKind: 'COMMIT',
      title: `Vault tokeniser ${p} ${n}`,
      body: `Tokenise saved cards in the vault (${p})`,
      accessLevel,
      source: `test:${p}`,
      people,
    }) satisfies ArtifactInput;
  let app: TestApp;
  let publicOnly: string;
  let internal: string;

  const ask = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    app.gql<Record<string, unknown>>(query, variables, { token });
  const PEOPLE = `query ($text: String, $uid: ID) {
    people(text: $text, uid: $uid) { person { uid name email } score artifacts { uid } } }`;

  beforeAll(async () => {
    app = await startTestApp();
    publicOnly = await testToken({ role: 'viewer', levels: ['PUBLIC'] });
    internal = await testToken({ role: 'viewer', levels: ['PUBLIC', 'INTERNAL'] });
    await app.writer.upsertArtifacts([
      commit('c1', 'PUBLIC', [ada()]),
      commit('c2', 'CONFIDENTIAL', [bob]),
    ]);
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, `git:${p}/`);
    await app.driver.executeQuery('MATCH (n:Person) WHERE n.uid CONTAINS $p DETACH DELETE n', {
      p,
    });
    await app.close();
  });

  it('names the authors of a readable artifact, without their email below INTERNAL', async () => {
    const query = `query ($uid: ID!) { codes(where: { uid: { eq: $uid } }) {
      uid authors { person { uid name email } at } assignee { person { uid } } reviewers { at } } }`;
    const below = await ask(publicOnly, query, { uid: uid('c1') });
    expect(below.errors).toBeUndefined();
    expect(below.data?.codes).toEqual([
      {
        uid: uid('c1'),
        authors: [
          {
            person: { uid: ada().uid, name: 'Ada Lovelace', email: null },
            at: '2026-03-01T10:00:00.000Z',
          },
        ],
        assignee: null,
        reviewers: [],
      },
    ]);
    const above = await ask(internal, query, { uid: uid('c1') });
    expect(above.data?.codes).toEqual([
      expect.objectContaining({
        authors: [
          expect.objectContaining({
            person: expect.objectContaining({ email: ada().email }) as unknown,
          }),
        ],
      }),
    ]);
  });

  it('never reveals a person reachable only through artifacts the caller cannot read', async () => {
    const byText = await ask(publicOnly, PEOPLE, { text: `vault tokeniser ${p}` });
    expect(byText.errors).toBeUndefined();
    expect(JSON.stringify(byText.data)).not.toMatch(/zanzibar/i);
    expect((byText.data?.people as { person: { uid: string } }[]).map((h) => h.person.uid)).toEqual(
      [ada().uid],
    );
    // The positive control: a caller who reads CONFIDENTIAL finds Bob.
    const all = await testToken({ levels: ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] });
    const seen = await ask(all, PEOPLE, { text: `vault tokeniser ${p}` });
    expect(JSON.stringify(seen.data)).toMatch(/Zanzibar/);
  });

  it('answers people of a hidden uid exactly like a missing one', async () => {
    const hidden = await ask(publicOnly, PEOPLE, { uid: uid('c2') });
    const missing = await ask(publicOnly, PEOPLE, { uid: uid('nope') });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const blank = (r: unknown) =>
      JSON.stringify(r).replaceAll(uid('c2'), 'X').replaceAll(uid('nope'), 'X');
    expect(blank(hidden.errors?.map((e) => [e.message, e.extensions?.code]))).toBe(
      blank(missing.errors?.map((e) => [e.message, e.extensions?.code])),
    );
  });

  it('gives the same answer when hidden artifacts by the same people are added', async () => {
    const before = await ask(publicOnly, PEOPLE, { text: `vault tokeniser ${p}` });
    await app.writer.upsertArtifacts([commit('c3', 'RESTRICTED', [ada(), bob])]);
    const after = await ask(publicOnly, PEOPLE, { text: `vault tokeniser ${p}` });
    expect(after.data).toEqual(before.data);
  });
});
