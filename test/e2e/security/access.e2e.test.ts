/**
 * Trust: who may call, what a caller may write, and that nothing about a hidden artifact reaches
 * a caller through any channel (docs/security.md lists each attack and the test that covers it).
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import WebSocket from 'ws';
import { createApiKeyStore } from '../../../graph/api-keys.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { runCli } from '../../support/cli.js';
import { TEST_JWT_SECRET, testToken } from '../../support/services.js';
import { collect, wsClient } from '../../support/ws.js';

const p = `sec-${randomUUID().slice(0, 8)}`;
const uid = (name: string) => `${p}:${name}`;

describe('authentication', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: { AUTH_ISSUER: 'https://idp.test', AUTH_AUDIENCE: 'threadline' },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const sign = (
    claims: Record<string, unknown>,
    opts: { iss?: string; aud?: string; exp?: string; secret?: string } = {},
  ) =>
    new SignJWT({ roles: ['viewer'], ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setIssuer(opts.iss ?? 'https://idp.test')
      .setAudience(opts.aud ?? 'threadline')
      .setIssuedAt()
      .setExpirationTime(opts.exp ?? '5m')
      .sign(new TextEncoder().encode(opts.secret ?? TEST_JWT_SECRET));
  const ping = '{ search(text: "checkout", first: 1) { score } }';

  it('refuses a request without credentials with UNAUTHENTICATED and HTTP 401', async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ping }),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a valid token with the configured issuer and audience', async () => {
    const res = await app.gql(ping, {}, { token: await sign({}) });
    expect(res.errors).toBeUndefined();
  });

  it('tells a caller its own subject, role, levels and whether it may write', async () => {
    const viewer = '{ viewer { subject role levels canWrite } }';
    const reader = await app.gql(viewer, {}, { token: await sign({ levels: ['PUBLIC'] }) });
    expect(reader.data).toEqual({
      viewer: { subject: 'jwt:alice', role: 'VIEWER', levels: ['PUBLIC'], canWrite: false },
    });
    const writer = await app.gql(viewer, {}, { token: await sign({ roles: ['pm'] }) });
    expect(writer.data?.viewer).toMatchObject({ role: 'PM', canWrite: true });
  });

  it.each([
    ['forged (wrong secret)', () => sign({}, { secret: 'x'.repeat(40) })],
    ['expired beyond the clock skew', () => sign({}, { exp: '-5m' })],
    ['for another audience', () => sign({}, { aud: 'someone-else' })],
    ['from another issuer', () => sign({}, { iss: 'https://evil.test' })],
    [
      'unsigned (alg: none)',
      () =>
        Promise.resolve(
          new UnsecuredJWT({ roles: ['admin'] }).setSubject('x').setExpirationTime('5m').encode(),
        ),
    ],
    ['garbage', () => Promise.resolve('not-a-token')],
  ])('refuses a token that is %s', async (_what, make) => {
    const res = await app.gql(ping, {}, { token: await make() });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('accepts an API key until it is revoked', async () => {
    const store = createApiKeyStore(app.driver);
    const { key, secret } = await store.create({
      name: 'ci',
      role: 'engineer',
      levels: ['PUBLIC'],
    });
    expect((await app.gql(ping, {}, { token: secret })).errors).toBeUndefined();
    expect(await store.revoke(key.id)).toBe(true);
    const refused = await app.gql(ping, {}, { token: secret });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await app.gql(ping, {}, { token: `${secret.slice(0, -2)}xx` });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates, lists and revokes a key with the threadline keys command', async () => {
    const cli = async (...args: string[]) => {
      const run = await runCli(['keys', ...args]);
      return { code: run.code, out: run.stdout };
    };
    const created = await cli(
      'create',
      '--name',
      'nightly sync',
      '--role',
      'viewer',
      '--levels',
      'PUBLIC',
    );
    expect(created.code).toBe(0);
    const secret = /^(tl_[0-9a-f]{12}_\S+)$/m.exec(created.out)?.[1] ?? '';
    const id = secret.slice(3, 15);
    expect((await app.gql(ping, {}, { token: secret })).errors).toBeUndefined();
    const listed = await cli('list');
    expect(listed.out).toContain(`${id}  nightly sync  viewer  PUBLIC`);
    expect(listed.out).not.toContain(secret);
    expect((await cli('revoke', id)).code).toBe(0);
    const refused = await app.gql(ping, {}, { token: secret });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }, 120_000);

  it('closes a WebSocket without credentials with 4403', async () => {
    const client = wsClient(app.url, null);
    const sub = collect(client, 'subscription { artifactChanged { uid } }', 'artifactChanged');
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < 600 && sub.errors.length === 0; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    expect((sub.errors[0] as { code?: number }).code).toBe(4403);
    await client.dispose();
  });

  it('refuses a WebSocket from another origin, and accepts one from its own', async () => {
    const wsUrl = app.url.replace(/^http/, 'ws');
    const opened = (origin: string) =>
      new Promise<boolean>((resolve) => {
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { origin });
        socket.once('open', () => {
          socket.close();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
        socket.once('unexpected-response', () => resolve(false));
      });
    expect(await opened('https://evil.example')).toBe(false);
    expect(await opened(new URL(app.url).origin)).toBe(true);
  });
});

describe('scopes: a caller never learns anything about what it may not read', () => {
  let app: TestApp;
  let publicEngineer: string;
  let publicAdmin: string;
  let publicViewer: string;
  beforeAll(async () => {
    app = await startTestApp();
    publicEngineer = await testToken({ role: 'engineer', levels: ['PUBLIC'] });
    publicAdmin = await testToken({ role: 'admin', levels: ['PUBLIC'] });
    publicViewer = await testToken({ role: 'viewer', levels: ['PUBLIC'] });
    await app.writer.upsertArtifacts([
      {
        uid: uid('prd'),
        kind: 'PRD',
        title: 'Secret roadmap PRD',
        body: 'Acquire ACME in Q3',
        accessLevel: 'CONFIDENTIAL',
      },
      {
        uid: uid('epic'),
        kind: 'EPIC',
        title: 'Public checkout epic zebrafish',
        accessLevel: 'PUBLIC',
      },
      {
        uid: uid('story'),
        kind: 'USER_STORY',
        title: 'Hidden story zebrafish',
        accessLevel: 'RESTRICTED',
      },
      {
        uid: uid('commit'),
        kind: 'CODE',
        codeKind: 'COMMIT',
        title: 'zebrafish commit public',
        accessLevel: 'PUBLIC',
      },
      {
        uid: uid('story2'),
        kind: 'USER_STORY',
        title: 'Public story zebrafish',
        accessLevel: 'PUBLIC',
      },
    ]);
    await app.writer.linkMany([
      {
        from: uid('epic'),
        to: uid('prd'),
        type: 'PART_OF',
        via: 'manual',
        evidence: 'secret evidence',
      },
      { from: uid('story'), to: uid('epic'), type: 'PART_OF', via: 'manual', evidence: null },
      {
        from: uid('commit'),
        to: uid('story'),
        type: 'IMPLEMENTS',
        via: 'manual',
        evidence: 'hidden edge text',
      },
      { from: uid('story2'), to: uid('epic'), type: 'PART_OF', via: 'manual', evidence: null },
    ]);
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, `${p}:`);
    await app.close();
  });

  it('offers no relationship filters: the filter oracle on a hidden PRD title is a validation error', async () => {
    const res = await app.gql(
      'query ($p: String!) { userStories(where: { epics: { some: { prds: { some: { title: { startsWith: $p } } } } } }) { uid } }',
      { p: 'Secret' },
      { token: publicViewer },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });

  it('counts only visible artifacts in generated aggregations', async () => {
    const res = await app.gql<{ userStoriesConnection: { totalCount: number } }>(
      'query ($u: [ID!]) { userStoriesConnection(where: { uid: { in: $u } }) { totalCount } }',
      { u: [uid('story'), uid('story2')] },
      { token: publicViewer },
    );
    expect(res.data?.userStoriesConnection.totalCount).toBe(1);
  });

  it('climbs a search lineage only through visible parents', async () => {
    const res = await app.gql<{
      search: { artifact: { uid: string }; lineage: { uid: string }[] }[];
    }>(
      '{ search(text: "zebrafish commit public", mode: FULLTEXT, kinds: [CODE], first: 5) { artifact { uid } lineage { uid } } }',
      {},
      { token: publicViewer },
    );
    const hit = res.data?.search.find((h) => h.artifact.uid === uid('commit'));
    expect(hit).toBeDefined();
    expect(hit?.lineage).toEqual([]);
  });

  it('does not count under a hidden artifact in coverage', async () => {
    const res = await app.gql<{ coverage: { totals: { code: number; stories: number } } }>(
      'query ($s: ID!) { coverage(scopeUid: $s) { totals { code stories } } }',
      { s: uid('epic') },
      { token: publicViewer },
    );
    expect(res.data?.coverage.totals).toEqual(expect.objectContaining({ code: 0, stories: 1 }));
  });

  it('answers trace, impact and coverage of a hidden artifact exactly like a missing one', async () => {
    for (const q of [
      'query ($u: ID!) { trace(uid: $u) { root { uid } } }',
      'query ($u: ID!) { impact(uid: $u) { root { uid } } }',
      'query ($u: ID!) { coverage(scopeUid: $u) { totals { code } } }',
    ]) {
      const hidden = await app.gql(q, { u: uid('prd') }, { token: publicViewer });
      const missing = await app.gql(q, { u: uid('nothing') }, { token: publicViewer });
      expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(hidden.errors?.[0]?.message.replace(uid('prd'), 'X')).toBe(
        missing.errors?.[0]?.message.replace(uid('nothing'), 'X'),
      );
    }
  });

  it('refuses writes to viewers and deletes to non-admins', async () => {
    const write = await app.gql(
      'mutation ($i: [ArtifactInput!]!) { upsertArtifacts(input: $i) { created } }',
      { i: [{ uid: uid('v'), kind: 'EPIC', title: 'x', accessLevel: 'PUBLIC' }] },
      { token: publicViewer },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const del = await app.gql(
      'mutation ($u: ID!) { deleteArtifact(uid: $u) { deleted } }',
      { u: uid('epic') },
      { token: publicEngineer },
    );
    expect(del.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never overwrites, links, unlinks or deletes a hidden artifact, answering as for a missing one', async () => {
    const upsert = (u: string) =>
      app.gql(
        'mutation ($i: [ArtifactInput!]!) { upsertArtifacts(input: $i) { created } }',
        {
          i: [{ uid: u, kind: 'PRD', title: 'overwritten', accessLevel: 'PUBLIC' }],
        },
        { token: publicEngineer },
      );
    const overwrite = await upsert(uid('prd'));
    expect(overwrite.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const link = (to: string) =>
      app.gql(
        'mutation ($f: ID!, $t: ID!) { link(from: $f, to: $t, type: PART_OF) { changed edge { evidence } } }',
        { f: uid('epic'), t: to },
        { token: publicEngineer },
      );
    const hiddenLink = await link(uid('prd'));
    const missingLink = await link(uid('nothing'));
    expect(hiddenLink.errors?.[0]?.extensions).toEqual(missingLink.errors?.[0]?.extensions);
    expect(hiddenLink.errors?.[0]?.message.replace(uid('prd'), 'X')).toBe(
      missingLink.errors?.[0]?.message.replace(uid('nothing'), 'X'),
    );
    expect(JSON.stringify(hiddenLink)).not.toContain('secret evidence');

    const unlink = await app.gql(
      'mutation ($f: ID!, $t: ID!) { unlink(from: $f, to: $t, type: PART_OF) { changed edge { evidence } } }',
      { f: uid('epic'), t: uid('prd') },
      { token: publicEngineer },
    );
    expect(unlink.data).toEqual({ unlink: { changed: false, edge: null } });

    const del = (u: string) =>
      app.gql(
        'mutation ($u: ID!) { deleteArtifact(uid: $u) { deleted } }',
        { u },
        { token: publicAdmin },
      );
    const hiddenDel = await del(uid('prd'));
    const missingDel = await del(uid('nothing'));
    expect(hiddenDel.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hiddenDel.errors?.[0]?.message.replace(uid('prd'), 'X')).toBe(
      missingDel.errors?.[0]?.message.replace(uid('nothing'), 'X'),
    );

    const { records } = await app.driver.executeQuery(
      'MATCH (a:Artifact {uid: $u})-[r:PART_OF]->() RETURN a.title AS t, a.accessLevel AS l, count(r) AS n',
      { u: uid('epic') },
    );
    expect(records[0]?.get('n')).toBe(1);
    const prd = await app.driver.executeQuery(
      'MATCH (a:Artifact {uid: $u}) RETURN a.title AS t, a.accessLevel AS l',
      { u: uid('prd') },
    );
    expect(prd.records[0]?.get('t')).toBe('Secret roadmap PRD');
    expect(prd.records[0]?.get('l')).toBe('CONFIDENTIAL');
  });

  it('refuses to create an artifact at a level the caller cannot read', async () => {
    const res = await app.gql(
      'mutation ($i: [ArtifactInput!]!) { upsertArtifacts(input: $i) { created } }',
      {
        i: [{ uid: uid('up'), kind: 'EPIC', title: 'x', accessLevel: 'RESTRICTED' }],
      },
      { token: publicEngineer },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses syncProgress, whose counts cover every level, to a caller who may not read them all', async () => {
    const client = wsClient(app.url, publicAdmin);
    const progress = collect(
      client,
      'subscription { syncProgress { source fetched } }',
      'syncProgress',
    );
    for (let i = 0; i < 600 && progress.errors.length === 0; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    expect((progress.errors[0] as { extensions?: { code?: string } }).extensions?.code).toBe(
      'FORBIDDEN',
    );
    await client.dispose();
  });

  it('refuses artifactChanged under a hidden artifact exactly like under a missing one', async () => {
    const client = wsClient(app.url, publicViewer);
    const hidden = collect(
      client,
      `subscription { artifactChanged(under: "${uid('prd')}") { uid } }`,
      'artifactChanged',
    );
    const missing = collect(
      client,
      `subscription { artifactChanged(under: "${uid('nothing')}") { uid } }`,
      'artifactChanged',
    );
    for (let i = 0; i < 600 && (hidden.errors.length === 0 || missing.errors.length === 0); i += 1)
      await new Promise((r) => setTimeout(r, 50));
    const code = (e: unknown) => (e as { extensions?: { code?: string } }).extensions?.code;
    expect(code(hidden.errors[0])).toBe('NOT_FOUND');
    expect(code(missing.errors[0])).toBe('NOT_FOUND');
    await client.dispose();
  });
});

describe('query limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses an over-deep query before it runs', async () => {
    let q = 'uid';
    for (let i = 0; i < 20; i += 1) q = `epics { stories { ${q} } }`;
    const res = await app.gql(`{ prds { ${q} } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses nested interface-typed fields, which Neo4j would take longer to plan than the deadline', async () => {
    const res = await app.gql('{ epics { dependsOn { dependsOn { dependsOn { uid } } } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('GRAPHQL_MAX_ABSTRACT_DEPTH');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from(
      { length: 200 },
      (_v, i) => `a${i}: search(text: "x") { score }`,
    ).join(' ');
    const res = await app.gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken()}` },
      body: JSON.stringify({ query: `{ search(text: "${'a'.repeat(200_000)}") { score } }` }),
    });
    expect(res.status).toBe(413);
  });

  it('answers a symbol-only search text without an internal error', async () => {
    const res = await app.gql<{ search: unknown[] }>('{ search(text: "*:*") { score } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.search).toEqual([]);
  });
});
