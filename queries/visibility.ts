/** Whether the caller may see the artifacts a write names (writes never touch hidden ones). */
import { cypher } from '../core/cypher.js';
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
