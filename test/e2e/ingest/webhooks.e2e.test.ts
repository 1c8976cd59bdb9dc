import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import { startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

const GH_SECRET = 'gh-webhook-secret';
const JIRA_SECRET = 'jira-webhook-secret';
const MAX_BODY = 64 * 1024;
const sign = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('webhooks feed the same writer as the syncs', () => {
  let app: TestApp;
  const repo = `whtest/r${randomUUID().slice(0, 6)}`;
  const key = `WHT-${Math.floor(Math.random() * 9000) + 1000}`;
  const base = () => app.url.replace(/\/graphql$/, '');
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        GITHUB_REPOS: repo,
        GITHUB_TOKEN: 'unused-by-webhooks',
        GITHUB_WEBHOOK_SECRET: GH_SECRET,
        JIRA_BASE_URL: 'https://whtest.atlassian.net',
        JIRA_EMAIL: 'bot@example.com',
        JIRA_API_TOKEN: 'unused-by-webhooks',
        JIRA_PROJECTS: 'WHT',
        JIRA_WEBHOOK_SECRET: JIRA_SECRET,
        WEBHOOK_MAX_BODY_BYTES: String(MAX_BODY),
      },
    });
  });
  afterAll(async () => {
    await app.driver.executeQuery(
      `MATCH (n) WHERE ((n:Artifact OR n:DeletedArtifact) AND (n.uid STARTS WITH $gh OR n.uid = $jira))
         OR (n:PendingLink AND n.from STARTS WITH $gh)
       DETACH DELETE n`,
      { gh: `github:${repo}#`, jira: `jira:${key}` },
    );
    await app.close();
  });

  const github = (
    event: string,
    payload: unknown,
    opts: { delivery?: string; secret?: string } = {},
  ) => {
    const body = JSON.stringify(payload);
    return fetch(`${base()}/webhooks/github`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': event,
        'x-github-delivery': opts.delivery ?? randomUUID(),
        'x-hub-signature-256': sign(opts.secret ?? GH_SECRET, body),
      },
      body,
    });
  };
  const jira = (payload: unknown, opts: { id?: string; secret?: string } = {}) => {
    const body = JSON.stringify(payload);
    return fetch(`${base()}/webhooks/jira`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-atlassian-webhook-identifier': opts.id ?? randomUUID(),
        'x-hub-signature': sign(opts.secret ?? JIRA_SECRET, body),
      },
      body,
    });
  };
  const pr = {
    action: 'opened',
    number: 7,
    pull_request: {
      number: 7,
      title: `${key} one-click payment`,
      body: 'Stores the vault token.',
      state: 'open',
      merged: false,
      html_url: `https://github.com/${repo}/pull/7`,
      head: { ref: `feature/${key.toLowerCase()}-one-click`, sha: 'a'.repeat(40) },
      base: { ref: 'main' },
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:05:00Z',
    },
    repository: { full_name: repo },
  };
  const issue = (webhookEvent: string) => ({
    timestamp: 1_795_300_000_000,
    webhookEvent,
    issue_event_type_name: 'issue_created',
    issue: {
      id: '10042',
      key,
      self: `https://whtest.atlassian.net/rest/api/3/issue/10042`,
      fields: {
        summary: 'Pay with a saved card in one click',
        issuetype: { name: 'Story', subtask: false },
        status: { name: 'In Progress' },
        project: { key: 'WHT' },
        labels: [],
        issuelinks: [],
        created: '2026-11-19T09:00:00.000+0000',
        updated: '2026-11-20T09:00:00.000+0000',
        description: {
          type: 'doc',
          version: 1,
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Confirm only the CVC.' }] },
          ],
        },
      },
    },
  });
  const count = async (uid: string) =>
    (
      await app.driver.executeQuery('MATCH (a:Artifact {uid: $uid}) RETURN count(a) AS n', { uid })
    ).records[0]?.get('n') as number;

  it('rejects a GitHub delivery with a wrong or missing signature and writes nothing', async () => {
    expect((await github('pull_request', pr, { secret: 'not-the-secret' })).status).toBe(401);
    const unsigned = await fetch(`${base()}/webhooks/github`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request' },
      body: JSON.stringify(pr),
    });
    expect(unsigned.status).toBe(401);
    expect(await count(`github:${repo}#7`)).toBe(0);
  });

  it('applies a signed pull_request event, keeping the Jira link pending', async () => {
    const res = await github('pull_request', pr);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'applied', created: 1 });
    expect(await count(`github:${repo}#7`)).toBe(1);
    const { records } = await app.driver.executeQuery(
      'MATCH (p:PendingLink {from: $from}) RETURN p.to AS to, p.type AS type, p.via AS via',
      { from: `github:${repo}#7` },
    );
    expect(records.map((r) => r.get('to') as string)).toContain(`jira:${key}`);
  });

  it('ignores events of repositories outside GITHUB_REPOS', async () => {
    const other = { ...pr, repository: { full_name: 'someone/else' } };
    expect(await (await github('pull_request', other)).json()).toEqual({
      status: 'ignored',
      event: 'pull_request',
    });
    expect(await count('github:someone/else#7')).toBe(0);
  });

  it('recognises a redelivery and changes nothing', async () => {
    const delivery = randomUUID();
    const epoch = await app.writer.epoch();
    await github('pull_request', { ...pr, action: 'edited' }, { delivery });
    const again = await github('pull_request', { ...pr, action: 'edited' }, { delivery });
    expect(await again.json()).toEqual({ status: 'duplicate' });
    expect(await app.writer.epoch()).toBe(epoch);
  });

  it('applies a Jira issue event signed with the shared secret, resolving the pending link', async () => {
    expect((await jira(issue('jira:issue_created'), { secret: 'wrong' })).status).toBe(401);
    const res = await jira(issue('jira:issue_created'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'applied', created: 1 });
    const { records } = await app.driver.executeQuery(
      'MATCH (:Code {uid: $pr})-[r:IMPLEMENTS]->(s:UserStory {uid: $story}) RETURN r.via AS via, s.body AS body',
      { pr: `github:${repo}#7`, story: `jira:${key}` },
    );
    expect(records[0]?.get('body')).toBe('Confirm only the CVC.');
    expect(['pr-title', 'branch-name', 'pr-body']).toContain(records[0]?.get('via'));
  });

  it('dedupes Jira deliveries by X-Atlassian-Webhook-Identifier', async () => {
    const id = randomUUID();
    await jira(issue('jira:issue_updated'), { id });
    expect(await (await jira(issue('jira:issue_updated'), { id })).json()).toEqual({
      status: 'duplicate',
    });
  });

  it('ignores an older Jira issue payload under a new identifier', async () => {
    const older = issue('jira:issue_updated');
    older.issue.fields.summary = 'An older summary';
    older.issue.fields.updated = '2026-11-19T12:00:00.000+0000';
    const res = await jira(older, { id: randomUUID() });
    expect(await res.json()).toMatchObject({ status: 'applied', stale: 1 });
    expect(await title(`jira:${key}`)).toBe('Pay with a saved card in one click');
  });

  it('soft-deletes an issue deleted in Jira', async () => {
    const res = await jira(issue('jira:issue_deleted'));
    expect(await res.json()).toMatchObject({ status: 'applied', deleted: 1 });
    expect(await count(`jira:${key}`)).toBe(0);
    const { records } = await app.driver.executeQuery(
      'MATCH (d:DeletedArtifact {uid: $uid}) RETURN d.deletedAt IS NOT NULL AS deleted',
      { uid: `jira:${key}` },
    );
    expect(records[0]?.get('deleted')).toBe(true);
  });

  const title = async (uid: string) =>
    (
      await app.driver.executeQuery('MATCH (a:Artifact {uid: $uid}) RETURN a.title AS title', {
        uid,
      })
    ).records[0]?.get('title') as string | undefined;
  const prVersion = (n: number, v: string, updatedAt: string) => ({
    ...pr,
    action: 'edited',
    number: n,
    pull_request: {
      ...pr.pull_request,
      number: n,
      title: `Checkout ${v}`,
      html_url: `https://github.com/${repo}/pull/${n}`,
      head: { ref: `feature/checkout-${v}`, sha: 'b'.repeat(40) },
      updated_at: updatedAt,
    },
  });

  it('ignores an older payload sent again under a new delivery id, or none', async () => {
    const uid = `github:${repo}#8`;
    const v1 = prVersion(8, 'v1', '2026-11-21T10:00:00Z');
    const v2 = prVersion(8, 'v2', '2026-11-21T11:00:00Z');
    expect(await (await github('pull_request', v1)).json()).toMatchObject({ created: 1 });
    expect(await (await github('pull_request', v2)).json()).toMatchObject({ updated: 1 });
    expect(await title(uid)).toBe('Checkout v2');
    const epoch = await app.writer.epoch();

    // A validly signed copy of v1, replayed with a fresh delivery id: nothing goes back.
    const replay = await github('pull_request', v1, { delivery: randomUUID() });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({
      status: 'applied',
      created: 0,
      updated: 0,
      stale: 1,
    });
    const body = JSON.stringify(v1);
    const undelivered = await fetch(`${base()}/webhooks/github`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request',
        'x-hub-signature-256': sign(GH_SECRET, body),
      },
      body,
    });
    expect(await undelivered.json()).toMatchObject({ status: 'applied', stale: 1 });
    expect(await title(uid)).toBe('Checkout v2');
    expect(await app.writer.epoch()).toBe(epoch);

    // A payload as new as the stored one is still applied (an edit within the same second).
    const same = prVersion(8, 'v2b', '2026-11-21T11:00:00Z');
    expect(await (await github('pull_request', same)).json()).toMatchObject({ updated: 1 });
    expect(await title(uid)).toBe('Checkout v2b');
  });

  it('applies a retry of a delivery whose first apply failed', async () => {
    const uid = `github:${repo}#9`;
    // Two soft-deleted nodes left with the PR's uid: reviving them breaks the uid constraint, so
    // Neo4j refuses the first apply (a real write failure, like a database outage mid-delivery).
    await app.driver.executeQuery(
      'UNWIND [1, 2] AS i CREATE (:DeletedArtifact {uid: $uid, kind: "CODE", title: "old"})',
      { uid },
    );
    const delivery = randomUUID();
    const payload = prVersion(9, 'retried', '2026-11-22T10:00:00Z');
    const first = await github('pull_request', payload, { delivery });
    expect(first.status).toBe(500);
    expect(await count(uid)).toBe(0);

    // The operator repairs the graph; GitHub retries with the same delivery id.
    await app.driver.executeQuery(
      'MATCH (d:DeletedArtifact {uid: $uid}) WITH d LIMIT 1 DETACH DELETE d',
      { uid },
    );
    const retry = await github('pull_request', payload, { delivery });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ status: 'applied', created: 1 });
    expect(await title(uid)).toBe('Checkout retried');
    // Recorded now that it is applied: a third copy is a duplicate.
    expect(await (await github('pull_request', payload, { delivery })).json()).toEqual({
      status: 'duplicate',
    });
  });

  it('refuses a body over WEBHOOK_MAX_BODY_BYTES with 413, before reading it whole', async () => {
    const epoch = await app.writer.epoch();
    // Declared: refused from Content-Length, signed or not.
    const big = JSON.stringify({
      ...prVersion(10, 'big', '2026-11-23T10:00:00Z'),
      pad: 'x'.repeat(MAX_BODY),
    });
    const declared = await fetch(`${base()}/webhooks/github`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request',
        'x-hub-signature-256': sign(GH_SECRET, big),
      },
      body: big,
    });
    expect(declared.status).toBe(413);

    // Streamed without a length: 24 MB offered, refused once the limit is passed, so the answer
    // arrives while most of the body is still unsent.
    const streamed = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = http.request(
        `${base()}/webhooks/github`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-github-event': 'pull_request',
            'x-hub-signature-256': sign(GH_SECRET, 'unsigned'),
          },
        },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, sent });
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const next = (): void => {
        if (sent >= 24 * 1024 * 1024) {
          req.end();
          return;
        }
        sent += chunk.length;
        if (req.write(chunk)) setImmediate(next);
        else req.once('drain', next);
      };
      next();
    });
    expect(streamed.status).toBe(413);
    expect(streamed.sent).toBeLessThan(24 * 1024 * 1024);

    // Jira, authenticated by ?secret=, under the same limit.
    const jiraBig = await fetch(`${base()}/webhooks/jira?secret=${JIRA_SECRET}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...issue('jira:issue_updated'), pad: 'x'.repeat(MAX_BODY) }),
    });
    expect(jiraBig.status).toBe(413);
    expect(await count(`github:${repo}#10`)).toBe(0);
    expect(await app.writer.epoch()).toBe(epoch);
  });

  it('refuses a Jira delivery with a wrong ?secret= before reading it', async () => {
    const res = await fetch(`${base()}/webhooks/jira?secret=wrong`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(issue('jira:issue_updated')),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid webhook secret' });
  });

  it('answers 404 on a server without webhook secrets', async () => {
    const plain = await startTestApp();
    try {
      const res = await fetch(`${plain.url.replace(/\/graphql$/, '')}/webhooks/github`, {
        method: 'POST',
        body: '{}',
      });
      expect(res.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
