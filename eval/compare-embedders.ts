/**
 * Offline comparison of the in-process embedding models on a traceability dataset (no Neo4j):
 * `npx tsx eval/compare-embedders.ts --dataset DIR --provider bge-small [--max-tokens N]
 * [--no-query-prefix]`. One model a run, so its process's memory is its own.
 *
 * It embeds what the writer would (`textsToEmbed`: a source file's outline with identifiers read
 * as words, and its chunks) and each linked requirement as `search` does (the whole text, as a
 * query), then ranks the code files by cosine as the `VECTOR` branch does (the mean of the file's
 * own similarity and its best chunk's; every file, exactly, where the graph uses HNSW) and scores
 * MAP@20 and recall against `links.txt`. Also: the file's own vector alone, and the requirement
 * embedded as a stored text (what `related` compares). Cost: texts and tokens a second over the
 * whole load, model load time, RSS after load and at the end.
 */
import { Command, Option } from 'commander';
import { loadConfig } from '../core/config.js';
import { BERT_MODELS, modelDir } from '../embed/bert-models.js';
import type { BertProvider } from '../embed/bert-models.js';
import { createBertEmbedder } from '../embed/bert-onnx.js';
import { textsToEmbed } from '../graph/upsert.js';
import { queryEmbeddingText } from '../graph/search-text.js';
import { DEPTH, datasetArtifacts, queryText, readDataset, scoreRankings } from './dataset.js';
import type { DatasetScores } from './dataset.js';

const dot = (a: readonly number[], b: readonly number[]) =>
  a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

interface Options {
  dataset: string;
  provider: BertProvider;
  maxTokens?: string;
  queryPrefix: boolean;
}

async function main(o: Options): Promise<void> {
  const spec = BERT_MODELS[o.provider];
  const ds = readDataset(o.dataset);
  const code = datasetArtifacts(ds).filter((a) => a.kind === 'CODE');
  const maxTokens = o.maxTokens ? Number(o.maxTokens) : spec.maxTokens;

  const loadStarted = performance.now();
  const embedder = await createBertEmbedder(spec, {
    modelDir: modelDir(spec, loadConfig().paths.cacheDir),
    maxTokens,
  });
  const loadMs = performance.now() - loadStarted;
  const rssLoaded = process.memoryUsage().rss;

  const prepared = code.map(textsToEmbed);
  const texts = [...prepared.map((p) => p.text), ...prepared.flatMap((p) => p.chunkTexts)];
  const embedStarted = performance.now();
  const vectors = await embedder.embed(texts);
  const embedS = (performance.now() - embedStarted) / 1000;
  let cursor = code.length;
  const files = code.map((a, i) => ({
    uid: a.uid,
    own: vectors[i]!,
    chunks: prepared[i]!.chunks.map(() => vectors[cursor++]!),
  }));

  const asked = [...ds.links].map(([req, linked]) => ({
    text: queryEmbeddingText(queryText(ds.requirements.get(req) ?? '')),
    expected: linked.map((f) => `dataset:code:${f}`),
  }));
  const queryStarted = performance.now();
  const queries = await embedder.embed(
    asked.map((q) => q.text),
    { as: o.queryPrefix ? 'query' : 'document' },
  );
  const queryMs = (performance.now() - queryStarted) / asked.length;
  const documents = await embedder.embed(asked.map((q) => q.text));

  type File = (typeof files)[number];
  /** Each requirement's top files by `scoreOf(its vector, file)`, judged against its links. */
  const judge = (by: readonly number[][], scoreOf: (v: readonly number[], f: File) => number) =>
    scoreRankings(
      asked.map((q, i) => ({
        ranked: files
          .map((f) => ({ uid: f.uid, score: scoreOf(by[i]!, f) }))
          .sort((a, b) => b.score - a.score)
          .slice(0, DEPTH)
          .map((r) => r.uid),
        expected: q.expected,
      })),
    );
  const branch = (v: readonly number[], f: File) => {
    const own = dot(v, f.own);
    return f.chunks.length > 0 ? (own + Math.max(...f.chunks.map((c) => dot(v, c)))) / 2 : own;
  };
  const rows: [string, DatasetScores][] = [
    ['VECTOR (own + best chunk)', judge(queries, branch)],
    ['own vector only', judge(queries, (v, f) => dot(v, f.own))],
    ['requirement as stored text', judge(documents, branch)],
  ];

  const tokens = texts.reduce((n, t) => n + Math.min(countTokens(t), maxTokens), 0);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `### ${spec.provider} (${spec.model}, ${spec.pooling} pooling, ${maxTokens} tokens, query prefix ${o.queryPrefix && spec.queryPrefix ? JSON.stringify(spec.queryPrefix) : 'none'})`,
  );
  out(
    `load ${Math.round(loadMs)} ms; ${texts.length} texts (${code.length} files + chunks) in ${embedS.toFixed(1)} s = ${(texts.length / embedS).toFixed(1)} texts/s, ~${Math.round(tokens / embedS)} tokens/s; a query ${Math.round(queryMs)} ms; RSS ${mib(rssLoaded)} after load, ${mib(process.memoryUsage().rss)} at the end, peak ${mib(process.resourceUsage().maxRSS * 1024)}`,
  );
  out('| ranking | MAP | R@5 | R@10 | R@20 |\n|---|---|---|---|---|');
  for (const [name, s] of rows) {
    out(
      `| ${name} | ${s.map.toFixed(3)} | ${s.recall5.toFixed(2)} | ${s.recall10.toFixed(2)} | ${s.recall20.toFixed(2)} |`,
    );
  }

  /** Rough token count (words and punctuation), only to put texts/s in scale. */
  function countTokens(t: string): number {
    return (t.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length + 2;
  }
}

const program = new Command()
  .requiredOption('--dataset <dir>', 'a CoEST-layout dataset (req/, code/, links.txt)')
  .addOption(
    new Option('--provider <name>', 'the model')
      .choices(Object.keys(BERT_MODELS))
      .makeOptionMandatory(),
  )
  .option('--max-tokens <n>', "cut inputs at n tokens (default: the model's own)")
  .option('--no-query-prefix', 'embed the requirement without the query prefix');
program.parse();
await main(program.opts<Options>());
