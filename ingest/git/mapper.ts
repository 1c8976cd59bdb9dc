/**
 * Maps a local git checkout to artifacts: commits (`CODE`, `COMMIT`) with the Jira and GitHub
 * references of their messages as links, and tracked files under the configured globs (`CODE`,
 * `FILE`), each file `PART_OF` the commits that changed it. Commits and files are mapped as the
 * GitHub connector maps them (`ingest/common/code.ts`): both write the same uids.
 */
import { fileUid, mapCommitFacts, mapFilePath } from '../common/code.js';
import type { CodeContext } from '../common/code.js';
import type { ArtifactInput } from '../../graph/validate.js';
import type { LinkCandidate } from '../sync/types.js';
import type { GitCommit } from './client.js';

/** What mapping a checkout needs: its `owner/repo`, web URL, source, access level, Jira keys. */
export type GitMapping = CodeContext;

/** The `via` values of every link the git connector states and reconciles. */
export const GIT_VIAS = ['commit-message', 'branch-name'] as const;

/** The commit as an artifact, and its links: IMPLEMENTS for referenced issues, files PART_OF it. */
export function mapCommit(
  c: GitCommit,
  m: GitMapping,
  tracked: ReadonlySet<string>,
): { artifact: ArtifactInput; links: LinkCandidate[] } {
  const { artifact, links } = mapCommitFacts(
    {
      sha: c.sha,
      message: c.message,
      url: m.webUrl ? `${m.webUrl}/commit/${c.sha}` : null,
      author: { name: c.authorName, email: c.authorEmail },
      authoredAt: c.authoredAt,
      committedAt: c.committedAt,
    },
    m,
  );
  const files: LinkCandidate[] = c.files
    .filter((f) => f.status !== 'D' && tracked.has(f.path))
    .map((f) => ({
      from: fileUid(m.repo, f.path),
      to: artifact.uid,
      type: 'PART_OF',
      via: 'commit-files',
      evidence: `${f.status} ${f.path} in ${c.sha.slice(0, 7)}`,
    }));
  return { artifact, links: [...links, ...files] };
}

/** A tracked file as an artifact; its text (start of it) is what gets embedded. */
export function mapFile(path: string, text: string | null, m: GitMapping): ArtifactInput {
  return { ...mapFilePath(path, m), body: text ?? '(binary file)' };
}
