import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { runCli, startCli } from '../../support/cli.js';
import { until } from '../../support/ws.js';

describe('threadline ingest --every: one process, round after round', () => {
  let app: TestApp;
  let dir: string;
  let env: Record<string, string>;
  const source = () => `markdown:${dir}`;

  beforeAll(async () => {
    app = await startTestApp();
    dir = mkdtempSync(path.join(os.tmpdir(), 'threadline-every-'));
    writeFileSync(
      path.join(dir, 'vault.md'),
      '---\nkind: spec\nstories: [EVR-1]\n---\n# Card vault\n\nTokenise saved cards.\n',
    );
    env = { MARKDOWN_DIRS: dir, REDIS_KEY_PREFIX: `test:${randomUUID()}:` };
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, `doc:${path.basename(dir)}/`);
    await app.driver.executeQuery(
      'MATCH (n) WHERE (n:PendingLink OR n:SyncState) AND n.source = $source DETACH DELETE n',
      { source: source() },
    );
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  });

  it('runs the rounds asked for in one runtime, each reported, the second changing nothing', async () => {
    const run = await runCli(['ingest', '--every', '1s', '--rounds', '2'], env);
    expect(run.code).toBe(0);
    expect(run.output).toContain('ingest: round 1 done');
    expect(run.output).toContain('ingest: round 2 done');
    expect(run.output).not.toContain('round 3');
    const tables = run.stdout.split('\n').filter((l) => l.startsWith(`${source()} `));
    expect(tables).toHaveLength(2);
    // created 1 in the first round; unchanged (column 6) in the second.
    expect(tables[0]?.split(/\s{2,}/).slice(1, 4)).toEqual(['ok', '1', '1']);
    expect(tables[1]?.split(/\s{2,}/).slice(1, 6)).toEqual(['ok', '1', '0', '0', '1']);
  }, 180_000);

  it('stops cleanly on SIGTERM while waiting for the next round, exiting 0 at once', async () => {
    // An hour between rounds: the test would run into its bound if the wait were not cut short.
    const cli = startCli(['ingest', '--every', '1h'], env);
    await until('the first round', () => cli.output().includes('ingest: round 1 done'), 120_000);
    cli.kill('SIGTERM');
    const run = await cli.exited;
    expect(run.code).toBe(0);
    expect(run.output).toContain('ingest: SIGTERM, stopping after the current page');
    expect(run.output).not.toContain('round 2');
    // The lease was released: a sync of the same source can run at once.
    const again = await runCli(['sync', 'markdown'], env);
    expect(again.code).toBe(0);
  }, 240_000);

  it('refuses an interval that is not a duration, with exit 2', async () => {
    const run = await runCli(['ingest', '--every', 'often'], env);
    expect(run.code).toBe(2);
    expect(run.output).toContain('use a duration such as 30s, 5m or 1h');
  });
});
