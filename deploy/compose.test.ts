/**
 * docker-compose.yml, read as compose reads it (YAML with merge keys; `docker compose config`
 * needs a Docker engine, which our machines lack): the services, their images and health checks,
 * the order they start in, and the settings they pass, held to the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT, SETTINGS, buildConfig } from '../core/config.js';
import { NEO4J_VERSION } from '../dev/neo4j.js';
import { CREDENTIALS } from './settings.js';

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  env_file?: { path: string; required: boolean }[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  profiles?: string[];
  volumes?: string[];
  restart?: string;
}

const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

function service(name: string): Service {
  const s = compose.services[name];
  if (!s) throw new Error(`docker-compose.yml has no service ${name}`);
  return s;
}

/** `${NAME:-default}` and `${NAME:?message}` as compose resolves them with nothing set. */
const interpolate = (value: string, env: Record<string, string> = {}) =>
  value.replace(/\$\{(\w+)(?::[-?]([^}]*))?\}/g, (_m, name: string, fallback?: string) =>
    name in env ? (env[name] as string) : (fallback ?? ''),
  );

const THREADLINE = ['migrate', 'api', 'ingest'];

describe('docker-compose.yml', () => {
  it('runs Neo4j, Redis, Ollama with its model pull, the migration, the API and the scheduler', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['api', 'ingest', 'migrate', 'neo4j', 'ollama', 'ollama-pull', 'redis'].sort(),
    );
    expect(service('ingest').profiles).toEqual(['ingest']);
  });

  it('pins the Neo4j Community version of the local launcher, with a health check and a data volume', () => {
    const neo4j = service('neo4j');
    expect(neo4j.image).toBe(`neo4j:${NEO4J_VERSION}-community`);
    expect(neo4j.healthcheck?.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    // The launcher loads no plugin and the code needs none (docs/architecture.md, "No APOC").
    expect(Object.keys(neo4j.environment ?? {})).not.toContain('NEO4J_PLUGINS');
  });

  it('keeps Redis data in an append-only file, with a health check', () => {
    const redis = service('redis');
    expect(redis.command?.join(' ')).toContain('--appendonly yes');
    expect(redis.volumes).toContain('redis-data:/data');
    expect(redis.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  it('pulls the configured chat and embedding models once Ollama is healthy', () => {
    const pull = service('ollama-pull');
    expect(pull.depends_on).toEqual({ ollama: { condition: 'service_healthy' } });
    expect(pull.restart).toBe('no');
    const env = Object.fromEntries(
      Object.entries(pull.environment ?? {}).map(([k, v]) => [k, interpolate(v)]),
    );
    const defaults = buildConfig({});
    expect(env.OLLAMA_CHAT_MODEL).toBe(defaults.ollama.chatModel);
    expect(env.OLLAMA_EMBED_MODEL).toBe(defaults.ollama.embedModel);
    expect(pull.command?.join(' ')).toMatch(
      /ollama pull "\$\$OLLAMA_CHAT_MODEL".*ollama pull "\$\$OLLAMA_EMBED_MODEL"/,
    );
  });

  it('builds the Threadline services from the Dockerfile, tagged with package.json’s version', () => {
    for (const name of THREADLINE) {
      expect(service(name).build).toBe('.');
      expect(service(name).image).toBe(`threadline/threadline:${pkg.version}`);
      expect(service(name).env_file).toEqual([{ path: '.env', required: false }]);
    }
    expect(service('migrate').command).toEqual(['migrate']);
    expect(service('api').command).toEqual(['serve']);
    expect(service('ingest').command?.slice(0, 2)).toEqual(['ingest', '--every']);
  });

  it('starts the API after healthy Neo4j and Redis and a completed migration', () => {
    expect(service('migrate').depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    for (const name of ['api', 'ingest']) {
      expect(service(name).depends_on).toMatchObject({
        neo4j: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
    }
  });

  it('passes the Threadline services settings the application accepts, secrets only from .env', () => {
    const resolved = (name: string): Record<string, string> =>
      Object.fromEntries(
        Object.entries(service(name).environment ?? {}).map(([k, v]) => [
          k,
          interpolate(v, { NEO4J_PASSWORD: 'from-env' }),
        ]),
      );
    for (const name of THREADLINE) {
      const raw = service(name).environment ?? {};
      expect(Object.keys(raw).filter((k) => !SETTINGS.includes(k))).toEqual([]);
      // A credential is never written here: it is required from .env (`${NAME:?message}`).
      const literal = CREDENTIALS.filter((c) => c in raw && !/^\$\{\w+:\?/.test(raw[c] ?? ''));
      expect(literal).toEqual([]);
      const config = buildConfig(resolved(name));
      expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
      expect(config.neo4j.password).toBe('from-env');
      expect(config.redis.url).toBe('redis://redis:6379');
      expect(config.ollama.host).toBe('http://ollama:11434');
    }
    expect(buildConfig(resolved('api')).server.host).toBe('0.0.0.0');
  });

  it('declares every named volume it mounts', () => {
    const named = Object.values(compose.services)
      .flatMap((s) => s.volumes ?? [])
      .map((v) => v.split(':')[0] as string)
      .filter((v) => !v.startsWith('.') && !v.startsWith('/'));
    expect(named.filter((v) => !(v in compose.volumes))).toEqual([]);
  });
});
