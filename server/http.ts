/**
 * The HTTP server: Apollo Server on express (GraphQL at `/graphql`), health, metrics, and
 * graphql-ws on the same port and path. A factory returning `{ start, stop, ready }`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../core/config.js';
import { formatError } from '../core/errors.js';
import { explorerPages } from './explorer.js';
import { corsPolicy, securityHeaders } from './headers.js';
import { readiness } from './health.js';
import { reportErrors, requestIds } from './request-id.js';
import { createLimits } from './limits.js';
import type { Metrics } from '../core/metrics.js';
import { GRAPHQL_PATH, LIVE_PATH, METRICS_PATH, READY_PATH } from './routes.js';

const ROUTES = [GRAPHQL_PATH, LIVE_PATH, READY_PATH, METRICS_PATH, '/webhooks'];

/** The metrics label of a request path: one of {@link ROUTES}, or `other`. */
function routeLabel(path: string): string {
  return ROUTES.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'other';
}

export interface ServerDeps<TContext extends BaseContext> {
  config: Pick<Config, 'server' | 'env' | 'neo4j' | 'limits'>;
  driver: Driver;
  redis: Redis;
  logger: Logger;
  metrics: Metrics;
  schema: GraphQLSchema;
  /**
   * Builds the per-request context (identity, access scope, DataLoaders); `address` is the
   * caller's remote address.
   */
  context: (req: { headers: http.IncomingHttpHeaders; address?: string }) => Promise<TContext>;
  /** Extra routes (webhooks) mounted before GraphQL. */
  routes?: (app: express.Express) => void;
  /** WebSocket endpoint on the same server (graphql-ws), attached at start. */
  ws?: (httpServer: http.Server) => { dispose(): Promise<void> };
  /** Long-running parts started before listening and stopped after the server drains. */
  lifecycle?: { start(): Promise<void>; stop(): Promise<void> };
}

export interface ThreadlineServer {
  start(): Promise<void>;
  stop(): Promise<void>;
  ready(): Promise<boolean>;
  /** `http://host:port` once started. */
  url(): string;
}

/** Creates (but does not start) the API server. */
export function createServer<TContext extends BaseContext>(
  deps: ServerDeps<TContext>,
): ThreadlineServer {
  const { config, driver, redis, logger, metrics, schema } = deps;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const limits = createLimits(config);
  const apollo = new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: config.env === 'development',
    formatError: (formatted, error) => formatError(formatted, config.env === 'development', error),
    introspection: config.limits.introspection,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    // cli/serve.ts owns SIGINT/SIGTERM: Apollo's own handler would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    plugins: [
      ...limits.plugins,
      // Apollo's landing page loads Apollo Sandbox from Apollo's CDN: browsers get the bundled
      // GraphiQL instead (server/explorer.ts), and never a script from another origin.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      reportErrors<TContext>(logger),
      {
        requestDidStart() {
          return Promise.resolve({
            willSendResponse({ operationName, errors }) {
              metrics.graphqlOperations.inc({
                operation: operationName ?? 'anonymous',
                outcome: errors && errors.length > 0 ? 'error' : 'ok',
              });
              return Promise.resolve();
            },
          });
        },
      },
    ],
  });
  let baseUrl = '';
  let ws: { dispose(): Promise<void> } | undefined;

  app.use(requestIds());
  app.use(securityHeaders());
  app.use((req, res, next) => {
    const end = metrics.httpRequests.startTimer({ method: req.method });
    // A closed label set: request paths never become label values (unbounded cardinality).
    res.on('finish', () => end({ route: routeLabel(req.path), status: res.statusCode }));
    next();
  });
  app.get(LIVE_PATH, (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get(READY_PATH, (_req, res, next) => {
    readiness(driver, redis, config.neo4j.database)
      .then((report) => {
        const down = Object.entries(report.checks)
          .filter(([, c]) => !c.up)
          .map(([name]) => name);
        res.status(report.ready ? 200 : 503).json({
          status: report.ready ? 'ready' : `unavailable: ${down.join(', ')}`,
          ...report,
        });
      })
      .catch(next);
  });
  app.get(METRICS_PATH, (_req, res, next) => {
    metrics.registry
      .metrics()
      .then((text) => {
        res.type(metrics.registry.contentType).send(text);
      })
      .catch(next);
  });
  deps.routes?.(app);
  app.use(explorerPages(config));

  return {
    async start() {
      await deps.lifecycle?.start();
      await apollo.start();
      app.use(
        GRAPHQL_PATH,
        corsPolicy(config),
        express.json({ limit: config.limits.maxBodyBytes }),
        expressMiddleware(apollo, {
          context: ({ req }) =>
            deps.context({
              headers: req.headers,
              ...(req.socket.remoteAddress ? { address: req.socket.remoteAddress } : {}),
            }),
        }),
      );
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.server.port, config.server.host, () => resolve());
      });
      ws = deps.ws?.(httpServer);
      const { port } = httpServer.address() as AddressInfo;
      baseUrl = `http://${config.server.host}:${port}`;
      logger.info(
        { url: `${baseUrl}/graphql`, explorer: `${baseUrl}/` },
        'Threadline API listening',
      );
    },
    async stop() {
      // Subscriptions complete first, then HTTP drains, then the feed and outbox stop.
      await ws?.dispose();
      await apollo.stop();
      if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
      await deps.lifecycle?.stop();
    },
    async ready() {
      return (await readiness(driver, redis, config.neo4j.database)).ready;
    },
    url: () => baseUrl,
  };
}
