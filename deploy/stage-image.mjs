// `node deploy/stage-image.mjs <dest>`: assembles what the production image runs, after
// `tsc -p tsconfig.build.json` has compiled the TypeScript in place (each `.js` beside its `.ts`):
// the compiled code folders (no sources, no tests), the files read at run time (cypher/,
// schema/, eval's labelled questions), the built explorer and package.json. The Dockerfile runs
// it in its build stage; deploy/image.test.ts runs it too and starts what it staged.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The folders tsconfig.build.json compiles (what `cli/main.ts` reaches). */
export function compiledFolders(from = root) {
  return JSON.parse(readFileSync(path.join(from, 'tsconfig.build.json'), 'utf8')).include;
}

/** Compiled output and the data files beside the code; never sources or tests. */
const keep = (file) =>
  /\.(js|js\.map|json|graphql|cypher)$/.test(file) && !/\.test\.(js|js\.map)$/.test(file);

/**
 * Copies the runtime tree into `dest` (emptied first).
 * @throws {Error} when the code is not compiled or the explorer not built.
 */
export function stageImage(dest, from = root) {
  if (!existsSync(path.join(from, 'cli', 'main.js'))) {
    throw new Error('cli/main.js is missing: run `npx tsc -p tsconfig.build.json` first');
  }
  if (!existsSync(path.join(from, 'explorer', 'dist', 'index.html'))) {
    throw new Error('explorer/dist is missing: run `node scripts/build-explorer.mjs` first');
  }
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const dir of compiledFolders(from)) {
    const base = path.join(from, dir);
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !keep(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      const target = path.join(dest, path.relative(from, file));
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(file, target);
    }
  }
  for (const dir of ['cypher', 'schema', path.join('explorer', 'dist')]) {
    cpSync(path.join(from, dir), path.join(dest, dir), { recursive: true });
  }
  cpSync(path.join(from, 'package.json'), path.join(dest, 'package.json'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dest = process.argv[2];
  if (!dest) {
    process.stderr.write('usage: node deploy/stage-image.mjs <dest>\n');
    process.exit(2);
  }
  stageImage(path.resolve(dest));
  process.stdout.write(`staged the image's files in ${dest}\n`);
}
