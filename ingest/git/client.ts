/**
 * Reads a local git checkout with the `git` command (no network): the repository's name, its
 * commits oldest first with their changed files, and its tracked files.
 */
import { execFile } from 'node:child_process';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface GitCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  authoredAt: string;
  committedAt: string;
  message: string;
  /** Paths added, modified or deleted by the commit. */
  files: { status: string; path: string }[];
}

export interface GitClient {
  readonly path: string;
  /** Why the path is not a checkout to read (missing, not a folder, not a repository's top). */
  check(): Promise<string | null>;
  /** `owner/repo` from the `origin` remote, else `local/<folder>`. */
  name(): Promise<string>;
  /** The web URL of the `origin` remote when it is GitHub-like, for links to commits. */
  webUrl(): Promise<string | null>;
  head(): Promise<string | null>;
  /** True when `ancestor` is in the history of HEAD (false after a rewrite). */
  isAncestor(ancestor: string): Promise<boolean>;
  /**
   * shas after `since` (exclusive; from the start when null) up to HEAD, oldest first; at most
   * the newest `max` of them.
   */
  revList(since: string | null, max: number): Promise<string[]>;
  /** The commits `shas`, in the order given, with their changed files. */
  commits(shas: readonly string[]): Promise<GitCommit[]>;
  /** Tracked files. */
  files(): Promise<string[]>;
  /** A tracked file's text (first `maxChars` characters), null for binary files. */
  read(file: string, maxChars: number): Promise<string | null>;
}

const FIELD = '\u001f';
const RECORD = '\u001e';

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', cwd, ...args], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Parses `git log --name-status` output written with the record/field separators above. */
export function parseLog(out: string): GitCommit[] {
  return out
    .split(RECORD)
    .map((r) => r.replace(/^\n+/, ''))
    .filter((r) => r.includes(FIELD))
    .map((record) => {
      const [
        sha = '',
        authorName = '',
        authorEmail = '',
        authoredAt = '',
        committedAt = '',
        rest = '',
      ] = record.split(FIELD);
      // The message ends at the name-status block, which git prints after a blank line.
      const end = rest.lastIndexOf('\u0000');
      const message = (end >= 0 ? rest.slice(0, end) : rest).trim();
      const files = (end >= 0 ? rest.slice(end + 1) : '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^[AMDTRC]\d*\t/.test(l))
        .map((l) => {
          const parts = l.split('\t');
          return { status: (parts[0] ?? '').charAt(0), path: parts[parts.length - 1] ?? '' };
        });
      return { sha, authorName, authorEmail, authoredAt, committedAt, message, files };
    });
}

/** A client for the checkout at `repoPath`. */
export function createGitClient(repoPath: string): GitClient {
  const cwd = path.resolve(repoPath);
  const remote = async () =>
    (await git(cwd, ['remote', 'get-url', 'origin']).catch(() => '')).trim();
  const parseRemote = (url: string) =>
    /(?:github\.com|gitlab\.com|[\w.-]+)[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
  return {
    path: cwd,
    async check() {
      const info = await stat(cwd).catch(() => null);
      if (!info) return `${cwd}: no such folder`;
      if (!info.isDirectory()) return `${cwd}: not a folder`;
      const top = (await git(cwd, ['rev-parse', '--show-toplevel']).catch(() => '')).trim();
      if (!top) return `${cwd}: not a git repository`;
      const [real, realTop] = await Promise.all([realpath(cwd), realpath(top)]);
      return real === realTop ? null : `${cwd}: inside the git repository ${top}, pass that`;
    },
    async name() {
      const m = parseRemote(await remote());
      return m ? `${m[1]}/${m[2]}` : `local/${path.basename(cwd)}`;
    },
    async webUrl() {
      const url = await remote();
      const m = /github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
      return m ? `https://github.com/${m[1]}/${m[2]}` : null;
    },
    async head() {
      return (
        (await git(cwd, ['rev-parse', '--verify', '-q', 'HEAD']).catch(() => '')).trim() || null
      );
    },
    async isAncestor(ancestor) {
      return git(cwd, ['merge-base', '--is-ancestor', ancestor, 'HEAD']).then(
        () => true,
        () => false,
      );
    },
    async revList(since, max) {
      const range = since ? `${since}..HEAD` : 'HEAD';
      const out = await git(cwd, ['rev-list', '--reverse', `--max-count=${max}`, range]);
      return out.split('\n').filter((l) => l.length > 0);
    },
    async commits(shas) {
      if (shas.length === 0) return [];
      const out = await git(cwd, [
        'log',
        '--no-walk=unsorted',
        '--no-renames',
        '--name-status',
        `--format=${RECORD}%H${FIELD}%an${FIELD}%ae${FIELD}%aI${FIELD}%cI${FIELD}%B%x00`,
        ...shas,
      ]);
      return parseLog(out);
    },
    async files() {
      return (await git(cwd, ['ls-files', '-z'])).split('\u0000').filter((f) => f.length > 0);
    },
    async read(file, maxChars) {
      const buf = await readFile(path.join(cwd, file)).catch(() => null);
      if (!buf || buf.subarray(0, 8000).includes(0)) return null;
      return buf.toString('utf8').slice(0, maxChars);
    },
  };
}
