/**
 * The `local` embedder: in-process, deterministic, no download. Hashed features (words, word
 * bigrams and character trigrams of words) with sublinear TF weighting, signed feature hashing
 * and L2 normalisation. Lexical rather than semantic: "login" and "sign-in" share nothing, but
 * "authentication" and "authenticate" share most trigrams.
 */
import type { Embedder } from './embedder.js';

const STOP = new Set(
  'a an and are as at be by for from has have how i in is it its of on or that the this to was we what when which who will with'.split(
    ' ',
  ),
);

/** Total weight of one word's character trigrams, relative to the word itself (1). */
const TRIGRAM_WEIGHT = 1.0;

/** FNV-1a, 32 bit. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lower-cased word tokens without stop words. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP.has(t));
}

/** Each feature with its weight per occurrence and its number of occurrences. */
function features(text: string): Map<string, { weight: number; count: number }> {
  const counts = new Map<string, { weight: number; count: number }>();
  const add = (f: string, weight: number) => {
    const seen = counts.get(f);
    if (seen) {
      seen.count += 1;
      seen.weight = Math.max(seen.weight, weight);
    } else counts.set(f, { weight, count: 1 });
  };
  const words = tokenize(text);
  words.forEach((word, i) => {
    add(`w:${word}`, 1);
    const next = words[i + 1];
    if (next !== undefined) add(`b:${word} ${next}`, 0.5);
    // Trigrams carry word-form similarity (authenticate ~ authentication); their total weight per
    // word is capped so chance overlaps between unrelated long words stay noise, not signal.
    const padded = `^${word}$`;
    const trigrams = padded.length - 2;
    for (let j = 0; j < trigrams; j += 1)
      add(`c:${padded.slice(j, j + 3)}`, TRIGRAM_WEIGHT / trigrams);
  });
  return counts;
}

/** Embeds one text into `dimensions` floats (all zero for text with no words). */
export function embedLocal(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, { weight: w, count }] of features(text)) {
    const h = hash(feature);
    const weight = w * (1 + Math.log(count));
    vector[h % dimensions] = (vector[h % dimensions] ?? 0) + (h & 0x80000000 ? -weight : weight);
  }
  const norm = Math.sqrt(vector.reduce((s, v) => s + v * v, 0));
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

/** Creates the local embedder. @default dimensions 384 */
export function createLocalEmbedder(dimensions = 384): Embedder {
  return {
    model: `local-hash-v1:${dimensions}`,
    dimensions,
    embed: (texts) => Promise.resolve(texts.map((t) => embedLocal(t, dimensions))),
  };
}
