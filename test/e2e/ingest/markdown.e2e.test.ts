import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMarkdownJob } from '../../../ingest/markdown/job.js';
import { createLogger } from '../../../core/logger.js';
import { startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { testConfig } from '../../support/services.js';

describe('the markdown connector on a folder of documents', () => {
  let app: TestApp;
  let dir: string;
  let name: string;
  beforeAll(async () => {
    app = await startTestApp();
    dir = mkdtempSync(path.join(os.tmpdir(), 'mddocs-'));
    name = path.basename(dir);
    mkdirSync(path.join(dir, 'prd'));
    const section = (title: string) =>
      `## ${title}\n\n${Array.from({ length: 5 }, (_, i) => `${title} detail ${i}: ${'text '.repeat(50)}`).join('\n\n')}`;
    writeFileSync(
      path.join(dir, 'prd', 'loyalty.md'),
      `# Loyalty points\n\nReward repeat buyers.\n\n${section('Rollout')}\n\n${section('Risks')}\n`,
    );
    writeFileSync(path.join(dir, 'broken.md'), '---\nkind: [spec\n---\n# Broken front matter\n');
    writeFileSync(path.join(dir, 'notes.md'), '# Meeting notes\n\nNo kind, no known folder.\n');
    writeFileSync(
      path.join(dir, 'ledger-spec.md'),
      '---\nkind: spec\ntitle: Points ledger\nstories: [MDT-7]\n---\nDouble-entry ledger.\n',
    );
  });
  afterAll(async () => {
    await app.driver.executeQuery(
      `MATCH (n) WHERE ((n:Artifact OR n:DeletedArtifact) AND n.uid STARTS WITH $p)
         OR (n:SyncState AND n.source = $source) OR (n:PendingLink AND n.from STARTS WITH $p)
       OPTIONAL MATCH (c:Chunk)-[:OF]->(n)
       DETACH DELETE c, n`,
      { p: `doc:${name}/`, source: `markdown:${dir}` },
    );
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  });
  const job = () =>
    createMarkdownJob(dir, testConfig(), {
      driver: app.driver,
      writer: app.writer,
      logger: createLogger('silent'),
    });

  it('skips and reports bad documents, writes the rest, and moves the checkpoint', async () => {
    const summary = await job().start();
    expect(summary.status).toBe('ok');
    expect(summary.created).toBe(2);
    expect(summary.bad.map((b) => b.sourceId).sort()).toEqual(['broken.md', 'notes.md']);
    expect(summary.bad.find((b) => b.sourceId === 'notes.md')?.reason).toMatch(/no kind/);
    const { records } = await app.driver.executeQuery(
      'MATCH (s:SyncState {source: $s}) RETURN s.checkpoint IS NOT NULL AS moved, s.lastSummary AS last',
      { s: `markdown:${dir}` },
    );
    expect(records[0]?.get('moved')).toBe(true);
    expect(JSON.parse(records[0]?.get('last') as string)).toMatchObject({ bad: 2, created: 2 });
    // The API reports each source's last run in /metrics, whichever process ran it.
    const metrics = await app.metricsText();
    expect(metrics).toContain(`threadline_sync_bad_records{source="markdown:${dir}"} 2`);
    expect(metrics).toMatch(
      new RegExp(`threadline_sync_last_run_seconds\\{source="markdown:${dir}",status="ok"\\} \\d+`),
    );
  });

  it('chunks a long document by heading, each chunk of a section starting with its heading', async () => {
    const { records } = await app.driver.executeQuery(
      'MATCH (c:Chunk)-[:OF]->(:PRD {uid: $uid}) RETURN c.text AS text ORDER BY c.ordinal',
      { uid: `doc:${name}/prd/loyalty` },
    );
    const texts = records.map((r) => r.get('text') as string);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts[0]).toMatch(/^# Loyalty points/);
    for (const t of texts.slice(1)) expect(t).toMatch(/^## (Rollout|Risks)\n/);
    expect(texts.some((t) => t.startsWith('## Rollout') && t.includes('Risks detail'))).toBe(false);
  });

  it('keeps a link to a story not yet in the graph as pending, with its evidence', async () => {
    const { records } = await app.driver.executeQuery(
      'MATCH (p:PendingLink {from: $from}) RETURN p.to AS to, p.type AS type, p.evidence AS evidence',
      { from: `doc:${name}/ledger-spec` },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { to: 'jira:MDT-7', type: 'SPECIFIES', evidence: 'stories: MDT-7' },
    ]);
  });

  it('changes nothing when replayed, and forgets a link removed from the front matter', async () => {
    const replay = await job().start();
    expect(replay).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    writeFileSync(
      path.join(dir, 'ledger-spec.md'),
      '---\nkind: spec\ntitle: Points ledger\n---\nDouble-entry ledger.\n',
    );
    const changed = await job().start();
    // The document itself is unchanged (front matter is not its text): only the link goes.
    expect(changed).toMatchObject({ created: 0, updated: 0 });
    const { records } = await app.driver.executeQuery(
      'MATCH (p:PendingLink {from: $from}) RETURN count(p) AS n',
      { from: `doc:${name}/ledger-spec` },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('re-creates a document whose kind changed, with the new kind label', async () => {
    writeFileSync(
      path.join(dir, 'ledger-spec.md'),
      '---\nkind: prd\ntitle: Points ledger\n---\nNow a PRD.\n',
    );
    const summary = await job().start();
    expect(summary).toMatchObject({ status: 'ok', retyped: 1, created: 1 });
    const { records } = await app.driver.executeQuery(
      'MATCH (a:Artifact {uid: $uid}) RETURN labels(a) AS labels, a.kind AS kind',
      { uid: `doc:${name}/ledger-spec` },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { labels: ['Artifact', 'PRD'], kind: 'PRD' },
    ]);
  });

  it('reports in a dry run what would change, and writes nothing', async () => {
    writeFileSync(
      path.join(dir, 'ledger-spec.md'),
      '---\nkind: prd\ntitle: Points ledger\n---\nRewritten.\n',
    );
    const epoch = await app.writer.epoch();
    const dry = await job().start({ dryRun: true });
    expect(dry).toMatchObject({ status: 'ok', dryRun: true, created: 0, updated: 1, unchanged: 1 });
    expect(await app.writer.epoch()).toBe(epoch);
    expect((await job().start()).updated).toBe(1);
  });
});
