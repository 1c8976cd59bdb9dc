// Vite build of the explorer (index.html) and the bundled GraphiQL (graphiql.html) into
// explorer/dist, which the API serves (server/explorer.ts). Everything is bundled: the pages load
// nothing from another origin, and no inline script (the server's CSP allows `script-src 'self'`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  // No React plugin: esbuild compiles JSX; the build needs no Fast Refresh.
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Inline `data:` assets are fine under `img-src 'self' data:`; fonts and scripts stay files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // GraphiQL's dependencies mark modules "use client" (for React Server Components), which
      // means nothing in a browser bundle: not worth a warning per file.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: path.join(root, 'index.html'),
        graphiql: path.join(root, 'graphiql.html'),
      },
    },
  },
});
