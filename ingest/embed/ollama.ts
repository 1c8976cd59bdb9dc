/** The `ollama` embedder: the `ollama` npm client against a local Ollama server. */
import { Ollama } from 'ollama';
import { UpstreamUnavailableError } from '../../server/errors.js';
import type { Embedder } from './provider.js';

export interface OllamaEmbedderOptions {
  host: string;
  embedModel: string;
  dimensions: number;
  timeoutMs: number;
  /** Texts per /api/embed request. @default 64 */
  batchSize?: number;
}

/** Creates an embedder that calls `/api/embed` in batches with a per-request timeout. */
export function createOllamaEmbedder(o: OllamaEmbedderOptions): Embedder {
  const batchSize = o.batchSize ?? 64;
  const client = new Ollama({
    host: o.host,
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(o.timeoutMs) }),
  });
  return {
    model: `ollama:${o.embedModel}:${o.dimensions}`,
    dimensions: o.dimensions,
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        const input = texts.slice(i, i + batchSize);
        let embeddings: number[][];
        try {
          ({ embeddings } = await client.embed({ model: o.embedModel, input: [...input] }));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const hint = /not found/i.test(message) ? ` (run: ollama pull ${o.embedModel})` : '';
          throw new UpstreamUnavailableError('Ollama', `${message}${hint}`);
        }
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
