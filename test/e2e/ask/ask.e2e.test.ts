import { loadDemoData } from '../../../ingest/demo/portfolio.js';
import { startTestApp } from '../../support/app.js';
import type { TestApp } from '../../support/app.js';
import { closedHost, startFakeOllama } from '../../support/fake-ollama.js';
import type { ChatRequestBody, FakeOllama } from '../../support/fake-ollama.js';
import { collect, until, wsClient } from '../../support/ws.js';

const PRD_CHECKOUT = 'doc:lumen/prd/checkout-v2';
const COMMIT = 'git:lumen/shop@4b7d0a2';

interface Answer {
  text: string | null;
  generated: boolean;
  model: string | null;
  reason: string | null;
  finishReason: string | null;
  citations: { marker: string; snippet: string; artifact: { uid: string; title: string } }[];
  context: { artifact: { uid: string } }[];
}

const ANSWER_FIELDS = `text generated model reason finishReason
  citations { marker snippet artifact { uid title } }
  context { artifact { uid } }`;
const ASK = `query ($q: String!, $first: Int) { ask(question: $q, first: $first) { ${ANSWER_FIELDS} } }`;
const QUESTION = 'Which PRD does commit 4b7d0a2 (carrier quote caching) serve?';

/** The marker the prompt gave the artifact titled `title` (the model's view of the context). */
function markerOf(request: ChatRequestBody, title: string): string {
  const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
  const line = user.split('\n').find((l) => l.includes(title));
  const marker = /^\[(\d+)\]/.exec(line ?? '')?.[0];
  if (!marker) throw new Error(`"${title}" is not in the prompt:\n${user}`);
  return marker;
}

