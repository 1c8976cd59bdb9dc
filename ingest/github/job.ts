/**
 * The GitHub connector: for each configured repository, issues and pull requests (with their
 * commits and files), the default branch's commits (with their files) and the markdown documents
 * under `docPaths`, read incrementally through the REST API (see `readers.ts`) and mapped by
 * `mapper.ts` and `docs.ts`. The checkpoint keeps, per repository, the high-water marks, the
 * default branch and the documents' blob shas (`extra.repos`), and the ETags of the conditional
 * requests (`etags`, by path).
 *
 * `createGitHubJob` is the `{ start, stop, ready }` sync job over it.
 */
import type { Config } from '../../core/config.js';
import { createSyncJob } from '../sync/job.js';
import type { SyncDeps, SyncJob } from '../sync/job.js';
import { emptyPage } from '../sync/types.js';
import type { Checkpoint, Connector, SourceFailure, SyncContext, SyncPage } from '../sync/types.js';
import { GitHubRequestError, createGitHubClient } from './client.js';
import type { GitHubClient, GitHubClientOptions } from './client.js';
import { docMatcher, readDocs } from './docs.js';
import { GITHUB_VIAS } from './mapper.js';
import { readCommits, readIssues } from './readers.js';
import type { RepoContext } from './records.js';
import type { RepoRun, RepoState } from './readers.js';

/** Tuning of the connector; tests make waits instant with `sleep`. */
export interface GitHubConnectorOptions extends Pick<
  GitHubClientOptions,
  | 'fetch'
  | 'sleep'
  | 'now'
  | 'maxWaitMs'
  | 'timeoutMs'
  | 'retries'
  | 'backoffMs'
  | 'rateLimitRetries'
> {
  /** Commits read from a repository's commit list in one run (the newest). @default 1000 */
  maxCommits?: number;
  /** Changed documents per page. @default 50 */
  docsPerPage?: number;
}

function settings(config: Config) {
  const github = config.sources.github;
  if (!github) throw new Error('GitHub is not configured: set GITHUB_REPOS and GITHUB_TOKEN');
  return github;
}

/** `github:<host of the API>`: `github:api.github.com`, `github:ghe.example.com`. */
export function githubSource(config: Config): string {
  return `github:${new URL(settings(config).apiUrl).host}`;
}

/** What mapping records of `repo` needs (for webhooks: pass it to `mapWebhook`). */
export function repoContext(config: Config, repo: string): RepoContext {
  const github = settings(config);
  const name = github.repos.find((r) => r.toLowerCase() === repo.toLowerCase()) ?? repo;
  return {
    repo: name,
    webUrl: `${webRoot(github.apiUrl)}/${name}`,
    source: githubSource(config),
    accessLevel: config.sources.accessLevel,
    projectKeys: config.sources.linkProjectKeys,
    repos: github.repos,
    aliases: config.sources.peopleAliases,
  };
}

