/**
 * graphql-ws on the HTTP server's port and path (`/graphql`). The request context is built the
 * same way as for HTTP, once per connection in `onConnect`. Protocol hygiene: a connection-init
 * timeout, keep-alive pings (a client that misses a pong is terminated), a per-connection
 * subscription limit, each operation drawn from its identity's rate budget (server/rate-limit.ts;
 * over it the operation is refused with RATE_LIMITED), and slow consumers cut off before they can
 * grow server memory: when a socket's unsent bytes or a subscription's waiting events pass their
 * caps, the connection is closed with 1013 "try again later" and a reason that names the cursor
 * to resume from. (graphql-ws defines no close code for this case; 1013 is the registered
 * WebSocket code for it.)
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { GraphQLError, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { CloseCode } from 'graphql-ws';
import type { Config } from '../core/config.js';
import { formatError } from '../core/errors.js';
import type { Identity } from '../graph/access.js';
import type { Context } from '../resolvers/context.js';
import type { Metrics } from '../core/metrics.js';
import { createLimits } from './limits.js';
import { GRAPHQL_PATH } from './routes.js';
import { serverFault } from './request-id.js';
import type { RateVerdict } from './rate-limit.js';

/** RFC 6455 / IANA: "Try Again Later". */
export const CLOSE_TRY_AGAIN_LATER = 1013;

export interface WsDeps {
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Pick<Config, 'ws' | 'auth' | 'limits' | 'env'>;
  /**
   * Who is connecting; throws for refused credentials (see server/auth.ts), and for any from an
   * address that presented too many refused ones (server/rate-limit.ts).
   */
  authenticate: (credential: string | undefined, address?: string) => Promise<Identity>;
  createContext: (identity: Identity) => Context;
  /** Draws one operation from the caller's budget (server/rate-limit.ts); none: unlimited. */
  rateLimit?: (identity: Identity, address?: string) => Promise<RateVerdict>;
  metrics: Metrics;
  logger: Logger;
}

interface Extra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  request: http.IncomingMessage;
  context?: Context;
}

/**
 * Whether a WebSocket from `origin` may connect: no Origin (not a browser), an origin on the
 * allow-list, or — with an empty list — the server's own origin (same host and port).
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (!origin) return true;
  if (allowed.length > 0) return allowed.includes(origin);
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Attaches graphql-ws; returns a function that completes subscriptions and closes sockets. */
export function attachWebSocket(deps: WsDeps): { dispose(): Promise<void> } {
  const { config, metrics, logger } = deps;
  const wss = new WebSocketServer({
    server: deps.httpServer,
    path: GRAPHQL_PATH,
    // A web page on another origin must not act with a user's credentials (cross-site WebSocket
    // hijacking). Clients that send no Origin (servers, CLIs) are not browsers.
    maxPayload: config.limits.maxBodyBytes,
    verifyClient: ({ origin, req }: { origin?: string; req: http.IncomingMessage }) =>
      originAllowed(origin, req.headers.host, config.auth.wsAllowedOrigins),
  });
  const active = new Map<WebSocket, number>();

  const cutOff = (socket: WebSocket, reason: string) => {
    if (socket.readyState !== socket.OPEN) return;
    metrics.slowConsumersClosed.inc();
    logger.warn({ reason }, 'closing a slow WebSocket consumer');
    socket.close(CLOSE_TRY_AGAIN_LATER, reason.slice(0, 120));
    // A client that reads nothing never completes the closing handshake.
    setTimeout(() => socket.terminate(), 1000).unref();
  };

  const rules = [...specifiedRules, ...createLimits(config).validationRules];
  const dev = config.env === 'development';
  // The same masking as HTTP: nothing but the closed set of codes and safe messages leaves, and
  // an error the server is at fault for is logged with an id the client sees.
  const mask = (errors: readonly (GraphQLError | GraphQLFormattedError)[]) =>
    errors.map((e) => {
      if (!(e instanceof GraphQLError)) return formatError(e, dev);
      const formatted = formatError(e.toJSON(), dev, e);
      if (!serverFault(e)) return formatted;
      const requestId = randomUUID();
      logger.error(
        { err: e.originalError ?? e, requestId, path: e.path },
        'GraphQL operation failed',
      );
      return { ...formatted, extensions: { ...formatted.extensions, requestId } };
    });
  const serverCleanup = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: deps.schema,
      validate: (schema, document) => validate(schema, document, rules),
      onError: (_ctx, _id, _payload, errors) => mask(errors),
      connectionInitWaitTimeout: config.ws.connectionInitTimeoutMs,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const params = ctx.connectionParams ?? {};
        const credential = [params.authorization, params.Authorization, params.token].find(
          (v): v is string => typeof v === 'string',
        );
        let identity: Identity;
        try {
          identity = await deps.authenticate(credential, ctx.extra.request.socket.remoteAddress);
        } catch {
          // graphql-ws closes with 4403 Forbidden.
          return false;
        }
        if (identity.expiresAt !== undefined) {
          const ms = Math.max(0, identity.expiresAt * 1000 - Date.now());
          const timer = setTimeout(
            () => {
              if (socket.readyState === socket.OPEN)
                socket.close(CloseCode.Forbidden, 'Token expired');
            },
            Math.min(ms, 2 ** 31 - 1),
          );
          timer.unref();
          socket.once('close', () => clearTimeout(timer));
        }
        ctx.extra.context = {
          ...deps.createContext(identity),
          closeConnection: (reason: string) => cutOff(socket, reason),
          unsentBytes: () => socket.bufferedAmount,
        };
        return true;
      },
      context: (ctx) => {
        // onConnect always sets it before any subscription can start.
        if (!ctx.extra.context) throw new Error('connection not initialised');
        return ctx.extra.context;
      },
      onSubscribe: async (ctx) => {
        const socket = ctx.extra.socket;
        const identity = ctx.extra.context?.identity;
        const verdict =
          identity && deps.rateLimit
            ? await deps.rateLimit(identity, ctx.extra.request.socket.remoteAddress)
            : undefined;
        if (verdict && !verdict.allowed) {
          return [
            new GraphQLError(`Too many requests: retry after ${verdict.retryAfterSeconds} s`, {
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: verdict.retryAfterSeconds },
            }),
          ];
        }
        const count = (active.get(socket) ?? 0) + 1;
        if (count > config.ws.maxSubscriptions) {
          return [
            new GraphQLError(`At most ${config.ws.maxSubscriptions} subscriptions per connection`, {
              extensions: { code: 'RATE_LIMITED' },
            }),
          ];
        }
        active.set(socket, count);
        return undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        // Slow consumers are cut off where events queue (queries/changes.ts): graphql-ws awaits
        // each send, so a client that stops reading stalls its subscription before this point.
        if (!result.errors || result.errors.length === 0) return undefined;
        return { ...result, errors: mask(result.errors) };
      },
      onComplete: (ctx) => {
        const socket = ctx.extra.socket;
        active.set(socket, Math.max(0, (active.get(socket) ?? 1) - 1));
      },
      onClose: (ctx) => {
        active.delete(ctx.extra.socket);
      },
    },
    wss,
  );

  const alive = new WeakMap<WebSocket, boolean>();
  wss.on('connection', (socket) => {
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
  });
  const keepAlive = setInterval(() => {
    for (const socket of wss.clients) {
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, config.ws.keepAliveMs);
  keepAlive.unref();

  return {
    async dispose() {
      clearInterval(keepAlive);
      await serverCleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
