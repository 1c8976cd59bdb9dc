/**
 * Pure mapping of Jira issues to artifacts and link candidates.
 *
 * Kinds: the configured PRD issue type, or any issue carrying the PRD label, is a `PRD`; `Epic`
 * is an `EPIC`; every other type (Story, Task, Bug, Sub-task, custom ones) is a `USER_STORY`
 * that keeps its `issueType`.
 *
 * Links point from the issue that states them, so reconciling an issue's outgoing links against
 * what Jira says now is exact, page by page:
 * - `fields.parent` becomes `PART_OF` (story → epic, epic → PRD), via `jira-parent`. A sub-task's
 *   parent is a story, and anything else the hierarchy rules forbid, so those become `DEPENDS_ON`
 *   with kind `subtask-of` or `child-of`.
 * - `fields.issuelinks` become `DEPENDS_ON` via `jira-link`, with the link type's name as kind.
 *   Jira lists a link on both issues; only one side emits it. For a directed type the issue that
 *   sees it inward ("SHOP-22 is blocked by SHOP-21") depends on the other; the outward side
 *   ("SHOP-21 blocks SHOP-22") emits nothing. A symmetric type ("relates to") is emitted by the
 *   issue with the smaller key.
 * - Keys mentioned in descriptions are not links: descriptions mention too much.
 */
import type { AccessLevel, Config } from '../../core/config.js';
import { emptyPage } from '../sync/types.js';
import type { BadRecord, LinkCandidate, SyncPage } from '../sync/types.js';
import type { ArtifactInput, ArtifactKind } from '../../graph/validate.js';
import { LINK_RULES } from '../../graph/validate.js';
import { adfToText } from './adf.js';
import type { JiraIssue, JiraIssueLink, JiraUser } from './client.js';
import { roleOf } from '../common/people.js';
import type { PeopleAliases } from '../common/people.js';

/** What mapping needs from the configuration. */
export interface JiraMapOptions {
  /** `https://your-site.atlassian.net`, for `url`s (`{baseUrl}/browse/KEY`). */
  baseUrl: string;
  /** The connector's source string, stored on each artifact. */
  source: string;
  /** Issue type that makes a PRD (`JIRA_PRD_ISSUE_TYPE`). */
  prdIssueType: string;
  /** Label that makes a PRD (`JIRA_PRD_LABEL`), compared without case. */
  prdLabel: string;
  accessLevel: AccessLevel;
  /** Identities of one person across sources (`PEOPLE_ALIASES`). @default none */
  aliases?: PeopleAliases;
}

/** A Jira user as a person identity. */
const identity = (u: JiraUser | null | undefined) =>
  u?.accountId ? { jira: u.accountId, name: u.displayName, email: u.emailAddress } : null;

/** A mapped issue, or why it could not be mapped. */
export type MappedIssue =
  { ok: true; artifact: ArtifactInput; links: LinkCandidate[] } | { ok: false; bad: BadRecord };

/** The source string of a Jira site: `jira:` and the host of its base URL. */
export function jiraSource(baseUrl: string): string {
  return `jira:${new URL(baseUrl).host}`;
}

/**
 * Mapping options from the configuration (`config.sources.jira` and the ingest access level),
 * shared by the sync job and the webhook route; `null` when Jira is not configured.
 */
export function jiraMapOptions(config: Pick<Config, 'sources'>): JiraMapOptions | null {
  const jira = config.sources.jira;
  if (!jira) return null;
  return {
    baseUrl: jira.baseUrl,
    source: jiraSource(jira.baseUrl),
    prdIssueType: jira.prdIssueType,
    prdLabel: jira.prdLabel,
    accessLevel: config.sources.accessLevel,
    aliases: config.sources.peopleAliases,
  };
}

/** The `via` values of every link the Jira connector states and reconciles (sync and webhooks). */
export const JIRA_VIAS = ['jira-parent', 'jira-link'] as const;

/** The uid of a Jira issue: `jira:<KEY>`. */
export const issueUid = (key: string): string => `jira:${key}`;

const KEY = /^[A-Z][A-Z0-9_]*-\d+$/;

/** A Jira `created`/`updated` (`2024-12-04T18:35:59.159+0100`) as ISO 8601 UTC, else `null`. */
export function jiraDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const isSubtaskType = (t: { name?: string; subtask?: boolean } | undefined) =>
  t?.subtask === true || /^sub-?task$/i.test(t?.name ?? '');

/** The kind an issue type and its labels make. */
export function kindOf(
  issueType: string,
  labels: readonly string[],
  options: Pick<JiraMapOptions, 'prdIssueType' | 'prdLabel'>,
): ArtifactKind {
  const prdLabel = options.prdLabel.toLowerCase();
  if (
    issueType.toLowerCase() === options.prdIssueType.toLowerCase() ||
    labels.some((l) => l.toLowerCase() === prdLabel)
  ) {
    return 'PRD';
  }
  return issueType.toLowerCase() === 'epic' ? 'EPIC' : 'USER_STORY';
}

function parentLink(
  issue: JiraIssue,
  key: string,
  kind: ArtifactKind,
  options: JiraMapOptions,
): LinkCandidate | null {
  const fields = issue.fields ?? {};
  const parentKey = fields.parent?.key;
  if (typeof parentKey !== 'string' || !KEY.test(parentKey)) return null;
  const base = {
    from: issueUid(key),
    to: issueUid(parentKey),
    via: 'jira-parent',
    evidence: `parent: ${parentKey}`,
  };
  if (isSubtaskType(fields.issuetype)) return { ...base, type: 'DEPENDS_ON', kind: 'subtask-of' };
  const parentType = fields.parent?.fields?.issuetype?.name;
  // The parent's labels are not sent, so a labelled PRD shows as its type: when the parent's
  // kind is unknown or could still be a PRD, PART_OF is stated and the writer's rules decide.
  const parentKind = parentType === undefined ? null : kindOf(parentType, [], options);
  const maybe = (to: ArtifactKind) => LINK_RULES.PART_OF.allowed(kind, to);
  const partOf =
    parentKind === null
      ? kind !== 'PRD'
      : maybe(parentKind) || (parentKind === 'USER_STORY' && maybe('PRD'));
  return partOf ? { ...base, type: 'PART_OF' } : { ...base, type: 'DEPENDS_ON', kind: 'child-of' };
}

