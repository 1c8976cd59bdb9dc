import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { UpstreamUnavailableError } from '../../server/errors.js';
import { createOllamaEmbedder } from './ollama.js';

/** A local server speaking Ollama's /api/embed wire format (and its error bodies). */
function fakeOllama(models: Record<string, number>) {
  const requests: { model: string; input: string[] }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const parsed = JSON.parse(body) as { model: string; input: string | string[] };
      const input = Array.isArray(parsed.input) ? parsed.input : [parsed.input];
      requests.push({ model: parsed.model, input });
      const dims = models[parsed.model];
      res.setHeader('content-type', 'application/json; charset=utf-8');
      if (req.url !== '/api/embed' || dims === undefined) {
        res.statusCode = 404;
        res.end(
          JSON.stringify({ error: `model "${parsed.model}" not found, try pulling it first` }),
        );
        return;
      }
      res.end(
        JSON.stringify({
          model: parsed.model,
          embeddings: input.map((t) =>
            Array.from({ length: dims }, (_, i) => (t.length + i) / 100),
          ),
          total_duration: 1_000_000,
          load_duration: 10_000,
          prompt_eval_count: input.length,
        }),
      );
    });
  });
  return { server, requests };
}

describe('the ollama embedder against a local server speaking Ollama’s API', () => {
  const { server, requests } = fakeOllama({ 'nomic-embed-text': 4 });
  let host = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
  });

  it('embeds in batches and keeps the order', async () => {
    const embedder = createOllamaEmbedder({
      host,
      embedModel: 'nomic-embed-text',
      dimensions: 4,
      timeoutMs: 5000,
      batchSize: 2,
    });
    const vectors = await embedder.embed(['a', 'bb', 'ccc']);
    expect(vectors.map((v) => v[0])).toEqual([0.01, 0.02, 0.03]);
    expect(requests.slice(-2).map((r) => r.input)).toEqual([['a', 'bb'], ['ccc']]);
    expect(embedder.model).toBe('ollama:nomic-embed-text:4');
  });

  it('names the pull command when the model is missing', async () => {
    const embedder = createOllamaEmbedder({
      host,
      embedModel: 'mxbai-embed-large',
      dimensions: 4,
      timeoutMs: 5000,
    });
    await expect(embedder.embed(['x'])).rejects.toThrow(/ollama pull mxbai-embed-large/);
    await expect(embedder.embed(['x'])).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('refuses vectors of the wrong dimension', async () => {
    const embedder = createOllamaEmbedder({
      host,
      embedModel: 'nomic-embed-text',
      dimensions: 768,
      timeoutMs: 5000,
    });
    await expect(embedder.embed(['x'])).rejects.toThrow(
      /returned 4 dimensions, the index expects 768/,
    );
  });

  it('reports UPSTREAM_UNAVAILABLE when Ollama is down', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const embedder = createOllamaEmbedder({
      host: `http://127.0.0.1:${port}`,
      embedModel: 'nomic-embed-text',
      dimensions: 4,
      timeoutMs: 2000,
    });
    const error = await embedder.embed(['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as UpstreamUnavailableError).extensions.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
