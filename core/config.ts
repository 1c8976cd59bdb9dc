/**
 * Configuration: the only module that reads `process.env`.
 *
 * The environment is parsed once with zod, one model per concern. Every problem is collected
 * and reported together; the result is a deeply frozen object handed to factories. Tests build
 * configs with {@link buildConfig} from a plain record and never touch `process.env`.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SourcesModel, assembleSources } from './config-sources.js';
import { bool, csv, port, positiveInt } from './zod.js';

/** Repository root (the folder that holds `package.json`). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Access levels, least to most sensitive. */
export const ACCESS_LEVELS = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

const ServerModel = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  THREADLINE_HOME: z.string().min(1).optional(),
  THREADLINE_CACHE_DIR: z.string().min(1).optional(),
  DEMO_DATA: bool.default(true),
  EXPLORER: bool.default(true),
  CORS_ORIGINS: csv
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^https?:\/\/[^/\s*]+$/,
            'each an origin such as https://app.example.com (no path, no wildcard)',
          ),
      ),
    )
    .default([]),
});

const Neo4jModel = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_CONNECT_TIMEOUT_MS: positiveInt.default(5000),
  NEO4J_RETRY_TIME_MS: z.coerce.number().int().min(0).default(5000),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1).optional(),
  NEO4J_LOCAL_HEAP_MB: positiveInt.default(1024),
  NEO4J_LOCAL_PAGECACHE_MB: positiveInt.default(256),
  LOCAL_SERVICES_SUPERVISE: bool.default(true),
  JAVA_HOME: z.string().min(1).optional(),
});

const RedisModel = z.object({
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_LOCAL_PORT: port.default(6379),
  REDIS_KEY_PREFIX: z.string().default('threadline:'),
  CACHE_TTL_SECONDS: positiveInt.default(300),
});

/**
 * The dimensions of the in-process models (`embed/bert-models.ts` says the same and a test holds
 * them equal); switching between two of them changes the model id, so `reindex` re-embeds.
 */
export const IN_PROCESS_DIMENSIONS = { minilm: 384, 'bge-small': 384, 'e5-small': 384 } as const;
type InProcessProvider = keyof typeof IN_PROCESS_DIMENSIONS;

const EmbeddingModel = z.object({
  EMBEDDINGS_PROVIDER: z
    .enum(['local', 'minilm', 'bge-small', 'e5-small', 'ollama'])
    .default('minilm'),
  EMBEDDINGS_DIMENSIONS: positiveInt.max(4096).optional(),
  EMBEDDINGS_SIMILARITY: z.enum(['cosine', 'euclidean']).default('cosine'),
  EMBEDDINGS_QUERY_MAX_TOKENS: z.coerce.number().int().min(8).max(8192).default(128),
  VECTOR_HNSW_M: z.coerce.number().int().min(1).max(512).default(16),
  VECTOR_HNSW_EF_CONSTRUCTION: z.coerce.number().int().min(1).max(3200).default(100),
  VECTOR_QUANTIZATION: bool.default(true),
});

const OllamaModel = z.object({
  OLLAMA_HOST: z.url().default('http://127.0.0.1:11434'),
  OLLAMA_EMBED_MODEL: z.string().min(1).default('nomic-embed-text'),
  OLLAMA_EMBED_DIMENSIONS: positiveInt.max(4096).default(768),
  OLLAMA_CHAT_MODEL: z.string().min(1).default('llama3.2'),
  OLLAMA_TIMEOUT_MS: positiveInt.default(30_000),
  OLLAMA_KEEP_ALIVE: z
    .string()
    .regex(/^(-1|0|\d+(\.\d+)?(ms|s|m|h)?)$/, 'an Ollama duration such as 5m, 1h, 0 or -1')
    .default('5m'),
  OLLAMA_CONCURRENCY: positiveInt.max(64).default(2),
  OLLAMA_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
});

const AskModel = z.object({
  ASK_GENERATION: z.enum(['auto', 'off']).default('auto'),
  ASK_CONTEXT_TOKENS: positiveInt.min(200).max(100_000).default(2500),
  ASK_NUM_CTX: positiveInt.min(512).max(1_000_000).default(4096),
});

