/** Whether the caller may see the artifacts a write names (writes never touch hidden ones). */
import { cypher } from '../core/cypher.js';
import { NotFoundError } from '../core/errors.js';
import { readOptions } from './runtime.js';
import type { QueryRuntime, Scope } from './runtime.js';

/** The uids among `uids` that exist but that `scope` may not read. */
export async function hiddenUids(
  rt: QueryRuntime,
  scope: Scope,
  uids: readonly string[],
): Promise<Set<string>> {
  if (uids.length === 0) return new Set();
  const { records } = await rt.driver.executeQuery(
    cypher('access/hidden'),
    { uids: [...new Set(uids)], levels: scope.levels },
    readOptions(rt),
  );
  return new Set(records.map((r) => r.get('uid') as string));
}

/**
 * Checks that `uid` names an artifact the caller may read.
 * @throws {NotFoundError} when it is missing or hidden: the two answers are the same.
 */
export async function assertVisible(rt: QueryRuntime, scope: Scope, uid: string): Promise<void> {
  const { records } = await rt.driver.executeQuery(
    cypher('access/visible'),
    { uid, levels: scope.levels },
    readOptions(rt),
  );
  if (records.length === 0) throw new NotFoundError(`No artifact with uid ${uid}`);
}
