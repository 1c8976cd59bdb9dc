/**
 * Link extraction: pure functions that find references to Jira issues and GitHub issues in free
 * text (commit messages, branch names, pull-request titles and bodies). Each reference keeps the
 * text that proves it, so every inferred edge can show its evidence.
 *
 * Jira keys are matched only for the configured project keys: `UTF-8`, `SHA-256`, `ISO-8601`
 * or `JDK-8` look like keys but are never links unless UTF, SHA, ISO or JDK is a project.
 */

/** Where a reference was found; becomes the edge's `via`. */
export type Via = 'commit-message' | 'branch-name' | 'pr-title' | 'pr-body';

export interface JiraReference {
  key: string;
  via: Via;
  /** The line (trimmed, at most 200 characters) that holds the key. */
  evidence: string;
}

export interface GitHubReference {
  /** `owner/repo` (the default repository when the text says only `#12`). */
  repo: string;
  number: number;
  /** A closing keyword (`Fixes #12`) or a plain mention (`see #12`). */
  closes: boolean;
  via: Via;
  evidence: string;
}

const MAX_EVIDENCE = 200;

function evidenceAt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(start, end === -1 ? undefined : end).trim();
  return line.length <= MAX_EVIDENCE ? line : `${line.slice(0, MAX_EVIDENCE - 1)}…`;
}

/**
 * Jira keys of the given projects, in order of first appearance, each once. A key must stand
 * alone: not inside a longer word or number (`XPROJ-12`, `PROJ-12a`, `PROJ-123-4` → `PROJ-123`
 * only when followed by a separator). Branch names separate with `/`, `-` and `_`.
 */
export function extractJiraKeys(
  text: string,
  projectKeys: readonly string[],
  via: Via,
): JiraReference[] {
  if (projectKeys.length === 0 || text.length === 0) return [];
  const projects = new Set(projectKeys.map((k) => k.toUpperCase()));
  const pattern = /(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9_]*)-(\d+)(?![A-Za-z0-9])/g;
  const seen = new Set<string>();
  const out: JiraReference[] = [];
  for (const m of text.matchAll(pattern)) {
    const project = m[1] ?? '';
    // Keys are upper case in text written by people; branch names are often lower-cased.
    if (via !== 'branch-name' && project !== project.toUpperCase()) continue;
    if (!projects.has(project.toUpperCase())) continue;
    const key = `${project.toUpperCase()}-${Number(m[2])}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, via, evidence: evidenceAt(text, m.index) });
  }
  return out;
}

const CLOSING = '(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)';
const REPO = '([A-Za-z0-9][A-Za-z0-9-]*\\/[A-Za-z0-9._-]+)';

/**
 * GitHub issue references: closing keywords in all their forms (`close`, `closes`, `closed`,
 * `fix`, `fixes`, `fixed`, `resolve`, `resolves`, `resolved`, any case, optional colon) followed
 * by `#N`, `owner/repo#N` or an issue URL, and plain mentions of `#N` / `owner/repo#N`. A closing
 * reference wins over a plain mention of the same issue.
 */
export function extractGitHubRefs(text: string, defaultRepo: string, via: Via): GitHubReference[] {
  const found = new Map<string, GitHubReference>();
  const add = (repo: string | undefined, n: string | undefined, closes: boolean, index: number) => {
    const number = Number(n);
    if (!Number.isInteger(number) || number <= 0) return;
    const r = (repo ?? defaultRepo).toLowerCase();
    const id = `${r}#${number}`;
    const prior = found.get(id);
    if (prior && (prior.closes || !closes)) return;
    found.set(id, { repo: r, number, closes, via, evidence: evidenceAt(text, index) });
  };
  const closingRef = new RegExp(
    `(?<![\\w-])${CLOSING}:?\\s+(?:https:\\/\\/github\\.com\\/${REPO}\\/(?:issues|pull)\\/(\\d+)|(?:${REPO})?#(\\d+))(?![\\w-])`,
    'gi',
  );
  for (const m of text.matchAll(closingRef)) add(m[1] ?? m[3], m[2] ?? m[4], true, m.index);
  const mention = new RegExp(`(?<![\\w/&-])(?:${REPO})?#(\\d+)(?![\\w-])`, 'g');
  for (const m of text.matchAll(mention)) add(m[1], m[2], false, m.index);
  return [...found.values()];
}

/**
 * The branches a merge commit's message names: `Merge branch 'feature/CLI-313-x'` (also `into
 * main`, `remote-tracking branch 'origin/…'`) and GitHub's `Merge pull request #12 from
 * owner/feature/cli-313-x`. Their Jira keys link as a branch name's do (lower case allowed), as
 * Jira's development panel links them.
 */
export function mergedBranches(message: string): { branch: string; evidence: string }[] {
  const out: { branch: string; evidence: string }[] = [];
  const git = /^Merge (?:remote-tracking )?branch(?:es)? '([^']+)'/gm;
  for (const m of message.matchAll(git))
    out.push({ branch: m[1] ?? '', evidence: evidenceAt(message, m.index) });
  const pr = /^Merge pull request #\d+ from [\w.-]+\/(\S+)/gm;
  for (const m of message.matchAll(pr))
    out.push({ branch: m[1] ?? '', evidence: evidenceAt(message, m.index) });
  return out;
}
