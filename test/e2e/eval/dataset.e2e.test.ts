import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateDataset, readDataset } from '../../../eval/dataset.js';
import { deleteByPrefix, startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'tiny');
const P = `ds-${randomUUID().slice(0, 8)}:`;

describe('the dataset eval (eval --dataset) on a tiny traceability fixture', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await deleteByPrefix(app.driver, P);
    await app.close();
  });

  it('reads requirements, code and links, skipping nothing that links.txt names', () => {
    const ds = readDataset(FIXTURE);
    expect(ds.requirements.size).toBe(4);
    expect(ds.code.size).toBe(5);
    expect(ds.links.get('UC1.txt')).toEqual([
      'KeeperRegistrationForm.java',
      'KeeperRepository.java',
    ]);
    expect(ds.links.has('UC4.txt')).toBe(false);
  });

  it('loads the dataset through the writer and scores every search mode beside the TF-IDF floor', async () => {
    const ds = readDataset(FIXTURE);
    const scope = { levels: app.runtime.config.access.defaultLevels };
    const { rows } = await evaluateDataset(app.runtime, scope, ds, P);
    expect([...rows.keys()]).toEqual([
      'HYBRID',
      'VECTOR',
      'FULLTEXT',
      'related',
      'suggestedLinks',
      'TF-IDF floor',
    ]);
    // Three requirements have links; UC4 (no link) is not asked.
    for (const s of rows.values()) expect(s.n).toBe(3);
    // The written artifacts are really there: one story a requirement, one FILE a class.
    const { records } = await app.driver.executeQuery(
      `MATCH (a:Artifact) WHERE a.uid STARTS WITH $p RETURN a.kind AS kind, a.codeKind AS ck, count(*) AS n ORDER BY kind`,
      { p: P },
    );
    expect(records.map((r): unknown[] => [r.get('kind'), r.get('ck'), Number(r.get('n'))])).toEqual(
      [
        ['CODE', 'FILE', 5],
        ['USER_STORY', null, 4],
      ],
    );
    // The vocabulary of each story is the vocabulary of its classes: every ranker finds them.
    for (const [mode, s] of rows) {
      expect([mode, s.recall5]).toEqual([mode, 1]);
      expect(s.map).toBeGreaterThan(0.8);
    }
  });
});
