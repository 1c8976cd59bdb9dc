/**
 * `threadline eval` (`npm run eval`): retrieval quality on the demo portfolio. For each embedding provider it builds
 * a fresh graph in its own local Neo4j (port 7689, or `EVAL_NEO4J_PORT`; `.threadline/eval/neo4j`, never the graph you
 * work with), loads the demo portfolio, asks every question of `eval/questions.json` through the
 * same query services the API's resolvers call (`queries/`), and reports recall@5, recall@10 and MRR for `VECTOR`, `FULLTEXT`, `HYBRID` and
 * `HYBRID + graph` (the ordered context `ask` gives the model: hits, their lineage, their code),
 * overall and for direct and multi-hop questions.
 *
 * Providers: `EVAL_PROVIDERS=local,minilm,ollama` (default: all three; one that cannot run here,
 * such as Ollama without a server, is reported as skipped). `EVAL_VERBOSE=1` lists the misses.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT, buildConfig } from '../core/config.js';
import type { Config } from '../core/config.js';
import { cypher } from '../core/cypher.js';
import { createLogger } from '../core/logger.js';
import { migrate } from '../core/migrate.js';
import { createEmbedder } from '../embed/provider.js';
import { loadDemoData } from '../ingest/demo/portfolio.js';
import { answer } from '../queries/ask/answer.js';
import { search } from '../queries/search.js';
import type { Scope } from '../queries/runtime.js';
import { createRuntime } from '../runtime/runtime.js';
import type { Runtime } from '../runtime/runtime.js';
import { DEPTH, evaluateDataset, readDataset } from './dataset.js';
import { score } from './metrics.js';
import type { Judged, Scores } from './metrics.js';

interface Question {
  id: string;
  question: string;
  expected: string[];
  type: 'direct' | 'multi-hop';
}

const MODES = ['VECTOR', 'FULLTEXT', 'HYBRID', 'HYBRID + graph'] as const;
type Mode = (typeof MODES)[number];
const VERBOSE = process.env.EVAL_VERBOSE === '1';

const questions = JSON.parse(
  readFileSync(path.join(PROJECT_ROOT, 'eval', 'questions.json'), 'utf8'),
) as Question[];

function evalConfig(provider: string): Config {
  const { NEO4J_URI: _ignored, ...env } = process.env;
  return buildConfig({
    ...env,
    // Its own Neo4j: the eval wipes the graph it runs on.
    NEO4J_LOCAL_PORT: process.env.EVAL_NEO4J_PORT ?? '7689',
    NEO4J_LOCAL_DATA_DIR: path.join(PROJECT_ROOT, '.threadline', 'eval', 'neo4j'),
    EMBEDDINGS_PROVIDER: provider,
    EMBEDDINGS_DIMENSIONS: undefined,
    REDIS_KEY_PREFIX: `eval:${randomUUID()}:`,
    PORT: '0',
    LOG_LEVEL: 'silent',
    ASK_GENERATION: 'off',
    // Quality, not latency, is measured here: a busy machine must not cost a provider its run.
    QUERY_TIMEOUT_MS: process.env.QUERY_TIMEOUT_MS ?? '60000',
  });
}

/** Empties the eval graph and its schema, so migrations build indexes for this provider. */
async function resetGraph(driver: Driver): Promise<void> {
  // The eval graph is small (the demo portfolio): one transaction is enough.
  await driver.executeQuery(cypher('eval/delete-all'));
  // DROP statements are built in code: the names they take are identifiers, not values.
  for (const r of (await driver.executeQuery(cypher('schema/constraints'))).records) {
    await driver.executeQuery(`DROP CONSTRAINT \`${r.get('name') as string}\``);
  }
  const indexes = await driver.executeQuery(cypher('schema/indexes'));
  for (const r of indexes.records) {
    await driver.executeQuery(`DROP INDEX \`${r.get('name') as string}\``);
  }
}

async function ranked(rt: Runtime, scope: Scope, q: Question, mode: Mode): Promise<string[]> {
  if (mode === 'HYBRID + graph') {
    const stream = answer(rt, scope, { question: q.question });
    for (;;) {
      const next = await stream.next();
      if (next.done) return next.value.citations.map((c) => c.artifact.uid);
    }
  }
  const hits = await search(rt, scope, { text: q.question, first: 10, mode });
  return hits.map((h) => h.artifact.uid);
}

type Row = Record<Mode, Record<'all' | 'direct' | 'multi-hop', Scores>>;

/** A runtime of `provider` over an emptied, freshly migrated eval graph, given to `use`. */
async function withFreshGraph<T>(
  provider: string,
  base: Runtime,
  use: (rt: Runtime, scope: Scope) => Promise<T>,
): Promise<T> {
  const config = evalConfig(provider);
  // A provider that cannot run here (no Ollama, no model files) is skipped with its reason.
  await createEmbedder(config).embed(['probe']);
  await resetGraph(base.driver);
  await migrate(base.driver, config);
  const rt = await createRuntime(config, {
    logger: base.logger,
    driver: base.driver,
    redis: base.redis,
  });
  try {
    // What an anonymous API caller reads: the configured default levels.
    return await use(rt, { levels: config.access.defaultLevels });
  } finally {
    await rt.close();
  }
}

