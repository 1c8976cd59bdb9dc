import { buildConfig } from './config.js';
import { loadMigrations, migrationParams, render, splitStatements } from './migrate.js';

describe('migration files', () => {
  it('splits statements on line-ending semicolons and drops comment lines', () => {
    const text =
      '// comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b\n  IF NOT EXISTS FOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b\n  IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  it('refuses a placeholder without a value', () => {
    expect(() => render('{{dimensions}} {{nope}}', { dimensions: '3' })).toThrow(/nope/);
  });

  it('renders the vector index with the configured dimensions and HNSW settings', () => {
    const config = buildConfig({
      EMBEDDINGS_PROVIDER: 'local',
      EMBEDDINGS_DIMENSIONS: '128',
      VECTOR_HNSW_M: '32',
    });
    const migrations = loadMigrations(migrationParams(config));
    expect(migrations.map((m) => m.id)).toEqual(
      [...migrations.map((m) => m.id)].sort((a, b) => a - b),
    );
    const vector = migrations.find((m) => m.name.endsWith('vector'));
    expect(vector?.statements.join('\n')).toContain('`vector.dimensions`: 128');
    expect(vector?.statements.join('\n')).toContain('`vector.hnsw.m`: 32');
  });
});
