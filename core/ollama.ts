/**
 * The one Ollama client of a process, shared by the `ollama` embedder and `ask`. It wraps the
 * `ollama` npm client with what a service needs around it: a concurrency limit (a laptop GPU runs
 * one or two requests at a time; more only queue inside Ollama), retries with backoff on
 * connection errors only (a refused or reset connection, never an HTTP error or a timeout), a
 * short circuit breaker so an absent Ollama costs one refused connection every few seconds
 * rather than a retry ladder per request, `keep_alive` on every request, and timeouts: the whole
 * request for embeddings, first token and then the gap between tokens for chat streams. The
 * limit, retries, breaker and timeouts are the policies of `./resilience.ts`.
 */
import { Ollama } from 'ollama';
import type { ChatResponse, Message } from 'ollama';
import { UpstreamUnavailableError } from './errors.js';
import {
  CircuitOpenError,
  TimeoutError,
  breakerPolicy,
  bulkheadPolicy,
  retryPolicy,
  timeoutPolicy,
  wrap,
} from './resilience.js';

export interface OllamaOptions {
  host: string;
  /** Per request (embed, list) and per token gap (chat). */
  timeoutMs: number;
  /** How long Ollama keeps a model loaded after a request (Ollama duration, e.g. `5m`, `-1`). */
  keepAlive: string;
  /** Requests in flight at once; further calls wait. @default 2 */
  concurrency?: number;
  /** Retries after a connection error. @default 2 */
  retries?: number;
  /** First backoff; doubles per retry. @default 150 */
  retryBaseMs?: number;
  /** After a connection failure, calls fail fast for this long. @default 5000 */
  breakerMs?: number;
}

/** Ollama could not be connected to at all (refused, reset, unknown host). */
export class OllamaUnreachableError extends UpstreamUnavailableError {
  constructor(host: string, reason: string) {
    super('Ollama', `not reachable at ${host} (${reason})`);
  }
}

export interface ChatResult {
  /** Ollama's `done_reason` (`stop`, `length`, …). */
  doneReason: string;
  evalCount?: number;
}