const ChangesModel = z.object({
  CHANGES_STREAM_MAXLEN: positiveInt.default(1_000_000),
  CHANGES_OUTBOX_BUFFER: positiveInt.default(10_000),
  WS_MAX_SUBSCRIPTIONS: positiveInt.default(20),
  WS_SLOW_CONSUMER_EVENTS: positiveInt.default(1000),
  WS_SLOW_CONSUMER_BYTES: positiveInt.default(8 * 1024 * 1024),
  WS_KEEPALIVE_MS: positiveInt.default(15_000),
  WS_CONNECTION_INIT_TIMEOUT_MS: positiveInt.default(5000),
});

const AccessModel = z.object({
  ACCESS_DEFAULT_LEVELS: csv
    .pipe(z.array(z.enum(ACCESS_LEVELS)).min(1))
    .default(['PUBLIC', 'INTERNAL']),
});

/** Caller roles, least to most privileged. */
export const ROLES = ['viewer', 'engineer', 'pm', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const AuthModel = z.object({
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  AUTH_ROLES_CLAIM: z.string().min(1).default('roles'),
  AUTH_LEVELS_CLAIM: z.string().min(1).default('levels'),
  AUTH_ANONYMOUS: bool.default(false),
  AUTH_API_KEYS: bool.default(true),
  WS_ALLOWED_ORIGINS: csv.default([]),
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_MAX_DEPTH: positiveInt.default(12),
  GRAPHQL_MAX_ALIASES: positiveInt.default(30),
  GRAPHQL_MAX_DIRECTIVES: positiveInt.default(30),
  GRAPHQL_MAX_TOKENS: positiveInt.default(4000),
  GRAPHQL_MAX_COST: positiveInt.default(20_000),
  GRAPHQL_MAX_ABSTRACT_DEPTH: positiveInt.default(1),
  GRAPHQL_MAX_BODY_BYTES: positiveInt.default(100_000),
  QUERY_TIMEOUT_MS: positiveInt.default(15_000),
  RATE_LIMIT: bool.default(true),
  RATE_LIMIT_POINTS: positiveInt.default(600),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt.max(86_400).default(60),
  RATE_LIMIT_AUTH_FAILURES: positiveInt.default(20),
});

/**
 * Every setting, by environment variable name, in the order of the models above. The deployment
 * checks hold the Helm chart, the compose file and the README's table to this list.
 */
export const SETTINGS: readonly string[] = Object.freeze(
  [
    ServerModel,
    Neo4jModel,
    RedisModel,
    EmbeddingModel,
    OllamaModel,
    AskModel,
    ChangesModel,
    AccessModel,
    AuthModel,
    SourcesModel,
  ].flatMap((model) => Object.keys(model.shape)),
);

/** Dimensions of the built-in `local` embedder. */
export const LOCAL_EMBEDDING_DIMENSIONS = 384;

type Env = Readonly<Record<string, string | undefined>>;

function parseModel<T extends z.ZodType>(
  model: T,
  env: Env,
  problems: string[],
): z.output<T> | undefined {
  const result = model.safeParse(env);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '(environment)';
    const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
    problems.push(`${key}: ${issue.message}${value === undefined ? '' : ` (got "${value}")`}`);
  }
  return undefined;
}

