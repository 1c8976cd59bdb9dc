/**
 * The sync jobs the configuration (plus command-line overrides) asks for, one per source: a Jira
 * site, each GitHub repository set, each git checkout, each markdown folder.
 */
import type { Config } from '../core/config.js';
import type { GitRepoSetting } from '../core/config-sources.js';
import { createGitConnector } from './git/job.js';
import { createMarkdownConnector } from './markdown/job.js';
import type { Connector } from './sync/types.js';

export const SOURCE_KINDS = ['jira', 'github', 'git', 'markdown'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceOverrides {
  /** Git checkouts instead of GIT_REPOS. */
  repos?: GitRepoSetting[];
  /** Markdown folders instead of MARKDOWN_DIRS. */
  dirs?: string[];
  /** Kind of markdown documents without a `kind:` (e.g. `spec`). */
  defaultKind?: string;
}

/** Connectors of `kind`, or a message saying what to configure. */
export async function connectorsFor(
  kind: SourceKind,
  config: Config,
  o: SourceOverrides = {},
): Promise<Connector[] | string> {
  switch (kind) {
    case 'jira': {
      if (!config.sources.jira)
        return 'Jira is not configured: set JIRA_BASE_URL, JIRA_PROJECTS and a token';
      const { createJiraConnector } = await import('./jira/job.js');
      return [createJiraConnector(config)];
    }
    case 'github': {
      if (!config.sources.github)
        return 'GitHub is not configured: set GITHUB_REPOS and GITHUB_TOKEN';
      const { createGitHubConnector } = await import('./github/job.js');
      return [createGitHubConnector(config)];
    }
    case 'git': {
      const repos = o.repos ?? config.sources.git.repos;
      if (repos.length === 0) return 'no git checkout: set GIT_REPOS or pass --repo <path>';
      return repos.map((r) => createGitConnector(r, config));
    }
    case 'markdown': {
      const dirs = o.dirs ?? config.sources.markdown.dirs;
      if (dirs.length === 0) return 'no markdown folder: set MARKDOWN_DIRS or pass --dir <path>';
      return dirs.map((d) => createMarkdownConnector(d, config, undefined, o.defaultKind));
    }
  }
}

/** The configured sources (for `--all`). */
export function configuredKinds(config: Config): SourceKind[] {
  return SOURCE_KINDS.filter((k) =>
    k === 'jira'
      ? config.sources.jira !== undefined
      : k === 'github'
        ? config.sources.github !== undefined
        : k === 'git'
          ? config.sources.git.repos.length > 0
          : config.sources.markdown.dirs.length > 0,
  );
}