export interface OllamaClient {
  readonly host: string;
  /** Embeds `input` with `model`. @throws {UpstreamUnavailableError} */
  embed(model: string, input: readonly string[]): Promise<number[][]>;
  /**
   * Streams a chat answer token by token; returns when Ollama sends `done: true`. Breaking off
   * the iteration aborts the request. @throws {UpstreamUnavailableError} for a missing model, a
   * timeout, or a stream that ends or errors before `done` (never a silently truncated answer).
   */
  chat(
    model: string,
    messages: Message[],
    options?: { numCtx?: number },
  ): AsyncGenerator<string, ChatResult>;
  /** Names of the installed models (`GET /api/tags`). */
  listModels(): Promise<string[]>;
  /** Those of `models` that are not installed, matching `name` and `name:latest`. */
  missingModels(models: readonly string[]): Promise<string[]>;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The connection-level cause of a failed `fetch`, if that is what it was. */
function connectionCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Ollama's error text, with the pull command when the cause is a model that is not installed. */
function upstream(error: unknown, model?: string): UpstreamUnavailableError {
  if (error instanceof UpstreamUnavailableError) return error;
  const message = messageOf(error);
  const hint = model && /not found/i.test(message) ? ` (run: ollama pull ${model})` : '';
  return new UpstreamUnavailableError('Ollama', `${message}${hint}`);
}

/** Creates the client. Nothing connects until the first call. */
export function createOllamaClient(o: OllamaOptions): OllamaClient {
  const slots = bulkheadPolicy(o.concurrency ?? 2);
  // One exhausted retry ladder opens the breaker: an absent Ollama then costs one refused
  // connection every `breakerMs` instead of a ladder per request.
  const breaker = breakerPolicy({
    isFailure: (error) => connectionCode(error) !== undefined,
    openMs: o.breakerMs ?? 5000,
  });
  const guarded = wrap(
    breaker,
    retryPolicy({
      retries: o.retries ?? 2,
      baseMs: o.retryBaseMs ?? 150,
      retryable: (error) => connectionCode(error) !== undefined,
    }),
  );
  const head = timeoutPolicy(o.timeoutMs);
  // Aggressive: the npm client's stream iterator cannot be told to stop waiting for a token.
  const tokenGap = timeoutPolicy(o.timeoutMs, { aggressive: true });
  // The timeout covers connecting and waiting for the response head; a chat body is governed by
  // the per-token timeout in `chat`, so a long answer that keeps streaming is never cut off.
  const client = new Ollama({
    host: o.host,
    fetch: async (input, init) => {
      try {
        return await head.execute(
          (signal) => fetch(input, { ...init, signal }),
          init?.signal ?? undefined,
        );
      } catch (error) {
        if (error instanceof TimeoutError) {
          throw new UpstreamUnavailableError('Ollama', `no response within ${o.timeoutMs} ms`);
        }
        throw error;
      }
    },
  });

  /**
   * Runs `call` past the breaker, retrying connection errors; maps a connection failure (now or
   * remembered by the open breaker) to {@link OllamaUnreachableError}.
   */
  async function withRetry<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await guarded.execute(call);
    } catch (error) {
      const code = connectionCode(error instanceof CircuitOpenError ? error.lastFailure : error);
      if (code) throw new OllamaUnreachableError(o.host, code);
      throw error;
    }
  }

  function limited<T>(call: () => Promise<T>): Promise<T> {
    return slots.execute(() => withRetry(call));
  }

  async function listModels(): Promise<string[]> {
    try {
      const { models } = await limited(() => client.list());
      return models.map((m) => m.name);
    } catch (error) {
      throw upstream(error);
    }
  }

  return {
    host: o.host,
    async embed(model, input) {
      try {
        const { embeddings } = await limited(() =>
          client.embed({ model, input: [...input], keep_alive: o.keepAlive }),
        );
        return embeddings;
      } catch (error) {
        throw upstream(error, model);
      }
    },
    async *chat(model, messages, options = {}) {
      const release = await slots.hold();
      let stream: Awaited<ReturnType<typeof startChat>> | undefined;
      function startChat() {
        return client.chat({
          model,
          messages,
          stream: true,
          keep_alive: o.keepAlive,
          options: { temperature: 0, ...(options.numCtx ? { num_ctx: options.numCtx } : {}) },
        });
      }
      try {
        try {
          stream = await withRetry(startChat);
        } catch (error) {
          throw upstream(error, model);
        }
        const parts = stream[Symbol.asyncIterator]();
        for (;;) {
          let next: IteratorResult<ChatResponse>;
          try {
            next = await tokenGap.execute(() => parts.next());
          } catch (error) {
            const reason =
              error instanceof TimeoutError ? `no token for ${o.timeoutMs} ms` : messageOf(error);
            throw new UpstreamUnavailableError('Ollama', `the answer stream broke off: ${reason}`);
          }
          if (next.done) {
            // The npm client ends its iterator only after a `done: true` line.
            throw new UpstreamUnavailableError('Ollama', 'the answer stream ended without done');
          }
          const part = next.value;
          if (part.message.content) yield part.message.content;
          if (part.done) {
            stream = undefined;
            return { doneReason: part.done_reason, evalCount: part.eval_count };
          }
        }
      } finally {
        // Reached early when the consumer stops or on error: cancel the request in Ollama too.
        stream?.abort();
        release();
      }
    },
    listModels,
    async missingModels(models) {
      const installed = new Set(await listModels());
      return models.filter((m) => !installed.has(m) && !installed.has(`${m}:latest`));
    },
  };
}

/**
 * The start-up check: which of `models` Ollama lacks, as log lines naming the `ollama pull`
 * command to run. Never throws: an absent Ollama is a supported setup (answers become
 * citations only), so it is reported, not fatal.
 */
export async function checkOllamaModels(
  client: OllamaClient,
  models: readonly string[],
): Promise<{ level: 'info' | 'warn'; message: string }> {
  if (models.length === 0) return { level: 'info', message: 'Ollama is not used' };
  try {
    const missing = await client.missingModels(models);
    if (missing.length === 0) {
      return { level: 'info', message: `Ollama at ${client.host} has ${models.join(', ')}` };
    }
    return {
      level: 'warn',
      message: `Ollama at ${client.host} lacks ${missing.join(', ')}; run: ${missing.map((m) => `ollama pull ${m}`).join(' && ')}`,
    };
  } catch (error) {
    return {
      level: 'warn',
      message: `${messageOf(error)}; ask answers with citations only until it is reachable`,
    };
  }
}
