/**
 * In-process BERT sentence embedders (`minilm`, `bge-small`, `e5-small`; see `./bert-models.ts`):
 * the ONNX model run by ONNX Runtime, the BERT WordPiece tokenizer of `./wordpiece.ts`, the
 * model's own pooling (mean over the attention mask, or the `[CLS]` vector) and L2
 * normalisation, as sentence-transformers does. Nothing is downloaded while embedding:
 * `threadline embedder fetch` (which the first `threadline serve` runs) puts the files into the
 * cache folder once. `onnxruntime-node` is imported only when an embedder is created, so the rest
 * of the app never loads it.
 *
 * ONNX Runtime 1.16 computes on the calling thread: one batch blocks the event loop for its run
 * (a short query 5-15 ms with MiniLM; 16 texts of 256 tokens 1-3 s on 2 cores), and `embed`
 * yields to I/O between batches.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
// onnxruntime-node 1.16.3 ships no .d.ts; its API is onnxruntime-common's (a dependency of it).
import type * as Ort from 'onnxruntime-common';
import { fetchCommand } from './bert-models.js';
import type { BertModelSpec } from './bert-models.js';
import type { Embedder } from './embedder.js';
import {
  createWordPieceTokenizer,
  parseTokenizerJson,
  parseVocab,
  type Encoding,
} from './wordpiece.js';

export interface BertEmbedderOptions {
  /** Folder with the spec's files, e.g. `<cacheDir>/minilm-l6-v2`. */
  modelDir: string;
  /** Texts per ONNX Runtime run. @default 16 */
  batchSize?: number;
  /**
   * ONNX Runtime's intra-op threads. On a 2-core machine shared with other work, 1 thread was
   * as fast as 2 or up to twice as fast, and leaves a core to the rest. @default 1
   */
  threads?: number;
  /** Longest input in tokens, to measure a cut below the model's own. @default spec.maxTokens */
  maxTokens?: number;
}

/**
 * ONNX files exported by PyTorch 2.11 state IR version 10 but use nothing newer than IR 9 (no
 * functions, no 4-bit types). ONNX Runtime 1.16, the last `onnxruntime-node` whose install
 * downloads nothing beyond npm, reads up to IR 9, so the field (first in the file) is lowered
 * in memory. The file on disk keeps its published sha256.
 */
function lowerIrVersion(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0x08 && bytes[1] === 10) bytes[1] = 9;
  return bytes;
}

