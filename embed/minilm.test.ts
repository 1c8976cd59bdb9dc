/**
 * @jest-environment ./test/support/native-arrays-environment.cjs
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildConfig } from '../core/config.js';
import { createMiniLmEmbedder, miniLmModelDir } from './minilm.js';
import { createEmbedder } from './provider.js';

// `npm test` fetches the model first (npm run embedder:fetch); nothing is downloaded here.
const config = buildConfig({
  EMBEDDINGS_PROVIDER: 'minilm',
  THREADLINE_CACHE_DIR: process.env.THREADLINE_CACHE_DIR,
});
const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

describe('the minilm embedder (all-MiniLM-L6-v2 in-process, offline)', () => {
  const embedder = createEmbedder(config);

  it('puts paraphrases close together and unrelated text far apart', async () => {
    const [question, paraphrase, unrelated] = await embedder.embed([
      'How do I reset my password?',
      'Steps to recover a forgotten password',
      'Quarterly revenue grew by 10 percent',
    ]);
    expect(cosine(question!, paraphrase!)).toBeGreaterThan(0.6);
    expect(cosine(question!, unrelated!)).toBeLessThan(0.2);
  });

  it('returns unit vectors of 384 dimensions in input order, whatever the batch', async () => {
    const texts = ['a', 'checkout page', 'x '.repeat(600), 'passkeys and sessions'];
    const together = await embedder.embed(texts);
    const alone = await Promise.all(texts.map(async (t) => (await embedder.embed([t]))[0]!));
    expect(embedder.model).toBe('minilm-l6-v2:384');
    for (const [i, v] of together.entries()) {
      expect(v).toHaveLength(384);
      expect(cosine(v, v)).toBeCloseTo(1, 5);
      expect(cosine(v, alone[i]!)).toBeCloseTo(1, 5);
    }
  });

  it('names the fetch command when the model files are missing', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'minilm-'));
    await expect(createMiniLmEmbedder({ modelDir: miniLmModelDir(empty) })).rejects.toThrow(
      /MiniLM model files missing: .*model\.onnx.*Run: npm run embedder:fetch/,
    );
  });

  it('refuses a dimension the model does not produce', () => {
    expect(() =>
      buildConfig({ EMBEDDINGS_PROVIDER: 'minilm', EMBEDDINGS_DIMENSIONS: '768' }),
    ).toThrow(/the minilm provider produces 384 dimensions/);
  });
});
