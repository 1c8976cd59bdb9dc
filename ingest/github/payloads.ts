/**
 * The parts of GitHub's REST and webhook payloads the connector reads, as zod schemas: a record
 * that does not match becomes a bad record naming the field, instead of a crash or a half-empty
 * artifact. Unknown fields are ignored; GitHub adds fields without notice.
 */
import { z } from 'zod';

const date = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date-time');
/** A GitHub user as payloads name one (null for a deleted account). */
const user = z.object({ login: z.string() }).nullish();

/** An issue or, with a `pull_request` key, a pull request (`GET /repos/{o}/{r}/issues`). */
export const IssuePayload = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().nullish(),
  state: z.string(),
  html_url: z.string(),
  created_at: date,
  updated_at: date,
  user,
  assignee: user,
  pull_request: z.unknown().optional(),
});
export type IssuePayload = z.infer<typeof IssuePayload>;

/** A pull request (`GET /repos/{o}/{r}/pulls/{n}`, or a `pull_request` webhook's object). */
export const PullPayload = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().nullish(),
  state: z.string(),
  merged: z.boolean().nullish(),
  merged_at: z.string().nullish(),
  html_url: z.string(),
  head: z.object({ ref: z.string(), sha: z.string() }),
  created_at: date,
  updated_at: date,
  user,
});
export type PullPayload = z.infer<typeof PullPayload>;

const sha = z.string().regex(/^[0-9a-f]{40}$/, 'a 40-character hex sha');

/** A changed file, in a commit (`files`) or a pull request (`GET …/pulls/{n}/files`). */
export const FilePayload = z.object({
  filename: z.string().min(1),
  status: z.string(),
  previous_filename: z.string().nullish(),
});
export type FilePayload = z.infer<typeof FilePayload>;

/** A commit (`GET …/commits`, `…/pulls/{n}/commits`, `…/commits/{sha}` with `files`). */
export const CommitPayload = z.object({
  sha,
  html_url: z.string(),
  commit: z.object({
    message: z.string(),
    author: z.object({ name: z.string(), email: z.string(), date }).nullish(),
    committer: z.object({ date }).nullish(),
  }),
  /** The GitHub account of the author, when GitHub matched the email to one. */
  author: user,
  files: z.array(FilePayload).optional(),
});
export type CommitPayload = z.infer<typeof CommitPayload>;

/** `GET /repos/{o}/{r}`. */
export const RepoPayload = z.object({ default_branch: z.string().min(1) });

/** `GET /repos/{o}/{r}/git/trees/{ref}?recursive=1`. */
export const TreePayload = z.object({
  sha: z.string(),
  truncated: z.boolean(),
  tree: z.array(z.object({ path: z.string(), type: z.string(), sha: z.string() })),
});
export type TreePayload = z.infer<typeof TreePayload>;

/** `GET /repos/{o}/{r}/git/blobs/{sha}`. */
export const BlobPayload = z.object({ content: z.string(), encoding: z.string() });

const repository = z.object({ full_name: z.string() });

/** The `issues` webhook. */
export const IssuesEvent = z.object({
  action: z.string(),
  issue: z.unknown(),
  repository,
});

/** The `pull_request` webhook. */
export const PullRequestEvent = z.object({
  action: z.string(),
  number: z.number().int().positive(),
  pull_request: z.unknown(),
  repository,
});

/** One commit of a `push` webhook. */
export const PushCommit = z.object({
  id: sha,
  message: z.string(),
  timestamp: date,
  url: z.string(),
  author: z.object({ name: z.string(), email: z.string() }).nullish(),
  added: z.array(z.string()).default([]),
  modified: z.array(z.string()).default([]),
  removed: z.array(z.string()).default([]),
});
export type PushCommit = z.infer<typeof PushCommit>;

/** The `push` webhook (`commits` holds at most 2048 commits). */
export const PushEvent = z.object({
  ref: z.string(),
  deleted: z.boolean().optional(),
  commits: z.array(z.unknown()),
  repository,
});
