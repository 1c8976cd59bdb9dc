import { ConfigError, buildConfig } from './config.js';

describe('buildConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    const config = buildConfig({});
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 4000 });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.redis.url).toBeUndefined();
    expect(config.embeddings).toMatchObject({
      provider: 'minilm',
      dimensions: 384,
      similarity: 'cosine',
    });
    expect(config.access.defaultLevels).toEqual(['PUBLIC', 'INTERNAL']);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      buildConfig({
        PORT: 'eighty',
        NEO4J_URI: 'http://localhost:7474',
        REDIS_URL: 'localhost:6379',
        EMBEDDINGS_PROVIDER: 'openai',
        ACCESS_DEFAULT_LEVELS: 'PUBLIC,SECRET',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const key of [
      'PORT',
      'NEO4J_URI',
      'REDIS_URL',
      'EMBEDDINGS_PROVIDER',
      'ACCESS_DEFAULT_LEVELS',
    ]) {
      expect(problems).toContain(key);
    }
    expect((error as ConfigError).message).toContain('(got "eighty")');
  });

  it('returns a deeply frozen object', () => {
    const config = buildConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.neo4j.local)).toBe(true);
  });

  it('sizes the vector index for the configured embedding provider', () => {
    expect(buildConfig({ EMBEDDINGS_PROVIDER: 'ollama' }).embeddings.dimensions).toBe(768);
    expect(
      buildConfig({ EMBEDDINGS_PROVIDER: 'local', EMBEDDINGS_DIMENSIONS: '512' }).embeddings
        .dimensions,
    ).toBe(512);
  });

  it('rejects out-of-range HNSW settings', () => {
    expect(() => buildConfig({ VECTOR_HNSW_M: '0' })).toThrow(/VECTOR_HNSW_M/);
  });

  it('limits webhook bodies to 5 MiB unless told, and never above 25 MiB', () => {
    expect(buildConfig({}).sources.webhooks.maxBodyBytes).toBe(5_242_880);
    expect(buildConfig({ WEBHOOK_MAX_BODY_BYTES: '65536' }).sources.webhooks.maxBodyBytes).toBe(
      65_536,
    );
    expect(() => buildConfig({ WEBHOOK_MAX_BODY_BYTES: '100000000' })).toThrow(
      /WEBHOOK_MAX_BODY_BYTES/,
    );
  });

  it('limits 600 operations and 20 refused credentials a minute, and allows no CORS origin by default', () => {
    const config = buildConfig({});
    expect(config.limits.rate).toEqual({
      enabled: true,
      points: 600,
      windowSeconds: 60,
      authFailures: 20,
    });
    expect(config.server.corsOrigins).toEqual([]);
  });

  it('accepts CORS origins and refuses a wildcard or a path', () => {
    expect(
      buildConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' }).server
        .corsOrigins,
    ).toEqual(['https://app.example.com', 'http://localhost:5173']);
    expect(() => buildConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => buildConfig({ CORS_ORIGINS: 'https://app.example.com/x' })).toThrow(
      /CORS_ORIGINS/,
    );
  });
});
