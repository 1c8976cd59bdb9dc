/**
 * Code as artifacts, shared by the connectors that read it: the local git connector and the
 * GitHub connector write the same commits and files, under the same uids, and so map them here,
 * once, to agree on their text. Also the links a text states to Jira issues and GitHub issues
 * (commit messages, pull-request titles, bodies and branch names).
 *
 * uids: commits `git:<owner>/<repo>@<sha>`, files `file:<owner>/<repo>:<path>`, GitHub issues and
 * pull requests `github:<owner>/<repo>#<n>`, Jira issues `jira:<KEY>`.
 */
import type { AccessLevel } from '../../core/config.js';
import type { ArtifactInput } from '../../graph/validate.js';
import { extractGitHubRefs, extractJiraKeys, mergedBranches } from '../links/extract.js';
import type { Via } from '../links/extract.js';
import type { LinkCandidate } from '../sync/types.js';
import { coAuthors, roleOf } from './people.js';
import type { PeopleAliases } from './people.js';

/** What mapping the code of one repository needs to know. */
export interface CodeContext {
  /** `owner/repo` as configured; every uid of the repository is spelled with it. */
  repo: string;
  /** `https://github.com/<owner>/<repo>` (files link to their page on `HEAD`). */
  webUrl: string | null;
  /** The connector's source, stored on every artifact. */
  source: string;
  accessLevel: AccessLevel;
  /** Jira project keys that make a `KEY-12` in a text a link. */
  projectKeys: readonly string[];
  /**
   * Every configured repository: a reference to one of them is spelled as configured.
   * @default [repo]
   */
  repos?: readonly string[];
  /** Identities of one person across sources (`PEOPLE_ALIASES`). @default none */
  aliases?: PeopleAliases;
}

/** `git:<owner>/<repo>@<sha>`. */
export const commitUid = (repo: string, sha: string) => `git:${repo}@${sha}`;
/** `file:<owner>/<repo>:<path>`. */
export const fileUid = (repo: string, path: string) => `file:${repo}:${path}`;
/** `github:<owner>/<repo>#<n>`: issues and pull requests share their numbers. */
export const githubIssueUid = (repo: string, n: number) => `github:${repo}#${n}`;

/**
 * The uid of GitHub issue `n` of `repo` as a text names it: a configured repository is spelled as
 * configured (the link extractor lower-cases repository names), any other as given.
 */
export function issueRefUid(ctx: Pick<CodeContext, 'repo' | 'repos'>, repo: string, n: number) {
  const known = [ctx.repo, ...(ctx.repos ?? [])].find(
    (r) => r.toLowerCase() === repo.toLowerCase(),
  );
  return githubIssueUid(known ?? repo, n);
}

/**
 * IMPLEMENTS links that `text` states for artifact `from`: the configured projects' Jira keys and,
 * unless `jiraOnly`, closing references to GitHub issues (`Fixes #12`). Plain mentions (`see #12`)
 * make no link: they say nothing about what the code does.
 */
export function textLinks(
  ctx: CodeContext,
  from: string,
  text: string,
  via: Via,
  jiraOnly = false,
): LinkCandidate[] {
  const links: LinkCandidate[] = extractJiraKeys(text, ctx.projectKeys, via).map((r) => ({
    from,
    to: `jira:${r.key}`,
    type: 'IMPLEMENTS',
    via,
    evidence: r.evidence,
  }));
  if (via === 'commit-message') {
    // A merge of a branch named for an issue implements it, even with the key in lower case.
    for (const { branch, evidence } of mergedBranches(text)) {
      for (const r of extractJiraKeys(branch, ctx.projectKeys, 'branch-name'))
        links.push({ from, to: `jira:${r.key}`, type: 'IMPLEMENTS', via: 'branch-name', evidence });
    }
  }
  if (jiraOnly) return links;
  for (const r of extractGitHubRefs(text, ctx.repo, via)) {
    const to = issueRefUid(ctx, r.repo, r.number);
    if (r.closes && to !== from)
      links.push({ from, to, type: 'IMPLEMENTS', via, evidence: r.evidence });
  }
  return links;
}

/** One link per target and type, the first found (title before body before branch). */
export function firstPerTarget(links: LinkCandidate[]): LinkCandidate[] {
  const seen = new Map<string, LinkCandidate>();
  for (const l of links) if (!seen.has(`${l.type} ${l.to}`)) seen.set(`${l.type} ${l.to}`, l);
  return [...seen.values()];
}

/** A commit as the connectors read it (`git log`, GitHub's REST API or a `push` webhook). */
export interface CommitFacts {
  sha: string;
  message: string;
  /** The commit's web page, if there is one. */
  url: string | null;
  author: { name: string; email: string } | null | undefined;
  /** The author's GitHub login, when GitHub knows it. */
  authorLogin?: string | null | undefined;
  /** ISO 8601, as the connector stores it. */
  authoredAt: string | null;
  /** ISO 8601, as the connector stores it. */
  committedAt: string | null;
}

/**
 * A commit as CODE `COMMIT` (title: the message's first line; body: the rest and the author),
 * with the IMPLEMENTS links its message states (via `commit-message`), and its author and
 * `Co-authored-by:` co-authors as people who AUTHORED it when it was authored.
 */
export function mapCommitFacts(
  c: CommitFacts,
  ctx: CodeContext,
): { artifact: ArtifactInput; links: LinkCandidate[] } {
  const uid = commitUid(ctx.repo, c.sha);
  const short = c.sha.slice(0, 7);
  const [first = '', ...rest] = c.message.split('\n');
  const author = c.author ? `Author: ${c.author.name} <${c.author.email}>` : '';
  const artifact: ArtifactInput = {
    uid,
    kind: 'CODE',
    codeKind: 'COMMIT',
    key: short,
    title: first.trim() || `(no message) ${short}`,
    body: [rest.join('\n').trim(), author].filter((p) => p.length > 0).join('\n\n') || null,
    url: c.url,
    source: ctx.source,
    accessLevel: ctx.accessLevel,
    createdAt: c.authoredAt,
    updatedAt: c.committedAt,
    people: [
      ...roleOf(
        'AUTHORED',
        c.author ? { ...c.author, github: c.authorLogin } : null,
        c.authoredAt,
        ctx.aliases,
      ),
      ...coAuthors(c.message).flatMap((who) => roleOf('AUTHORED', who, c.authoredAt, ctx.aliases)),
    ].filter((p, i, all) => all.findIndex((q) => q.uid === p.uid) === i),
  };
  return { artifact, links: firstPerTarget(textLinks(ctx, uid, c.message, 'commit-message')) };
}

/** A file of the repository as CODE `FILE`, linking to its page on `HEAD`; without its text. */
export function mapFilePath(path: string, ctx: CodeContext): ArtifactInput {
  return {
    uid: fileUid(ctx.repo, path),
    kind: 'CODE',
    codeKind: 'FILE',
    key: path,
    title: path,
    path,
    url: ctx.webUrl ? `${ctx.webUrl}/blob/HEAD/${path}` : null,
    source: ctx.source,
    accessLevel: ctx.accessLevel,
  };
}
