/**
 * `threadline sync jira|github|git|markdown [options]`, `threadline sync --all` and
 * `threadline ingest --every 5m`: ingestion from the command line, with progress bars (items
 * fetched, written, embedded, rate-limit waits), a summary table with each failed part of a
 * source, and an exit code: 0 every source ok, 1 a source failed, 2 bad input (nothing written),
 * 3 partial (parts of a source failed, the rest was written). Progress is also published to Redis, where the API's `syncProgress`
 * subscription reads it.
 */
import path from 'node:path';
import { MultiBar, Presets } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../core/config.js';
import { parseGitRepo } from '../core/config-sources.js';
import { SOURCE_KINDS, configuredKinds, connectorsFor } from '../ingest/jobs.js';
import type { SourceKind, SourceOverrides } from '../ingest/jobs.js';
import { createSyncJob } from '../ingest/sync/job.js';
import type { SyncSummary } from '../ingest/sync/job.js';
import type { Connector } from '../ingest/sync/types.js';
import type { Runtime } from '../runtime/runtime.js';
import { publishProgress } from '../graph/progress.js';
import type { ProgressEvent } from '../graph/progress.js';
import { createScheduler } from '../ingest/sync/schedule.js';
import type { Config } from '../core/config.js';
import { say, withRuntime } from './run.js';

interface SyncFlags {
  all?: boolean;
  full?: boolean;
  since?: string;
  dryRun?: boolean;
  repo?: string[];
  dir?: string[];
  defaultKind?: string;
}

/** The setting that names each kind's locations, for errors about them. */
const SETTING: Record<SourceKind, (flags: SyncFlags) => string> = {
  jira: () => 'JIRA_BASE_URL',
  github: () => 'GITHUB_REPOS',
  git: (f) => (f.repo ? '--repo' : 'GIT_REPOS'),
  markdown: (f) => (f.dir ? '--dir' : 'MARKDOWN_DIRS'),
};

