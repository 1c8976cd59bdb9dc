/**
 * A running sync, as `syncProgress` reports it. Its counts cover every level, so the API answers
 * FORBIDDEN to a caller who does not read them all: then this shows nothing, quietly.
 */
import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { SyncProgressSubscription } from '../gql/graphql';
import { subscribe } from '../api/client';
import { useSession } from '../session';

const SyncProgressDocument = graphql(`
  subscription SyncProgress {
    syncProgress {
      source
      phase
      fetched
      written
      embedded
      message
    }
  }
`);

type Progress = SyncProgressSubscription['syncProgress'];

export function SyncProgress() {
  const { session } = useSession();
  const [runs, setRuns] = useState<Record<string, Progress>>({});
  const readsAll = session.status === 'signed-in' && session.viewer.levels.length === 4;
  useEffect(() => {
    if (!readsAll) return;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const stop = subscribe(
      SyncProgressDocument,
      {},
      (data) => {
        const p = data.syncProgress;
        setRuns((r) => ({ ...r, [p.source]: p }));
        if (p.phase === 'DONE' || p.phase === 'FAILED') {
          // A finished run stays in view for a while, then goes.
          const t = setTimeout(() => {
            setRuns((r) => {
              const { [p.source]: _gone, ...rest } = r;
              return rest;
            });
          }, 30_000);
          timers.add(t);
        }
      },
      // FORBIDDEN (or a closed socket): no progress to show.
      () => setRuns({}),
    );
    return () => {
      stop();
      for (const t of timers) clearTimeout(t);
    };
  }, [readsAll]);
  const list = Object.values(runs);
  if (list.length === 0) return null;
  return (
    <div className="sync" role="status" aria-live="polite">
      {list.map((p) => (
        <span key={p.source} className={`sync-run sync-${p.phase.toLowerCase()}`}>
          Sync {p.source}: {p.phase.toLowerCase()} · {p.fetched} read · {p.written} written
          {p.message ? ` · ${p.message}` : ''}
        </span>
      ))}
    </div>
  );
}
