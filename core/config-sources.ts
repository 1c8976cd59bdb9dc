/**
 * Configuration of the ingestion sources (`JIRA_*`, `GITHUB_*`, `GIT_*`, `MARKDOWN_*`), part of
 * {@link buildConfig}. A source is on when its location is set (`JIRA_BASE_URL`, `GITHUB_REPOS`,
 * `GIT_REPOS`, `MARKDOWN_DIRS`); turning it on makes its credentials required.
 */
import path from 'node:path';
import { z } from 'zod';
import { csv, positiveInt } from './zod.js';

const projectKey = /^[A-Z][A-Z0-9_]{0,9}$/;
const repoName = /^[\w.-]+\/[\w.-]+$/;

export const SourcesModel = z.object({
  JIRA_BASE_URL: z.url().optional(),
  JIRA_EMAIL: z.string().min(1).optional(),
  JIRA_API_TOKEN: z.string().min(1).optional(),
  JIRA_BEARER_TOKEN: z.string().min(1).optional(),
  JIRA_PROJECTS: csv.pipe(z.array(z.string().regex(projectKey, 'a Jira project key'))).default([]),
  JIRA_PRD_ISSUE_TYPE: z.string().min(1).default('PRD'),
  JIRA_PRD_LABEL: z.string().min(1).default('prd'),
  JIRA_JQL: z.string().min(1).optional(),
  JIRA_PAGE_SIZE: positiveInt.max(5000).default(100),
  JIRA_WEBHOOK_SECRET: z.string().min(1).optional(),
  GITHUB_API_URL: z.url().default('https://api.github.com'),
  GITHUB_TOKEN: z.string().min(1).optional(),
  GITHUB_REPOS: csv.pipe(z.array(z.string().regex(repoName, 'owner/repo'))).default([]),
  GITHUB_DOC_PATHS: csv.default(['docs/prd/**', 'docs/specs/**']),
  GITHUB_WEBHOOK_SECRET: z.string().min(1).optional(),
  WEBHOOK_MAX_BODY_BYTES: positiveInt.max(26_214_400).default(5_242_880),
  GIT_REPOS: csv.default([]),
  GIT_FILE_GLOBS: csv.default(['src/**', 'lib/**', 'server/**', 'ingest/**', 'resolvers/**']),
  GIT_MAX_COMMITS: positiveInt.default(5000),
  MARKDOWN_DIRS: csv.default([]),
  LINK_PROJECT_KEYS: csv
    .pipe(z.array(z.string().regex(projectKey, 'a Jira project key')))
    .optional(),
  PEOPLE_ALIASES: z
    .string()
    .default('')
    .transform((value, ctx) => {
      try {
        return parsePeopleAliases(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  INGEST_ACCESS_LEVEL: z
    .enum(['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'])
    .default('INTERNAL'),
});

/**
 * Parses `PEOPLE_ALIASES`: `;`-separated entries `primary@email=alias|alias`, each alias another
 * email, `github:<login>` or `jira:<accountId>`: the identities of one person across sources.
 * @returns identity keys (`email:<email>`, `github:<login>`, `jira:<id>`) → the primary email.
 * @throws {Error} naming an entry that is not of that form.
 */
export function parsePeopleAliases(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of value
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const eq = entry.indexOf('=');
    const email = entry.slice(0, Math.max(eq, 0)).trim().toLowerCase();
    const aliases = entry
      .slice(eq + 1)
      .split('|')
      .map((a) => a.trim())
      .filter(Boolean);
    if (eq < 0 || !/^[^@\s]+@[^@\s]+$/.test(email) || aliases.length === 0)
      throw new Error(`"${entry}" is not primary@email=alias|alias`);
    out[`email:${email}`] = email;
    for (const alias of aliases) {
      const m = /^(github|jira):(\S+)$/i.exec(alias);
      const kind = m?.[1]?.toLowerCase();
      const key = !m
        ? `email:${alias.toLowerCase()}`
        : kind === 'github'
          ? `github:${(m[2] ?? '').toLowerCase()}`
          : `jira:${m[2] ?? ''}`;
      out[key] = email;
    }
  }
  return out;
}

/** A local git checkout: `name=path` or `path` (named after its `origin` remote or folder). */
export interface GitRepoSetting {
  path: string;
  /** `owner/repo`, when given; else the connector derives it. */
  name?: string;
}

/**
 * A git checkout as `GIT_REPOS` and `--repo` take it: `owner/name=path` (the name given) or a
 * path, resolved against `cwd`. Only an `owner/name` before the first `=` is a name, so a path
 * that contains `=` stays a path.
 */
export function parseGitRepo(entry: string, cwd: string): GitRepoSetting {
  const eq = entry.indexOf('=');
  const name = eq > 0 ? entry.slice(0, eq) : '';
  return repoName.test(name)
    ? { name, path: path.resolve(cwd, entry.slice(eq + 1)) }
    : { path: path.resolve(cwd, entry) };
}

/** The `sources` part of the configuration. */
export function assembleSources(s: z.output<typeof SourcesModel>, problems: string[], cwd: string) {
  if (s.JIRA_BASE_URL) {
    if (s.JIRA_PROJECTS.length === 0)
      problems.push('JIRA_PROJECTS: required when JIRA_BASE_URL is set');
    if (!s.JIRA_BEARER_TOKEN && !(s.JIRA_EMAIL && s.JIRA_API_TOKEN)) {
      problems.push(
        'JIRA_API_TOKEN: JIRA_EMAIL and JIRA_API_TOKEN (Cloud) or JIRA_BEARER_TOKEN (Data Center) are required when JIRA_BASE_URL is set',
      );
    }
  }
  if (s.GITHUB_REPOS.length > 0 && !s.GITHUB_TOKEN) {
    problems.push('GITHUB_TOKEN: required when GITHUB_REPOS is set');
  }
  return {
    jira: s.JIRA_BASE_URL
      ? {
          baseUrl: s.JIRA_BASE_URL.replace(/\/+$/, ''),
          auth: s.JIRA_BEARER_TOKEN
            ? ({ kind: 'bearer', token: s.JIRA_BEARER_TOKEN } as const)
            : ({
                kind: 'basic',
                email: s.JIRA_EMAIL ?? '',
                token: s.JIRA_API_TOKEN ?? '',
              } as const),
          projects: s.JIRA_PROJECTS,
          prdIssueType: s.JIRA_PRD_ISSUE_TYPE,
          prdLabel: s.JIRA_PRD_LABEL,
          jql: s.JIRA_JQL,
          pageSize: s.JIRA_PAGE_SIZE,
        }
      : undefined,
    github:
      s.GITHUB_REPOS.length > 0
        ? {
            apiUrl: s.GITHUB_API_URL.replace(/\/+$/, ''),
            token: s.GITHUB_TOKEN ?? '',
            repos: s.GITHUB_REPOS,
            docPaths: s.GITHUB_DOC_PATHS,
          }
        : undefined,
    git: {
      repos: s.GIT_REPOS.map((entry) => parseGitRepo(entry, cwd)),
      fileGlobs: s.GIT_FILE_GLOBS,
      maxCommits: s.GIT_MAX_COMMITS,
    },
    markdown: { dirs: s.MARKDOWN_DIRS.map((d) => path.resolve(cwd, d)) },
    /** Jira project keys link extraction recognises (default: JIRA_PROJECTS). */
    linkProjectKeys: s.LINK_PROJECT_KEYS ?? s.JIRA_PROJECTS,
    /** Identities of one person across sources (`PEOPLE_ALIASES`): identity key → email. */
    peopleAliases: s.PEOPLE_ALIASES,
    /** Access level of ingested artifacts. */
    accessLevel: s.INGEST_ACCESS_LEVEL,
    webhooks: {
      githubSecret: s.GITHUB_WEBHOOK_SECRET,
      jiraSecret: s.JIRA_WEBHOOK_SECRET,
      /**
       * Largest webhook body: a longer one is refused (413) without being read past this.
       * @default 5 MiB (GitHub's own cap is 25 MB)
       */
      maxBodyBytes: s.WEBHOOK_MAX_BODY_BYTES,
    },
  };
}
