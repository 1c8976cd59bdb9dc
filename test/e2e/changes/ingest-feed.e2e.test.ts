import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMarkdownJob } from '../../../ingest/markdown/job.js';
import { publishProgress } from '../../../graph/progress.js';
import { createLogger } from '../../../core/logger.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { ACCESS_LEVELS } from '../../../graph/access.js';
import { testConfig, testToken } from '../../support/services.js';
import { collect, until, untilLive, wsClient } from '../../support/ws.js';

interface Event {
  op: string;
  uid: string;
  link: { from: string; to: string; type: string } | null;
}

describe('the change feed and sync progress during an ingest sync', () => {
  let app: TestApp;
  let dir: string;
  let name: string;
  beforeAll(async () => {
    app = await startTestApp();
    dir = mkdtempSync(path.join(os.tmpdir(), 'feeddocs-'));
    name = path.basename(dir);
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, `probe:${name}:`);
    await app.driver.executeQuery(
      `MATCH (n) WHERE ((n:Artifact OR n:DeletedArtifact) AND n.uid STARTS WITH $p)
         OR (n:SyncState AND n.source = $source)
       OPTIONAL MATCH (c:Chunk)-[:OF]->(n)
       DETACH DELETE c, n`,
      { p: `doc:${name}/`, source: `markdown:${dir}` },
    );
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  });

  it('delivers CREATED, LINKED, UPDATED and DELETED in order, and the run’s progress', async () => {
    const uid = (doc: string) => `doc:${name}/${doc}`;
    const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);
    write('epic.md', `---\nkind: epic\nprd: ${uid('prd')}\naccess: PUBLIC\n---\n# Saved cards\n`);
    write('prd.md', '---\nkind: prd\naccess: PUBLIC\n---\n# Checkout v3\n\nFaster checkout.\n');
    write('spec.md', `---\nkind: spec\nstories: [${uid('story')}]\naccess: PUBLIC\n---\n# Vault\n`);
    write(
      'story.md',
      `---\nkind: story\nepic: ${uid('epic')}\naccess: PUBLIC\n---\n# Pay in one click\n`,
    );

    // syncProgress counts artifacts of every level: it needs a caller who may read them all.
    const client = wsClient(app.url, await testToken({ levels: [...ACCESS_LEVELS] }));
    try {
      const feed = collect<Event>(
        client,
        `subscription ($under: ID) { artifactChanged(under: $under) { op uid link { from to type } } }`,
        'artifactChanged',
        {},
      );
      const progress = collect<{ source: string; phase: string; fetched: number }>(
        client,
        `subscription ($s: String) { syncProgress(source: $s) { source phase fetched } }`,
        'syncProgress',
        { s: `markdown:${dir}` },
      );
      // Both subscriptions are live once a probe sent through each has come back.
      await untilLive('the change feed', feed, async (n) => {
        const probe = `probe:${name}:${n}`;
        await app.writer.upsertArtifacts([
          { uid: probe, kind: 'EPIC', title: 'Probe', accessLevel: 'PUBLIC' },
        ]);
        return (e) => e.uid === probe;
      });
      const publish = publishProgress(app.redis, app.keyPrefix);
      await untilLive('sync progress', progress, (n) => {
        const probe = { fetched: -n, written: 0, embedded: 0, waits: 0 };
        publish({ source: `markdown:${dir}`, phase: 'waiting', ...probe });
        return Promise.resolve((p) => p.fetched === -n);
      });
      const job = () =>
        createMarkdownJob(dir, testConfig(), {
          driver: app.driver,
          writer: app.writer,
          logger: createLogger('silent'),
          onProgress: publishProgress(app.redis, app.keyPrefix),
        });
      expect((await job().start()).status).toBe('ok');
      write(
        'spec.md',
        `---\nkind: spec\nstories: [${uid('story')}]\naccess: PUBLIC\n---\n# Vault v2\n`,
      );
      rmSync(path.join(dir, 'story.md'));
      expect((await job().start()).status).toBe('ok');

      const mine = () => feed.items.filter((e) => e.uid.startsWith(`doc:${name}/`));
      await until('the feed to deliver the second run', () =>
        mine().some((e) => e.op === 'DELETED'),
      );
      expect(
        mine().map((e) => [e.op, e.uid.slice(`doc:${name}/`.length), e.link?.to ?? null]),
      ).toEqual([
        ['CREATED', 'epic', null],
        ['CREATED', 'prd', null],
        ['CREATED', 'spec', null],
        ['CREATED', 'story', null],
        ['LINKED', 'epic', uid('prd')],
        ['LINKED', 'spec', uid('story')],
        ['LINKED', 'story', uid('epic')],
        ['UPDATED', 'spec', null],
        ['DELETED', 'story', null],
      ]);
      await until(
        'progress to report both runs done',
        () => progress.items.filter((p) => p.phase === 'DONE').length >= 2,
      );
      expect(progress.items.every((p) => p.source === `markdown:${dir}`)).toBe(true);
      expect(progress.items.find((p) => p.phase === 'DONE')?.fetched).toBe(4);
    } finally {
      await client.dispose();
    }
  });
});
