/**
 * `threadline eval --dataset DIR`: requirements-to-code retrieval on a traceability dataset in the
 * CoEST layout (`req/*` requirements, `code/*` source files, `links.txt` lines
 * `UC1.txt: CulturalHeritageAgencyManager.java`). Requirements become USER_STORY artifacts and
 * source files CODE FILE artifacts (their source as body), written through the real writer; each
 * requirement's whole text is then asked of `search` (kinds: [CODE]) in every mode, and the
 * rankings are scored against the true links beside a TF-IDF floor computed in the same run. The
 * reverse question is scored too: for each requirement's story, `related(uid, kinds: [CODE])` and
 * the CODE suggestions of `suggestedLinks(uid)`, from what the writer stored (no text is cut).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ArtifactInput } from '../graph/validate.js';
import { related } from '../queries/related.js';
import { search } from '../queries/search.js';
import { suggestedLinks } from '../queries/suggestions.js';
import type { SearchMode } from '../queries/search.js';
import type { Scope } from '../queries/runtime.js';
import type { Runtime } from '../runtime/runtime.js';
import { averagePrecision, meanOver, recallAt } from './metrics.js';
import type { Judged } from './metrics.js';
import { createTfidfRanker } from './tfidf.js';

export interface Dataset {
  name: string;
  /** Requirement file name → text. */
  requirements: Map<string, string>;
  /** Source file name → text. */
  code: Map<string, string>;
  /** Requirement file name → the source file names that implement it. */
  links: Map<string, string[]>;
}

/** Rankings are cut here: MAP is MAP@20 and search is asked for 20 hits. */
export const DEPTH = 20;

/**
 * Reads a dataset directory.
 * @throws {Error} a missing `req/`, `code/` or `links.txt`, or a link naming a file that is not there.
 */
export function readDataset(dir: string): Dataset {
  const read = (sub: string) =>
    new Map(
      readdirSync(path.join(dir, sub))
        .filter((f) => !f.startsWith('.'))
        .sort()
        .map((f) => [f, readFileSync(path.join(dir, sub, f), 'utf8')] as const),
    );
  const requirements = read('req');
  const code = read('code');
  const links = new Map<string, string[]>();
  for (const line of readFileSync(path.join(dir, 'links.txt'), 'utf8').split('\n')) {
    const m = /^\s*([^:]+?)\s*:\s*(.+?)\s*$/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const [, req, file] = m;
    if (!requirements.has(req) || !code.has(file))
      throw new Error(`links.txt names ${req}: ${file}, which is not in req/ and code/`);
    links.set(req, [...(links.get(req) ?? []), file]);
  }
  return { name: path.basename(path.resolve(dir)), requirements, code, links };
}

/** The uid prefix of a dataset's artifacts. @default 'dataset:' */
const PREFIX = 'dataset:';

/** The dataset as artifacts: requirements as user stories, source files as CODE FILEs. */
export function datasetArtifacts(ds: Dataset, prefix = PREFIX): ArtifactInput[] {
  const reqUid = (name: string) => `${prefix}req:${name}`;
  const codeUid = (name: string) => `${prefix}code:${name}`;
  return [
    ...[...ds.requirements].map(([name, text]) => ({
      uid: reqUid(name),
      kind: 'USER_STORY' as const,
      key: name.replace(/\.[^.]+$/, ''),
      title: /^\s*(?:use case name|name|title)\s*:\s*(.+)$/im.exec(text)?.[1]?.trim() ?? name,
      body: text,
      source: 'dataset',
    })),
    ...[...ds.code].map(([name, text]) => ({
      uid: codeUid(name),
      kind: 'CODE' as const,
      codeKind: 'FILE' as const,
      title: name,
      path: name,
      body: text,
      source: 'dataset',
    })),
  ];
}

export interface DatasetScores {
  n: number;
  map: number;
  recall5: number;
  recall10: number;
  recall20: number;
}

