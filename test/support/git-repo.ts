/** Real git repositories for connector tests, built with the `git` command in a temp folder. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestRepo {
  path: string;
  /** `owner/repo` of its `origin` remote. */
  name: string;
  git(...args: string[]): string;
  /** Writes files (path → text; null deletes) and commits them with `message`. */
  commit(message: string, files: Record<string, string | null>): string;
  remove(): void;
}

const ENV = {
  GIT_AUTHOR_NAME: 'Ada Tester',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Tester',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
};

/** A fresh repository whose `origin` is `https://github.com/<name>.git`. */
export function createTestRepo(name: string): TestRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'threadline-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...ENV },
      maxBuffer: 64 * 1024 * 1024,
    });
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', `https://github.com/${name}.git`);
  return {
    path: dir,
    name,
    git,
    commit(message, files) {
      for (const [file, text] of Object.entries(files)) {
        const full = path.join(dir, file);
        if (text === null) rmSync(full);
        else {
          mkdirSync(path.dirname(full), { recursive: true });
          writeFileSync(full, text);
        }
      }
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Appends `count` commits quickly with `git fast-import`: commit i changes `src/f<i % files>.ts`.
 */
export function fastCommits(repo: TestRepo, count: number, files = 20): void {
  const parent = repo.git('rev-parse', 'HEAD').trim();
  const lines: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
  for (let i = 1; i <= count; i += 1) {
    lines.push(
      'commit refs/heads/main',
      `mark :${i}`,
      `committer Ada Tester <ada@example.com> ${1_790_000_000 + i} +0000`,
      data(`Tune module ${i % files} (step ${i})\n`),
      i === 1 ? `from ${parent}` : `from :${i - 1}`,
      `M 100644 inline src/f${i % files}.ts`,
      data(`export const step = ${i};\n`),
      '',
    );
  }
  execFileSync('git', ['-C', repo.path, 'fast-import', '--quiet'], {
    input: `${lines.join('\n')}\n`,
  });
  repo.git('reset', '-q', '--hard', 'main');
}
