import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jest from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first, and what each may import besides itself (see docs/architecture.md).
 * A folder missing from a layer's list is off limits to it: a lower layer never imports a higher
 * one, and siblings on one level (resolvers and ingest; eval and bench) never import each other.
 */
const LAYERS = {
  core: [],
  dev: ['core'],
  embed: ['core'],
  graph: ['core', 'embed'],
  queries: ['core', 'embed', 'graph'],
  runtime: ['core', 'dev', 'embed', 'graph', 'queries'],
  resolvers: ['core', 'embed', 'graph', 'queries', 'runtime', 'generated'],
  ingest: ['core', 'embed', 'graph', 'runtime'],
  server: ['core', 'embed', 'graph', 'queries', 'runtime', 'resolvers', 'ingest', 'generated'],
  eval: ['core', 'dev', 'embed', 'graph', 'queries', 'runtime', 'ingest', 'server'],
  bench: ['core', 'dev', 'embed', 'graph', 'queries', 'runtime', 'ingest', 'server'],
  cli: ['core', 'dev', 'embed', 'graph', 'queries', 'runtime', 'ingest', 'server', 'eval', 'bench'],
  // The deployment files' checks: they hold the chart, the image and compose to the code.
  deploy: ['core', 'dev', 'embed', 'ingest', 'server'],
};
const FOLDERS = [...Object.keys(LAYERS), 'generated', 'test', 'scripts'];

/**
 * Connectors are siblings: none imports another. What they share lives in the folders below them:
 * ingest/common (mapping shared by connectors), ingest/sync (the sync framework), ingest/links
 * (link extraction).
 */
const CONNECTORS = ['jira', 'github', 'git', 'markdown', 'demo'];
const SHARED = ['common', 'sync', 'links'];

/** The restricted zones; tests beside the code may also use `test/support` (fake servers). */
const zones = (forTests) => [
  ...Object.entries(LAYERS).map(([layer, allowed]) => ({
    target: `./${layer}`,
    from: FOLDERS.filter((f) => f !== layer && !allowed.includes(f))
      .filter((f) => !(forTests && f === 'test'))
      .map((f) => `./${f}`),
    message: `${layer}/ sits below this folder (docs/architecture.md): move the shared part down.`,
  })),
  {
    // The explorer is a browser client of the public GraphQL API: it shares no server code.
    target: './explorer',
    from: FOLDERS.map((f) => `./${f}`),
    message: 'The explorer is a client of the public GraphQL API only: it imports no server code.',
  },
  ...CONNECTORS.map((c) => ({
    target: `./ingest/${c}`,
    from: CONNECTORS.filter((o) => o !== c).map((o) => `./ingest/${o}`),
    message:
      'Connectors do not import each other: move the shared part to ingest/common (mapping), ingest/sync or ingest/links.',
  })),
  {
    target: SHARED.map((s) => `./ingest/${s}`),
    from: CONNECTORS.map((o) => `./ingest/${o}`),
    message:
      'ingest/common, ingest/sync and ingest/links sit below the connectors and do not know them.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'generated/',
      '.threadline/',
      'coverage/',
      'helm/',
      'explorer/dist/',
      'explorer/src/gql/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: zones(false) },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.test.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/no-standalone-expect': ['error', { additionalTestBlockFunctions: ['itWithLauncher'] }],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: zones(true) },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
