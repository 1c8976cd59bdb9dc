/** The embedder the configuration selects, behind the one `Embedder` interface. */
import type { Config } from '../core/config.js';
import { createOllamaClient } from '../core/ollama.js';
import type { OllamaClient } from '../core/ollama.js';
import { createLocalEmbedder } from './local.js';
import { MINILM_DIMENSIONS, MINILM_MODEL, createMiniLmEmbedder, miniLmModelDir } from './minilm.js';
import { createOllamaEmbedder } from './ollama.js';
import type { Embedder } from './embedder.js';

export type { Embedder } from './embedder.js';

/** `minilm`, loaded on first use (or by `ready`), so creating it costs nothing. */
function lazyMiniLm(cacheDir: string): Embedder {
  let loading: Promise<Embedder> | undefined;
  const load = () => (loading ??= createMiniLmEmbedder({ modelDir: miniLmModelDir(cacheDir) }));
  return {
    model: MINILM_MODEL,
    dimensions: MINILM_DIMENSIONS,
    async embed(texts) {
      return (await load()).embed(texts);
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
      return lazyMiniLm(config.paths.cacheDir);
    case 'local':
      return createLocalEmbedder(config.embeddings.dimensions);
  }
}
