import { closedHost, startFakeOllama } from '../test/support/fake-ollama.js';
import type { ChatScript, FakeOllama } from '../test/support/fake-ollama.js';
import { UpstreamUnavailableError } from './errors.js';
import { OllamaUnreachableError, checkOllamaModels, createOllamaClient } from './ollama.js';
import type { OllamaOptions } from './ollama.js';

const HELLO = [{ role: 'user', content: 'hello' }];

async function drain(stream: AsyncGenerator<string, unknown>): Promise<string> {
  let text = '';
  for await (const token of stream) text += token;
  return text;
}

describe('the Ollama client against a local server speaking Ollama’s API', () => {
  let ollama: FakeOllama;
  const client = (o: Partial<OllamaOptions> = {}) =>
    createOllamaClient({ host: ollama.host, timeoutMs: 2000, keepAlive: '10m', ...o });
  const answer = (s: ChatScript) => ollama.onChat(() => s);
  beforeAll(async () => {
    ollama = await startFakeOllama({ 'llama3.2': {}, 'nomic-embed-text': { dimensions: 4 } });
  });
  afterAll(async () => {
    await ollama.close();
  });

  it('streams a chat answer token by token and reports how it ended', async () => {
    answer({ tokens: ['The ', 'answer', '.'] });
    const stream = client().chat('llama3.2', HELLO);
    const tokens: string[] = [];
    let next = await stream.next();
    while (!next.done) {
      tokens.push(next.value);
      next = await stream.next();
    }
    expect(tokens).toEqual(['The ', 'answer', '.']);
    expect(next.value).toEqual({ doneReason: 'stop', evalCount: 3 });
    expect(ollama.requests.at(-1)?.body).toMatchObject({
      model: 'llama3.2',
      stream: true,
      keep_alive: '10m',
      options: { temperature: 0 },
    });
  });

  it.each([
    ['the socket is cut halfway', 'destroy'],
    ['the response ends without a done line', 'end'],
    ['an error line arrives mid-stream', 'error'],
  ] as const)('fails, never returns a truncated answer, when %s', async (_, ending) => {
    answer({ tokens: ['Half ', 'an '], ending });
    const error = await drain(client().chat('llama3.2', HELLO)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as Error).message).toMatch(/Ollama is unavailable: the answer stream broke off/);
  });

  it('times out a stream that stops sending tokens', async () => {
    answer({ tokens: ['slow'], ending: 'stall' });
    // The same timeout covers the response head: long enough that a busy machine still answers.
    await expect(drain(client({ timeoutMs: 2000 }).chat('llama3.2', HELLO))).rejects.toThrow(
      /the answer stream broke off: no token for 2000 ms/,
    );
  });

  it('names the pull command for a chat model that is not installed', async () => {
    await expect(drain(client().chat('qwen3:8b', HELLO))).rejects.toThrow(
      /model "qwen3:8b" not found.*\(run: ollama pull qwen3:8b\)/,
    );
  });

  it('lists the models that are missing, matching name and name:latest', async () => {
    expect(await client().missingModels(['llama3.2', 'nomic-embed-text:latest', 'phi4'])).toEqual([
      'phi4',
    ]);
  });

  it('runs at most `concurrency` requests at once', async () => {
    answer({ tokens: ['a', 'b', 'c'], delayMs: 30 });
    ollama.maxConcurrentChats = 0;
    const c = client({ concurrency: 1 });
    const texts = await Promise.all([1, 2, 3].map(() => drain(c.chat('llama3.2', HELLO))));
    expect(texts).toEqual(['abc', 'abc', 'abc']);
    expect(ollama.maxConcurrentChats).toBe(1);
  });

  it('retries connection errors with backoff and succeeds once Ollama is up', async () => {
    const host = await closedHost();
    const c = createOllamaClient({
      host,
      timeoutMs: 2000,
      keepAlive: '5m',
      // Waits of 0.1, 0.2, 0.4 … 12.8 s: Ollama starts after 0.15 s, long before they run out.
      retries: 8,
      retryBaseMs: 100,
    });
    let late: FakeOllama | undefined;
    const started = new Promise<void>((resolve) =>
      setTimeout(() => {
        startFakeOllama({ 'llama3.2': {} }, Number(new URL(host).port))
          .then((f) => {
            late = f;
            resolve();
          })
          .catch(() => resolve());
      }, 150),
    );
    try {
      expect(await c.listModels()).toEqual(['llama3.2:latest']);
    } finally {
      await started;
      await late?.close();
    }
  });

  it('fails fast for a while after Ollama was unreachable, without connecting', async () => {
    const host = await closedHost();
    // A breaker open for a minute: starting the server below cannot take that long.
    const c = createOllamaClient({
      host,
      timeoutMs: 2000,
      keepAlive: '5m',
      retries: 0,
      breakerMs: 60_000,
    });
    await expect(c.listModels()).rejects.toBeInstanceOf(OllamaUnreachableError);
    const late = await startFakeOllama({ 'llama3.2': {} }, Number(new URL(host).port));
    try {
      const error = await c.listModels().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OllamaUnreachableError);
      expect((error as Error).message).toBe(
        `Ollama is unavailable: not reachable at ${host} (ECONNREFUSED)`,
      );
      expect(late.requests).toEqual([]);
    } finally {
      await late.close();
    }
  });

  it('does not retry HTTP errors', async () => {
    const before = ollama.requests.length;
    await expect(client({ retries: 3 }).embed('all-minilm', ['x'])).rejects.toThrow(/not found/);
    expect(ollama.requests.length - before).toBe(1);
  });
});

describe('the start-up model check', () => {
  it('names the pull command for each missing model', async () => {
    const ollama = await startFakeOllama({ 'nomic-embed-text': {} });
    try {
      const client = createOllamaClient({ host: ollama.host, timeoutMs: 2000, keepAlive: '5m' });
      expect(await checkOllamaModels(client, ['nomic-embed-text', 'llama3.2', 'phi4'])).toEqual({
        level: 'warn',
        message: `Ollama at ${ollama.host} lacks llama3.2, phi4; run: ollama pull llama3.2 && ollama pull phi4`,
      });
      expect((await checkOllamaModels(client, ['nomic-embed-text'])).level).toBe('info');
    } finally {
      await ollama.close();
    }
  });

  it('reports an unreachable Ollama without failing', async () => {
    const host = await closedHost();
    const client = createOllamaClient({ host, timeoutMs: 2000, keepAlive: '5m', retries: 0 });
    expect(await checkOllamaModels(client, ['llama3.2'])).toEqual({
      level: 'warn',
      message: `Ollama is unavailable: not reachable at ${host} (ECONNREFUSED); ask answers with citations only until it is reachable`,
    });
  });
});
