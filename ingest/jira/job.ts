/**
 * The Jira Cloud connector and its sync job.
 *
 * One JQL search, `project in (…) [AND (<JIRA_JQL>)] [AND updated >= "…"] ORDER BY updated ASC,
 * key ASC`, read page by page (`nextPageToken`); each Jira page becomes one {@link SyncPage}
 * whose checkpoint is the highest `updated` seen so far. Because results come oldest change
 * first, everything after a written page is at or after that mark: a run stopped after any page
 * resumes from the checkpoint without skipping an issue. `nextPageToken` is not kept (it belongs
 * to one query and expires); the 1-minute overlap and the writer make the replay a no-op.
 *
 * JQL reads date literals in the API user's time zone, so the window start is written in the
 * zone `/rest/api/3/myself` reports (or, if Jira hides it, 14 hours earlier in UTC: later than
 * any zone's wall clock can be, so nothing is missed).
 *
 * A full sync (no checkpoint, no `since`) ends with a page that soft-deletes what this source
 * wrote before and Jira no longer returned: issues deleted or moved out of the projects or JQL.
 */
import type { Config } from '../../core/config.js';
import { createSyncJob } from '../sync/job.js';
import type { SyncDeps, SyncJob } from '../sync/job.js';
import { emptyPage } from '../sync/types.js';
import type { Connector, SyncContext, SyncPage } from '../sync/types.js';
import { createJiraClient } from './client.js';
import type { JiraClientOptions } from './client.js';
import { JIRA_VIAS, issueUid, jiraDate, jiraMapOptions, mapIssues } from './mapper.js';

/** Client tuning (tests shorten the backoff and inject `fetch`). */
export type JiraConnectorDeps = Pick<
  JiraClientOptions,
  'fetch' | 'backoffMs' | 'maxAttempts' | 'maxWaitMs' | 'timeoutMs'
>;

/** Overlap of incremental windows: JQL compares to the minute, and Jira indexes with a lag. */
const OVERLAP_MS = 60_000;
/** Used when the user's zone is unknown: no zone's wall clock is more than 14 h ahead of UTC. */
const UNKNOWN_ZONE_MS = 14 * 3_600_000;

/** `instant` as JQL's `yyyy/MM/dd HH:mm` on the wall clock of `timeZone` (IANA). */
export function formatJqlDate(instant: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A JQL string literal. */
const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/**
 * The search's JQL. `extra` (`JIRA_JQL`) is wrapped in parentheses and loses any `ORDER BY`: the
 * order is the connector's. `updatedFrom` is already formatted with {@link formatJqlDate}.
 */
export function buildJql(
  projects: readonly string[],
  extra: string | undefined,
  updatedFrom: string | null,
): string {
  const clauses = [`project in (${projects.map(quote).join(', ')})`];
  const filter = extra?.replace(/\border\s+by\b[\s\S]*$/i, '').trim();
  if (filter) clauses.push(`(${filter})`);
  if (updatedFrom) clauses.push(`updated >= ${quote(updatedFrom)}`);
  return `${clauses.join(' AND ')} ORDER BY updated ASC, key ASC`;
}

/**
 * Where an incremental window starts (epoch ms), or `null` for everything: `since` as given,
 * else the checkpoint's high-water mark minus the overlap.
 * @throws {Error} when `since` or the stored mark is not a date-time.
 */
export function windowStart(ctx: Pick<SyncContext, 'since' | 'checkpoint'>): number | null {
  const mark = ctx.since ?? ctx.checkpoint?.highWater ?? null;
  if (!mark) return null;
  const ms = Date.parse(mark);
  if (Number.isNaN(ms)) throw new Error(`not an ISO 8601 date-time: ${JSON.stringify(mark)}`);
  return ctx.since ? ms : ms - OVERLAP_MS;
}

/**
 * The Jira connector for `config.sources.jira`: source `jira:<host>`, owning the links it finds
 * via `jira-parent` and `jira-link`.
 * @throws {Error} when Jira is not configured (`JIRA_BASE_URL` unset).
 */
export function createJiraConnector(
  config: Pick<Config, 'sources'>,
  deps: JiraConnectorDeps = {},
): Connector {
  const jira = config.sources.jira;
  const mapOptions = jiraMapOptions(config);
  if (!jira || !mapOptions) throw new Error('Jira is not configured: set JIRA_BASE_URL');
  const { source } = mapOptions;

  return {
    source,
    vias: JIRA_VIAS,
    pages: async function* (ctx: SyncContext): AsyncGenerator<SyncPage> {
      const client = createJiraClient({
        ...deps,
        baseUrl: jira.baseUrl,
        auth: jira.auth,
        source,
        onWait: (ms, reason) => ctx.waited(ms, reason),
      });
      const full = ctx.checkpoint === null && !ctx.since;
      const start = windowStart(ctx);
      let from: string | null = null;
      if (start !== null) {
        const zone = await client.timeZone(ctx.signal);
        from = zone ? formatJqlDate(start, zone) : formatJqlDate(start - UNKNOWN_ZONE_MS, 'UTC');
      }
      const jql = buildJql(jira.projects, jira.jql, from);
      let highWater = ctx.checkpoint?.highWater ?? null;
      const seen = new Set<string>();
      let token: string | undefined;
      do {
        const page = await client.search(
          { jql, maxResults: jira.pageSize, nextPageToken: token },
          ctx.signal,
        );
        for (const issue of page.issues) {
          // Bad records count as seen too: an unreadable issue is not a deleted one.
          if (typeof issue?.key === 'string') seen.add(issueUid(issue.key));
          const updated = jiraDate(issue?.fields?.updated);
          if (updated && (!highWater || updated > highWater)) highWater = updated;
        }
        const mapped = mapIssues(page.issues, mapOptions);
        yield {
          ...mapped,
          reconcile: mapped.artifacts.map((a) => a.uid),
          deleted: [],
          fetched: page.issues.length,
          checkpoint: { highWater, cursor: null },
        };
        if (page.nextPageToken !== undefined && page.nextPageToken === token) {
          throw new Error('Jira returned the same nextPageToken twice');
        }
        token = page.isLast === true ? undefined : page.nextPageToken;
      } while (token);

      if (full) {
        const gone = [...(await ctx.existing())].filter((uid) => !seen.has(uid)).sort();
        yield emptyPage({ deleted: gone, checkpoint: { highWater, cursor: null } });
      }
    },
  };
}

/**
 * The Jira sync job: {@link createJiraConnector} run by {@link createSyncJob}
 * (`{ start, stop, ready }`).
 * @throws {Error} when Jira is not configured.
 */
export function createJiraJob(
  config: Pick<Config, 'sources'>,
  deps: SyncDeps & { client?: JiraConnectorDeps },
): SyncJob {
  return createSyncJob(createJiraConnector(config, deps.client), deps);
}