function parseEvery(value: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(value);
  if (!m) throw new InvalidArgumentError('use a duration such as 30s, 5m or 1h');
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

function parseSince(value: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new InvalidArgumentError('use an ISO 8601 date, e.g. 2026-11-01');
  return new Date(t).toISOString();
}

function table(summaries: SyncSummary[]): string {
  const rows = summaries.map((s) => ({
    source: s.source,
    status: s.status + (s.dryRun ? ' (dry run)' : ''),
    fetched: s.fetched,
    created: s.created,
    updated: s.updated,
    unchanged: s.unchanged,
    deleted: s.deleted,
    linked: s.linked,
    unlinked: s.unlinked,
    pending: s.pending,
    bad: s.bad.length,
    waits: s.waits,
    seconds: (s.durationMs / 1000).toFixed(1),
  }));
  const cols = Object.keys(rows[0] ?? { source: '' }) as (keyof (typeof rows)[number])[];
  const width = (c: (typeof cols)[number]) =>
    Math.max(c.length, ...rows.map((r) => String(r[c]).length));
  const line = (cells: string[]) => cells.join('  ');
  return [
    line(cols.map((c) => c.padEnd(width(c)))),
    ...rows.map((r) => line(cols.map((c) => String(r[c]).padEnd(width(c))))),
  ].join('\n');
}

/**
 * The progress line for logs (no terminal): each phase change and message, and a line per page
 * written (the counts moved), so a CI log shows movement; '' when there is nothing new to say.
 */
export function progressLine(e: ProgressEvent, last: Map<string, string>): string {
  const counts = `fetched ${e.fetched} · written ${e.written} · embedded ${e.embedded} · waits ${e.waits}`;
  // `writing` comes before the page it writes; the `fetching` after it carries its counts.
  if (e.phase === 'writing' && !e.message) return '';
  const moving = e.phase === 'fetching' || e.phase === 'writing';
  const line = moving
    ? `${e.source}: ${counts}${e.message ? ` (${e.message})` : ''}`
    : `${e.source}: ${e.phase}${e.message ? ` (${e.message})` : ''} · ${counts}`;
  if (moving && !e.message && last.get(e.source) === counts) return '';
  last.set(e.source, counts);
  return line;
}

/**
 * The connectors of `kinds` with the command-line overrides, their settings checked before
 * anything is opened (a bad one writes nothing, not even a lease).
 * @throws {InvalidArgumentError} naming each bad setting (exit 2).
 */
async function prepare(
  kinds: SourceKind[],
  flags: SyncFlags,
): Promise<{ config: Config; connectors: Connector[] }> {
  const config = loadConfig();
  const overrides: SourceOverrides = {
    ...(flags.repo ? { repos: flags.repo.map((r) => parseGitRepo(r, process.cwd())) } : {}),
    ...(flags.dir ? { dirs: flags.dir.map((d) => path.resolve(d)) } : {}),
    ...(flags.defaultKind ? { defaultKind: flags.defaultKind } : {}),
  };
  const connectors: Connector[] = [];
  const problems: string[] = [];
  for (const kind of kinds) {
    const found = await connectorsFor(kind, config, overrides);
    if (typeof found === 'string') throw new InvalidArgumentError(found);
    const setting = SETTING[kind](flags);
    for (const c of found) {
      const problem = await c.check?.();
      if (problem) problems.push(`${setting}: ${problem}`);
    }
    connectors.push(...found);
  }
  if (problems.length > 0) throw new InvalidArgumentError(problems.join('\n'));
  return { config, connectors };
}

async function syncAll(kinds: SourceKind[], flags: SyncFlags): Promise<SyncSummary[]> {
  const { config, connectors } = await prepare(kinds, flags);
  const bars = process.stderr.isTTY
    ? new MultiBar(
        {
          format:
            '{source} |{bar}| {phase} fetched {fetched} · written {written} · embedded {embedded} · waits {waits}',
          hideCursor: true,
          clearOnComplete: false,
        },
        Presets.shades_grey,
      )
    : undefined;
  // Ctrl-C stops the sync in progress after its current page, and skips the sources after it.
  const interrupt = new AbortController();
  const stop = () => interrupt.abort();
  process.once('SIGINT', stop);
  try {
    return await withRuntime(
      async (rt) => syncWith(rt, connectors, flags, bars, interrupt.signal),
      { config },
    );
  } finally {
    process.off('SIGINT', stop);
    bars?.stop();
  }
}

/** Syncs `connectors` one after the other on `rt`; an abort of `signal` stops the one running. */
async function syncWith(
  rt: Runtime,
  connectors: Connector[],
  flags: SyncFlags,
  bars: MultiBar | undefined,
  signal: AbortSignal,
): Promise<SyncSummary[]> {
  const { config, writer, logger } = rt;
  await rt.embedder.ready?.();
  const publish = publishProgress(rt.redis, config.redis.keyPrefix);
  const summaries: SyncSummary[] = [];
  for (const connector of connectors) {
    if (signal.aborted) break;
    const lines = new Map<string, string>();
    // Every token of the bar's format has a value from the first frame on.
    const bar = bars?.create(1, 0, {
      source: connector.source,
      phase: 'starting',
      fetched: 0,
      written: 0,
      embedded: 0,
      waits: 0,
    });
    const onProgress = (e: ProgressEvent) => {
      bar?.setTotal(Math.max(1, e.fetched));
      bar?.update(e.written + (e.phase === 'done' ? e.fetched : 0), { ...e });
      const line = bars ? '' : progressLine(e, lines);
      if (line) say(line);
      publish(e);
    };
    const job = createSyncJob(connector, {
      driver: rt.driver,
      writer,
      logger,
      database: config.neo4j.database,
      onProgress,
    });
    const stop = () => void job.stop();
    signal.addEventListener('abort', stop, { once: true });
    summaries.push(
      await job.start({
        ...(flags.full ? { full: true } : {}),
        ...(flags.since ? { since: flags.since } : {}),
        ...(flags.dryRun ? { dryRun: true } : {}),
      }),
    );
    signal.removeEventListener('abort', stop);
  }
  return summaries;
}

/** Exit codes of `sync` (usage errors exit 2, see `cli/main.ts`). */
export const SYNC_EXIT = { ok: 0, failed: 1, partial: 3 } as const;

/** The exit code of a run: failed (or busy, stopped) beats partial, partial beats ok. */
export function exitCode(summaries: readonly SyncSummary[]): number {
  if (summaries.some((s) => s.status !== 'ok' && s.status !== 'partial')) return SYNC_EXIT.failed;
  return summaries.some((s) => s.status === 'partial') ? SYNC_EXIT.partial : SYNC_EXIT.ok;
}

function report(summaries: SyncSummary[]): number {
  process.stdout.write(`\n${table(summaries)}\n`);
  for (const s of summaries) {
    if (s.error) process.stdout.write(`\n${s.source}: ${s.error}\n`);
    for (const f of s.failures) {
      process.stdout.write(
        `  failed ${f.scope}: ${f.reason}${f.hint ? `\n    hint: ${f.hint}` : ''}\n`,
      );
    }
    for (const b of s.bad.slice(0, 20))
      process.stdout.write(`  bad record ${b.sourceId}: ${b.reason}\n`);
    if (s.bad.length > 20) process.stdout.write(`  … and ${s.bad.length - 20} more bad records\n`);
  }
  return exitCode(summaries);
}

function kindsFrom(sources: string[], all: boolean | undefined): SourceKind[] {
  if (all) {
    const kinds = configuredKinds(loadConfig());
    if (kinds.length === 0) throw new InvalidArgumentError('no source is configured (see README)');
    return kinds;
  }
  if (sources.length === 0) {
    throw new InvalidArgumentError(`name a source (${SOURCE_KINDS.join(', ')}) or --all`);
  }
  return [...new Set(sources as SourceKind[])];
}

/** Registers `sync` and `ingest` on `program`. */
export function registerSyncCommands(program: Command): void {
  program
    .command('sync')
    .description('sync sources (e.g. `sync git markdown`), or every configured source with --all')
    .addArgument(
      new Command()
        .createArgument('[sources...]', 'jira, github, git, markdown (one or more)')
        .choices(SOURCE_KINDS),
    )
    .option('--all', 'every configured source')
    .option('--full', 'ignore the checkpoint: read everything (detects deletions)')
    .option('--since <date>', 'only records updated since this date', parseSince)
    .option('--dry-run', 'read and count, write nothing')
    .option(
      '--repo <path...>',
      'git checkouts, `path` or `owner/name=path` to name the repository (instead of GIT_REPOS)',
    )
    .option('--dir <path...>', 'markdown folders (instead of MARKDOWN_DIRS)')
    .addOption(
      new Option('--default-kind <kind>', 'kind of markdown documents that name none').choices([
        'prd',
        'spec',
        'epic',
        'story',
      ]),
    )
    .action(async (sources: string[], flags: SyncFlags) => {
      process.exitCode = report(await syncAll(kindsFrom(sources, flags.all), flags));
    });
  program
    .command('ingest')
    .description(
      'sync every configured source, again and again, in one process (for deployments); SIGINT or SIGTERM stop it after the current page',
    )
    .requiredOption(
      '--every <duration>',
      'time from the start of one round to the next, e.g. 5m',
      parseEvery,
    )
    .option('--rounds <n>', 'stop after this many rounds (default: until stopped)', parseRounds)
    .action(async (flags: { every: number; rounds?: number }) => {
      process.exitCode = await ingestEvery(flags.every, flags.rounds);
    });
}

function parseRounds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('use a whole number, 1 or more');
  return n;
}

