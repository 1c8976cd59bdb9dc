import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { PROJECT_ROOT } from '../../../core/config.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { TEST_JWT_SECRET, testNeo4jUri, testToken } from '../../support/services.js';
import { collect, until, untilLive, wsClient } from '../../support/ws.js';
import type { Collected } from '../../support/ws.js';

interface Event {
  cursor: string;
  op: string;
  uid: string;
  kind: string;
  epoch: number;
  artifact: { uid: string; title: string } | null;
  link: { from: string; to: string; type: string; evidence: string | null } | null;
}

const FIELDS = 'cursor op uid kind epoch artifact { uid title } link { from to type evidence }';
const sub = (args = '') =>
  `subscription { artifactChanged${args ? `(${args})` : ''} { ${FIELDS} } }`;
const P = `fe-${randomUUID().slice(0, 8)}:`;
let probeCount = 0;

/** Writes probes until the subscription delivers them: from then on nothing is missed. */
async function subscribed(app: TestApp, c: Collected<Event>): Promise<void> {
  const probe = `${P}probe`;
  await untilLive('the subscription', c, async () => {
    probeCount += 1;
    const { epoch } = await app.writer.upsertArtifacts([
      { uid: probe, kind: 'EPIC', title: `probe ${probeCount}`, accessLevel: 'PUBLIC' },
    ]);
    return (e) => e.uid === probe && e.epoch === epoch;
  });
}

