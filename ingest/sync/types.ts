/**
 * The contract between connectors (Jira, GitHub, git, markdown) and the sync job. A connector
 * reads its source and yields pages: artifacts, link candidates with evidence, deletions, bad
 * records, and the checkpoint that holds once the page is written. The job writes each page
 * through the writer, then moves the checkpoint, so a crash between the two replays the page
 * (idempotently) instead of skipping it.
 */
export type { ProgressEvent } from '../../graph/progress.js';
import type { ArtifactInput, LinkType } from '../../graph/validate.js';

/** Where a sync resumes. Connectors choose what they keep; the job stores it as JSON. */
export interface Checkpoint {
  /** An opaque paging cursor of the source (e.g. Jira's `nextPageToken`). */
  cursor?: string | null;
  /** The source's `updated` high-water mark (ISO 8601) the next incremental sync starts from. */
  highWater?: string | null;
  /** ETags of conditional requests, by URL. */
  etags?: Record<string, string>;
  /** Anything else the connector needs (e.g. the last commit seen). */
  extra?: Record<string, unknown>;
}

/** A link a connector found; `to` may name an artifact that is not (yet) in the graph. */
export interface LinkCandidate {
  from: string;
  to: string;
  type: LinkType;
  /** How it was found: `jira-parent`, `jira-link`, `commit-message`, `pr-body`, `front-matter`… */
  via: string;
  /** The text that proves it. */
  evidence: string | null;
  /** DEPENDS_ON only: `blocks`, `relates`… */
  kind?: string | null;
  /** Set by the sync: the sources that state the link (a page's links are its source's). */
  sources?: readonly string[] | null;
  /**
   * Why a reference may not mean what it seems (`#999` beyond the issue numbers seen in its
   * repository), when it may not: such a link waits as a pending link marked doubtful until its
   * target exists, and is never linked before.
   */
  doubt?: string | null;
}

/** A source record that could not be mapped; logged, counted, skipped, reported. */
export interface BadRecord {
  /** The source's own id (`LUM-12`, a commit sha, a file path). */
  sourceId: string;
  reason: string;
}

/**
 * A part of a source that could not be read this run (a repository, an endpoint of one), while
 * the rest went on. The checkpoint of that part does not move, so the next run tries it again.
 */
export interface SourceFailure {
  /** What failed: `octo/shop`, `octo/shop commits`. */
  scope: string;
  /** Why, as the source said it (`GET … failed with 404: Not Found`). */
  reason: string;
  /** What to check, when it is known. */
  hint?: string;
}

export interface SyncPage {
  artifacts: ArtifactInput[];
  links: LinkCandidate[];
  /**
   * uids whose outgoing links of the connector's `vias` are now exactly those in `links` (a link
   * removed from a description goes). Usually every artifact of the page.
   */
  reconcile: string[];
  /** uids gone upstream (deleted, moved out of scope): soft-deleted. */
  deleted: string[];
  bad: BadRecord[];
  /** Parts of the source that failed since the last page (the run ends `partial`). */
  failed?: SourceFailure[];
  /** Source records read for this page (for progress). */
  fetched: number;
  /** Holds once this page is written. */
  checkpoint: Checkpoint;
}

export interface SyncContext {
  /** Where the last run stopped (null: never ran, or a full sync was asked for). */
  checkpoint: Checkpoint | null;
  /** Only records updated at or after this instant (ISO 8601), overriding the checkpoint. */
  since: string | null;
  /** Aborted by `stop()` or a signal; connectors stop between requests. */
  signal: AbortSignal;
  /** The uids this source wrote before that are not deleted (for deletion detection). */
  existing(): Promise<Set<string>>;
  /** Reports a rate-limit wait (shown in progress and the summary). */
  waited(ms: number, reason: string): void;
}

export interface Connector {
  /** Identifies the source and its checkpoint: `jira:lumen.atlassian.net`, `git:/path/to/repo`. */
  readonly source: string;
  /** The `via` values of the links this connector owns (reconciled on every page). */
  readonly vias: readonly string[];
  pages(ctx: SyncContext): AsyncIterable<SyncPage>;
  /**
   * What is wrong with the source's settings (a missing folder, a folder that is not a
   * checkout), found before anything is read or written; null when nothing is. The job fails
   * such a run without taking the lease, and the CLI exits 2 naming the setting.
   */
  check?(): Promise<string | null>;
}

/** Thrown by connectors for a credential the source refused (401/403): stops that source. */
export class SourceAuthError extends Error {
  constructor(
    readonly source: string,
    readonly credential: string,
    status: number,
  ) {
    super(`${source} refused the credential (${status}): check ${credential}`);
    this.name = 'SourceAuthError';
  }
}

/** A page with nothing in it, then `over` (connectors fill in what they found). */
export function emptyPage(over: Partial<SyncPage> = {}): SyncPage {
  return {
    artifacts: [],
    links: [],
    reconcile: [],
    deleted: [],
    bad: [],
    fetched: 0,
    checkpoint: {},
    ...over,
  };
}
