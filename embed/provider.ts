/** The embedder the configuration selects, behind the one `Embedder` interface. */
import type { Config } from '../core/config.js';
import { createOllamaClient } from '../core/ollama.js';
import type { OllamaClient } from '../core/ollama.js';
import { createLocalEmbedder } from './local.js';
import { BERT_MODELS, modelDir } from './bert-models.js';
import type { BertModelSpec } from './bert-models.js';
import { createBertEmbedder } from './bert-onnx.js';
import { createOllamaEmbedder } from './ollama.js';
import type { Embedder } from './embedder.js';

export type { Embedder } from './embedder.js';

/** An in-process model, loaded on first use (or by `ready`), so creating it costs nothing. */
function lazyBert(spec: BertModelSpec, cacheDir: string): Embedder {
  let loading: Promise<Embedder> | undefined;
  const load = () => (loading ??= createBertEmbedder(spec, { modelDir: modelDir(spec, cacheDir) }));
  return {
    model: spec.model,
    dimensions: spec.dimensions,
    async embed(texts, options) {
      return (await load()).embed(texts, options);
    },
    async ready() {
      await load();
    },
  };
}

/**
 * The embedder the configuration selects. `ollama` is the process's shared client (one is
 * created from the configuration when none is passed).
 */
export function createEmbedder(
  config: Pick<Config, 'embeddings' | 'ollama' | 'paths'>,
  ollama?: OllamaClient,
): Embedder {
  switch (config.embeddings.provider) {
    case 'ollama':
      return createOllamaEmbedder({
        client: ollama ?? createOllamaClient(config.ollama),
        embedModel: config.ollama.embedModel,
        dimensions: config.embeddings.dimensions,
      });
    case 'minilm':
    case 'bge-small':
    case 'e5-small':
      return lazyBert(BERT_MODELS[config.embeddings.provider], config.paths.cacheDir);
    case 'local':
      return createLocalEmbedder(config.embeddings.dimensions);
  }
}
