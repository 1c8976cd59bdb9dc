/**
 * graphql-ws on the HTTP server's port and path (`/graphql`). The request context is built the
 * same way as for HTTP, once per connection in `onConnect`. Protocol hygiene: a connection-init
 * timeout, keep-alive pings (a client that misses a pong is terminated), a per-connection
 * subscription limit, and slow consumers cut off before they can grow server memory: when a
 * socket's unsent bytes or a subscription's waiting events pass their caps, the connection is
 * closed with 1013 "try again later" and a reason that names the cursor to resume from.
 * (graphql-ws defines no close code for this case; 1013 is the registered WebSocket code for it.)
 */
import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Config } from '../core/config.js';
import type { Context } from '../resolvers/context.js';
import type { Metrics } from '../core/metrics.js';

/** RFC 6455 / IANA: "Try Again Later". */
export const CLOSE_TRY_AGAIN_LATER = 1013;

export interface WsDeps {
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Pick<Config, 'ws'>;
  createContext: () => Context;
  metrics: Metrics;
  logger: Logger;
}

interface Extra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  context?: Context;
}

/** Attaches graphql-ws; returns a function that completes subscriptions and closes sockets. */
export function attachWebSocket(deps: WsDeps): { dispose(): Promise<void> } {
  const { config, metrics, logger } = deps;
  const wss = new WebSocketServer({ server: deps.httpServer, path: '/graphql' });
  const active = new Map<WebSocket, number>();

  const cutOff = (socket: WebSocket, reason: string) => {
    if (socket.readyState !== socket.OPEN) return;
    metrics.slowConsumersClosed.inc();
    logger.warn({ reason }, 'closing a slow WebSocket consumer');
    socket.close(CLOSE_TRY_AGAIN_LATER, reason.slice(0, 120));
    // A client that reads nothing never completes the closing handshake.
    setTimeout(() => socket.terminate(), 1000).unref();
  };

  const serverCleanup = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: deps.schema,
      connectionInitWaitTimeout: config.ws.connectionInitTimeoutMs,
      onConnect: (ctx) => {
        const socket = ctx.extra.socket;
        ctx.extra.context = {
          ...deps.createContext(),
          closeConnection: (reason: string) => cutOff(socket, reason),
        };
        return true;
      },
      context: (ctx) => ctx.extra.context ?? deps.createContext(),
      onSubscribe: (ctx) => {
        const socket = ctx.extra.socket;
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
      onNext: (ctx) => {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > config.ws.slowConsumerBytes) {
          cutOff(
            socket,
            `slow consumer: ${Math.round(socket.bufferedAmount / 1024)} KiB unsent; reconnect with the last cursor you received`,
          );
        }
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
