/** What a text is embedded as: some models embed a search query and a stored text differently. */
export type EmbedPurpose = 'query' | 'document';

/** The interface every embedding provider implements (`local`, `minilm`, `bge-small`, `ollama`…). */
export interface Embedder {
  /** Identifies model and dimension; a graph embedded with one model refuses another's queries. */
  readonly model: string;
  readonly dimensions: number;
  /**
   * Embeds texts in order, as stored texts unless `as` is `query` (e5 and bge put a prefix before
   * a query; the others embed both alike). `maxTokens` cuts each text to fewer tokens than the
   * model's own limit (in-process models; the others ignore it).
   * @throws {UpstreamUnavailableError} when a remote provider is down.
   */
  embed(
    texts: readonly string[],
    options?: { as?: EmbedPurpose; maxTokens?: number },
  ): Promise<number[][]>;
  /** Loads what the provider needs (a model file); start-up calls it to fail early and clearly. */
  ready?(): Promise<void>;
}
