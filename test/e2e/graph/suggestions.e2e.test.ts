/**
 * `related`, `suggestedLinks`, coverage gaps' suggestions and the accept/reject mutations, on a
 * fixture graph through the API; then each hand-written query of `cypher/related/` and
 * `cypher/suggestions/` on its own, checking its rows.
 */
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { cypher } from '../../../core/cypher.js';
import type { ArtifactInput } from '../../../graph/validate.js';
import { changesKey, decodeChange } from '../../../graph/outbox.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { testToken } from '../../support/services.js';

const P = `sg-${randomUUID().slice(0, 8)}:`;
const u = (name: string) => `${P}${name}`;
const levels = ['PUBLIC', 'INTERNAL'];

/** A Java class whose doc comments make it long enough to be chunked. */
const resetService = `package shop.auth;

/**
 * Password reset: a customer who forgot the password asks for a reset link. The service issues a
 * single-use reset token, stores its digest with an expiry of thirty minutes, and emails the
 * link to the address on file. Expired or used tokens are refused.
 */
public class PasswordResetService {
  /** Issues a reset token for the customer's email address and sends the reset email. */
  public ResetToken requestReset(String email) { return null; }
  /** Checks that the reset token exists, is unused and has not passed its expiry. */
  public boolean verifyToken(String token) { return false; }
  /** Sets the new password once the reset token is verified, then invalidates the token. */
  public void completeReset(String token, String newPassword) {}
  /**
   * The email sent to the customer: a short text with the reset link and the expiry time, in the
   * customer's language. The link carries the reset token and nothing else.
   */
  String resetEmailBody(ResetToken token) { return ""; }
  /** Forgotten password requests are rate limited per email address to stop enumeration. */
  boolean allowRequest(String email) { return true; }
  /** Expired reset tokens are purged every night; the purge keeps an audit line per token. */
  void purgeExpiredTokens() {}
}
`;

const fixture: ArtifactInput[] = [
  { uid: u('prd'), kind: 'PRD', title: 'Customer accounts' },
  { uid: u('epic'), kind: 'EPIC', title: 'Sign-in and recovery' },
  {
    uid: u('story-reset'),
    kind: 'USER_STORY',
    title: 'Reset a forgotten password',
    body: 'As a customer who forgot my password, I want a password reset email with a reset token link that has an expiry, so that I can set a new password.',
  },
  {
    uid: u('story-orphan'),
    kind: 'USER_STORY',
    title: 'Sign-in recovery with a reset token',
    body: 'Recovery of sign-in: the reset token design, with a thirty minute expiry.',
  },
  {
    uid: u('story-invoice'),
    kind: 'USER_STORY',
    title: 'Download invoices as PDF',
    body: 'As a customer I want to download each invoice as a PDF document.',
  },
  {
    uid: u('story-login'),
    kind: 'USER_STORY',
    title: 'Sign in with email',
    body: 'As a customer I sign in with my email and a password.',
  },
  {
    uid: u('spec-reset'),
    kind: 'TECH_SPEC',
    title: 'Reset token design',
    body: 'Reset tokens: random, single use, digest stored, thirty minute expiry, emailed link.',
  },
  {
    uid: u('code-reset'),
    kind: 'CODE',
    codeKind: 'FILE',
    title: 'src/auth/PasswordResetService.java',
    path: 'src/auth/PasswordResetService.java',
    body: resetService,
  },
  {
    uid: u('code-mailer'),
    kind: 'CODE',
    codeKind: 'FILE',
    title: 'src/mail/TemplateMailer.java',
    path: 'src/mail/TemplateMailer.java',
    body: 'package shop.mail;\n/** Sends an email built from a template to a customer address. */\npublic class TemplateMailer { public void send(String email, String template) {} }\n',
  },
  {
    uid: u('code-invoice'),
    kind: 'CODE',
    codeKind: 'FILE',
    title: 'src/billing/InvoicePdfRenderer.java',
    path: 'src/billing/InvoicePdfRenderer.java',
    body: 'package shop.billing;\n/** Renders an invoice as a PDF document. */\npublic class InvoicePdfRenderer { byte[] render(Invoice invoice) { return null; } }\n',
  },
  {
    uid: u('code-login'),
    kind: 'CODE',
    codeKind: 'FILE',
    title: 'src/session/LoginController.java',
    path: 'src/session/LoginController.java',
    body: 'package shop.session;\n/** Signs a customer in with email and password. */\npublic class LoginController { void signIn(String email, String password) {} }\n',
  },
  {
    uid: u('code-session'),
    kind: 'CODE',
    codeKind: 'FILE',
    title: 'src/session/SessionStore.java',
    path: 'src/session/SessionStore.java',
    body: 'package shop.session;\n/** Keeps signed-in sessions. */\npublic class SessionStore {}\n',
  },
  {
    uid: u('code-cookie'),
    kind: 'CODE',
    codeKind: 'FILE',
    title: 'web/CookieJar.java',
    path: 'web/CookieJar.java',
    body: 'package shop.web;\n/** Cookies. */\npublic class CookieJar {}\n',
  },
  {
    uid: u('commit'),
    kind: 'CODE',
    codeKind: 'COMMIT',
    title: 'Sign-in with cookies',
    body: 'Add the login controller and its cookie jar',
  },
  // Hidden from the PUBLIC/INTERNAL callers below: the closest match of all to the reset story.
  {
    uid: u('code-secret'),
    kind: 'CODE',
    codeKind: 'FILE',
    title: 'src/auth/PasswordResetTokenVault.java',
    path: 'src/auth/PasswordResetTokenVault.java',
    accessLevel: 'RESTRICTED',
    body: '/** Password reset token vault: reset token, reset email, expiry, forgotten password, new password. */\npublic class PasswordResetTokenVault {}\n',
  },
  {
    uid: u('story-secret'),
    kind: 'USER_STORY',
    title: 'Forgotten password reset by token email',
    accessLevel: 'RESTRICTED',
    body: 'Password reset email with reset token and expiry for a forgotten password.',
  },
];

