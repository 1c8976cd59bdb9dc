import { randomUUID } from 'node:crypto';
import { decodeChange } from '../../../graph/outbox.js';
import type { ChangeRecord } from '../../../graph/outbox.js';
import { applyPage } from '../../../ingest/sync/apply.js';
import type { ApplyDeps } from '../../../ingest/sync/apply.js';
import { emptyPage } from '../../../ingest/sync/types.js';
import type { LinkCandidate } from '../../../ingest/sync/types.js';
import { createLogger } from '../../../core/logger.js';
import { countsUnder, deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

const P = `fa-${randomUUID().slice(0, 8)}:`;
const SOURCE = `test:${P}`;
const VIAS = ['front-matter'];

const link = (from: string, type: LinkCandidate['type'], to: string): LinkCandidate => ({
  from: P + from,
  to: P + to,
  type,
  via: 'front-matter',
  evidence: `${from} names ${to}`,
});

/** Change events of this file's artifacts appended to the stream since `from` (exclusive). */
async function eventsSince(app: TestApp, from: string): Promise<(ChangeRecord & { id: string })[]> {
  const entries = await app.redis.xrange(`${app.keyPrefix}changes`, `(${from}`, '+');
  return entries
    .map(([id, fields]) => ({ id, ...decodeChange(fields) }))
    .filter((e) => e.uid.startsWith(P));
}

async function lastEventId(app: TestApp): Promise<string> {
  const [last] = await app.redis.xrevrange(`${app.keyPrefix}changes`, '+', '-', 'COUNT', 1);
  return last?.[0] ?? '0-0';
}

async function linksOf(app: TestApp, uid: string): Promise<string[]> {
  const { records } = await app.driver.executeQuery(
    `MATCH (:Artifact {uid: $uid})-[r]->(b:Artifact)
     RETURN type(r) + ' ' + substring(b.uid, size($p)) + ' ' + r.via AS link ORDER BY link`,
    { uid: P + uid, p: P },
  );
  return records.map((r) => r.get('link') as string);
}

describe('a page written in one pass', () => {
  let app: TestApp;
  let deps: ApplyDeps;
  const story = { uid: `${P}story`, kind: 'USER_STORY' as const, title: 'Pay in one click' };
  const artifacts = [
    { uid: `${P}prd`, kind: 'PRD' as const, title: 'Checkout v3' },
    { uid: `${P}epic`, kind: 'EPIC' as const, title: 'Saved cards' },
    story,
    { uid: `${P}other`, kind: 'USER_STORY' as const, title: 'Card nicknames' },
    { uid: `${P}third`, kind: 'USER_STORY' as const, title: 'Card expiry' },
  ];
  const stated = [
    link('story', 'PART_OF', 'epic'),
    link('story', 'DEPENDS_ON', 'other'),
    link('story', 'DEPENDS_ON', 'third'),
    link('story', 'DEPENDS_ON', 'later'),
  ];
  const page = (links: LinkCandidate[]) =>
    emptyPage({ artifacts: [story], links, reconcile: [story.uid] });

  beforeAll(async () => {
    app = await startTestApp();
    deps = { driver: app.driver, writer: app.writer, logger: createLogger('silent') };
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, P);
    await app.driver.executeQuery('MATCH (p:PendingLink) WHERE p.from STARTS WITH $p DELETE p', {
      p: P,
    });
    await app.close();
  });

  it('writes, keeps pending and refuses links, with the counts of each', async () => {
    await app.writer.upsertArtifacts(artifacts);
    const result = await applyPage(
      deps,
      SOURCE,
      VIAS,
      emptyPage({
        artifacts: [story, { uid: `${P}bad`, kind: 'EPIC', title: ' ' }],
        links: [...stated, link('story', 'PART_OF', 'prd')],
        reconcile: [story.uid],
      }),
    );
    expect(result).toMatchObject({ unchanged: 1, linked: 3, pending: 1, unlinked: 0 });
    expect(result.bad).toEqual([{ sourceId: `${P}bad`, reason: 'title must not be empty' }]);
    expect(result.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^PART_OF cannot link USER_STORY to PRD: /),
    ]);
    expect(await linksOf(app, 'story')).toEqual([
      'DEPENDS_ON other front-matter',
      'DEPENDS_ON third front-matter',
      'PART_OF epic front-matter',
    ]);
  });

  it('removes the stale links it owns in one transaction: one epoch, one batch of events', async () => {
    await app.writer.link(story.uid, `${P}prd`, 'DEPENDS_ON', 'by hand');
    await app.writer.linkMany([{ ...link('story', 'DEPENDS_ON', 'epic'), via: 'jira-link' }]);
    const epoch = await app.writer.epoch();
    const mark = await lastEventId(app);

    const result = await applyPage(deps, SOURCE, VIAS, page([stated[0]!]));

    expect(result).toMatchObject({ linked: 0, unlinked: 2, unchanged: 1 });
    expect(await linksOf(app, 'story')).toEqual([
      'DEPENDS_ON epic jira-link',
      'DEPENDS_ON prd manual',
      'PART_OF epic front-matter',
    ]);
    expect(await app.writer.epoch()).toBe(epoch + 1);
    const events = await eventsSince(app, mark);
    const described = events.map((e) => [e.op, e.link?.to.slice(P.length), e.link?.via, e.epoch]);
    expect(described.sort()).toEqual([
      ['UNLINKED', 'other', 'front-matter', epoch + 1],
      ['UNLINKED', 'third', 'front-matter', epoch + 1],
    ]);
    // The stale pending link (to `later`, no longer stated) goes too.
    const { records } = await app.driver.executeQuery(
      'MATCH (p:PendingLink) WHERE p.from STARTS WITH $p RETURN count(p) AS n',
      { p: P },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('changes nothing when the page is replayed', async () => {
    const before = await countsUnder(app.driver, P);
    const epoch = await app.writer.epoch();
    const result = await applyPage(deps, SOURCE, VIAS, page([stated[0]!]));
    expect(result).toMatchObject({ created: 0, updated: 0, linked: 0, unlinked: 0, deleted: 0 });
    expect(await countsUnder(app.driver, P)).toEqual(before);
    expect(await app.writer.epoch()).toBe(epoch);
  });
});