/** ONNX Runtime, imported on first use so that only these embedders load the native library. */
async function loadOrt(): Promise<typeof Ort> {
  const specifier = 'onnxruntime-node';
  try {
    // A CommonJS module: its exports object is the namespace's default.
    const mod = (await import(specifier)) as typeof Ort & { default?: typeof Ort };
    return mod.default ?? mod;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot load onnxruntime-node (${message}); run: npm install`, {
      cause: error,
    });
  }
}

/**
 * Creates the embedder: reads the vocabulary, loads ONNX Runtime and the model.
 * @throws {Error} naming the fetch command when a model file is missing, or when the
 * `tokenizer.json` is not a lower-casing BERT WordPiece one.
 */
export async function createBertEmbedder(
  spec: BertModelSpec,
  options: BertEmbedderOptions,
): Promise<Embedder> {
  const batchSize = options.batchSize ?? 16;
  const threads = options.threads ?? 1;
  const maxTokens = options.maxTokens ?? spec.maxTokens;
  for (const [name, value] of Object.entries({ batchSize, threads, maxTokens })) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${name} must be a positive integer, got ${value}`);
    }
  }
  const dims = spec.dimensions;
  const modelPath = path.join(options.modelDir, spec.files.model);
  const vocabPath = path.join(options.modelDir, spec.files.vocab);
  const missing = [modelPath, vocabPath].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    throw new Error(
      `${spec.label} model files missing: ${missing.join(', ')}. Run: ${fetchCommand(spec)}`,
    );
  }
  const vocabText = await readFile(vocabPath, 'utf8');
  const vocab = vocabPath.endsWith('.json')
    ? parseTokenizerJson(vocabText, vocabPath)
    : parseVocab(vocabText);
  const tokenizer = createWordPieceTokenizer(vocab, { maxLength: maxTokens });
  const pad = vocab.get('[PAD]') ?? 0;

  const ort = await loadOrt();
  const session = await ort.InferenceSession.create(lowerIrVersion(await readFile(modelPath)), {
    executionProviders: ['cpu'],
    graphOptimizationLevel: 'all',
    // The arena keeps a large batch's peak (600 MB more after 16 texts of 256 tokens); without
    // it the process stays near its size after load, at no measurable cost in speed.
    enableCpuMemArena: false,
    intraOpNumThreads: threads,
  });
  const output = session.outputNames[0];
  if (output === undefined) throw new Error(`${modelPath} has no outputs`);

  /** Input tensors for a batch, padded to its longest text. */
  function feeds(batch: readonly Encoding[]): Record<string, Ort.Tensor> {
    const width = Math.max(...batch.map((e) => e.ids.length));
    const make = (pick: (e: Encoding) => number[], fill: number) => {
      const data = new BigInt64Array(batch.length * width).fill(BigInt(fill));
      batch.forEach((e, row) => pick(e).forEach((v, col) => (data[row * width + col] = BigInt(v))));
      return new ort.Tensor('int64', data, [batch.length, width]);
    };
    const all: Record<string, Ort.Tensor> = {
      input_ids: make((e) => e.ids, pad),
      attention_mask: make((e) => e.attentionMask, 0),
      token_type_ids: make((e) => e.tokenTypeIds, 0),
    };
    return Object.fromEntries(
      session.inputNames.map((name) => {
        const tensor = all[name];
        if (!tensor) throw new Error(`${modelPath} expects an unknown input ${name}`);
        return [name, tensor];
      }),
    );
  }

  /** The spec's pooling of one row's token vectors (mean under the mask, or `[CLS]`), L2-normalised. */
  function pool(hidden: Float32Array, width: number, row: number, e: Encoding): number[] {
    const sum = new Float64Array(dims);
    const add = (t: number) => {
      const base = (row * width + t) * dims;
      for (let d = 0; d < dims; d += 1) sum[d]! += hidden[base + d]!;
    };
    if (spec.pooling === 'cls') add(0);
    else e.attentionMask.forEach((m, t) => m !== 0 && add(t));
    // The norm of the sum: dividing by the token count first changes nothing after normalising.
    let norm = 0;
    for (let d = 0; d < dims; d += 1) norm += sum[d]! ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return Array.from(sum, (v) => v * scale);
  }

  return {
    model: spec.model,
    dimensions: dims,
    async embed(texts, embedOptions) {
      const prefix = embedOptions?.as === 'query' ? spec.queryPrefix : spec.documentPrefix;
      const encodings = texts.map((t) => tokenizer.encode(prefix + t, embedOptions?.maxTokens));
      // Batches of similar length waste less work on padding; results go back in input order.
      const order = encodings
        .map((_, i) => i)
        .sort((a, b) => encodings[a]!.ids.length - encodings[b]!.ids.length);
      const out = new Array<number[]>(texts.length);
      for (let i = 0; i < order.length; i += batchSize) {
        // onnxruntime-node 1.16 runs on the main thread: let I/O in between batches.
        if (i > 0) await new Promise((resolve) => setImmediate(resolve));
        const rows = order.slice(i, i + batchSize);
        const batch = rows.map((r) => encodings[r]!);
        const result = await session.run(feeds(batch));
        const hidden = result[output];
        const shape = hidden?.dims ?? [];
        if (!hidden || hidden.type !== 'float32' || shape.length !== 3 || shape[2] !== dims) {
          throw new Error(
            `${modelPath} returned ${hidden?.type} [${shape.join(', ')}], expected float32 [batch, tokens, ${dims}]`,
          );
        }
        const width = shape[1] ?? 0;
        rows.forEach(
          (r, row) => (out[r] = pool(hidden.data as Float32Array, width, row, batch[row]!)),
        );
      }
      return out;
    },
  };
}