/** Thrown by {@link buildConfig} with every problem found, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function assemble(
  s: z.output<typeof ServerModel>,
  n: z.output<typeof Neo4jModel>,
  r: z.output<typeof RedisModel>,
  e: z.output<typeof EmbeddingModel>,
  o: z.output<typeof OllamaModel>,
  a: z.output<typeof AccessModel>,
  c: z.output<typeof ChangesModel>,
  k: z.output<typeof AskModel>,
  t: z.output<typeof AuthModel>,
  sources: ReturnType<typeof assembleSources>,
) {
  const home = path.resolve(s.THREADLINE_HOME ?? path.join(PROJECT_ROOT, '.threadline'));
  const cacheDir = path.resolve(
    s.THREADLINE_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'threadline'),
  );
  const dimensions =
    e.EMBEDDINGS_DIMENSIONS ??
    (e.EMBEDDINGS_PROVIDER === 'ollama' ? o.OLLAMA_EMBED_DIMENSIONS : LOCAL_EMBEDDING_DIMENSIONS);
  return {
    env: s.NODE_ENV,
    server: {
      host: s.HOST,
      port: s.PORT,
      logLevel: s.LOG_LEVEL,
      demoData: s.DEMO_DATA,
      /**
       * Serve the explorer at `/` (and GraphiQL at `GET /graphql` for browsers while
       * introspection is on) from explorer/dist. @default true
       */
      explorer: s.EXPLORER,
      /** Browser origins allowed to call `/graphql` cross-origin (CORS); empty: same origin only. */
      corsOrigins: s.CORS_ORIGINS,
    },
    paths: { home, cacheDir },
    neo4j: {
      /** `undefined` means: start and use the local launcher's Neo4j. */
      uri: n.NEO4J_URI,
      user: n.NEO4J_USER,
      password: n.NEO4J_PASSWORD,
      database: n.NEO4J_DATABASE,
      /**
       * Fail fast: opening a connection, and waiting for one from the pool, gives up after this.
       * @default 5000
       */
      connectTimeoutMs: n.NEO4J_CONNECT_TIMEOUT_MS,
      /**
       * How long the driver keeps retrying a transaction that failed transiently (Neo4j
       * unreachable, a deadlock) before the request fails with `UPSTREAM_UNAVAILABLE`. The
       * driver's own default is 30 s, which kept requests hanging through an outage.
       * @default 5000
       */
      retryTimeMs: n.NEO4J_RETRY_TIME_MS,
      local: {
        port: n.NEO4J_LOCAL_PORT,
        dataDir: path.resolve(n.NEO4J_LOCAL_DATA_DIR ?? path.join(home, 'neo4j')),
        heapMb: n.NEO4J_LOCAL_HEAP_MB,
        pageCacheMb: n.NEO4J_LOCAL_PAGECACHE_MB,
        javaHome: n.JAVA_HOME,
        /**
         * `serve` restarts the local Neo4j and Redis it started when they die (backoff 1–30 s).
         * @default true
         */
        supervise: n.LOCAL_SERVICES_SUPERVISE,
      },
    },
    redis: {
      /** `undefined` means: start and use the local launcher's redis-server. */
      url: r.REDIS_URL,
      keyPrefix: r.REDIS_KEY_PREFIX,
      cacheTtlSeconds: r.CACHE_TTL_SECONDS,
      local: { port: r.REDIS_LOCAL_PORT, dataDir: path.join(home, 'redis') },
    },
    embeddings: {
      provider: e.EMBEDDINGS_PROVIDER,
      dimensions,
      similarity: e.EMBEDDINGS_SIMILARITY,
      /**
       * Tokens of a search text that an in-process model embeds (stored texts keep the model's
       * own limit): a 2,000-character question costs a quarter of the time at 128 tokens
       * (docs/benchmarks.md), and the fulltext branch still reads all of it.
       */
      queryMaxTokens: e.EMBEDDINGS_QUERY_MAX_TOKENS,
      hnsw: { m: e.VECTOR_HNSW_M, efConstruction: e.VECTOR_HNSW_EF_CONSTRUCTION },
      quantization: e.VECTOR_QUANTIZATION,
    },
    ollama: {
      host: o.OLLAMA_HOST,
      embedModel: o.OLLAMA_EMBED_MODEL,
      chatModel: o.OLLAMA_CHAT_MODEL,
      timeoutMs: o.OLLAMA_TIMEOUT_MS,
      keepAlive: o.OLLAMA_KEEP_ALIVE,
      concurrency: o.OLLAMA_CONCURRENCY,
      retries: o.OLLAMA_RETRIES,
    },
    ask: {
      generation: k.ASK_GENERATION,
      contextTokens: k.ASK_CONTEXT_TOKENS,
      numCtx: k.ASK_NUM_CTX,
    },
    access: { defaultLevels: a.ACCESS_DEFAULT_LEVELS },
    auth: {
      /** HS256 shared secret; with `jwksUrl` unset, the only way tokens verify. */
      jwtSecret: t.AUTH_JWT_SECRET,
      /** RS/ES keys from a JWKS endpoint. */
      jwksUrl: t.AUTH_JWKS_URL,
      issuer: t.AUTH_ISSUER,
      audience: t.AUTH_AUDIENCE,
      clockSkewSeconds: t.AUTH_CLOCK_SKEW_SECONDS,
      rolesClaim: t.AUTH_ROLES_CLAIM,
      levelsClaim: t.AUTH_LEVELS_CLAIM,
      /** Requests without credentials read PUBLIC only, as viewers. */
      anonymous: t.AUTH_ANONYMOUS,
      apiKeys: t.AUTH_API_KEYS,
      /** Origins allowed to open a WebSocket; empty: the server's own origin only. */
      wsAllowedOrigins: t.WS_ALLOWED_ORIGINS,
    },
    limits: {
      /** Schema introspection (and with it GraphiQL-style tools). @default on, off in production */
      introspection: t.GRAPHQL_INTROSPECTION ?? s.NODE_ENV !== 'production',
      maxDepth: t.GRAPHQL_MAX_DEPTH,
      maxAliases: t.GRAPHQL_MAX_ALIASES,
      maxDirectives: t.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: t.GRAPHQL_MAX_TOKENS,
      maxCost: t.GRAPHQL_MAX_COST,
      /**
       * How many interface-typed graph fields (`artifacts`, `dependsOn`) one selection path may
       * nest: @neo4j/graphql expands each into a union over every artifact type, so the Cypher
       * (and its planning time) grows fivefold per level.
       */
      maxAbstractDepth: t.GRAPHQL_MAX_ABSTRACT_DEPTH,
      /** Largest HTTP body or WebSocket message. */
      maxBodyBytes: t.GRAPHQL_MAX_BODY_BYTES,
      /** Neo4j transaction timeout of one request's queries: nothing runs for minutes. */
      queryTimeoutMs: t.QUERY_TIMEOUT_MS,
      /**
       * Per-identity request budget in Redis: `points` GraphQL operations (HTTP requests and
       * WebSocket operations alike) per `windowSeconds`. @default on, 600 a minute
       */
      rate: {
        enabled: t.RATE_LIMIT,
        points: t.RATE_LIMIT_POINTS,
        windowSeconds: t.RATE_LIMIT_WINDOW_SECONDS,
        /**
         * Refused credentials one remote address may present per window before every request
         * from it is refused with `RATE_LIMITED`, valid or not (guessing keys and tokens).
         */
        authFailures: t.RATE_LIMIT_AUTH_FAILURES,
      },
    },
    sources,
    changes: {
      streamMaxLen: c.CHANGES_STREAM_MAXLEN,
      outboxBuffer: c.CHANGES_OUTBOX_BUFFER,
    },
    ws: {
      maxSubscriptions: c.WS_MAX_SUBSCRIPTIONS,
      slowConsumerEvents: c.WS_SLOW_CONSUMER_EVENTS,
      slowConsumerBytes: c.WS_SLOW_CONSUMER_BYTES,
      keepAliveMs: c.WS_KEEPALIVE_MS,
      connectionInitTimeoutMs: c.WS_CONNECTION_INIT_TIMEOUT_MS,
    },
  };
}

