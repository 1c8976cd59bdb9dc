/**
 * Security headers (helmet) and CORS for the express app.
 *
 * Every response carries a Content-Security-Policy that allows nothing (`default-src 'none'`,
 * `frame-ancestors 'none'`): the API answers JSON, which no browser should run, frame or style.
 * The HTML pages (the explorer and GraphiQL, server/explorer.ts) replace it with their own policy,
 * which allows this origin's scripts and nothing from anywhere else.
 *
 * CORS: off unless `CORS_ORIGINS` lists origins, and then for exactly those, on `/graphql` only,
 * without cookies (credentials travel in the `Authorization` header).
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../core/config.js';

const API_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * Helmet's headers on every response: the strict policy above, HSTS, `nosniff`,
 * `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`, same-origin COOP and CORP.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    contentSecurityPolicy: API_CSP,
  });
}

/**
 * CORS for `/graphql`: answers preflights and sets `Access-Control-Allow-Origin` for the origins
 * in `CORS_ORIGINS` only. With none configured, no CORS header is ever sent, so browsers allow
 * same-origin calls only.
 */
export function corsPolicy(config: Pick<Config, 'server'>): RequestHandler {
  const origins = config.server.corsOrigins;
  return cors({
    origin: origins.length > 0 ? [...origins] : false,
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'apollo-require-preflight',
      'x-apollo-operation-name',
    ],
    exposedHeaders: ['retry-after'],
    credentials: false,
    maxAge: 600,
  });
}