/** MAP@20 and recall at 5, 10 and 20, averaged over the requirements that have links. */
export function scoreRankings(judged: readonly Judged[]): DatasetScores {
  const mean = (f: (j: Judged) => number) => meanOver(judged, f);
  return {
    n: judged.length,
    map: mean((j) => averagePrecision(j, DEPTH)),
    recall5: mean((j) => recallAt(j, 5)),
    recall10: mean((j) => recallAt(j, 10)),
    recall20: mean((j) => recallAt(j, DEPTH)),
  };
}

export const DATASET_MODES = ['HYBRID', 'VECTOR', 'FULLTEXT'] as const satisfies SearchMode[];
export type DatasetRow =
  (typeof DATASET_MODES)[number] | 'related' | 'suggestedLinks' | 'TF-IDF floor';

/** Search truncates longer text; a requirement is cut at a word boundary below the limit. */
export function queryText(text: string): string {
  const t = text.trim();
  if (t.length <= 2000) return t;
  const cut = t.slice(0, 2000);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trim();
}

/**
 * Loads `ds` through `rt`'s writer into `rt`'s graph under uids that start with `prefix`, and
 * scores each search mode, `related`, `suggestedLinks` and the TF-IDF floor. Hits outside the dataset (a graph shared with
 * other data) are left out of the rankings; the eval's own graph holds the dataset alone.
 */
export async function evaluateDataset(
  rt: Runtime,
  scope: Scope,
  ds: Dataset,
  prefix = PREFIX,
): Promise<{
  rows: Map<DatasetRow, DatasetScores>;
  loadMs: number;
  queryMs: number;
  relatedMs: number;
}> {
  const codeUid = (name: string) => `${prefix}code:${name}`;
  const reqUid = (name: string) => `${prefix}req:${name}`;
  const started = performance.now();
  await rt.writer.upsertArtifacts(datasetArtifacts(ds, prefix));
  const loadMs = performance.now() - started;
  const asked = [...ds.links].map(([req, files]) => ({
    uid: reqUid(req),
    text: queryText(ds.requirements.get(req) ?? ''),
    expected: files.map(codeUid),
  }));
  const rows = new Map<DatasetRow, DatasetScores>();
  const queried = performance.now();
  for (const mode of DATASET_MODES) {
    const judged: Judged[] = [];
    for (const q of asked) {
      const hits = await search(rt, scope, { text: q.text, kinds: ['CODE'], first: DEPTH, mode });
      judged.push({
        ranked: hits.map((h) => h.artifact.uid).filter((u) => u.startsWith(prefix)),
        expected: q.expected,
      });
    }
    rows.set(mode, scoreRankings(judged));
  }
  const queryMs = (performance.now() - queried) / Math.max(asked.length * DATASET_MODES.length, 1);
  const inDataset = (uids: string[]) => uids.filter((u) => u.startsWith(prefix));
  const relatedStarted = performance.now();
  const byRelated: Judged[] = [];
  const bySuggestion: Judged[] = [];
  for (const q of asked) {
    const hits = await related(rt, scope, { uid: q.uid, kinds: ['CODE'], first: DEPTH });
    byRelated.push({ ranked: inDataset(hits.map((h) => h.artifact.uid)), expected: q.expected });
  }
  for (const q of asked) {
    const found = await suggestedLinks(rt, scope, { uid: q.uid, first: DEPTH });
    const code = found.filter((s) => s.artifact.kind === 'CODE').map((s) => s.artifact.uid);
    bySuggestion.push({ ranked: inDataset(code), expected: q.expected });
  }
  rows.set('related', scoreRankings(byRelated));
  rows.set('suggestedLinks', scoreRankings(bySuggestion));
  const relatedMs = (performance.now() - relatedStarted) / Math.max(asked.length * 2, 1);
  const tfidf = createTfidfRanker(new Map([...ds.code].map(([f, t]) => [codeUid(f), t])));
  rows.set(
    'TF-IDF floor',
    scoreRankings(
      [...ds.links].map(([req, files]) => ({
        ranked: tfidf.rank(ds.requirements.get(req) ?? '').slice(0, DEPTH),
        expected: files.map(codeUid),
      })),
    ),
  );
  return { rows, loadMs, queryMs, relatedMs };
}
