/** The `ollama` embedder: `/api/embed` in batches through the shared Ollama client. */
import { UpstreamUnavailableError } from '../core/errors.js';
import type { OllamaClient } from '../core/ollama.js';
import type { Embedder } from './embedder.js';

export interface OllamaEmbedderOptions {
  client: OllamaClient;
  embedModel: string;
  dimensions: number;
  /** Texts per /api/embed request. @default 64 */
  batchSize?: number;
}

/**
 * Creates an embedder that calls `/api/embed` in batches.
 * @throws {UpstreamUnavailableError} from `embed` when Ollama is down, the model is not pulled
 * (with the `ollama pull` command) or the model's dimension differs from the index's.
 */
export function createOllamaEmbedder(o: OllamaEmbedderOptions): Embedder {
  const batchSize = o.batchSize ?? 64;
  return {
    model: `ollama:${o.embedModel}:${o.dimensions}`,
    dimensions: o.dimensions,
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        const embeddings = await o.client.embed(o.embedModel, texts.slice(i, i + batchSize));
        for (const e of embeddings) {
          if (e.length !== o.dimensions) {
            throw new UpstreamUnavailableError(
              'Ollama',
              `model ${o.embedModel} returned ${e.length} dimensions, the index expects ${o.dimensions}; set OLLAMA_EMBED_DIMENSIONS and run npm run reindex`,
            );
          }
          out.push(e);
        }
      }
      return out;
    },
  };
}
