/**
 * A local HTTP server on 127.0.0.1 that speaks Ollama's API as its docs describe it: `/api/embed`,
 * `/api/chat` streamed as NDJSON (`application/x-ndjson`, one object a line, a final `done: true`
 * line with durations in nanoseconds), `/api/tags`, and JSON `{ "error": … }` bodies (a missing
 * model is a 404 `model "x" not found, try pulling it first`). Tests script how a chat ends.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  keep_alive?: string;
  options?: Record<string, unknown>;
}

/** How the server answers one chat request. */
export interface ChatScript {
  tokens: string[];
  /**
   * `done` ends normally; `destroy` cuts the socket after the tokens; `end` closes the response
   * cleanly without a `done` line; `error` sends an `{ "error": … }` line; `stall` stops sending.
   * @default 'done'
   */
  ending?: 'done' | 'destroy' | 'end' | 'error' | 'stall';
  /** Pause between tokens. @default 0 */
  delayMs?: number;
}

export interface FakeOllama {
  host: string;
  /** The most chat requests that were in flight at once. */
  maxConcurrentChats: number;
  requests: { path: string; body: unknown }[];
  /** Sets the answer to the next chat requests. */
  onChat(script: (request: ChatRequestBody) => ChatScript): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFakeOllama(
  installed: Record<string, { dimensions?: number }>,
  port = 0,
): Promise<FakeOllama> {
  let inFlight = 0;
  const requests: { path: string; body: unknown }[] = [];
  let script: (request: ChatRequestBody) => ChatScript = () => ({ tokens: ['ok'] });
  const sockets = new Set<Socket>();

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const notFound = (res: http.ServerResponse, model: string) =>
    json(res, 404, { error: `model "${model}" not found, try pulling it first` });
  const known = (model: string) => installed[model] ?? installed[model.replace(/:latest$/, '')];

  async function chat(body: ChatRequestBody, res: http.ServerResponse): Promise<void> {
    if (!known(body.model)) return notFound(res, body.model);
    const s = script(body);
    inFlight += 1;
    fake.maxConcurrentChats = Math.max(fake.maxConcurrentChats, inFlight);
    res.on('close', () => (inFlight -= 1));
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const line = (o: unknown) => res.write(`${JSON.stringify(o)}\n`);
    for (const token of s.tokens) {
      if (s.delayMs) await sleep(s.delayMs);
      line({
        model: body.model,
        created_at: new Date().toISOString(),
        message: { role: 'assistant', content: token },
        done: false,
      });
    }
    switch (s.ending ?? 'done') {
      case 'destroy':
        // Let the head and the tokens reach the client first: this is a cut mid-answer.
        await sleep(50);
        res.socket?.destroy();
        return;
      case 'end':
        res.end();
        return;
      case 'error':
        line({ error: 'an error was encountered while running the model: unexpected EOF' });
        res.end();
        return;
      case 'stall':
        return;
      case 'done':
        line({
          model: body.model,
          created_at: new Date().toISOString(),
          message: { role: 'assistant', content: '' },
          done: true,
          done_reason: 'stop',
          total_duration: 4_883_583_458,
          load_duration: 1_334_875,
          prompt_eval_count: 26,
          prompt_eval_duration: 342_546_000,
          eval_count: s.tokens.length,
          eval_duration: 4_535_599_000,
        });
        res.end();
    }
  }

  function embed(body: { model: string; input: string | string[] }, res: http.ServerResponse) {
    const model = known(body.model);
    if (!model) return notFound(res, body.model);
    const input = Array.isArray(body.input) ? body.input : [body.input];
    const dims = model.dimensions ?? 4;
    json(res, 200, {
      model: body.model,
      embeddings: input.map((t) => Array.from({ length: dims }, (_, i) => (t.length + i) / 100)),
      total_duration: 14_143_917,
      load_duration: 1_019_500,
      prompt_eval_count: input.length,
    });
  }

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const body: unknown = raw ? JSON.parse(raw) : undefined;
      requests.push({ path: req.url ?? '', body });
      if (req.method === 'GET' && req.url === '/api/tags') {
        json(res, 200, {
          models: Object.entries(installed).map(([name, m]) => ({
            name: name.includes(':') ? name : `${name}:latest`,
            model: name.includes(':') ? name : `${name}:latest`,
            modified_at: '2026-10-01T10:00:00Z',
            size: 2_019_393_189,
            digest: 'a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72',
            details: { family: 'llama', parameter_size: '3.2B', quantization_level: 'Q4_K_M' },
            dimensions: m.dimensions,
          })),
        });
      } else if (req.method === 'POST' && req.url === '/api/chat') {
        chat(body as ChatRequestBody, res).catch(() => res.destroy());
      } else if (req.method === 'POST' && req.url === '/api/embed') {
        embed(body as { model: string; input: string | string[] }, res);
      } else {
        json(res, 404, { error: '404 page not found' });
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const fake: FakeOllama = {
    host: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    maxConcurrentChats: 0,
    requests,
    onChat(next) {
      script = next;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  return fake;
}

/** A host where nothing listens (a port that was just free). */
export async function closedHost(): Promise<string> {
  const probe = http.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  return `http://127.0.0.1:${port}`;
}
