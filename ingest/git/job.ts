/**
 * The local git connector: a checkout on disk, no network. Pages: the tracked files under the
 * configured globs (files deleted since the last sync are soft-deleted), then the commits after
 * the last synced one, oldest first, 200 a page, the checkpoint moving to each page's last
 * commit. A rewritten history (the checkpoint's commit is gone) starts over from the newest
 * `GIT_MAX_COMMITS`; writes are idempotent, so that only costs time.
 */
import picomatch from 'picomatch';
import type { Config } from '../../core/config.js';
import type { GitRepoSetting } from '../../core/config-sources.js';
import { commitUid, fileUid } from '../common/code.js';
import { createSyncJob } from '../sync/job.js';
import type { SyncDeps, SyncJob } from '../sync/job.js';
import { emptyPage } from '../sync/types.js';
import type { Connector, SyncPage } from '../sync/types.js';
import { createGitClient } from './client.js';
import { GIT_VIAS, mapCommit, mapFile } from './mapper.js';
import type { GitMapping } from './mapper.js';

const PAGE = 200;
/** Characters of a file's text that are stored and embedded. */
const FILE_CHARS = 4000;

/** Creates the connector for one checkout. */
export function createGitConnector(
  repo: GitRepoSetting,
  config: Pick<Config, 'sources'>,
): Connector {
  const client = createGitClient(repo.path);
  const { fileGlobs, maxCommits } = config.sources.git;
  const matches = picomatch([...fileGlobs], { dot: false });
  const source = `git:${client.path}`;
  return {
    source,
    vias: GIT_VIAS,
    check: () => client.check(),
    async *pages(ctx) {
      const m: GitMapping = {
        repo: repo.name ?? (await client.name()),
        webUrl: await client.webUrl(),
        source,
        accessLevel: config.sources.accessLevel,
        projectKeys: config.sources.linkProjectKeys,
        aliases: config.sources.peopleAliases,
      };
      const head = await client.head();
      if (!head) return;
      const page = (over: Partial<SyncPage>) =>
        emptyPage({ checkpoint: ctx.checkpoint ?? {}, ...over });

      // Files as they are now; those gone since the last sync are soft-deleted.
      const tracked = (await client.files()).filter((f) => matches(f));
      const trackedSet = new Set(tracked);
      for (let i = 0; i < tracked.length; i += PAGE) {
        if (ctx.signal.aborted) return;
        const slice = tracked.slice(i, i + PAGE);
        const artifacts = await Promise.all(
          slice.map(async (f) => mapFile(f, await client.read(f, FILE_CHARS), m)),
        );
        yield page({ artifacts, fetched: slice.length });
      }
      const live = new Set(tracked.map((f) => fileUid(m.repo, f)));
      const gone = [...(await ctx.existing())].filter(
        (uid) => uid.startsWith(`file:${m.repo}:`) && !live.has(uid),
      );
      if (gone.length > 0) yield page({ deleted: gone });

      // Commits after the checkpoint's, oldest first.
      const last =
        typeof ctx.checkpoint?.extra?.commit === 'string' ? ctx.checkpoint.extra.commit : null;
      const since = last && (await client.isAncestor(last)) ? last : null;
      const shas = await client.revList(since, maxCommits);
      for (let i = 0; i < shas.length; i += PAGE) {
        if (ctx.signal.aborted) return;
        const commits = await client.commits(shas.slice(i, i + PAGE));
        const mapped = commits.map((c) => mapCommit(c, m, trackedSet));
        yield page({
          artifacts: mapped.map((x) => x.artifact),
          links: mapped.flatMap((x) => x.links),
          reconcile: commits.map((c) => commitUid(m.repo, c.sha)),
          fetched: commits.length,
          checkpoint: { extra: { commit: commits.at(-1)?.sha ?? last } },
        });
      }
      if (shas.length === 0) yield page({ checkpoint: { extra: { commit: head } } });
    },
  };
}

/** The `{ start, stop, ready }` job for one checkout. */
export function createGitJob(
  repo: GitRepoSetting,
  config: Pick<Config, 'sources'>,
  deps: SyncDeps,
): SyncJob {
  return createSyncJob(createGitConnector(repo, config), deps);
}
