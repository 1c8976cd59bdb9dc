/** The interface every embedding provider implements (`local`, `minilm`, `ollama`). */
export interface Embedder {
  /** Identifies model and dimension; a graph embedded with one model refuses another's queries. */
  readonly model: string;
  readonly dimensions: number;
  /** Embeds texts in order. @throws {UpstreamUnavailableError} when a remote provider is down. */
  embed(texts: readonly string[]): Promise<number[][]>;
  /** Loads what the provider needs (a model file); start-up calls it to fail early and clearly. */
  ready?(): Promise<void>;
}
