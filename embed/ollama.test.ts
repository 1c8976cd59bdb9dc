import { UpstreamUnavailableError } from '../core/errors.js';
import { createOllamaClient } from '../core/ollama.js';
import { closedHost, startFakeOllama } from '../test/support/fake-ollama.js';
import type { FakeOllama } from '../test/support/fake-ollama.js';
import { createOllamaEmbedder } from './ollama.js';

describe('the ollama embedder against a local server speaking Ollama’s API', () => {
  let ollama: FakeOllama;
  const client = () =>
    createOllamaClient({ host: ollama.host, timeoutMs: 5000, keepAlive: '5m', retries: 0 });
  beforeAll(async () => {
    ollama = await startFakeOllama({ 'nomic-embed-text': { dimensions: 4 } });
  });
  afterAll(async () => {
    await ollama.close();
  });

  it('embeds in batches, keeps the order and sends keep_alive', async () => {
    const embedder = createOllamaEmbedder({
      client: client(),
      embedModel: 'nomic-embed-text',
      dimensions: 4,
      batchSize: 2,
    });
    const vectors = await embedder.embed(['a', 'bb', 'ccc']);
    expect(vectors.map((v) => v[0])).toEqual([0.01, 0.02, 0.03]);
    expect(ollama.requests.slice(-2).map((r) => r.body)).toEqual([
      { model: 'nomic-embed-text', input: ['a', 'bb'], keep_alive: '5m' },
      { model: 'nomic-embed-text', input: ['ccc'], keep_alive: '5m' },
    ]);
    expect(embedder.model).toBe('ollama:nomic-embed-text:4');
  });

  it('names the pull command when the model is missing', async () => {
    const embedder = createOllamaEmbedder({
      client: client(),
      embedModel: 'mxbai-embed-large',
      dimensions: 4,
    });
    const error = await embedder.embed(['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as Error).message).toMatch(/not found.*\(run: ollama pull mxbai-embed-large\)/);
  });

  it('refuses vectors of the wrong dimension', async () => {
    const embedder = createOllamaEmbedder({
      client: client(),
      embedModel: 'nomic-embed-text',
      dimensions: 768,
    });
    await expect(embedder.embed(['x'])).rejects.toThrow(
      /returned 4 dimensions, the index expects 768/,
    );
  });

  it('reports UPSTREAM_UNAVAILABLE when Ollama is down', async () => {
    const embedder = createOllamaEmbedder({
      client: createOllamaClient({ host: await closedHost(), timeoutMs: 2000, keepAlive: '5m' }),
      embedModel: 'nomic-embed-text',
      dimensions: 4,
    });
    const error = await embedder.embed(['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as UpstreamUnavailableError).extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((error as Error).message).toMatch(
      /not reachable at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
    );
  });
});
