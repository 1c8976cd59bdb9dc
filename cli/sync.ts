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

async function syncAll(kinds: SourceKind[], flags: SyncFlags): Promise<SyncSummary[]> {
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
    // Settings are checked before the runtime opens: a bad one writes nothing, not even a lease.
    const setting = SETTING[kind](flags);
    for (const c of found) {
      const problem = await c.check?.();
      if (problem) problems.push(`${setting}: ${problem}`);
    }
    connectors.push(...found);
  }
  if (problems.length > 0) throw new InvalidArgumentError(problems.join('\n'));
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
  try {
    return await withRuntime(async (rt) => syncWith(rt, connectors, flags, bars), { config });
  } finally {
    bars?.stop();
  }
}

async function syncWith(
  rt: Runtime,
  connectors: Connector[],
  flags: SyncFlags,
  bars: MultiBar | undefined,
): Promise<SyncSummary[]> {
  const { config, writer, logger } = rt;
  await rt.embedder.ready?.();
  const publish = publishProgress(rt.redis, config.redis.keyPrefix);
  const summaries: SyncSummary[] = [];
  for (const connector of connectors) {
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
    process.once('SIGINT', stop);
    summaries.push(
      await job.start({
        ...(flags.full ? { full: true } : {}),
        ...(flags.since ? { since: flags.since } : {}),
        ...(flags.dryRun ? { dryRun: true } : {}),
      }),
    );
    process.off('SIGINT', stop);
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
    .description('sync every configured source, again and again (for deployments)')
    .requiredOption('--every <duration>', 'time between runs, e.g. 5m', parseEvery)
    .action(async (flags: { every: number }) => {
      let stopping = false;
      process.once('SIGTERM', () => (stopping = true));
      process.once('SIGINT', () => (stopping = true));
      while (!stopping) {
        report(await syncAll(kindsFrom([], true), {}));
        const until = Date.now() + flags.every;
        while (!stopping && Date.now() < until) await new Promise((r) => setTimeout(r, 500));
      }
    });
}