describe('the change feed over graphql-ws', () => {
  let app: TestApp;
  let client: Client;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        WS_SLOW_CONSUMER_EVENTS: '50',
        WS_SLOW_CONSUMER_BYTES: '262144',
        WS_MAX_SUBSCRIPTIONS: '3',
        // Only the slow-consumer caps may close the paused client below, not a missed pong.
        WS_KEEPALIVE_MS: '600000',
      },
    });
    client = wsClient(app.url);
  });
  afterAll(async () => {
    await client.dispose();
    await deleteByPrefix(app.driver, P);
    await app.close();
  });

  it('delivers CREATED, UPDATED, LINKED, UNLINKED and DELETED for mutations, in order', async () => {
    const c = collect<Event>(client, sub(), 'artifactChanged');
    await subscribed(app, c);
    const q = (m: string) => app.gql(m).then((r) => expect(r.errors).toBeUndefined());
    await q(
      `mutation { upsertArtifacts(input: [{ uid: "${P}epic", kind: EPIC, title: "Feed epic" }, { uid: "${P}story", kind: USER_STORY, title: "Feed story" }]) { created } }`,
    );
    await q(
      `mutation { upsertArtifacts(input: [{ uid: "${P}story", kind: USER_STORY, title: "Feed story, renamed" }]) { updated } }`,
    );
    await q(
      `mutation { link(from: "${P}story", to: "${P}epic", type: PART_OF, evidence: "parent: feed epic") { changed } }`,
    );
    await q(`mutation { unlink(from: "${P}story", to: "${P}epic", type: PART_OF) { changed } }`);
    await q(`mutation { deleteArtifact(uid: "${P}story") { deleted } }`);
    await until('six events', () => c.items.length >= 6);
    c.stop();
    expect(c.items.map((e) => `${e.op} ${e.uid.slice(P.length)}`)).toEqual([
      'CREATED epic',
      'CREATED story',
      'UPDATED story',
      'LINKED story',
      'UNLINKED story',
      'DELETED story',
    ]);
    expect(c.items[2]?.artifact).toEqual({ uid: `${P}story`, title: 'Feed story, renamed' });
    expect(c.items[3]?.link).toEqual({
      from: `${P}story`,
      to: `${P}epic`,
      type: 'PART_OF',
      evidence: 'parent: feed epic',
    });
    expect(c.items[5]?.artifact).toBeNull();
    const epochs = c.items.map((e) => e.epoch);
    expect(epochs).toEqual([...epochs].sort((a, b) => a - b));
    expect(new Set(c.items.map((e) => e.cursor)).size).toBe(6);
  });

  it('resumes after a disconnect with exactly the missed events, then continues live', async () => {
    const first = collect<Event>(client, sub(`uids: ["${P}r-epic"]`), 'artifactChanged');
    await app.writer.upsertArtifacts([{ uid: `${P}r-epic`, kind: 'EPIC', title: 'resume 0' }]);
    await until('the first event', () => first.items.length >= 1);
    const cursor = first.items[first.items.length - 1]?.cursor ?? '';
    first.stop();
    for (let i = 1; i <= 50; i += 1) {
      await app.writer.upsertArtifacts([{ uid: `${P}r-epic`, kind: 'EPIC', title: `resume ${i}` }]);
    }
    const again = collect<Event>(
      client,
      sub(`uids: ["${P}r-epic"], after: "${cursor}"`),
      'artifactChanged',
    );
    await until('50 replayed events', () => again.items.length >= 50);
    await app.writer.upsertArtifacts([{ uid: `${P}r-epic`, kind: 'EPIC', title: 'resume live' }]);
    await until('the live event', () => again.items.length >= 51);
    // A last write marks the end: an event delivered twice would have come before it.
    const end = await app.writer.upsertArtifacts([
      { uid: `${P}r-epic`, kind: 'EPIC', title: 'resume end' },
    ]);
    await until('the last event', () => again.items.some((e) => e.epoch === end.epoch));
    again.stop();
    expect(again.items.pop()?.epoch).toBe(end.epoch);
    expect(again.items).toHaveLength(51);
    expect(again.items.map((e) => e.op)).toEqual(new Array(51).fill('UPDATED'));
    const epochs = again.items.map((e) => e.epoch);
    expect(new Set(epochs).size).toBe(51);
    expect(epochs).toEqual([...epochs].sort((a, b) => a - b));
  });

  it('refuses a malformed or expired cursor with BAD_USER_INPUT', async () => {
    const bad = collect<Event>(client, sub('after: "yesterday"'), 'artifactChanged');
    await until('an error', () => bad.errors.length > 0);
    expect(JSON.stringify(bad.errors)).toMatch(/Malformed cursor/);
    // Trim the stream hard, then ask for a cursor from before the trim.
    await app.redis.xtrim(`${app.keyPrefix}changes`, 'MAXLEN', 1);
    const old = collect<Event>(client, sub('after: "1-0"'), 'artifactChanged');
    await until('an error', () => old.errors.length > 0);
    expect(JSON.stringify(old.errors)).toMatch(/older than the retained change history.*Resync/);
  });

  it('filters by `under` and by access level', async () => {
    await app.writer.upsertArtifacts([
      { uid: `${P}u-prd`, kind: 'PRD', title: 'Under PRD' },
      { uid: `${P}u-epic`, kind: 'EPIC', title: 'Under epic' },
      { uid: `${P}u-story`, kind: 'USER_STORY', title: 'Under story' },
      { uid: `${P}other-epic`, kind: 'EPIC', title: 'Elsewhere' },
    ]);
    await app.writer.linkMany([
      { from: `${P}u-epic`, to: `${P}u-prd`, type: 'PART_OF', via: 'manual' },
      { from: `${P}u-story`, to: `${P}u-epic`, type: 'PART_OF', via: 'manual' },
    ]);
    const under = collect<Event>(client, sub(`under: "${P}u-prd"`), 'artifactChanged');
    const all = collect<Event>(client, sub(), 'artifactChanged');
    await subscribed(app, all);
    await app.writer.upsertArtifacts([
      { uid: `${P}u-commit`, kind: 'CODE', codeKind: 'COMMIT', title: 'Commit' },
    ]);
    await app.writer.link(
      `${P}u-commit`,
      `${P}u-story`,
      'IMPLEMENTS',
      'U-1 in message',
      'commit-message',
    );
    await app.writer.upsertArtifacts([
      { uid: `${P}other-epic`, kind: 'EPIC', title: 'Elsewhere, edited' },
    ]);
    await app.writer.upsertArtifacts([
      { uid: `${P}secret`, kind: 'EPIC', title: 'Secret', accessLevel: 'RESTRICTED' },
    ]);
    await app.writer.upsertArtifacts([
      { uid: `${P}u-story`, kind: 'USER_STORY', title: 'Under story, edited' },
    ]);
    await until('the last event on both', () =>
      [under, all].every((c) => c.items.some((e) => e.uid === `${P}u-story` && e.op === 'UPDATED')),
    );
    under.stop();
    all.stop();
    expect(under.items.map((e) => `${e.op} ${e.uid.slice(P.length)}`)).toEqual([
      'LINKED u-commit',
      'UPDATED u-story',
    ]);
    expect(all.items.map((e) => e.uid)).toContain(`${P}other-epic`);
    expect(all.items.map((e) => e.uid)).not.toContain(`${P}secret`);
  });

  it('limits subscriptions per connection', async () => {
    const own = wsClient(app.url);
    const subs = Array.from({ length: 4 }, (_, i) =>
      collect<Event>(own, sub(`uids: ["${P}limit-${i}"]`), 'artifactChanged'),
    );
    await until('the fourth subscription to be refused', () => (subs[3]?.errors.length ?? 0) > 0);
    expect(JSON.stringify(subs[3]?.errors)).toMatch(/At most 3 subscriptions per connection/);
    expect(subs.slice(0, 3).every((c) => c.errors.length === 0)).toBe(true);
    subs.forEach((c) => c.stop());
    await own.dispose();
  });

  it('cuts off a client that stops reading while others keep receiving', async () => {
    const healthy = collect<Event>(client, sub(`uids: ["${P}slow-a"]`), 'artifactChanged');
    await app.writer.upsertArtifacts([
      { uid: `${P}slow-a`, kind: 'USER_STORY', title: 'Slow A' },
      { uid: `${P}slow-b`, kind: 'EPIC', title: 'Slow B' },
    ]);
    await until('the healthy subscriber', () => healthy.items.length >= 1);

    // The token first: awaited after the socket is created, 'open' could fire before its
    // listener exists, and the server would close with 4408 waiting for connection_init.
    const init = {
      type: 'connection_init',
      payload: { authorization: `Bearer ${await testToken()}` },
    };
    const raw = new WebSocket(app.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise<void>((resolve, reject) => {
      raw.once('error', reject);
      raw.once('close', (code) => reject(new Error(`closed with ${code} before connection_ack`)));
      raw.once('open', () => raw.send(JSON.stringify(init)));
      raw.on('message', (data: Buffer) => {
        if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve();
      });
    });
    raw.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: sub(`uids: ["${P}slow-a"]`) },
      }),
    );
    // No need to wait for the subscription: the server reads it whether or not this client
    // reads, and the flood below goes on until the cut-off.
    raw.pause(); // from here on the client reads nothing

    const count = async () =>
      Number(
        /threadline_slow_consumers_closed_total (\d+)/.exec(await app.metricsText())?.[1] ?? 0,
      );
    const before = await count();
    // 512 KiB of evidence per LINKED event: the kernel's loopback buffers (several MiB) fill within
    // a dozen events; then an event has to queue behind more unsent bytes than the cap allows.
    const evidence = 'x'.repeat(512 * 1024);
    let closedEarly: number | undefined;
    const closed = new Promise<number>((resolve) =>
      raw.once('close', (code) => resolve((closedEarly = code))),
    );
    let flood = 0;
    while (flood < 200 && (await count()) === before) {
      if (closedEarly !== undefined) throw new Error(`closed with ${closedEarly}, not cut off`);
      await app.writer.unlink(`${P}slow-a`, `${P}slow-b`, 'DEPENDS_ON');
      await app.writer.link(
        `${P}slow-a`,
        `${P}slow-b`,
        'DEPENDS_ON',
        `${flood} ${evidence}`,
        'test',
      );
      flood += 1;
    }
    expect(await count()).toBe(before + 1);
    raw.resume();
    expect([1013, 1006]).toContain(await closed);
    // The healthy subscriber saw every event of the flood and still receives.
    await app.writer.upsertArtifacts([
      { uid: `${P}slow-a`, kind: 'USER_STORY', title: 'Slow A, after' },
    ]);
    await until('the healthy subscriber after the cut-off', () =>
      healthy.items.some((e) => e.op === 'UPDATED' && e.uid === `${P}slow-a`),
    );
    expect(healthy.items.filter((e) => e.op === 'LINKED')).toHaveLength(flood);
    healthy.stop();
  }, 180_000);
});