async function evaluate(provider: string, base: Runtime) {
  return withFreshGraph(provider, base, async (rt, scope) => {
    const started = performance.now();
    await loadDemoData(rt.writer);
    const loadMs = performance.now() - started;
    const row = {} as Row;
    for (const mode of MODES) {
      const judged: (Judged & { q: Question })[] = [];
      for (const q of questions)
        judged.push({ q, ranked: await ranked(rt, scope, q, mode), expected: q.expected });
      row[mode] = {
        all: score(judged),
        direct: score(judged.filter((j) => j.q.type === 'direct')),
        'multi-hop': score(judged.filter((j) => j.q.type === 'multi-hop')),
      };
      if (VERBOSE) {
        for (const j of judged.filter(
          (x) => !x.ranked.slice(0, 10).some((u) => x.expected.includes(u)),
        )) {
          process.stdout.write(
            `  miss ${provider} ${mode} ${j.q.id}: ${j.q.question}\n    top: ${j.ranked.slice(0, 3).join(', ')}\n`,
          );
        }
      }
    }
    return { row, loadMs, model: rt.embedder.model };
  });
}

const pct = (x: number) => x.toFixed(2);

const providerList = () =>
  (process.env.EVAL_PROVIDERS ?? 'local,minilm,ollama').split(',').map((p) => p.trim());

/**
 * Runs the dataset evaluation (`eval --dataset DIR`, see `dataset.ts`) and prints one table a
 * provider: MAP@20 and recall for each search mode, and the TF-IDF floor.
 */
export async function runDatasetEval(dir: string): Promise<void> {
  const ds = readDataset(dir);
  const links = [...ds.links.values()].reduce((n, l) => n + l.length, 0);
  process.stdout.write(
    `dataset ${ds.name}: ${ds.requirements.size} requirements (${ds.links.size} with links), ${ds.code.size} code files, ${links} links; search(kinds: [CODE], first: ${DEPTH}), related(uid, kinds: [CODE], first: ${DEPTH}), suggestedLinks(uid, first: ${DEPTH})\n\n`,
  );
  const base = await createRuntime(evalConfig('local'), {
    logger: createLogger('silent'),
    log: (m) => process.stderr.write(`${m}\n`),
  });
  try {
    for (const provider of providerList()) {
      let result;
      try {
        result = await withFreshGraph(provider, base, async (rt, scope) => ({
          model: rt.embedder.model,
          ...(await evaluateDataset(rt, scope, ds)),
        }));
      } catch (error) {
        process.stdout.write(
          `### ${provider}: skipped (${error instanceof Error ? error.message : String(error)})\n\n`,
        );
        continue;
      }
      process.stdout.write(
        `### ${provider} (${result.model}; load ${Math.round(result.loadMs)} ms, ${Math.round(result.queryMs)} ms a search, ${Math.round(result.relatedMs)} ms a related/suggestedLinks)\n\n`,
      );
      process.stdout.write('| mode | MAP | R@5 | R@10 | R@20 |\n|---|---|---|---|---|\n');
      for (const [mode, s] of result.rows) {
        process.stdout.write(
          `| ${mode} | ${s.map.toFixed(3)} | ${pct(s.recall5)} | ${pct(s.recall10)} | ${pct(s.recall20)} |\n`,
        );
      }
      process.stdout.write('\n');
    }
  } finally {
    await base.close();
  }
}

/** Runs the evaluation and prints one table a provider. */
export async function runEval(): Promise<void> {
  const providers = providerList();
  const base = await createRuntime(evalConfig('local'), {
    logger: createLogger('silent'),
    log: (m) => process.stderr.write(`${m}\n`),
  });
  const direct = questions.filter((q) => q.type === 'direct').length;
  process.stdout.write(
    `${questions.length} questions (${direct} direct, ${questions.length - direct} multi-hop) over the demo portfolio\n\n`,
  );
  try {
    for (const provider of providers) {
      let result;
      try {
        result = await evaluate(provider, base);
      } catch (error) {
        process.stdout.write(
          `### ${provider}: skipped (${error instanceof Error ? error.message : String(error)})\n\n`,
        );
        continue;
      }
      process.stdout.write(
        `### ${provider} (${result.model}; demo load ${Math.round(result.loadMs)} ms)\n\n`,
      );
      process.stdout.write(
        '| mode | R@5 | R@10 | MRR | R@10 direct | R@10 multi-hop | MRR multi-hop |\n',
      );
      process.stdout.write('|---|---|---|---|---|---|---|\n');
      for (const mode of MODES) {
        const s = result.row[mode];
        process.stdout.write(
          `| ${mode} | ${pct(s.all.recall5)} | ${pct(s.all.recall10)} | ${pct(s.all.mrr)} | ${pct(s.direct.recall10)} | ${pct(s['multi-hop'].recall10)} | ${pct(s['multi-hop'].mrr)} |\n`,
        );
      }
      process.stdout.write('\n');
    }
  } finally {
    await base.close();
  }
}
