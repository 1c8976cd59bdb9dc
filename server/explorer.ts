/**
 * The browser pages: the explorer at `/` (its client routes `/a/…`, `/coverage/…`, `/sign-in`
 * answer its index page) and GraphiQL at `GET /graphql` for a browser (`Accept: text/html`) while
 * introspection is on. Both are static files Vite built into explorer/dist
 * (`npm run explorer:build`, run by `npm start` and `npm test`); they call the public
 * `/graphql` like any client.
 *
 * Their policy allows this origin's scripts, styles, fonts and connections only: no inline script,
 * no other origin, no framing.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import express from 'express';
import type { RequestHandler, Router } from 'express';
import helmet from 'helmet';
import { PROJECT_ROOT } from '../core/config.js';
import type { Config } from '../core/config.js';

/** Where Vite writes the explorer (explorer/vite.config.mjs). */
export const EXPLORER_DIST = path.join(PROJECT_ROOT, 'explorer', 'dist');

/** The Content-Security-Policy of the explorer's and GraphiQL's pages. */
export const PAGE_CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    // 'self' covers the same-origin WebSocket (graphql-ws) as well.
    connectSrc: ["'self'"],
    manifestSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
  },
};

/** The explorer's client-side routes: each answers the explorer's index page. */
export function isExplorerRoute(pathname: string): boolean {
  return (
    pathname === '/' ||
    pathname === '/search' ||
    pathname === '/sign-in' ||
    pathname === '/coverage' ||
    pathname.startsWith('/coverage/') ||
    pathname.startsWith('/a/')
  );
}

/** Whether a request is a browser opening `/graphql` (GraphiQL) rather than a GraphQL client. */
export function wantsGraphiql(method: string, pathname: string, accept: string | undefined) {
  return (
    (method === 'GET' || method === 'HEAD') &&
    pathname === '/graphql' &&
    (accept ?? '').includes('text/html')
  );
}

const NOT_BUILT =
  'The explorer is not built: run `npm run explorer:build` (npm start and npm test build it).\n';

/**
 * The pages as an express router, mounted before GraphQL. With `EXPLORER=false` it serves
 * nothing; with introspection off, `GET /graphql` goes on to the API (no GraphiQL).
 */
export function explorerPages(
  config: Pick<Config, 'server' | 'limits'>,
  dir: string = EXPLORER_DIST,
): Router {
  const router = express.Router();
  if (!config.server.explorer) return router;
  const page = helmet({
    contentSecurityPolicy: PAGE_CSP,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const send =
    (file: string): RequestHandler =>
    (_req, res) => {
      const full = path.join(dir, file);
      if (!existsSync(full)) {
        res.status(503).type('text/plain').send(NOT_BUILT);
        return;
      }
      // The page names hashed assets: always ask for the current page.
      res.set('cache-control', 'no-cache');
      res.sendFile(full);
    };
  const index = send('index.html');
  const graphiql = send('graphiql.html');
  router.use(
    '/assets',
    page,
    // Hashed file names: a file never changes under its name.
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  router.get('/favicon.svg', page, send('favicon.svg'));
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    if (isExplorerRoute(req.path)) {
      page(req, res, () => index(req, res, next));
    } else if (
      config.limits.introspection &&
      wantsGraphiql(req.method, req.path, req.get('accept'))
    ) {
      page(req, res, () => graphiql(req, res, next));
    } else {
      next();
    }
  });
  return router;
}