describe('the change feed across server processes', () => {
  let app: TestApp;
  let child: ChildProcess;
  let childUrl = '';
  beforeAll(async () => {
    app = await startTestApp();
    child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'cli', 'main.ts'), 'serve'],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: testNeo4jUri(),
          REDIS_URL: app.redisUrl,
          REDIS_KEY_PREFIX: app.keyPrefix,
          AUTH_JWT_SECRET: TEST_JWT_SECRET,
          PORT: '0',
          DEMO_DATA: 'false',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    childUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Threadline is ready: (\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`second server exited (${code}): ${out}`)));
    });
  }, 90_000);
  afterAll(async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    await deleteByPrefix(app.driver, P);
    await app.close();
  });

  it('delivers a write made through one process to a subscriber on the other', async () => {
    const client = wsClient(childUrl);
    const c = collect<Event>(client, sub(`uids: ["${P}x-epic"]`), 'artifactChanged');
    const deadline = Date.now() + 15_000;
    for (let i = 0; c.items.length === 0 && Date.now() < deadline; i += 1) {
      const res = await app.gql(
        `mutation { upsertArtifacts(input: [{ uid: "${P}x-epic", kind: EPIC, title: "Cross ${i}" }]) { epoch } }`,
      );
      expect(res.errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(c.items[0]).toMatchObject({ uid: `${P}x-epic`, artifact: { uid: `${P}x-epic` } });
    c.stop();
    await client.dispose();
  });
});
