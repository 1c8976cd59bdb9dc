/**
 * Security headers (helmet) and CORS for the express app.
 *
 * Every response carries a Content-Security-Policy that allows nothing (`default-src 'none'`,
 * `frame-ancestors 'none'`): the API answers JSON, which no browser should run, frame or style.
 * The one HTML page, Apollo's landing page (`GET /graphql` from a browser, development and test
 * only; production has none), loads Apollo Sandbox from Apollo's CDN and protects its own inline
 * scripts with a nonce in a `<meta>` policy. A header policy cannot know that nonce, so that
 * response gets a header policy naming Apollo's hosts; the browser enforces both policies, so the
 * page's nonce still decides which inline scripts run.
 *
 * CORS: off unless `CORS_ORIGINS` lists origins, and then for exactly those, on `/graphql` only,
 * without cookies (credentials travel in the `Authorization` header).
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../core/config.js';

/** The hosts of Apollo's landing page and embedded Sandbox (see @apollo/server's landing page). */
const APOLLO_CDN = [
  'https://apollo-server-landing-page.cdn.apollographql.com',
  'https://embeddable-sandbox.cdn.apollographql.com',
  'https://embeddable-explorer.cdn.apollographql.com',
];
const APOLLO_FRAMES = [
  'https://sandbox.embed.apollographql.com',
  'https://explorer.embed.apollographql.com',
];

const API_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
  },
};

const LANDING_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'", "'unsafe-inline'", ...APOLLO_CDN],
    styleSrc: ["'self'", "'unsafe-inline'", ...APOLLO_CDN, 'https://fonts.googleapis.com'],
    fontSrc: ["'self'", 'https://fonts.gstatic.com'],
    imgSrc: ["'self'", 'data:', ...APOLLO_CDN],
    manifestSrc: ["'self'", ...APOLLO_CDN],
    frameSrc: ["'self'", ...APOLLO_FRAMES],
    connectSrc: ["'self'"],
  },
};

/** Whether a request may be answered with Apollo's landing page (a browser opening the URL). */
export function wantsLandingPage(
  method: string,
  path: string,
  accept: string | undefined,
): boolean {
  return method === 'GET' && path === '/graphql' && (accept ?? '').includes('text/html');
}

/**
 * Helmet's headers on every response: the strict policy above, HSTS, `nosniff`,
 * `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`, same-origin COOP and CORP.
 */
export function securityHeaders(config: Pick<Config, 'env'>): RequestHandler {
  const common = {
    frameguard: { action: 'deny' as const },
    referrerPolicy: { policy: 'no-referrer' as const },
  };
  const api = helmet({ ...common, contentSecurityPolicy: API_CSP });
  const landing = helmet({ ...common, contentSecurityPolicy: LANDING_CSP });
  const landingPage = config.env !== 'production';
  return (req, res, next) => {
    const page = landingPage && wantsLandingPage(req.method, req.path, req.get('accept'));
    (page ? landing : api)(req, res, next);
  };
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
