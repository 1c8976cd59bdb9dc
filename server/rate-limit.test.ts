import { pino } from 'pino';
import { buildConfig } from '../core/config.js';
import { createRedis } from '../core/redis.js';
import { createRateLimiter, rateKey } from './rate-limit.js';

const viewer = { subject: 'jwt:alice', role: 'viewer' as const, levels: ['PUBLIC' as const] };

/** A logger whose lines the test can read. */
function capturingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => lines.push(JSON.parse(line) as { level: number; msg: string }) },
  );
  return { logger, lines };
}

describe('createRateLimiter', () => {
  it('lets requests through and logs once when Redis does not answer (fails open)', async () => {
    // A real client that was never connected: with no offline queue, every command fails at once.
    const redis = createRedis('redis://127.0.0.1:1');
    const { logger, lines } = capturingLogger();
    const limiter = createRateLimiter({
      config: buildConfig({ RATE_LIMIT_POINTS: '1' }),
      redis,
      logger,
    });
    for (let i = 0; i < 3; i += 1) {
      expect(await limiter.consume(viewer)).toEqual({ allowed: true });
    }
    const warnings = lines.filter((l) => l.msg.startsWith('rate limits are not enforced'));
    expect(warnings).toHaveLength(1);
    redis.disconnect();
  });

  it('allows everything without touching Redis when RATE_LIMIT is off', async () => {
    const redis = createRedis('redis://127.0.0.1:1');
    const { logger, lines } = capturingLogger();
    const limiter = createRateLimiter({
      config: buildConfig({ RATE_LIMIT: 'false', RATE_LIMIT_POINTS: '1' }),
      redis,
      logger,
    });
    expect(await limiter.consume(viewer)).toEqual({ allowed: true });
    expect(await limiter.consume(viewer)).toEqual({ allowed: true });
    expect(lines).toHaveLength(0);
    redis.disconnect();
  });
});

describe('rateKey', () => {
  it('keys an identity by its subject, and anonymous callers by their address', () => {
    expect(rateKey(viewer, '10.0.0.1')).toBe('jwt:alice');
    const anonymous = { subject: 'anonymous', role: 'viewer' as const, levels: [] };
    expect(rateKey(anonymous, '10.0.0.1')).toBe('anonymous:10.0.0.1');
    expect(rateKey(anonymous, '10.0.0.2')).not.toBe(rateKey(anonymous, '10.0.0.1'));
  });
});