/** The web root of an API root: `https://api.github.com` → `https://github.com`; GHE drops `/api/v3`. */
function webRoot(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.host === 'api.github.com') return 'https://github.com';
  return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, '').replace(/\/+$/, '')}`;
}

/** JSON with sorted keys, to tell whether two checkpoints differ. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The reads of a repository, in order, each named for failures. */
const READS = [
  ['issues and pull requests', readIssues],
  ['commits', readCommits],
  ['docs', readDocs],
] as const;

/** What to check when GitHub answers `status` for a repository. */
function hintFor(status: number, repo: string): string | undefined {
  if (status === 404)
    return `not found or no access: check that the token can read ${repo} and that it was not renamed`;
  if (status === 410) return `gone: turned off for ${repo} (e.g. issues disabled), or deleted`;
  if (status === 451) return `${repo} is blocked for legal reasons`;
  if (status >= 500) return 'GitHub failed to answer: the next run tries again';
  return undefined;
}

/**
 * The failure of `part` of `repo`: the whole repository when GitHub does not know it (a 404 on
 * `GET /repos/{o}/{r}` too), else that endpoint.
 */
async function describeFailure(
  client: GitHubClient,
  repo: string,
  part: string,
  error: GitHubRequestError,
): Promise<SourceFailure> {
  let scope = `${repo} ${part}`;
  let cause: GitHubRequestError = error;
  if (error.status === 404 || error.status === 410) {
    try {
      await client.get(`/repos/${repo}`);
    } catch (probe) {
      if (!(probe instanceof GitHubRequestError)) throw probe;
      scope = repo;
      cause = probe;
    }
  }
  const hint = hintFor(cause.status, repo);
  return { scope, reason: cause.message, ...(hint ? { hint } : {}) };
}

/**
 * The connector for `config.sources.github`.
 * @throws {Error} when GitHub is not configured
 */
export function createGitHubConnector(
  config: Config,
  options: GitHubConnectorOptions = {},
): Connector {
  const github = settings(config);
  const source = githubSource(config);
  const web = webRoot(github.apiUrl);
  const isDoc = docMatcher(github.docPaths);

  async function* pages(ctx: SyncContext): AsyncGenerator<SyncPage> {
    const client = createGitHubClient({
      ...options,
      apiUrl: github.apiUrl,
      token: github.token,
      source,
      onWait: (ms, reason) => ctx.waited(ms, reason),
      signal: ctx.signal,
    });
    const old = ctx.checkpoint;
    const stored = (old?.extra?.repos ?? {}) as Record<string, RepoState>;
    const all = structuredClone(stored);
    const etags = { old: old?.etags ?? {}, next: { ...old?.etags }, touched: new Set<string>() };
    const checkpoint = (): Checkpoint => ({
      etags: { ...etags.next },
      extra: { repos: structuredClone(all) },
    });
    let existing: Promise<Set<string>> | undefined;
    let saved: Checkpoint = old ?? {};
    // An abort surfaces as the error of the request or wait in progress; the job reports it.
    for (const name of github.repos) {
      const run: RepoRun = {
        client,
        ctx,
        repo: repoContext(config, name),
        state: (all[name] ??= {}),
        all,
        etags,
        checkpoint,
        existing: () => (existing ??= ctx.existing()),
        isDoc,
        docUrl: (branch, path) => `${web}/${name}/blob/${branch}/${path}`,
        maxCommits: options.maxCommits ?? 1000,
        docsPerPage: options.docsPerPage ?? 50,
      };
      for (const [part, read] of READS) {
        try {
          for await (const page of read(run)) {
            saved = page.checkpoint;
            yield page;
          }
        } catch (error) {
          // One endpoint or repository failing leaves the others to run; its state has not
          // moved, so the next run asks again. Anything else (the token, a rate limit, the
          // network, a stop) ends the run.
          if (!(error instanceof GitHubRequestError)) throw error;
          const failure = await describeFailure(client, name, part, error);
          yield emptyPage({ checkpoint: (saved = checkpoint()), failed: [failure] });
          if (failure.scope === name) break;
        }
      }
      // ETags of this repository's paths that this run no longer asks for (an old `since`).
      const prefix = `/repos/${name}`;
      for (const path of Object.keys(etags.next)) {
        const mine = path === prefix || path.startsWith(`${prefix}/`);
        if (mine && !etags.touched.has(path)) delete etags.next[path];
      }
    }
    // Conditional answers and pruned ETags may have moved the checkpoint without a page.
    if (canonical(checkpoint()) !== canonical(saved)) yield emptyPage({ checkpoint: checkpoint() });
  }

  return { source, vias: GITHUB_VIAS, pages };
}

/** The sync job of the GitHub connector. @throws {Error} when GitHub is not configured */
export function createGitHubJob(
  config: Config,
  deps: SyncDeps,
  options?: GitHubConnectorOptions,
): SyncJob {
  return createSyncJob(createGitHubConnector(config, options), deps);
}
