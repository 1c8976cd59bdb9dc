/**
 * Maps a local git checkout to artifacts: commits (`CODE`, `COMMIT`) with the Jira and GitHub
 * references of their messages as links, and tracked files under the configured globs (`CODE`,
 * `FILE`), each file `PART_OF` the commits that changed it.
 */
import { extractGitHubRefs, extractJiraKeys } from '../links/extract.js';
import type { AccessLevel } from '../../core/config.js';
import type { ArtifactInput } from '../../graph/validate.js';
import type { LinkCandidate } from '../sync/types.js';
import type { GitCommit } from './client.js';

export interface GitMapping {
  /** `owner/repo`. */
  repo: string;
  /** `https://github.com/owner/repo`, for commit URLs. */
  webUrl: string | null;
  source: string;
  accessLevel: AccessLevel;
  /** Jira project keys that make a `KEY-12` in a message a link. */
  projectKeys: readonly string[];
}

export const commitUid = (repo: string, sha: string) => `git:${repo}@${sha}`;
export const fileUid = (repo: string, path: string) => `file:${repo}:${path}`;

/** The commit as an artifact, and its links: IMPLEMENTS for referenced issues, files PART_OF it. */
export function mapCommit(
  c: GitCommit,
  m: GitMapping,
  tracked: ReadonlySet<string>,
): { artifact: ArtifactInput; links: LinkCandidate[] } {
  const [first = '', ...rest] = c.message.split('\n');
  const uid = commitUid(m.repo, c.sha);
  const artifact: ArtifactInput = {
    uid,
    kind: 'CODE',
    codeKind: 'COMMIT',
    key: c.sha.slice(0, 7),
    title: first.trim() || `(no message) ${c.sha.slice(0, 7)}`,
    body: [rest.join('\n').trim(), `Author: ${c.authorName} <${c.authorEmail}>`]
      .filter((p) => p.length > 0)
      .join('\n\n'),
    url: m.webUrl ? `${m.webUrl}/commit/${c.sha}` : null,
    source: m.source,
    accessLevel: m.accessLevel,
    createdAt: c.authoredAt,
    updatedAt: c.committedAt,
  };
  const links: LinkCandidate[] = [
    ...extractJiraKeys(c.message, m.projectKeys, 'commit-message').map((r) => ({
      from: uid,
      to: `jira:${r.key}`,
      type: 'IMPLEMENTS' as const,
      via: r.via,
      evidence: r.evidence,
    })),
    ...extractGitHubRefs(c.message, m.repo, 'commit-message')
      .filter((r) => r.closes)
      .map((r) => ({
        from: uid,
        // Spelled like the issue's own uid: the extractor lower-cases repository names.
        to: `github:${r.repo.toLowerCase() === m.repo.toLowerCase() ? m.repo : r.repo}#${r.number}`,
        type: 'IMPLEMENTS' as const,
        via: r.via,
        evidence: r.evidence,
      })),
    ...c.files
      .filter((f) => f.status !== 'D' && tracked.has(f.path))
      .map((f) => ({
        from: fileUid(m.repo, f.path),
        to: uid,
        type: 'PART_OF' as const,
        via: 'commit-files',
        evidence: `${f.status} ${f.path} in ${c.sha.slice(0, 7)}`,
      })),
  ];
  return { artifact, links };
}

/** A tracked file as an artifact; its text (start of it) is what gets embedded. */
export function mapFile(path: string, text: string | null, m: GitMapping): ArtifactInput {
  return {
    uid: fileUid(m.repo, path),
    kind: 'CODE',
    codeKind: 'FILE',
    key: path,
    title: path,
    path,
    body: text ?? '(binary file)',
    url: m.webUrl ? `${m.webUrl}/blob/HEAD/${path}` : null,
    source: m.source,
    accessLevel: m.accessLevel,
  };
}
