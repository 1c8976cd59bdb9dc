/**
 * Three test tiers, three projects (docs/development.md, "Tests"):
 * - `unit`: `*.test.ts` beside the code (the explorer's pure functions too); no services.
 * - `integration`: `test/integration/<area>/*.int.test.ts`; one module at a time against a real
 *   Neo4j and Redis.
 * - `e2e`: `test/e2e/<area>/*.e2e.test.ts`; the started server over HTTP and WebSocket, the CLI as
 *   a process.
 * `integration` and `e2e` share one global setup (it starts Neo4j and Redis). Jest runs a global
 * setup file once per invocation however many projects name it, so selecting both projects in one
 * run starts the services once; the tier sequencer then runs every integration file before the
 * first e2e file.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const CODE = [
  'core',
  'dev',
  'embed',
  'graph',
  'queries',
  'runtime',
  'resolvers',
  'ingest',
  'server',
  'eval',
  'bench',
  'cli',
  'deploy',
  'scripts',
  'explorer',
];

/**
 * A test file outside its tier's pattern would silently never run (a test added under the old
 * `test/<area>/` layout on another branch, say), so every Jest run refuses to start until it is
 * moved.
 */
function misplacedTests() {
  const files = (dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `${dir}/${f.split(path.sep).join('/')}`);
  const inTest = files('test').filter(
    (f) =>
      !/^test\/integration\/.+\.int\.test\.ts$/.test(f) &&
      !/^test\/e2e\/.+\.e2e\.test\.ts$/.test(f),
  );
  const besideCode = CODE.flatMap(files).filter((f) => /\.(int|e2e)\.test\.ts$/.test(f));
  return [...inTest, ...besideCode];
}
const misplaced = misplacedTests();
if (misplaced.length > 0) {
  throw new Error(
    `These test files belong to no tier and would never run:\n  ${misplaced.join('\n  ')}\n` +
      'Unit tests sit beside the code as *.test.ts; integration tests are ' +
      'test/integration/<area>/*.int.test.ts; end-to-end tests are test/e2e/<area>/*.e2e.test.ts.',
  );
}

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  testEnvironment: 'node',
};

const services = {
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 60_000,
  testSequencer: '<rootDir>/test/support/tier-sequencer.cjs',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [`<rootDir>/{${CODE.join(',')}}/**/*.test.ts`],
    },
    {
      ...shared,
      ...services,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int.test.ts'],
    },
    {
      ...shared,
      ...services,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
    },
  ],
};