describe('ask: GraphRAG answers over the demo portfolio', () => {
  let ollama: FakeOllama;
  let app: TestApp;
  beforeAll(async () => {
    ollama = await startFakeOllama({ 'llama3.2': {}, 'nomic-embed-text': { dimensions: 768 } });
    app = await startTestApp({ env: { OLLAMA_HOST: ollama.host, OLLAMA_RETRIES: '0' } });
    await loadDemoData(app.writer);
  });
  afterAll(async () => {
    await app.close();
    await ollama.close();
  });

  it('answers with citations to the graph context, the PRD reached through the lineage', async () => {
    ollama.onChat((req) => {
      const prd = markerOf(req, 'Checkout v2: one-page checkout');
      const commit = markerOf(req, 'cache carrier quotes');
      return { tokens: ['Commit 4b7d0a2 ', commit, ' serves ', 'the Checkout v2 PRD ', prd, '.'] };
    });
    const res = await app.gql<{ ask: Answer }>(ASK, { q: QUESTION });
    expect(res.errors).toBeUndefined();
    const answer = res.data?.ask;
    expect(answer).toMatchObject({ generated: true, model: 'llama3.2', finishReason: 'stop' });
    expect(answer?.citations.map((c) => c.artifact.uid)).toEqual([COMMIT, PRD_CHECKOUT]);
    expect(answer?.text).toBe(
      `Commit 4b7d0a2 ${answer?.citations[0]?.marker} serves the Checkout v2 PRD ${answer?.citations[1]?.marker}.`,
    );
    expect(answer?.context[0]?.artifact.uid).toBe(COMMIT);
    // The prompt told the model to stay in the context, with the question at the end.
    const request = ollama.requests.at(-1)?.body as ChatRequestBody;
    expect(request.messages[0]?.content).toMatch(/Answer only from the numbered context/);
    expect(request.messages[1]?.content).toMatch(
      new RegExp(`Question: ${QUESTION.replace(/[()?]/g, '\\$&')}$`),
    );
    expect(request).toMatchObject({ model: 'llama3.2', stream: true, options: { num_ctx: 4096 } });
  });

  it('drops a marker the model invents and does not cite it', async () => {
    ollama.onChat((req) => ({
      tokens: [
        'Quotes are cached ',
        markerOf(req, 'cache carrier quotes'),
        ' for 15 minutes [',
        '99',
        '].',
      ],
    }));
    const answer = (await app.gql<{ ask: Answer }>(ASK, { q: QUESTION })).data?.ask;
    expect(answer?.text).toMatch(/^Quotes are cached \[\d+\] for 15 minutes\.$/);
    expect(answer?.citations.map((c) => c.artifact.uid)).toEqual([COMMIT]);
  });

  it('fails with UPSTREAM_UNAVAILABLE, not half an answer, when the stream breaks off', async () => {
    ollama.onChat(() => ({ tokens: ['The PRD is ', 'Check'], ending: 'destroy' }));
    const res = await app.gql<{ ask: Answer }>(ASK, { q: QUESTION });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(res.errors?.[0]?.message).toMatch(/the answer stream broke off/);
  });

  it('refuses an empty question with BAD_USER_INPUT naming the argument', async () => {
    const res = await app.gql(ASK, { q: '   ' });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'question',
    });
  });

  it('streams askStream over graphql-ws: tokens as they come, then the answer', async () => {
    ollama.onChat((req) => ({
      tokens: [
        'It ',
        'serves ',
        'Checkout v2 ',
        markerOf(req, 'Checkout v2: one-page checkout'),
        '.',
      ],
      delayMs: 20,
    }));
    const client = wsClient(app.url);
    try {
      const chunks = collect<{ delta: string; done: boolean; answer: Answer | null }>(
        client,
        `subscription ($q: String!) { askStream(question: $q) { delta done answer { ${ANSWER_FIELDS} } } }`,
        'askStream',
        { q: QUESTION },
      );
      await until('the stream to complete', () => chunks.completed);
      expect(chunks.errors).toEqual([]);
      const last = chunks.items.at(-1);
      expect(chunks.items.filter((c) => c.delta !== '').length).toBeGreaterThanOrEqual(4);
      expect(last?.done).toBe(true);
      expect(last?.answer?.citations.map((c) => c.artifact.uid)).toEqual([PRD_CHECKOUT]);
      expect(chunks.items.map((c) => c.delta).join('')).toBe(last?.answer?.text);
    } finally {
      await client.dispose();
    }
  });

  it('ends askStream with an UPSTREAM_UNAVAILABLE error when the stream breaks off', async () => {
    ollama.onChat(() => ({ tokens: ['Half ', 'an answer'], ending: 'error' }));
    const client = wsClient(app.url);
    try {
      const chunks = collect<{ delta: string; done: boolean }>(
        client,
        'subscription ($q: String!) { askStream(question: $q) { delta done } }',
        'askStream',
        { q: QUESTION },
      );
      await until('the stream to complete', () => chunks.completed);
      expect(chunks.items.map((c) => c.done)).toEqual([false, false]);
      expect(chunks.errors).toHaveLength(1);
      expect(chunks.errors[0]).toMatchObject({
        message: expect.stringMatching(/the answer stream broke off/) as unknown,
        extensions: { code: 'UPSTREAM_UNAVAILABLE' },
      });
    } finally {
      await client.dispose();
    }
  });
});