/**
 * `ingest --every`: the configured sources checked once, one runtime opened once (services,
 * migrations, the embedder) and kept open between rounds, each round reported like `sync --all`.
 * Stopped by SIGINT or SIGTERM (the running sync stops after its current page) or after
 * `rounds`. Exits with the last finished round's code (0 when a signal stopped it).
 */
async function ingestEvery(everyMs: number, rounds: number | undefined): Promise<number> {
  const { config, connectors } = await prepare(kindsFrom([], true), {});
  let code = 0;
  let stopped = false;
  return withRuntime(
    async (rt) => {
      const scheduler = createScheduler({
        everyMs,
        ...(rounds ? { rounds } : {}),
        round: (n, signal) => {
          say(`ingest: round ${n}`);
          return syncWith(rt, connectors, {}, undefined, signal);
        },
        onRound: (n, summaries) => {
          const c = report(summaries);
          if (!stopped) code = c;
          say(`ingest: round ${n} done${stopped ? ' (stopped)' : ''}`);
        },
      });
      const stop = (signal: string) => {
        if (stopped) return;
        stopped = true;
        say(`ingest: ${signal}, stopping after the current page`);
        void scheduler.stop();
      };
      const onInt = () => stop('SIGINT');
      const onTerm = () => stop('SIGTERM');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
      try {
        await scheduler.start();
      } finally {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
      }
      return stopped ? 0 : code;
    },
    { config },
  );
}
