/**
 * Runs a connector: takes the source's lease (one run per source across processes), reads the
 * checkpoint, writes page by page through {@link applyPage}, moves the checkpoint only after the
 * page it covers is written, and releases the lease with a summary. A crash or a kill between a
 * page and its checkpoint replays that page on the next run; the writer makes the replay a no-op,
 * so an interrupted-then-resumed sync ends in the same graph as an uninterrupted one.
 *
 * `createSyncJob` is the `{ start, stop, ready }` factory every `ingest/<source>/job.ts` returns.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { cypher } from '../../core/cypher.js';
import type { Writer } from '../../graph/writer.js';
import { PAGE_COUNTS, applyPage, zeroCounts } from './apply.js';
import type { PageResult } from './apply.js';
import { createDryRun } from './dry-run.js';
import type { DryRun } from './dry-run.js';
import type { Checkpoint, Connector, ProgressEvent, SourceFailure } from './types.js';
import { SourceAuthError } from './types.js';

/** A run that stops reporting for this long loses its lease to the next one. */
const LEASE_MS = 10 * 60_000;

export interface SyncDeps {
  driver: Driver;
  writer: Writer;
  logger: Logger;
  database?: string | undefined;
  /** Progress as it happens (CLI bars, the `syncProgress` subscription). */
  onProgress?: (event: ProgressEvent) => void;
  /** Bad records counted by source (`/metrics`). */
  onBadRecord?: (source: string) => void;
}

export interface SyncOptions {
  /** Ignore the checkpoint and read everything (also detects deletions by absence). */
  full?: boolean;
  /** Only records updated since (ISO 8601). */
  since?: string | null;
  /** Read and count what would change; write nothing, move no checkpoint. */
  dryRun?: boolean;
}

/** A run's totals: the page results added up, plus how the run went. */
export interface SyncSummary extends Omit<PageResult, 'refused' | 'stale'> {
  source: string;
  /**
   * `ok`; `partial` when parts of the source failed (listed in `failures`) and the rest was
   * written; `failed` when the run stopped on an error; `busy` when another run held the lease;
   * `stopped` when asked to stop.
   */
  status: 'ok' | 'partial' | 'failed' | 'busy' | 'stopped';
  error?: string;
  /** Parts of the source that could not be read; the next run retries them. */
  failures: SourceFailure[];
  fetched: number;
  pages: number;
  /** Links refused by the hierarchy rules. */
  refused: number;
  waits: number;
  waitedMs: number;
  durationMs: number;
  dryRun: boolean;
}

export interface SyncJob {
  /** Runs one sync to its end (or failure); never throws, the summary says what happened. */
  start(options?: SyncOptions): Promise<SyncSummary>;
  /** Stops a running sync after its current page (the checkpoint stays at the last page written). */
  stop(): Promise<void>;
  /** Resolves when no run is in progress. */
  ready(): Promise<void>;
}

/**
 * The owner of a lease that was left behind by a run on this host whose process is gone (killed,
 * crashed), so the next run need not wait for it to expire. Owners are `host:pid:uuid`.
 */
export function staleOwner(owner: string | null | undefined): string | null {
  const m = owner ? /^(.+):(\d+):[\w-]+$/.exec(owner) : null;
  if (!m || m[1] !== os.hostname()) return null;
  try {
    process.kill(Number(m[2]), 0);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? (owner ?? null) : null;
  }
}

function emptySummary(source: string, dryRun: boolean): SyncSummary {
  return {
    ...zeroCounts(),
    source,
    status: 'ok',
    fetched: 0,
    pages: 0,
    refused: 0,
    bad: [],
    failures: [],
    waits: 0,
    waitedMs: 0,
    durationMs: 0,
    dryRun,
  };
}

function add(total: SyncSummary, page: PageResult): void {
  // `pending` is a level (links still waiting), not a flow: it is read from the graph at the end.
  for (const c of PAGE_COUNTS) if (c !== 'pending') total[c] += page[c];
  total.refused += page.refused.length;
  total.bad.push(...page.bad);
}

