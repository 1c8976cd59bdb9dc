/**
 * The markdown connector: every `*.md` below a folder, read in full on each run (documents are
 * few; unchanged ones are not written, see the writer's `rowHash`). Documents gone since the
 * last run are soft-deleted.
 */
import path from 'node:path';
import type { Config } from '../../core/config.js';
import { DOCUMENT_VIAS, mapDocument } from '../common/document.js';
import { createSyncJob } from '../sync/job.js';
import type { SyncDeps, SyncJob } from '../sync/job.js';
import { emptyPage } from '../sync/types.js';
import type { Connector } from '../sync/types.js';
import { checkFolder, listMarkdown, readMarkdown } from './client.js';

const PAGE = 100;

/** The `via` values of every link the markdown connector states and reconciles. */
export const MARKDOWN_VIAS = DOCUMENT_VIAS;

/** Creates the connector for the folder `dir`, named `name` in uids (default: its basename). */
export function createMarkdownConnector(
  dir: string,
  config: Pick<Config, 'sources'>,
  name = path.basename(dir),
  defaultKind?: string,
): Connector {
  const source = `markdown:${dir}`;
  return {
    source,
    vias: MARKDOWN_VIAS,
    check: () => checkFolder(dir),
    async *pages(ctx) {
      const files = await listMarkdown(dir);
      const seen = new Set<string>();
      for (let i = 0; i < files.length; i += PAGE) {
        if (ctx.signal.aborted) return;
        const page = emptyPage();
        for (const rel of files.slice(i, i + PAGE)) {
          const read = await readMarkdown(dir, rel).catch((error: unknown) => error as Error);
          if (read instanceof Error) {
            // One unreadable file fails alone: reported, not deleted, read again next run.
            seen.add(`doc:${name}/${rel.replace(/\.md$/i, '')}`);
            page.failed = [
              ...(page.failed ?? []),
              {
                scope: path.join(dir, rel),
                reason: read.message,
                hint: 'check that it can be read',
              },
            ];
            continue;
          }
          const { text } = read;
          const mapped = mapDocument(rel, text, {
            name,
            source,
            accessLevel: config.sources.accessLevel,
            ...(defaultKind ? { defaultKind } : {}),
          });
          page.fetched += 1;
          if ('bad' in mapped) {
            // A document that stops parsing is reported, not deleted.
            seen.add(`doc:${name}/${rel.replace(/\.md$/i, '')}`);
            page.bad.push(mapped.bad);
            continue;
          }
          seen.add(mapped.artifact.uid);
          page.artifacts.push(mapped.artifact);
          page.links.push(...mapped.links);
          page.reconcile.push(mapped.artifact.uid);
        }
        yield page;
      }
      const gone = [...(await ctx.existing())].filter((uid) => !seen.has(uid));
      if (gone.length > 0) {
        yield emptyPage({ deleted: gone });
      }
    },
  };
}

/** The `{ start, stop, ready }` job for one folder. */
export function createMarkdownJob(
  dir: string,
  config: Pick<Config, 'sources'>,
  deps: SyncDeps,
): SyncJob {
  return createSyncJob(createMarkdownConnector(dir, config), deps);
}
