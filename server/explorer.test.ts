import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { buildConfig } from '../core/config.js';
import { explorerPages, isExplorerRoute } from './explorer.js';

/** An express app with the pages over `dir`, listening on a free port; answers 404 otherwise. */
async function serve(dir: string, env: Record<string, string> = {}) {
  const app = express();
  app.use(explorerPages(buildConfig({ NODE_ENV: 'test', ...env }), dir));
  app.use((_req, res) => {
    res.status(404).json({ api: true });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    get: (p: string, accept = 'text/html') =>
      fetch(`http://127.0.0.1:${port}${p}`, { headers: { accept } }),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('explorer pages', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'explorer-dist-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<title>explorer</title>');
    writeFileSync(path.join(dir, 'graphiql.html'), '<title>graphiql</title>');
    writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every client route with the explorer, under a self-only policy', async () => {
    const s = await serve(dir);
    try {
      for (const p of [
        '/',
        '/a/jira:SHOP-2',
        '/a/doc:lumen/prd/x',
        '/coverage/jira:SHOP-2',
        '/sign-in',
      ]) {
        const res = await s.get(p);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('explorer');
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval/);
        expect(res.headers.get('cache-control')).toBe('no-cache');
      }
      const asset = await s.get('/assets/app-1234.js', '*/*');
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect((await s.get('/assets/missing.js', '*/*')).status).toBe(404);
    } finally {
      await s.close();
    }
  });

  it('serves GraphiQL to a browser opening /graphql only while introspection is on', async () => {
    const on = await serve(dir);
    const off = await serve(dir, { GRAPHQL_INTROSPECTION: 'false' });
    try {
      expect(await (await on.get('/graphql')).text()).toContain('graphiql');
      // A GraphQL client (no text/html) goes on to the API.
      expect(await (await on.get('/graphql', 'application/json')).json()).toEqual({ api: true });
      expect(await (await off.get('/graphql')).json()).toEqual({ api: true });
    } finally {
      await on.close();
      await off.close();
    }
  });

  it('says how to build when the files are missing, and serves nothing with EXPLORER=false', async () => {
    const missing = await serve(path.join(dir, 'nowhere'));
    const disabled = await serve(dir, { EXPLORER: 'false' });
    try {
      const res = await missing.get('/');
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run explorer:build');
      expect(await (await disabled.get('/')).json()).toEqual({ api: true });
    } finally {
      await missing.close();
      await disabled.close();
    }
  });

  it('knows its routes and leaves the API paths alone', () => {
    expect(isExplorerRoute('/a/git:lumen/shop@e1a9c33')).toBe(true);
    expect(isExplorerRoute('/coverage')).toBe(true);
    for (const p of ['/graphql', '/health/live', '/metrics', '/webhooks/github', '/about']) {
      expect(isExplorerRoute(p)).toBe(false);
    }
  });
});