/** Creates the job for `connector`. */
export function createSyncJob(connector: Connector, deps: SyncDeps): SyncJob {
  const { driver, database, logger } = deps;
  const source = connector.source;
  let running: Promise<SyncSummary> | undefined;
  let controller: AbortController | undefined;
  const query = async (name: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(cypher(name), { source, ...params }, { database })).records;

  async function run(options: SyncOptions, signal: AbortSignal): Promise<SyncSummary> {
    const started = performance.now();
    const dryRun = options.dryRun ?? false;
    const summary = emptySummary(source, dryRun);
    const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`;
    let dry: DryRun | undefined;
    /** The source's links still waiting in the graph (or, in a dry run, that would be). */
    const pendingAfter = async () => {
      if (dry) return dry.pending();
      const [row] = await query('sync/pending-count', {});
      return Number(row?.get('pending') ?? 0);
    };
    const progress = (phase: ProgressEvent['phase'], message?: string) =>
      deps.onProgress?.({
        source,
        phase,
        fetched: summary.fetched,
        written: summary.created + summary.updated,
        embedded: summary.embedded,
        waits: summary.waits,
        ...(message ? { message } : {}),
      });
    const problem = await connector.check?.();
    if (problem) return { ...summary, status: 'failed', error: problem };
    const [held] = await query('sync/read-state', {});
    const stale = staleOwner(held?.get('leaseOwner') as string | null | undefined);
    const [lease] = await query('sync/take-lease', { owner, stale, leaseMs: LEASE_MS });
    if (lease?.get('owner') !== owner) {
      return { ...summary, status: 'busy', error: `a sync of ${source} is already running` };
    }
    try {
      const [state] = await query('sync/read-state', {});
      const stored = state?.get('checkpoint') as string | null | undefined;
      const checkpoint = options.full || !stored ? null : (JSON.parse(stored) as Checkpoint);
      const pages = connector.pages({
        checkpoint,
        since: options.since ?? null,
        signal,
        existing: async () =>
          new Set((await query('sync/existing-by-source', {})).map((r) => r.get('uid') as string)),
        waited(ms, reason) {
          summary.waits += 1;
          summary.waitedMs += ms;
          progress('waiting', reason);
        },
      });
      dry = dryRun ? createDryRun(deps, source, connector.vias) : undefined;
      progress('fetching');
      for await (const page of pages) {
        summary.pages += 1;
        summary.fetched += page.fetched;
        for (const f of page.failed ?? []) {
          summary.failures.push(f);
          logger.warn({ source, ...f }, 'part of a source failed');
          progress('fetching', `${f.scope} failed: ${f.reason}`);
        }
        if (dry) {
          add(summary, await dry.page(page));
        } else {
          progress('writing');
          add(summary, await applyPage(deps, source, connector.vias, page));
          await query('sync/save-checkpoint', {
            owner,
            leaseMs: LEASE_MS,
            checkpoint: JSON.stringify(page.checkpoint),
          });
        }
        for (const _ of page.bad) deps.onBadRecord?.(source);
        progress('fetching');
        if (signal.aborted) {
          summary.status = 'stopped';
          break;
        }
      }
      if (summary.status === 'ok' && summary.failures.length > 0) summary.status = 'partial';
      progress('done', summary.status === 'ok' ? undefined : summary.status);
    } catch (error) {
      // Stopped during a request or a rate-limit wait: the abort surfaces as an error.
      if (signal.aborted) {
        summary.status = 'stopped';
        progress('done', 'stopped');
        return summary;
      }
      summary.status = 'failed';
      summary.error = error instanceof Error ? error.message : String(error);
      if (!(error instanceof SourceAuthError)) logger.error({ err: error, source }, 'sync failed');
      progress('failed', summary.error);
    } finally {
      summary.pending = await pendingAfter().catch(() => 0);
      summary.durationMs = Math.round(performance.now() - started);
      const { bad, ...rest } = summary;
      await query('sync/release-lease', {
        owner,
        summary: JSON.stringify({ ...rest, bad: bad.length }),
      }).catch((error: unknown) => logger.warn({ err: error, source }, 'could not release lease'));
    }
    return summary;
  }

  return {
    start(options = {}) {
      if (running) return running;
      controller = new AbortController();
      running = run(options, controller.signal).finally(() => {
        running = undefined;
      });
      return running;
    },
    async stop() {
      controller?.abort();
      await running;
    },
    async ready() {
      await running;
    },
  };
}
