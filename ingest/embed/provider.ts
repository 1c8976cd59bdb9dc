/** One interface for every embedding provider. */
import type { Config } from '../../server/config.js';
import { createLocalEmbedder } from './local.js';
import { createOllamaEmbedder } from './ollama.js';

export interface Embedder {
  /** Identifies model and dimension; a graph embedded with one model refuses another's queries. */
  readonly model: string;
  readonly dimensions: number;
  /** Embeds texts in order. @throws {UpstreamUnavailableError} when a remote provider is down. */
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** The embedder the configuration selects. */
export function createEmbedder(config: Pick<Config, 'embeddings' | 'ollama'>): Embedder {
  return config.embeddings.provider === 'ollama'
    ? createOllamaEmbedder({ ...config.ollama, dimensions: config.embeddings.dimensions })
    : createLocalEmbedder(config.embeddings.dimensions);
}