describe('ask without a usable model', () => {
  it('names the pull command when the chat model is not installed', async () => {
    const ollama = await startFakeOllama({ 'llama3.2': {} });
    const app = await startTestApp({
      env: { OLLAMA_HOST: ollama.host, OLLAMA_CHAT_MODEL: 'qwen3:8b' },
    });
    try {
      await loadDemoData(app.writer);
      const res = await app.gql(ASK, { q: 'How are saved cards stored?' });
      expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(res.errors?.[0]?.message).toMatch(/qwen3:8b.*not found.*run: ollama pull qwen3:8b/);
    } finally {
      await app.close();
      await ollama.close();
    }
  });

  it('returns the retrieved context as citations when Ollama is down', async () => {
    const host = await closedHost();
    const app = await startTestApp({ env: { OLLAMA_HOST: host, OLLAMA_RETRIES: '1' } });
    try {
      await loadDemoData(app.writer);
      const answer = (await app.gql<{ ask: Answer }>(ASK, { q: QUESTION, first: 3 })).data?.ask;
      expect(answer).toMatchObject({ generated: false, text: null, model: null });
      expect(answer?.reason).toBe(`Ollama is unavailable: not reachable at ${host} (ECONNREFUSED)`);
      // Every context piece is a citation: the 3 hits, then their lineage and code.
      const cited = answer?.citations.map((c) => c.artifact.uid) ?? [];
      expect(cited.slice(0, 1)).toEqual([COMMIT]);
      expect(cited).toContain(PRD_CHECKOUT);
      expect(answer?.citations.map((c) => c.marker)).toEqual(cited.map((_, i) => `[${i + 1}]`));
      expect(new Set(cited).size).toBe(cited.length);
      expect(answer?.context).toHaveLength(3);
      expect(await app.metricsText()).toMatch(
        /threadline_ask_answers_total\{outcome="citations_only"\} 1/,
      );
    } finally {
      await app.close();
    }
  });

  it('does not call a model when generation is off', async () => {
    const ollama = await startFakeOllama({ 'llama3.2': {} });
    const app = await startTestApp({ env: { OLLAMA_HOST: ollama.host, ASK_GENERATION: 'off' } });
    try {
      await loadDemoData(app.writer);
      const answer = (await app.gql<{ ask: Answer }>(ASK, { q: 'passkeys' })).data?.ask;
      expect(answer).toMatchObject({
        generated: false,
        reason: 'generation is off (ASK_GENERATION=off)',
      });
      expect(answer?.citations.length).toBeGreaterThan(0);
      expect(ollama.requests).toEqual([]);
    } finally {
      await app.close();
      await ollama.close();
    }
  });

  it('builds the context from each hit, its lineage, what blocks it and its code', async () => {
    const ollama = await startFakeOllama({});
    const app = await startTestApp({ env: { OLLAMA_HOST: ollama.host, ASK_GENERATION: 'off' } });
    try {
      await loadDemoData(app.writer);
      const answer = (
        await app.gql<{ ask: Answer }>(ASK, {
          q: 'pay with a saved card in one click, confirming only the security code',
          first: 1,
        })
      ).data?.ask;
      expect(answer?.citations.map((c) => c.artifact.uid)).toEqual([
        'jira:SHOP-22',
        // lineage: epic, PRD
        'jira:SHOP-2',
        PRD_CHECKOUT,
        // blocked by
        'jira:SHOP-21',
        // code implementing its spec (the card vault), nearest first
        ...(answer?.citations.slice(4).map((c) => c.artifact.uid) ?? []),
      ]);
      const code = answer?.citations.slice(4).map((c) => c.artifact.uid) ?? [];
      expect(code.length).toBeGreaterThan(0);
      expect(code.every((uid) => /^(github|git|file):/.test(uid))).toBe(true);
    } finally {
      await app.close();
      await ollama.close();
    }
  });
});

describe('ask and access levels', () => {
  it('never puts an artifact above the caller’s levels into the context', async () => {
    const app = await startTestApp({
      env: { ASK_GENERATION: 'off', ACCESS_DEFAULT_LEVELS: 'PUBLIC' },
    });
    try {
      await loadDemoData(app.writer);
      const res = await app.gql<{
        ask: { citations: { artifact: { uid: string; accessLevel: string } }[] };
      }>(
        '{ ask(question: "passkeys, session hygiene and the credential-stuffing response") { citations { artifact { uid accessLevel } } } }',
      );
      const levels = res.data?.ask.citations.map((c) => c.artifact.accessLevel) ?? [];
      expect(levels.length).toBeGreaterThan(0);
      expect(new Set(levels)).toEqual(new Set(['PUBLIC']));
    } finally {
      await app.close();
    }
  });
});
