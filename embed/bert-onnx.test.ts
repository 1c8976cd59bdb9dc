/**
 * @jest-environment ./test/support/native-arrays-environment.cjs
 */
import { buildConfig } from '../core/config.js';
import { MINILM, modelDir } from './bert-models.js';
import type { BertModelSpec } from './bert-models.js';
import { createBertEmbedder } from './bert-onnx.js';

// Runs on MiniLM's files (fetched by `npm test` first), with the settings of the other models:
// what differs between models (pooling, prefixes) is checked without fetching them.
const dir = modelDir(
  MINILM,
  buildConfig({ THREADLINE_CACHE_DIR: process.env.THREADLINE_CACHE_DIR }).paths.cacheDir,
);
const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);
const variant = (patch: Partial<BertModelSpec>) =>
  createBertEmbedder({ ...MINILM, ...patch }, { modelDir: dir });

describe('the in-process BERT embedder', () => {
  it('puts the query prefix before a query and the document prefix before a stored text', async () => {
    const plain = await variant({});
    const e5Like = await variant({ queryPrefix: 'query: ', documentPrefix: 'passage: ' });
    const [asQuery] = await e5Like.embed(['reset a password'], { as: 'query' });
    const [asDocument] = await e5Like.embed(['reset a password']);
    const [prefixed, passage] = await plain.embed([
      'query: reset a password',
      'passage: reset a password',
    ]);
    expect(cosine(asQuery!, prefixed!)).toBeCloseTo(1, 6);
    expect(cosine(asDocument!, passage!)).toBeCloseTo(1, 6);
    expect(cosine(asQuery!, asDocument!)).toBeLessThan(0.999);
  });

  it('pools the [CLS] vector for a CLS model, unit length, differing from the mean', async () => {
    const mean = await variant({});
    const cls = await variant({ pooling: 'cls' });
    const text = ['the checkout page shows the order total'];
    const [m] = await mean.embed(text);
    const [c] = await cls.embed(text);
    expect(cosine(c!, c!)).toBeCloseTo(1, 5);
    expect(cosine(m!, c!)).toBeLessThan(0.99);
    // Padding in a batch must not move the [CLS] vector.
    const [inBatch] = await cls.embed([text[0]!, 'a much longer text '.repeat(20)]);
    expect(cosine(c!, inBatch!)).toBeCloseTo(1, 5);
  });

  it('cuts inputs at the model’s token limit or a lower one asked for', async () => {
    const short = await variant({ maxTokens: 8 });
    const [a, b] = await short.embed([
      'one two three four five six',
      'one two three four five six seven eight nine ten',
    ]);
    expect(cosine(a!, b!)).toBeCloseTo(1, 5);
    // The same cut asked for on one call (a search text's `EMBEDDINGS_QUERY_MAX_TOKENS`).
    const full = await variant({});
    const [c] = await full.embed(['one two three four five six seven eight nine ten'], {
      as: 'query',
      maxTokens: 8,
    });
    const [d] = await full.embed(['one two three four five six seven eight nine ten']);
    expect(cosine(a!, c!)).toBeCloseTo(1, 5);
    expect(cosine(c!, d!)).toBeLessThan(0.999);
  });
});
