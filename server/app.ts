/**
 * The API on top of a runtime: the schema, the per-request context, the HTTP and WebSocket
 * server, webhooks and metrics. Used by `threadline serve` and by the end-to-end tests.
 */
import { GraphQLError } from 'graphql';
import { UnauthenticatedError } from '../core/errors.js';
import { createApiKeyStore } from '../graph/api-keys.js';
import { buildSchema } from './schema.js';
import { createContext } from '../resolvers/context.js';
import type { Runtime } from '../runtime/runtime.js';
import { createAuthenticator } from './auth.js';
import { createRateLimiter } from './rate-limit.js';
import { createServer } from './http.js';
import type { ThreadlineServer } from './http.js';
import { registerSyncMetrics } from './sync-metrics.js';
import { webhookRoutes } from './webhooks.js';
import { attachWebSocket } from './ws.js';

/** RATE_LIMITED, answered with HTTP 429 and `Retry-After`. */
function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: retry after ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/**
 * Builds the schema and returns the (not yet started) server, with the local admin token when
 * the server minted one (development without a token issuer). The runtime stays the caller's.
 */
export async function createApp(
  runtime: Runtime,
): Promise<ThreadlineServer & { localToken?: string }> {
  const { config, driver, redis, logger, metrics, writer, changes, progress } = runtime;
  registerSyncMetrics(metrics.registry, driver, config.neo4j.database);
  const schema = await buildSchema(driver);
  const auth = await createAuthenticator(config, createApiKeyStore(driver, config.neo4j.database));
  const rate = createRateLimiter({ config, redis, logger });
  const server = createServer({
    config,
    driver,
    redis,
    logger,
    metrics,
    schema,
    context: async (req) => {
      const allowed = await rate.mayAuthenticate(req.address);
      if (!allowed.allowed) throw rateLimited(allowed.retryAfterSeconds);
      let identity;
      try {
        identity = await auth.authenticate(req.headers.authorization);
      } catch (error) {
        if (!(error instanceof UnauthenticatedError)) throw error;
        // A missing credential is not a guess; a refused one is.
        if (req.headers.authorization) await rate.authFailed(req.address);
        // Apollo answers a context failure with the status in `extensions.http` (never sent).
        throw new GraphQLError(error.message, {
          extensions: {
            code: 'UNAUTHENTICATED',
            http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) },
          },
        });
      }
      const verdict = await rate.consume(identity, req.address);
      if (!verdict.allowed) throw rateLimited(verdict.retryAfterSeconds);
      return createContext(runtime, identity);
    },
    routes: webhookRoutes({ config, driver, redis, writer, logger }),
    ws: (httpServer) =>
      attachWebSocket({
        httpServer,
        schema,
        config,
        metrics,
        logger,
        authenticate: async (credential, address) => {
          const allowed = await rate.mayAuthenticate(address);
          if (!allowed.allowed) throw new UnauthenticatedError('Too many refused credentials');
          try {
            return await auth.authenticate(credential);
          } catch (error) {
            if (credential) await rate.authFailed(address);
            throw error;
          }
        },
        rateLimit: (identity, address) => rate.consume(identity, address),
        createContext: (identity) => createContext(runtime, identity),
      }),
    lifecycle: {
      async start() {
        await changes.start();
        await progress.start();
      },
      async stop() {
        await progress.stop();
        await changes.stop();
      },
    },
  });
  return { ...server, ...(auth.localToken ? { localToken: auth.localToken } : {}) };
}
