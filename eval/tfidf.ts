/**
 * The TF-IDF floor of requirements-to-code retrieval: the classic vector space model of the
 * traceability literature. Identifiers split at camelCase, snake_case and dots, a small stop
 * list, sublinear TF, IDF over the code documents, cosine. Computed in the same run as the
 * search it is compared with, so both see the same texts.
 */
import { identifierWords } from '../graph/identifiers.js';

const STOP = new Set(
  'a an and are as at be by for from has have he i if in into is it its of on or so such that the their then there these they this to was were will with not no can do does shall should would'.split(
    ' ',
  ),
);

/** Lower-cased words of `text`, identifiers split, stop words and 1-letter words dropped. */
export function tfidfTokens(text: string): string[] {
  return identifierWords(text).filter((w) => w.length > 1 && !STOP.has(w));
}

type Vector = Map<string, number>;

function weigh(tokens: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const tf = new Map<string, number>();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, n] of tf) {
    const w = (1 + Math.log(n)) * (idf.get(t) ?? 0);
    if (w > 0) {
      v.set(t, w);
      norm += w * w;
    }
  }
  norm = Math.sqrt(norm);
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/**
 * A ranker over `documents` (id → text): `rank(query)` gives every document id, best first
 * (ties by id, so runs are repeatable).
 */
export function createTfidfRanker(documents: ReadonlyMap<string, string>) {
  const tokens = new Map([...documents].map(([id, text]) => [id, tfidfTokens(text)]));
  const df = new Map<string, number>();
  for (const ts of tokens.values()) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map([...df].map(([t, n]) => [t, Math.log(documents.size / n)]));
  const vectors = new Map([...tokens].map(([id, ts]) => [id, weigh(ts, idf)]));
  return {
    rank(query: string): string[] {
      const q = weigh(tfidfTokens(query), idf);
      const scored = [...vectors].map(([id, d]) => {
        let s = 0;
        for (const [t, w] of q) s += w * (d.get(t) ?? 0);
        return { id, s };
      });
      scored.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return scored.map((x) => x.id);
    },
  };
}
