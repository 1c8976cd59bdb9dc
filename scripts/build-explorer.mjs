// Builds the explorer and GraphiQL (explorer/ → explorer/dist/, Vite) when the built files are
// missing or older than their sources: `npm start`, `npm run dev` and `npm test` run it first, so
// nothing built is committed. "Older" is by content: a hash of every source file (and of
// package-lock.json, for the bundled dependencies) is kept in dist/.build-hash.
// `--force` builds anyway; `--check` only says whether a build is needed (exit 1 if so).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const explorer = path.join(root, 'explorer');
const dist = path.join(explorer, 'dist');
const stamp = path.join(dist, '.build-hash');

/** Every file the build reads: the explorer's sources (not its tests) and the lock file. */
function inputs() {
  const files = ['index.html', 'graphiql.html', 'vite.config.mjs', 'tsconfig.json'].map((f) =>
    path.join(explorer, f),
  );
  for (const dir of ['src', 'public']) {
    const base = path.join(explorer, dir);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name.endsWith('.test.ts')) continue;
      files.push(path.join(entry.parentPath, entry.name));
    }
  }
  files.push(path.join(root, 'package-lock.json'));
  return files.sort();
}

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of inputs()) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(existsSync(file) ? readFileSync(file) : '');
    hash.update('\0');
  }
  return hash.digest('hex');
}

const wanted = sourceHash();
const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
const upToDate = built === wanted && existsSync(path.join(dist, 'index.html'));

if (process.argv.includes('--check')) {
  process.stdout.write(upToDate ? 'explorer: up to date\n' : 'explorer: needs a build\n');
  process.exit(upToDate ? 0 : 1);
}
if (upToDate && !process.argv.includes('--force')) {
  process.stdout.write('explorer: built files are up to date (explorer/dist)\n');
  process.exit(0);
}
const started = Date.now();
process.stdout.write('explorer: building explorer/dist with Vite (about a minute)…\n');
const { build } = await import('vite');
await build({ configFile: path.join(explorer, 'vite.config.mjs') });
writeFileSync(stamp, `${wanted}\n`);
process.stdout.write(`explorer: built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
