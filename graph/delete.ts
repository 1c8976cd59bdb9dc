/**
 * The writer's deletions: a hard delete (the `deleteArtifact` mutation) and the soft delete of
 * artifacts gone upstream (relabelled `:DeletedArtifact`, revived by a later upsert).
 */
import { cypher } from '../core/cypher.js';
import { NotFoundError } from '../core/errors.js';
import type { Committer } from './epoch.js';
import { describeChanges } from './outbox.js';

/** The writer's delete operations: `deleteArtifact`, `softDelete`. */
export function createDeleteOps(committer: Committer) {
  const { commit, readEpoch } = committer;
  return {
    // The contracts of these operations are documented on the `Writer` interface (writer.ts).
    async deleteArtifact(uid: string): Promise<{ deleted: boolean; epoch: number }> {
      const { epoch } = await commit(async (tx) => {
        const events = await describeChanges(tx, [{ op: 'DELETED', uid }]);
        if (events.length === 0) throw new NotFoundError(`No artifact with uid ${uid}`);
        await tx.run(cypher('writer/delete-artifact'), { uid });
        return { value: null, events };
      });
      return { deleted: true, epoch };
    },

    async softDelete(uids: readonly string[]): Promise<{ deleted: number; epoch: number }> {
      if (uids.length === 0) return { deleted: 0, epoch: await readEpoch() };
      const { value, epoch } = await commit(async (tx) => {
        // Described before the node goes, so `under` subscribers of its old parents see it.
        const events = await describeChanges(
          tx,
          [...new Set(uids)].map((uid) => ({ op: 'DELETED' as const, uid })),
        );
        if (events.length === 0) return { value: 0, events };
        const res = await tx.run(cypher('writer/soft-delete'), { uids: events.map((e) => e.uid) });
        return { value: res.records[0]?.get('deleted') as number, events };
      });
      return { deleted: value, epoch };
    },
  };
}