/** The validated, frozen configuration. */
export type Config = ReturnType<typeof assemble>;

/**
 * Parses and validates an environment record.
 * @throws {ConfigError} listing every invalid or inconsistent setting at once.
 */
export function buildConfig(env: Env): Config {
  const problems: string[] = [];
  const s = parseModel(ServerModel, env, problems);
  const n = parseModel(Neo4jModel, env, problems);
  const r = parseModel(RedisModel, env, problems);
  const e = parseModel(EmbeddingModel, env, problems);
  const o = parseModel(OllamaModel, env, problems);
  const a = parseModel(AccessModel, env, problems);
  const c = parseModel(ChangesModel, env, problems);
  const k = parseModel(AskModel, env, problems);
  const t = parseModel(AuthModel, env, problems);
  const src = parseModel(SourcesModel, env, problems);
  const sources = src ? assembleSources(src, problems, process.cwd()) : undefined;
  const fixed = e && IN_PROCESS_DIMENSIONS[e.EMBEDDINGS_PROVIDER as InProcessProvider];
  if (e && fixed !== undefined && (e.EMBEDDINGS_DIMENSIONS ?? fixed) !== fixed) {
    problems.push(
      `EMBEDDINGS_DIMENSIONS: the ${e.EMBEDDINGS_PROVIDER} provider produces ${fixed} dimensions (got "${e.EMBEDDINGS_DIMENSIONS}")`,
    );
  }
  // Development without a token issuer gets a local admin token at start; production never does.
  if (s?.NODE_ENV === 'production' && t && !t.AUTH_JWT_SECRET && !t.AUTH_JWKS_URL) {
    problems.push('AUTH_JWT_SECRET or AUTH_JWKS_URL: production needs a token issuer');
  }
  if (!s || !n || !r || !e || !o || !a || !c || !k || !t || !sources || problems.length > 0) {
    throw new ConfigError(problems);
  }
  return deepFreeze(assemble(s, n, r, e, o, a, c, k, t, sources));
}

/**
 * Reads the configuration from `process.env`; on problems prints them all and exits with 1.
 */
export function loadConfig(): Config {
  try {
    return buildConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