function issueLink(key: string, link: JiraIssueLink): LinkCandidate | null {
  const inward = link.inwardIssue?.key;
  const outward = link.outwardIssue?.key;
  const other = inward ?? outward;
  if (typeof other !== 'string' || !KEY.test(other) || other === key) return null;
  const type = link.type ?? {};
  const name = (type.name ?? 'relates').trim().toLowerCase();
  const symmetric = (type.inward ?? '').toLowerCase() === (type.outward ?? '').toLowerCase();
  const phrase = inward ? (type.inward ?? name) : (type.outward ?? name);
  const evidence = `${key} ${phrase} ${other}`;
  if (symmetric ? key > other : !inward) return null;
  return {
    from: issueUid(key),
    to: issueUid(other),
    type: 'DEPENDS_ON',
    via: 'jira-link',
    evidence,
    kind: name,
  };
}

/** Maps one issue; an issue without a key, summary or issue type is a bad record. */
export function mapIssue(issue: JiraIssue, options: JiraMapOptions): MappedIssue {
  const key = typeof issue?.key === 'string' ? issue.key : undefined;
  const fields = issue?.fields;
  const sourceId = key ?? (typeof issue?.id === 'string' ? `id ${issue.id}` : '(unknown issue)');
  const bad = (reason: string): MappedIssue => ({ ok: false, bad: { sourceId, reason } });
  if (!key || !KEY.test(key)) return bad(`missing or malformed key ${JSON.stringify(key)}`);
  if (!fields || typeof fields !== 'object') return bad('no fields');
  const summary = typeof fields.summary === 'string' ? fields.summary.trim() : '';
  if (!summary) return bad('missing summary');
  const issueType = fields.issuetype?.name;
  if (typeof issueType !== 'string' || !issueType) return bad('missing issue type');
  const labels = Array.isArray(fields.labels)
    ? fields.labels.filter((l): l is string => typeof l === 'string')
    : [];
  const kind = kindOf(issueType, labels, options);
  const body = adfToText(fields.description);
  const artifact: ArtifactInput = {
    uid: issueUid(key),
    kind,
    key,
    title: summary,
    body: body || null,
    status: typeof fields.status?.name === 'string' ? fields.status.name : null,
    url: `${options.baseUrl}/browse/${key}`,
    source: options.source,
    accessLevel: options.accessLevel,
    issueType,
    createdAt: jiraDate(fields.created),
    updatedAt: jiraDate(fields.updated),
    // The reporter wrote it; the assignee holds it as of this version of the issue.
    people: [
      ...roleOf('AUTHORED', identity(fields.reporter), jiraDate(fields.created), options.aliases),
      ...roleOf('ASSIGNED', identity(fields.assignee), jiraDate(fields.updated), options.aliases),
    ],
  };
  const links = new Map<string, LinkCandidate>();
  const add = (l: LinkCandidate | null) => {
    const id = l && `${l.type} ${l.to}`;
    if (l && id && !links.has(id)) links.set(id, l);
  };
  add(parentLink(issue, key, kind, options));
  for (const link of Array.isArray(fields.issuelinks) ? fields.issuelinks : []) {
    if (link && typeof link === 'object') add(issueLink(key, link));
  }
  return { ok: true, artifact, links: [...links.values()] };
}

/** Maps a page of issues: artifacts, their links, and bad records. */
export function mapIssues(
  issues: readonly JiraIssue[],
  options: JiraMapOptions,
): Pick<SyncPage, 'artifacts' | 'links' | 'bad'> {
  const out: Pick<SyncPage, 'artifacts' | 'links' | 'bad'> = { artifacts: [], links: [], bad: [] };
  for (const issue of issues) {
    const m = mapIssue(issue, options);
    if (m.ok) {
      out.artifacts.push(m.artifact);
      out.links.push(...m.links);
    } else {
      out.bad.push(m.bad);
    }
  }
  return out;
}

/**
 * A Jira webhook body as a page for `applyPage`: `jira:issue_created` and `jira:issue_updated`
 * write the issue and reconcile its links, `jira:issue_deleted` soft-deletes it. Other events
 * (comments, worklogs…) give `null`. Webhooks never move a sync checkpoint (`checkpoint: {}`).
 */
export function mapWebhook(payload: unknown, options: JiraMapOptions): SyncPage | null {
  if (!payload || typeof payload !== 'object') return null;
  const { webhookEvent, issue } = payload as { webhookEvent?: unknown; issue?: JiraIssue };
  const page = emptyPage({ fetched: 1 });
  switch (webhookEvent) {
    case 'jira:issue_created':
    case 'jira:issue_updated': {
      const m = mapIssue(issue ?? {}, options);
      if (!m.ok) return { ...page, bad: [m.bad] };
      return { ...page, artifacts: [m.artifact], links: m.links, reconcile: [m.artifact.uid] };
    }
    case 'jira:issue_deleted': {
      const key = issue?.key;
      if (typeof key !== 'string' || !KEY.test(key)) {
        return { ...page, bad: [{ sourceId: '(deleted issue)', reason: 'missing key' }] };
      }
      return { ...page, deleted: [issueUid(key)] };
    }
    default:
      return null;
  }
}
