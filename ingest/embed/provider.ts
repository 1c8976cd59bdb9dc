/** One interface for every embedding provider. */
import type { Config } from '../../server/config.js';
import { createOllamaClient } from '../../server/ollama.js';
import type { OllamaClient } from '../../server/ollama.js';
import { createLocalEmbedder } from './local.js';
import { createOllamaEmbedder } from './ollama.js';

export interface Embedder {
  /** Identifies model and dimension; a graph embedded with one model refuses another's queries. */
  readonly model: string;
  readonly dimensions: number;
  /** Embeds texts in order. @throws {UpstreamUnavailableError} when a remote provider is down. */
  embed(texts: readonly string[]): Promise<number[][]>;
}

/**
 * The embedder the configuration selects. `ollama` is the process's shared client (one is
 * created from the configuration when none is passed).
 */
export function createEmbedder(
  config: Pick<Config, 'embeddings' | 'ollama'>,
  ollama?: OllamaClient,
): Embedder {
  return config.embeddings.provider === 'ollama'
    ? createOllamaEmbedder({
        client: ollama ?? createOllamaClient(config.ollama),
        embedModel: config.ollama.embedModel,
        dimensions: config.embeddings.dimensions,
      })
    : createLocalEmbedder(config.embeddings.dimensions);
}
