/**
 * Schema migrations: `cypher/migrations/NNN-name.cypher`, applied in order, each once.
 *
 * Applied migrations are recorded as `(:_Migration {id, name, checksum, appliedAt})`. A lease on
 * a `(:_MigrationLock)` node (unique by constraint, so MERGE is race-safe) serialises concurrent
 * runners: the second process waits, then finds nothing left to do. Statements are schema
 * commands with `IF NOT EXISTS`, so a run interrupted half-way is safe to repeat.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver, Session } from 'neo4j-driver';
import { PROJECT_ROOT } from './config.js';
import type { Config } from './config.js';
import { cypher } from './cypher.js';

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'cypher', 'migrations');
const LEASE_MS = 120_000;

export interface Migration {
  id: number;
  name: string;
  checksum: string;
  statements: string[];
}

/** Values substituted for `{{name}}` in migration files (validated config only). */
export function migrationParams(config: Pick<Config, 'embeddings'>): Record<string, string> {
  const e = config.embeddings;
  return {
    dimensions: String(e.dimensions),
    similarity: e.similarity,
    hnswM: String(e.hnsw.m),
    hnswEfConstruction: String(e.hnsw.efConstruction),
    quantization: String(e.quantization),
  };
}

/** Splits a migration file into statements (`;` at end of line), dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Fills `{{name}}` placeholders. @throws {Error} on a placeholder with no value. */
export function render(text: string, params: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`migration placeholder {{${key}}} has no value`);
    return value;
  });
}

/** Reads and renders the migration files in order. */
export function loadMigrations(params: Record<string, string>, dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(dir, file), 'utf8');
      return {
        id: Number(file.slice(0, 3)),
        name: file.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(raw).digest('hex'),
        statements: splitStatements(render(raw, params)),
      };
    });
}

/**
 * Creates the lock's uniqueness constraint, which makes the lock's MERGE race-safe. Two processes
 * creating it at once can fail in more ways than "already exists", so retry until it is there.
 */
async function ensureLockConstraint(session: Session): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await session.run(cypher('schema/create-lock-constraint'));
      return;
    } catch (error) {
      const found = await session.run(cypher('schema/lock-constraint'));
      if (found.records.length > 0) return;
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

async function acquireLock(
  driver: Driver,
  database: string | undefined,
  owner: string,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await ensureLockConstraint(session);
    for (;;) {
      const got = await session.executeWrite(async (tx) => {
        const res = await tx.run(cypher('schema/take-lock'), { owner, lease: LEASE_MS });
        return res.records.length === 1;
      });
      if (got) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await session.close();
  }
}

async function releaseLock(
  driver: Driver,
  database: string | undefined,
  owner: string,
): Promise<void> {
  await driver.executeQuery(cypher('schema/release-lock'), { owner }, { database });
}

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

/**
 * Applies pending migrations in order and waits for indexes to come online.
 * @throws {Error} when an applied migration's file has changed since (checksum mismatch).
 */
export async function migrate(
  driver: Driver,
  config: Pick<Config, 'embeddings' | 'neo4j'>,
  log: (m: string) => void = () => {},
  dir = MIGRATIONS_DIR,
): Promise<MigrateResult> {
  const database = config.neo4j.database;
  const migrations = loadMigrations(migrationParams(config), dir);
  const owner = randomUUID();
  await acquireLock(driver, database, owner);
  try {
    const { records } = await driver.executeQuery(
      cypher('schema/applied-migrations'),
      {},
      { database },
    );
    const done = new Map(records.map((r) => [r.get('id') as number, r.get('checksum') as string]));
    const result: MigrateResult = { applied: [], skipped: [] };
    for (const m of migrations) {
      const checksum = done.get(m.id);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          throw new Error(
            `Migration ${m.name} was changed after it was applied. Add a new migration instead of editing an applied one.`,
          );
        }
        result.skipped.push(m.name);
        continue;
      }
      for (const statement of m.statements) {
        await driver.executeQuery(statement, {}, { database });
      }
      await driver.executeQuery(
        cypher('schema/record-migration'),
        { id: m.id, name: m.name, checksum: m.checksum },
        { database },
      );
      log(`applied migration ${m.name}`);
      result.applied.push(m.name);
    }
    await driver.executeQuery(cypher('schema/await-indexes'), {}, { database });
    return result;
  } finally {
    await releaseLock(driver, database, owner);
  }
}

/**
 * Checks that the vector indexes have the dimensions the configured embedder produces.
 * @throws {Error} telling to run `npm run reindex` when they differ (e.g. after switching provider).
 */
export async function assertVectorIndexes(
  driver: Driver,
  config: Pick<Config, 'embeddings' | 'neo4j'>,
): Promise<void> {
  const { records } = await driver.executeQuery(
    cypher('schema/vector-index-dimensions'),
    {},
    { database: config.neo4j.database },
  );
  for (const r of records) {
    const dims = r.get('dims') as number;
    if (dims !== config.embeddings.dimensions) {
      throw new Error(
        `Vector index ${r.get('name') as string} has ${dims} dimensions but the ${config.embeddings.provider} embedder produces ${config.embeddings.dimensions}. Run \`npm run reindex\` to rebuild the indexes and re-embed the graph, or switch back to the previous provider.`,
      );
    }
  }
}

/** Whether the graph holds no artifacts yet. */
export async function graphIsEmpty(
  driver: Driver,
  config: Pick<Config, 'neo4j'>,
): Promise<boolean> {
  const { records } = await driver.executeQuery(
    cypher('seed/graph-empty'),
    {},
    { database: config.neo4j.database },
  );
  return records[0]?.get('empty') === true;
}