interface Suggestion {
  from: string;
  to: string;
  type: string;
  confidence: number;
  artifact: { uid: string };
  evidence: { terms: string[]; sourceExcerpt: string; targetExcerpt: string; signals: string[] };
}

const SUGGEST = `query($uid: ID!, $first: Int) { suggestedLinks(uid: $uid, first: $first) {
  from to type confidence artifact { uid } evidence { terms sourceExcerpt targetExcerpt signals } } }`;
const RELATED = `query($uid: ID!, $kinds: [ArtifactKind!], $first: Int) {
  related(uid: $uid, kinds: $kinds, first: $first) { score vectorScore textScore graphScore artifact { uid __typename } } }`;
const DECIDE = (op: string) => `mutation($from: ID!, $to: ID!, $type: LinkType!) {
  ${op}(from: $from, to: $to, type: $type) { from to type decision by at changed epoch edge { from to type via evidence } } }`;

describe('related artifacts and link suggestions', () => {
  let app: TestApp;
  let engineer: string;
  let viewer: string;
  beforeAll(async () => {
    app = await startTestApp();
    engineer = await testToken({ role: 'engineer', levels, sub: 'erin' });
    viewer = await testToken({ role: 'viewer', levels });
    await app.writer.upsertArtifacts(fixture);
    await app.writer.linkMany([
      { from: u('epic'), to: u('prd'), type: 'PART_OF', via: 'manual' },
      { from: u('story-reset'), to: u('epic'), type: 'PART_OF', via: 'manual' },
      { from: u('story-login'), to: u('epic'), type: 'PART_OF', via: 'manual' },
      { from: u('code-login'), to: u('story-login'), type: 'IMPLEMENTS', via: 'manual' },
      { from: u('code-login'), to: u('commit'), type: 'PART_OF', via: 'manual' },
      { from: u('code-cookie'), to: u('commit'), type: 'PART_OF', via: 'manual' },
    ]);
    // A start, a dozen embedded writes and the first plans of a busy JVM: more than the default.
  }, 180_000);
  afterAll(async () => {
    await app.driver.executeQuery(
      'MATCH (d:LinkDecision) WHERE d.from STARTS WITH $p OR d.to STARTS WITH $p DETACH DELETE d',
      { p: P },
    );
    await deleteByPrefix(app.driver, P);
    await app.close();
  });

  const suggest = async (uid: string, first = 5, token = engineer) => {
    const res = await app.gql<{ suggestedLinks: Suggestion[] }>(SUGGEST, { uid, first }, { token });
    expect(res.errors).toBeUndefined();
    return res.data?.suggestedLinks ?? [];
  };

  it('suggests the implementing file first for a story with no code, with its evidence', async () => {
    const [top] = await suggest(u('story-reset'));
    expect(top).toMatchObject({
      from: u('code-reset'),
      to: u('story-reset'),
      type: 'IMPLEMENTS',
      artifact: { uid: u('code-reset') },
    });
    expect(top?.confidence).toBeGreaterThan(0.5);
    expect(top?.confidence).toBeLessThanOrEqual(1);
    expect(top?.evidence.terms).toEqual(expect.arrayContaining(['password', 'reset', 'token']));
    expect(top?.evidence.signals).toEqual(expect.arrayContaining(['vector', 'text']));
    expect(top?.evidence.sourceExcerpt).toContain('password reset email');
    // A passage of the file, not the whole class.
    expect(top?.evidence.targetExcerpt).toMatch(/reset/i);
    expect(top?.evidence.targetExcerpt.length).toBeLessThanOrEqual(400);
  });

  it('picks the link type and direction from the kinds (spec SPECIFIES story, story PART_OF epic)', async () => {
    const fromStory = await suggest(u('story-orphan'), 20);
    expect(fromStory.find((s) => s.artifact.uid === u('spec-reset'))).toMatchObject({
      from: u('spec-reset'),
      to: u('story-orphan'),
      type: 'SPECIFIES',
    });
    expect(fromStory.find((s) => s.artifact.uid === u('epic'))).toMatchObject({
      from: u('story-orphan'),
      to: u('epic'),
      type: 'PART_OF',
    });
    expect(fromStory.find((s) => s.artifact.uid === u('code-reset'))).toMatchObject({
      from: u('code-reset'),
      to: u('story-orphan'),
      type: 'IMPLEMENTS',
    });
    // story-reset already is PART_OF an epic: no second epic is suggested.
    const reset = await suggest(u('story-reset'), 20);
    expect(reset.map((s) => s.type)).not.toContain('PART_OF');
  });

  it('ranks related code of a kind from the stored vectors and text, never the artifact itself', async () => {
    const res = await app.gql<{
      related: {
        score: number;
        vectorScore: number;
        textScore: number;
        artifact: { uid: string; __typename: string };
      }[];
    }>(RELATED, { uid: u('story-reset'), kinds: ['CODE'], first: 5 }, { token: engineer });
    expect(res.errors).toBeUndefined();
    const list = res.data?.related ?? [];
    expect(list[0]?.artifact).toEqual({ uid: u('code-reset'), __typename: 'Code' });
    expect(list[0]?.vectorScore).toBeGreaterThan(0);
    expect(list[0]?.textScore).toBeGreaterThan(0);
    expect(list.every((r) => r.artifact.__typename === 'Code')).toBe(true);
    expect(list.map((r) => r.artifact.uid)).not.toContain(u('story-reset'));
    const all = await app.gql<{ related: { artifact: { uid: string } }[] }>(
      RELATED,
      { uid: u('code-reset'), first: 50 },
      { token: engineer },
    );
    expect(all.data?.related.map((r) => r.artifact.uid)).not.toContain(u('code-reset'));
  });

  it('uses graph signals: code of a sibling story, and code in the folder of linked code', async () => {
    const res = await app.gql<{
      related: { graphScore: number | null; artifact: { uid: string } }[];
    }>(RELATED, { uid: u('story-reset'), kinds: ['CODE'], first: 20 }, { token: engineer });
    const login = res.data?.related.find((r) => r.artifact.uid === u('code-login'));
    expect(login?.graphScore).toBe(1);
    const fromLogin = await app.gql<{
      related: { graphScore: number | null; artifact: { uid: string } }[];
    }>(RELATED, { uid: u('story-login'), kinds: ['CODE'], first: 20 }, { token: engineer });
    const graph = new Map(
      (fromLogin.data?.related ?? []).map((r) => [r.artifact.uid, r.graphScore] as const),
    );
    expect(graph.get(u('code-session'))).toBeGreaterThan(0);
    expect(graph.get(u('code-cookie'))).toBeGreaterThan(0);
  });

  it('accepts a suggestion: the link exists with via "suggested", the decision is recorded, it is no longer suggested', async () => {
    const before = await app.redis.xlen(changesKey(app.keyPrefix));
    const res = await app.gql<{
      acceptSuggestion: { changed: boolean; by: string; decision: string; edge: { via: string } };
    }>(
      DECIDE('acceptSuggestion'),
      { from: u('code-reset'), to: u('story-reset'), type: 'IMPLEMENTS' },
      { token: engineer },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.acceptSuggestion).toMatchObject({
      changed: true,
      decision: 'ACCEPTED',
      by: 'jwt:erin',
      edge: { via: 'suggested' },
    });
    const { records } = await app.driver.executeQuery(
      `MATCH (:Code {uid: $from})-[r:IMPLEMENTS]->(:UserStory {uid: $to}) RETURN r.via AS via
       UNION ALL
       MATCH (d:LinkDecision {from: $from, to: $to}) RETURN d.decision + ' ' + d.by AS via`,
      { from: u('code-reset'), to: u('story-reset') },
    );
    expect(records.map((r) => r.get('via') as string)).toEqual(['suggested', 'ACCEPTED jwt:erin']);
    // The change feed carries the new link, as for `link`.
    const events = (await app.redis.xrange(changesKey(app.keyPrefix), '-', '+'))
      .slice(before)
      .map(([, fields]) => decodeChange(fields));
    expect(events).toContainEqual(
      expect.objectContaining({
        op: 'LINKED',
        uid: u('code-reset'),
        link: expect.objectContaining({ to: u('story-reset'), via: 'suggested' }) as unknown,
      }),
    );
    const after = await suggest(u('story-reset'), 20);
    expect(after.map((s) => s.artifact.uid)).not.toContain(u('code-reset'));
  });

  it('rejects a suggestion: the pair is never suggested again, from either end', async () => {
    const before = await suggest(u('story-invoice'), 20);
    expect(before.map((s) => s.artifact.uid)).toContain(u('code-invoice'));
    const res = await app.gql<{
      rejectSuggestion: { decision: string; changed: boolean; edge: null };
    }>(
      DECIDE('rejectSuggestion'),
      { from: u('code-invoice'), to: u('story-invoice'), type: 'IMPLEMENTS' },
      { token: engineer },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.rejectSuggestion).toEqual(
      expect.objectContaining({ decision: 'REJECTED', changed: false, edge: null }),
    );
    expect((await suggest(u('story-invoice'), 20)).map((s) => s.artifact.uid)).not.toContain(
      u('code-invoice'),
    );
    expect((await suggest(u('code-invoice'), 20)).map((s) => s.artifact.uid)).not.toContain(
      u('story-invoice'),
    );
    const { records } = await app.driver.executeQuery(
      'MATCH (:Code {uid: $from})-[r]->(:UserStory {uid: $to}) RETURN count(r) AS n',
      { from: u('code-invoice'), to: u('story-invoice') },
    );
    expect(Number(records[0]?.get('n'))).toBe(0);
  });

  it('refuses accept and reject to a viewer, and a link the hierarchy rules refuse', async () => {
    for (const op of ['acceptSuggestion', 'rejectSuggestion']) {
      const res = await app.gql(
        DECIDE(op),
        { from: u('code-mailer'), to: u('story-reset'), type: 'IMPLEMENTS' },
        { token: viewer },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const wrong = await app.gql(
      DECIDE('acceptSuggestion'),
      { from: u('story-reset'), to: u('code-mailer'), type: 'IMPLEMENTS' },
      { token: engineer },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { records } = await app.driver.executeQuery(
      'MATCH (:Artifact {uid: $a})-[r]-(:Artifact {uid: $b}) RETURN count(r) AS n',
      { a: u('code-mailer'), b: u('story-reset') },
    );
    expect(Number(records[0]?.get('n'))).toBe(0);
  });

  it('never returns or counts a hidden artifact, and answers a hidden uid like a missing one', async () => {
    const suggested = await suggest(u('story-invoice'), 50);
    const related = await app.gql<{ related: { artifact: { uid: string } }[] }>(
      RELATED,
      { uid: u('story-reset'), first: 100 },
      { token: engineer },
    );
    const seen = [
      ...suggested.map((s) => s.artifact.uid),
      ...(related.data?.related ?? []).map((r) => r.artifact.uid),
    ];
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).not.toContain(u('code-secret'));
    expect(seen).not.toContain(u('story-secret'));
    // An admin who may read RESTRICTED does get it: the filter is the caller's scope.
    const admin = await testToken({ role: 'admin', levels: [...levels, 'RESTRICTED'] });
    const full = await app.gql<{ related: { artifact: { uid: string } }[] }>(
      RELATED,
      { uid: u('story-reset'), kinds: ['CODE'], first: 3 },
      { token: admin },
    );
    expect(full.data?.related.map((r) => r.artifact.uid)).toContain(u('code-secret'));

    const answer = async (query: string, vars: Record<string, unknown>) => {
      const res = await app.gql(query, vars, { token: engineer });
      return {
        code: res.errors?.[0]?.extensions?.code,
        message: res.errors?.[0]?.message.replace(/\S+$/, '<uid>'),
        data: res.data,
      };
    };
    const missing = u('no-such-artifact');
    for (const [query, vars] of [
      [RELATED, {}],
      [SUGGEST, {}],
    ] as const) {
      const hidden = await answer(query, { ...vars, uid: u('code-secret') });
      expect(hidden).toEqual(await answer(query, { ...vars, uid: missing }));
      expect(hidden.code).toBe('NOT_FOUND');
    }
    for (const op of ['acceptSuggestion', 'rejectSuggestion']) {
      const hidden = await answer(DECIDE(op), {
        from: u('code-secret'),
        to: u('story-reset'),
        type: 'IMPLEMENTS',
      });
      expect(hidden).toEqual(
        await answer(DECIDE(op), { from: missing, to: u('story-reset'), type: 'IMPLEMENTS' }),
      );
      expect(hidden.code).toBe('NOT_FOUND');
    }
    const { records } = await app.driver.executeQuery(
      'MATCH (d:LinkDecision {from: $from}) RETURN count(d) AS n',
      { from: u('code-secret') },
    );
    expect(Number(records[0]?.get('n'))).toBe(0);
  });

  it('does not suggest what the artifact already reaches through a spec, unless that spec is hidden', async () => {
    const story = u('story-traced');
    const spec = u('spec-traced');
    await app.writer.upsertArtifacts([
      {
        uid: story,
        kind: 'USER_STORY',
        title: 'Invoices as PDF documents',
        body: 'As a customer I want each invoice rendered as a PDF document I can download.',
      },
      {
        uid: spec,
        kind: 'TECH_SPEC',
        title: 'Invoice PDF rendering',
        body: 'The renderer turns an invoice into a PDF document.',
        accessLevel: 'RESTRICTED',
      },
    ]);
    try {
      const codeOf = async (token: string) =>
        (await suggest(story, 20, token))
          .filter((s) => s.type === 'IMPLEMENTS')
          .map((s) => s.artifact.uid);
      expect(await codeOf(engineer)).toContain(u('code-invoice'));
      await app.writer.linkMany([
        { from: spec, to: story, type: 'SPECIFIES', via: 'manual' },
        { from: u('code-invoice'), to: spec, type: 'IMPLEMENTS', via: 'manual' },
      ]);
      // Through a spec the caller may read, the code is already traced to the story.
      const admin = await testToken({ role: 'admin', levels: [...levels, 'RESTRICTED'] });
      expect(await codeOf(admin)).not.toContain(u('code-invoice'));
      // Through a spec the caller may not read, the answer is the one without the spec.
      expect(await codeOf(engineer)).toContain(u('code-invoice'));
    } finally {
      await deleteByPrefix(app.driver, story);
      await deleteByPrefix(app.driver, spec);
    }
  });

  it('gives coverage gaps their top suggestions of the missing kind', async () => {
    const res = await app.gql<{
      coverage: {
        gaps: {
          gap: string;
          artifact: { uid: string };
          suggestions: { type: string; artifact: { uid: string; __typename: string } }[];
        }[];
      };
    }>(
      `query($scope: ID) { coverage(scopeUid: $scope) { gaps { gap artifact { uid }
        suggestions(first: 2) { type artifact { uid __typename } } } } }`,
      { scope: u('prd') },
      { token: engineer },
    );
    expect(res.errors).toBeUndefined();
    const gaps = res.data?.coverage.gaps ?? [];
    // story-reset got its code above (accepted); it still has no spec.
    const resetSpec = gaps.find(
      (g) => g.artifact.uid === u('story-reset') && g.gap === 'STORY_WITHOUT_SPEC',
    );
    expect(resetSpec?.suggestions[0]).toEqual({
      type: 'SPECIFIES',
      artifact: { uid: u('spec-reset'), __typename: 'TechSpec' },
    });
    expect(gaps.every((g) => g.suggestions.length <= 2)).toBe(true);
    // Each gap's suggestions are of the kind it lacks.
    const kinds = gaps
      .filter((g) => g.gap === 'STORY_WITHOUT_SPEC')
      .flatMap((g) => g.suggestions.map((x) => x.artifact.__typename));
    expect(new Set(kinds)).toEqual(new Set(['TechSpec']));
  });
});

describe('the related and suggestion queries, row by row', () => {
  let app: TestApp;
  const Q = `sq-${randomUUID().slice(0, 8)}:`;
  const q = (name: string) => `${Q}${name}`;
  const run = async (
    name: string,
    params: Record<string, unknown>,
  ): Promise<Record<string, unknown>[]> =>
    (await app.driver.executeQuery(cypher(name), { levels, ...params })).records.map(
      (r) => r.toObject() as Record<string, unknown>,
    );
  beforeAll(async () => {
    app = await startTestApp();
    await app.writer.upsertArtifacts([
      { uid: q('epic'), kind: 'EPIC', title: 'Tide tables' },
      { uid: q('s1'), kind: 'USER_STORY', title: 'Show the tide table for a harbour' },
      { uid: q('s2'), kind: 'USER_STORY', title: 'Warn of a high tide' },
      {
        uid: q('c1'),
        kind: 'CODE',
        codeKind: 'FILE',
        title: 'tides/TideTable.java',
        path: 'tides/TideTable.java',
        body: 'class TideTable { /** harbour tide table */ }',
      },
      {
        uid: q('c2'),
        kind: 'CODE',
        codeKind: 'FILE',
        title: 'tides/TideWarning.java',
        path: 'tides/TideWarning.java',
        body: 'class TideWarning { /** high tide warning */ }',
      },
      {
        uid: q('c3'),
        kind: 'CODE',
        codeKind: 'FILE',
        title: 'other/Harbour.java',
        path: 'other/Harbour.java',
        body: 'class Harbour {}',
      },
      { uid: q('commit'), kind: 'CODE', codeKind: 'COMMIT', title: 'tides' },
      {
        uid: q('hidden'),
        kind: 'CODE',
        codeKind: 'FILE',
        title: 'tides/TideSecret.java',
        path: 'tides/TideSecret.java',
        accessLevel: 'RESTRICTED',
        body: 'class TideSecret { /** harbour tide table */ }',
      },
    ]);
    await app.writer.linkMany([
      { from: q('s1'), to: q('epic'), type: 'PART_OF', via: 'manual' },
      { from: q('s2'), to: q('epic'), type: 'PART_OF', via: 'manual' },
      { from: q('c1'), to: q('s1'), type: 'IMPLEMENTS', via: 'manual' },
      { from: q('c1'), to: q('commit'), type: 'PART_OF', via: 'manual' },
      { from: q('c3'), to: q('commit'), type: 'PART_OF', via: 'manual' },
      { from: q('hidden'), to: q('commit'), type: 'PART_OF', via: 'manual' },
    ]);
    await app.driver.executeQuery(cypher('suggestions/record-decision'), {
      key: `${q('c2')}\u0000IMPLEMENTS\u0000${q('s1')}`,
      from: q('c2'),
      to: q('s1'),
      type: 'IMPLEMENTS',
      decision: 'REJECTED',
      by: 'jwt:test',
    });
  });
  afterAll(async () => {
    await app.driver.executeQuery('MATCH (d:LinkDecision) WHERE d.from STARTS WITH $p DELETE d', {
      p: Q,
    });
    await deleteByPrefix(app.driver, Q);
    await app.close();
  });

  it('related/seeds: kind, text, links, parents and rejections of visible seeds only', async () => {
    const rows = await run('related/seeds', { uids: [q('s1'), q('hidden'), q('missing')] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      uid: q('s1'),
      kind: 'USER_STORY',
      embedded: true,
      parentKinds: ['EPIC'],
      rejected: [q('c2')],
    });
    expect([...(rows[0]?.linked as string[])].sort()).toEqual([q('c1'), q('epic')].sort());
    expect(rows[0]?.text).toContain('tide table');
  });

  it('related/vector-branch: candidates of the kinds asked, never the seed or a hidden one', async () => {
    const rows = await run('related/vector-branch', {
      uids: [q('c1')],
      kinds: ['CODE'],
      k: neo4j.int(20),
      chunks: neo4j.int(8),
      hubK: neo4j.int(10),
      similarity: 'cosine',
    });
    const uids = rows.map((r) => r.uid as string).filter((x) => x.startsWith(Q));
    expect(uids).toEqual(expect.arrayContaining([q('c2'), q('c3')]));
    expect(uids).not.toContain(q('c1'));
    expect(uids).not.toContain(q('hidden'));
    expect(rows.every((r) => r.seed === q('c1'))).toBe(true);
    // The score is the similarity discounted by the candidate's hub score (CSLS): 2 × s − hub.
    for (const r of rows) {
      expect(r.similarity).toBeGreaterThan(0);
      expect(r.score as number).toBeLessThanOrEqual(2 * (r.similarity as number));
    }
  });

  it('related/text-branch: fulltext candidates of the query, filtered by level and kind', async () => {
    const rows = await run('related/text-branch', {
      seeds: [{ uid: q('s1'), query: 'harbour tide table' }],
      kinds: ['CODE'],
      k: neo4j.int(10),
    });
    const uids = rows.map((r) => r.uid as string).filter((x) => x.startsWith(Q));
    expect(uids[0]).toBe(q('c1'));
    expect(uids).not.toContain(q('hidden'));
    expect(uids).not.toContain(q('s1'));
  });

  it('related/graph-branch: sibling, same-folder and same-commit code, visible only', async () => {
    const rows = await run('related/graph-branch', {
      uids: [q('s2'), q('s1')],
      kinds: ['CODE'],
      k: neo4j.int(10),
    });
    const got = rows.map((r) => [r.seed, r.uid, Number(r.score), r.signals]);
    expect(got).toEqual(
      expect.arrayContaining([
        [q('s2'), q('c1'), 1, ['sibling']],
        [q('s1'), q('c2'), 1, ['path']],
        [q('s1'), q('c3'), 1, ['cochange']],
      ]),
    );
    expect(got.map((g) => g[1])).not.toContain(q('hidden'));
    // The hidden file shares the commit and the folder: it must not count either.
    expect(got.find((g) => g[0] === q('s1') && g[1] === q('c3'))?.[2]).toBe(1);
  });

  it('related/candidates: visible artifacts with their text and evidence excerpts', async () => {
    const rows = await run('related/candidates', {
      pairs: [
        { seed: q('s1'), uid: q('c1') },
        { seed: q('s1'), uid: q('hidden') },
      ],
      excerpt: neo4j.int(20),
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      seed: q('s1'),
      artifact: expect.objectContaining({ uid: q('c1'), embedding: null }) as unknown,
      seedChunk: 'Show the tide table for a harbour'.slice(0, 20),
      parentKinds: ['CODE'],
    });
    expect(rows[0]?.text).toContain('TideTable');
    expect((rows[0]?.chunk as string).length).toBeLessThanOrEqual(20);
  });

  it('suggestions/record-decision: one node per link, the latest decision wins', async () => {
    const params = {
      key: `${q('c3')}\u0000IMPLEMENTS\u0000${q('s2')}`,
      from: q('c3'),
      to: q('s2'),
      type: 'IMPLEMENTS',
      by: 'jwt:a',
    };
    await run('suggestions/record-decision', { ...params, decision: 'REJECTED' });
    const rows = await run('suggestions/record-decision', {
      ...params,
      decision: 'ACCEPTED',
      by: 'jwt:b',
    });
    expect(rows).toEqual([
      expect.objectContaining({ from: q('c3'), to: q('s2'), decision: 'ACCEPTED', by: 'jwt:b' }),
    ]);
    const { records } = await app.driver.executeQuery(
      'MATCH (d:LinkDecision {key: $key}) RETURN count(d) AS n',
      { key: params.key },
    );
    expect(Number(records[0]?.get('n'))).toBe(1);
  });
});
