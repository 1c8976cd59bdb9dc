/** Pending links: links waiting for an artifact that is not (yet) in the graph, paged. */
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../core/cypher.js';
import type { LinkType } from '../graph/validate.js';
import { BadUserInputError } from '../core/errors.js';
import { cached } from './cache.js';
import { readOptions } from './runtime.js';
import type { QueryRuntime, Scope } from './runtime.js';

export interface PendingLinksArgs {
  /** Prefix of the source that stated the links (`git`, `jira:acme.atlassian.net`). */
  source?: string | null | undefined;
  /** @default 20 (1..100) */
  first?: number | null | undefined;
  /** `endCursor` of the previous page. */
  after?: string | null | undefined;
}

export interface PendingLinkObject {
  from: string;
  to: string;
  type: LinkType;
  via: string;
  evidence: string | null;
  source: string | null;
  /** Why the reference may not mean what it seems (null: plausible). */
  doubt: string | null;
  firstSeen: string | null;
  resolved: false;
}

export interface PendingLinkPage {
  nodes: PendingLinkObject[];
  endCursor: string | null;
  hasNextPage: boolean;
}

interface Position {
  from: string;
  type: string;
  to: string;
}

/** The opaque cursor after `link`. */
export function encodeCursor(link: Position): string {
  return Buffer.from(JSON.stringify([link.from, link.type, link.to])).toString('base64url');
}

/** @throws {BadUserInputError} for a cursor this API did not make. */
export function decodeCursor(cursor: string): Position {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === 'string')) {
      const [from, type, to] = value as [string, string, string];
      return { from, type, to };
    }
  } catch {
    // Not JSON: answered below like any other foreign cursor.
  }
  throw new BadUserInputError('after is not a cursor of pendingLinks', 'after');
}

/**
 * One page of pending links whose `from` artifact the caller may read, in (from, type, to) order.
 * @throws {BadUserInputError} `first` outside 1..100, or a foreign `after`.
 */
export async function pendingLinks(
  rt: QueryRuntime,
  scope: Scope,
  args: PendingLinksArgs,
): Promise<PendingLinkPage> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > 100) {
    throw new BadUserInputError('first must be between 1 and 100', 'first');
  }
  const after = args.after ? decodeCursor(args.after) : null;
  const source = args.source ?? null;
  return cached(rt, scope, 'pendingLinks', { source, first, after }, async () => {
    const { records } = await rt.driver.executeQuery(
      cypher('pending/list'),
      { source, after, levels: scope.levels, limit: neo4j.int(first + 1) },
      readOptions(rt),
    );
    const nodes = records.slice(0, first).map((r): PendingLinkObject => ({
      from: r.get('from') as string,
      to: r.get('to') as string,
      type: r.get('type') as LinkType,
      via: r.get('via') as string,
      evidence: r.get('evidence') as string | null,
      source: r.get('source') as string | null,
      doubt: (r.get('doubt') as string | null) ?? null,
      firstSeen: r.get('firstSeen') ? new Date(String(r.get('firstSeen'))).toISOString() : null,
      resolved: false,
    }));
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      endCursor: last ? encodeCursor(last) : null,
      hasNextPage: records.length > first,
    };
  });
}

/**
 * A per-request loader of the pending links of artifacts, batched: the `pendingLinks` field of
 * every artifact of a response in one query. Only for artifacts the caller already reads.
 */
export function createPendingLoader(driver: Driver, database?: string) {
  return new DataLoader<string, PendingLinkObject[]>(async (uids) => {
    const { records } = await driver.executeQuery(
      cypher('pending/of-artifacts'),
      { uids: [...new Set(uids)] },
      { database, routing: 'READ' },
    );
    const found = new Map(
      records.map((r) => [
        r.get('uid') as string,
        (r.get('links') as Omit<PendingLinkObject, 'resolved'>[]).map((l): PendingLinkObject => ({
          ...l,
          firstSeen: l.firstSeen ? new Date(l.firstSeen).toISOString() : null,
          resolved: false,
        })),
      ]),
    );
    return uids.map((uid) => found.get(uid) ?? []);
  });
}
